{#-
    Rows of `spans` whose offsets do not slice `articles.body_text` to their text:
    substring(body_text, char_start + 1, char_end - char_start) <> text (null-safe, so
    a row whose article is missing fails too), or an empty/reversed span. DuckDB's
    substring and length count code points, like Python's str, so Python offsets line up.
    Used by the singular tests in tests/ (staging and marts).
-#}
{% macro offset_mismatches(spans, articles, id_column, text_column='surface_text', label=none) -%}
    select
        '{{ label or spans.identifier or spans }}' as model,
        spans.{{ id_column }} as row_id,
        spans.article_id,
        spans.char_start,
        spans.char_end,
        spans.{{ text_column }} as surface_text,
        substring(articles.body_text, spans.char_start + 1, spans.char_end - spans.char_start) as sliced_text

    from {{ spans }} as spans
    left join {{ articles }} as articles on articles.article_id = spans.article_id
    where substring(articles.body_text, spans.char_start + 1, spans.char_end - spans.char_start)
            is distinct from spans.{{ text_column }}
        or spans.char_end <= spans.char_start
{%- endmacro %}
