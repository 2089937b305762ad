-- The offsets invariant on marts.fct_place_mentions (DESIGN.md):
-- substring(dim_articles.body_text, char_start + 1, char_end - char_start) = surface_text.
-- Returns the offending rows.
{{ config(meta={'dagster': {'ref': {'name': 'fct_place_mentions'}}}) }}

{{ offset_mismatches(ref('fct_place_mentions'), ref('dim_articles'), 'place_mention_id') }}
