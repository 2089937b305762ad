with

date_mentions as (

    select * from {{ ref('stg_raw__date_mentions') }}

),

final as (

    select
        ---------- ids
        date_mention_id,
        article_id,
        sentence_index,
        statement_id,

        ---------- numerics (offsets into dim_articles.body_text, end exclusive, code points)
        char_start,
        char_end,

        ---------- text
        surface_text,
        date_value,
        granularity,
        qualifier,

        ---------- dates
        period_start,
        period_end,

        ---------- flags
        is_relative,
        year_inferred

    from date_mentions

)

select * from final
