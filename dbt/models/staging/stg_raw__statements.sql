with

source as (

    select * from {{ source('raw', 'statements') }}

),

renamed as (

    select
        ---------- ids
        statement_id::varchar as statement_id,
        article_id::varchar as article_id,
        sentence_index::bigint as sentence_index,
        -- the raw source_key of the relaying outlet is the warehouse's source_id
        via_source_key::varchar as via_source_id,
        actor_id::varchar as actor_id,

        ---------- text
        surface_text::varchar as surface_text,
        speaker_text::varchar as speaker_text,
        speaker_canonical::varchar as speaker_canonical,
        speaker_kind::varchar as speaker_kind,
        verb_text::varchar as verb_text,
        content_text::varchar as content_text,
        via_text::varchar as via_text,
        actor_key::varchar as actor_key,

        ---------- numerics (offsets into body_text, end exclusive, code points)
        char_start::bigint as char_start,
        char_end::bigint as char_end,
        speaker_start::bigint as speaker_start,
        speaker_end::bigint as speaker_end,
        content_start::bigint as content_start,
        content_end::bigint as content_end,

        ---------- flags
        is_direct_quote::boolean as is_direct_quote

    from source

),

final as (

    select * from renamed

)

select * from final
