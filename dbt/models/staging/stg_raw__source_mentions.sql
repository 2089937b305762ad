with

source as (

    select * from {{ source('raw', 'source_mentions') }}

),

renamed as (

    select
        ---------- ids
        source_mention_id::varchar as source_mention_id,
        article_id::varchar as article_id,
        sentence_index::bigint as sentence_index,
        -- the raw source_key (a readable slug such as "reuters") is the warehouse's source_id
        source_key::varchar as source_id,

        ---------- text
        surface_text::varchar as surface_text,
        source_name::varchar as source_name,
        source_name_ar::varchar as source_name_ar,
        source_kind::varchar as source_kind,
        role::varchar as role,
        -- own / aggregator / original for a publisher; null for a cited source
        relation::varchar as relation,

        ---------- numerics (offsets into body_text, end exclusive, code points)
        char_start::bigint as char_start,
        char_end::bigint as char_end,

        ---------- flags
        role = 'publisher' as is_publisher

    from source

),

final as (

    select * from renamed

)

select * from final
