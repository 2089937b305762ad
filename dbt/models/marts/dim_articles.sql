with

articles as (

    select * from {{ ref('int_articles_counted') }}

),

publishers as (

    select * from {{ ref('int_article_publishers') }}

),

duplicate_groups as (

    select * from {{ ref('stg_raw__duplicate_groups') }}

),

article_links as (

    select * from {{ ref('stg_raw__article_links') }}

),

group_sizes as (

    select
        duplicate_group_id,
        count(*) as duplicate_group_size

    from duplicate_groups
    group by duplicate_group_id

),

-- why an article is in its group: the reasons of the links it takes part in
link_reasons as (

    select
        article_id,
        string_agg(distinct reason, ', ' order by reason) as duplicate_reasons

    from (
        select article_a as article_id, reason from article_links
        union all
        select article_b as article_id, reason from article_links
    )
    group by article_id

),

final as (

    select
        ---------- ids
        article_id,
        source_file,
        article_index,
        content_sha256,
        publishers.publisher_source_id,
        publishers.original_source_id,
        -- copies of one story share a group (an article with no copy is its own group)
        coalesce(duplicate_groups.duplicate_group_id, articles.article_id) as duplicate_group_id,

        ---------- text
        title,
        publisher,
        published_text,
        url,
        body_text,
        encoding,
        link_reasons.duplicate_reasons,

        ---------- numerics
        n_chars,
        n_sentences,
        n_body_sentences,
        n_statements,
        n_date_mentions,
        n_number_mentions,
        n_source_mentions,
        coalesce(group_sizes.duplicate_group_size, 1) as duplicate_group_size,

        ---------- dates
        published_date,
        ingested_at

    from articles
    left join publishers using (article_id)
    left join duplicate_groups using (article_id)
    left join group_sizes using (duplicate_group_id)
    left join link_reasons using (article_id)

)

select * from final
