-- The offsets invariant on marts.fct_numeric_claims (DESIGN.md):
-- substring(dim_articles.body_text, char_start + 1, char_end - char_start) = surface_text.
-- Returns the offending rows.
{{ config(meta={'dagster': {'ref': {'name': 'fct_numeric_claims'}}}) }}

{{ offset_mismatches(ref('fct_numeric_claims'), ref('dim_articles'), 'number_mention_id') }}
