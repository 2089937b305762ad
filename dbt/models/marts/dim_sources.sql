with

sources as (

    select * from {{ ref('int_sources_unioned') }}

),

source_mentions as (

    select * from {{ ref('stg_raw__source_mentions') }}

),

statements as (

    select * from {{ ref('int_statements_joined_to_sources') }}

),

mention_counts as (

    select
        source_id,
        count(*) as n_mentions,
        count(*) filter (where role = 'cited') as n_cited_mentions,
        count(*) filter (where role = 'publisher') as n_publisher_mentions,
        count(distinct article_id) as n_articles

    from source_mentions
    group by source_id

),

relay_counts as (

    select
        via_source_id as source_id,
        count(*) as n_relayed_statements

    from statements
    where via_source_id is not null
    group by via_source_id

),

final as (

    select
        ---------- ids
        sources.source_id,

        ---------- text
        -- an outlet known only as a statement's relay has no mention to name it: fall back to its id
        coalesce(sources.name, sources.source_id) as name,
        sources.name_ar,
        sources.kind,

        ---------- numerics
        coalesce(mention_counts.n_mentions, 0) as n_mentions,
        coalesce(mention_counts.n_articles, 0) as n_articles,
        coalesce(mention_counts.n_cited_mentions, 0) as n_cited_mentions,
        coalesce(mention_counts.n_publisher_mentions, 0) as n_publisher_mentions,
        coalesce(relay_counts.n_relayed_statements, 0) as n_relayed_statements

    from sources
    left join mention_counts using (source_id)
    left join relay_counts using (source_id)

)

select * from final
