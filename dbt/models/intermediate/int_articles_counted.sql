-- One row per article with counts of what was extracted from it.

with

articles as (

    select * from {{ ref('stg_raw__articles') }}

),

sentences as (

    select * from {{ ref('stg_raw__sentences') }}

),

statements as (

    select * from {{ ref('stg_raw__statements') }}

),

date_mentions as (

    select * from {{ ref('stg_raw__date_mentions') }}

),

number_mentions as (

    select * from {{ ref('stg_raw__number_mentions') }}

),

source_mentions as (

    select * from {{ ref('stg_raw__source_mentions') }}

),

sentence_counts as (

    select
        article_id,
        count(*) as n_sentences,
        count(*) filter (where is_body) as n_body_sentences

    from sentences
    group by article_id

),

statement_counts as (

    select article_id, count(*) as n_statements
    from statements
    group by article_id

),

date_mention_counts as (

    select article_id, count(*) as n_date_mentions
    from date_mentions
    group by article_id

),

number_mention_counts as (

    select article_id, count(*) as n_number_mentions
    from number_mentions
    group by article_id

),

source_mention_counts as (

    select article_id, count(*) as n_source_mentions
    from source_mentions
    group by article_id

),

final as (

    select
        articles.*,

        ---------- numerics
        coalesce(sentence_counts.n_sentences, 0) as n_sentences,
        coalesce(sentence_counts.n_body_sentences, 0) as n_body_sentences,
        coalesce(statement_counts.n_statements, 0) as n_statements,
        coalesce(date_mention_counts.n_date_mentions, 0) as n_date_mentions,
        coalesce(number_mention_counts.n_number_mentions, 0) as n_number_mentions,
        coalesce(source_mention_counts.n_source_mentions, 0) as n_source_mentions

    from articles
    left join sentence_counts using (article_id)
    left join statement_counts using (article_id)
    left join date_mention_counts using (article_id)
    left join number_mention_counts using (article_id)
    left join source_mention_counts using (article_id)

)

select * from final
