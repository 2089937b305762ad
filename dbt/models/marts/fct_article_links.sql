-- Pairs of articles that carry the same story, with the reason and the similarity: the edges
-- behind dim_articles.duplicate_group_id.

with

links as (

    select * from {{ ref('stg_raw__article_links') }}

),

duplicate_groups as (

    select * from {{ ref('stg_raw__duplicate_groups') }}

),

final as (

    select
        ---------- ids
        links.article_a,
        links.article_b,
        duplicate_groups.duplicate_group_id,

        ---------- text
        links.reason,

        ---------- numerics
        links.similarity

    from links
    left join duplicate_groups on duplicate_groups.article_id = links.article_a

)

select * from final
