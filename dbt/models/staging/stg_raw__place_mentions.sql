with

source as (

    select * from {{ source('raw', 'place_mentions') }}

),

renamed as (

    select
        ---------- ids
        place_mention_id::varchar as place_mention_id,
        article_id::varchar as article_id,
        sentence_index::bigint as sentence_index,
        place_id::varchar as place_id,

        ---------- text
        surface_text::varchar as surface_text,

        ---------- numerics (offsets into body_text, end exclusive, code points)
        char_start::bigint as char_start,
        char_end::bigint as char_end

    from source

),

final as (

    select * from renamed

)

select * from final
