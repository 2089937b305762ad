with

place_mentions as (

    select * from {{ ref('stg_raw__place_mentions') }}

),

final as (

    select
        ---------- ids
        place_mention_id,
        article_id,
        sentence_index,
        place_id,

        ---------- numerics
        -- offsets into dim_articles.body_text, end exclusive, code points
        char_start,
        char_end,

        ---------- text
        surface_text

    from place_mentions

)

select * from final
