with

sources as (

    select * from {{ ref('int_sources_named') }}

),

source_mentions as (

    select * from {{ ref('int_source_mentions_canonical') }}

),

statements as (

    select * from {{ ref('int_statements_joined_to_sources') }}

),

duplicate_groups as (

    select * from {{ ref('stg_raw__duplicate_groups') }}

),

cited_claims as (

    select * from {{ ref('fct_numeric_claims') }}

),

mention_counts as (

    select
        source_id,
        count(*) as n_mentions,
        count(*) filter (where role = 'cited') as n_cited_mentions,
        count(*) filter (where role = 'publisher') as n_publisher_mentions,
        count(distinct article_id) as n_articles,
        -- copies of one story (dim_articles.duplicate_group_id) count once
        count(distinct coalesce(duplicate_groups.duplicate_group_id, source_mentions.article_id)) as n_stories

    from source_mentions
    left join duplicate_groups using (article_id)
    group by source_id

),

claim_counts as (

    select
        origin_source_id as source_id,
        count(*) as n_numeric_claims,
        count(distinct duplicate_group_id) as n_claim_stories

    from cited_claims
    where origin_source_id is not null
    group by origin_source_id

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
        sources.name,
        sources.name_ar,
        sources.kind,

        ---------- numerics
        coalesce(mention_counts.n_mentions, 0) as n_mentions,
        coalesce(mention_counts.n_articles, 0) as n_articles,
        coalesce(mention_counts.n_stories, 0) as n_stories,
        coalesce(mention_counts.n_cited_mentions, 0) as n_cited_mentions,
        coalesce(mention_counts.n_publisher_mentions, 0) as n_publisher_mentions,
        coalesce(relay_counts.n_relayed_statements, 0) as n_relayed_statements,
        coalesce(claim_counts.n_numeric_claims, 0) as n_numeric_claims,
        coalesce(claim_counts.n_claim_stories, 0) as n_claim_stories,

        ---------- flags
        sources.is_in_alias_table

    from sources
    left join mention_counts using (source_id)
    left join relay_counts using (source_id)
    left join claim_counts using (source_id)

)

select * from final
