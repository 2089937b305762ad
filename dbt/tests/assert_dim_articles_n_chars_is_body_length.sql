-- n_chars counts the code points of body_text (DuckDB length, like Python len).
-- Returns the offending articles.

select
    article_id,
    n_chars,
    length(body_text) as body_length

from {{ ref('dim_articles') }}
where n_chars is distinct from length(body_text)
