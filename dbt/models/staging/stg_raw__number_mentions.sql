with

source as (

    select * from {{ source('raw', 'number_mentions') }}

),

renamed as (

    select
        ---------- ids
        number_mention_id::varchar as number_mention_id,
        article_id::varchar as article_id,
        sentence_index::bigint as sentence_index,
        statement_id::varchar as statement_id,
        place_mention_id::varchar as place_mention_id,
        place_id::varchar as place_id,

        ---------- text
        surface_text::varchar as surface_text,
        qualifier::varchar as qualifier,
        unit_text::varchar as unit_text,
        unit::varchar as unit,
        subject::varchar as subject,

        ---------- numerics
        value::double as value,
        -- offsets into body_text, end exclusive, code points
        char_start::bigint as char_start,
        char_end::bigint as char_end,

        ---------- flags
        is_projection::boolean as is_projection

    from source

),

final as (

    select * from renamed

)

select * from final
