with

number_mentions as (

    select * from {{ ref('stg_raw__number_mentions') }}

),

final as (

    select
        ---------- ids
        number_mention_id,
        article_id,
        sentence_index,
        statement_id,
        place_mention_id,
        place_id,

        ---------- numerics
        value,
        -- offsets into dim_articles.body_text, end exclusive, code points
        char_start,
        char_end,

        ---------- text
        surface_text,
        qualifier,
        unit_text,
        unit,
        subject,

        ---------- flags
        is_projection

    from number_mentions

)

select * from final
