-- The offsets invariant on the staging models (DESIGN.md): every row that points into
-- an article slices body_text to its text (sentences: text; the others: surface_text;
-- article metadata: title, publisher, published_text). Returns the offending rows.
-- Reported in Dagster as a check on staging/stg_raw__articles (the owner of body_text).
{{ config(meta={'dagster': {'ref': {'name': 'stg_raw__articles'}}}) }}

with

articles as (

    select * from {{ ref('stg_raw__articles') }}

),

metadata_spans as (

    select article_id || '-title' as span_id, article_id, title_start as char_start, title_end as char_end,
        title as surface_text
    from articles
    where title_start is not null

    union all

    select article_id || '-publisher', article_id, publisher_start, publisher_end, publisher
    from articles
    where publisher_start is not null

    union all

    select article_id || '-published', article_id, published_start, published_end, published_text
    from articles
    where published_start is not null

),

final as (

    {{ offset_mismatches(ref('stg_raw__sentences'), 'articles', 'sentence_id', 'text') }}
    union all
    {{ offset_mismatches(ref('stg_raw__statements'), 'articles', 'statement_id') }}
    union all
    {{ offset_mismatches(ref('stg_raw__date_mentions'), 'articles', 'date_mention_id') }}
    union all
    {{ offset_mismatches(ref('stg_raw__number_mentions'), 'articles', 'number_mention_id') }}
    union all
    {{ offset_mismatches(ref('stg_raw__source_mentions'), 'articles', 'source_mention_id') }}
    union all
    {{ offset_mismatches(ref('stg_raw__place_mentions'), 'articles', 'place_mention_id') }}
    union all
    {{ offset_mismatches('metadata_spans', 'articles', 'span_id', label='stg_raw__articles') }}

)

select * from final
