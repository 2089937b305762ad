with

source_mentions as (

    select * from {{ ref('int_source_mentions_canonical') }}

),

final as (

    select
        ---------- ids
        source_mention_id,
        article_id,
        sentence_index,
        source_id,

        ---------- numerics (offsets into dim_articles.body_text, end exclusive, code points)
        char_start,
        char_end,

        ---------- text
        surface_text,
        role,
        relation

    from source_mentions

)

select * from final
