with

articles as (

    select * from {{ ref('int_articles_counted') }}

),

final as (

    select
        ---------- ids
        article_id,
        source_file,
        article_index,
        content_sha256,

        ---------- text
        title,
        publisher,
        published_text,
        url,
        body_text,
        encoding,

        ---------- numerics
        n_chars,
        n_sentences,
        n_body_sentences,
        n_statements,
        n_date_mentions,
        n_number_mentions,
        n_source_mentions,

        ---------- dates
        published_date,
        ingested_at

    from articles

)

select * from final
