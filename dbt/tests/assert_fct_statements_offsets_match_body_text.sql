-- The offsets invariant on marts.fct_statements (DESIGN.md):
-- substring(dim_articles.body_text, char_start + 1, char_end - char_start) = surface_text.
-- Returns the offending rows.
{{ config(meta={'dagster': {'ref': {'name': 'fct_statements'}}}) }}

{{ offset_mismatches(ref('fct_statements'), ref('dim_articles'), 'statement_id') }}
