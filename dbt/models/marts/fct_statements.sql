with

statements as (

    select * from {{ ref('int_statements_joined_to_sources') }}

),

final as (

    select
        ---------- ids
        statement_id,
        article_id,
        sentence_index,
        via_source_id,
        actor_id,

        ---------- numerics (offsets into dim_articles.body_text, end exclusive, code points)
        char_start,
        char_end,
        content_start,
        content_end,

        ---------- text
        surface_text,
        speaker_text,
        speaker_canonical,
        speaker_kind,
        verb_text,
        content_text,
        via_text,

        ---------- flags
        is_direct_quote

    from statements

)

select * from final
