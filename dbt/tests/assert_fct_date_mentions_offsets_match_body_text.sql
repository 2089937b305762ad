-- The offsets invariant on marts.fct_date_mentions (DESIGN.md):
-- substring(dim_articles.body_text, char_start + 1, char_end - char_start) = surface_text.
-- Returns the offending rows.
{{ config(meta={'dagster': {'ref': {'name': 'fct_date_mentions'}}}) }}

{{ offset_mismatches(ref('fct_date_mentions'), ref('dim_articles'), 'date_mention_id') }}
