-- Every dated statement on one time line: one row per (statement, date it refers to), ordered
-- by the date referred to (timeline_rank), with speaker, source and article.
-- A statement's dates are the date mentions inside it, else those of the sentence it is in.

with

statements as (

    select * from {{ ref('fct_statements') }}

),

date_mentions as (

    select * from {{ ref('fct_date_mentions') }}

),

articles as (

    select * from {{ ref('dim_articles') }}

),

sources as (

    select * from {{ ref('dim_sources') }}

),

publishers as (

    select * from {{ ref('int_article_publishers') }}

),

inside as (

    select
        statements.statement_id,
        date_mentions.date_mention_id

    from statements
    inner join date_mentions on date_mentions.statement_id = statements.statement_id

),

same_sentence as (

    select
        statements.statement_id,
        date_mentions.date_mention_id

    from statements
    inner join date_mentions
        on date_mentions.article_id = statements.article_id
        and date_mentions.sentence_index = statements.sentence_index
    where statements.statement_id not in (select statement_id from inside)

),

statement_dates as (

    select * from inside
    union all
    select * from same_sentence

),

joined as (

    select
        ---------- ids
        statements.statement_id,
        date_mentions.date_mention_id,
        statements.article_id,
        articles.duplicate_group_id,
        statements.actor_id,
        statements.via_source_id,
        publishers.responsible_source_id as publisher_source_id,

        ---------- dates
        date_mentions.period_start,
        date_mentions.period_end,
        articles.published_date,

        ---------- text
        date_mentions.date_value,
        date_mentions.granularity,
        date_mentions.qualifier as date_qualifier,
        date_mentions.surface_text as date_text,
        statements.speaker_text,
        statements.speaker_canonical,
        statements.speaker_kind,
        statements.verb_text,
        statements.content_text,
        sources.name as via_source_name,
        articles.publisher,
        articles.title,
        articles.source_file,

        ---------- flags
        date_mentions.is_relative,
        date_mentions.year_inferred,
        date_mentions.period_start > articles.published_date as refers_to_future,
        statements.is_direct_quote

    from statement_dates
    inner join statements using (statement_id)
    inner join date_mentions using (date_mention_id)
    left join articles on articles.article_id = statements.article_id
    left join publishers on publishers.article_id = statements.article_id
    left join sources on sources.source_id = statements.via_source_id

),

final as (

    select
        row_number() over (
            order by period_start nulls last, period_end nulls last, published_date nulls last, statement_id,
                date_mention_id
        ) as timeline_rank,
        *

    from joined

)

select * from final
