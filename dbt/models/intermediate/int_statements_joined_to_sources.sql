-- Statements with their relaying outlet resolved to a source.
-- via_source_id is the extractor's via_source_key when it set one; otherwise, when
-- the statement names an outlet (via_text), the source mention in the same
-- article whose surface_text is exactly via_text and that lies in the statement's
-- span or sentence (the earliest such mention if there are several).

with

statements as (

    select * from {{ ref('stg_raw__statements') }}

),

source_mentions as (

    select * from {{ ref('int_source_mentions_canonical') }}

),

sources as (

    select * from {{ ref('int_sources_unioned') }}

),

via_mentions as (

    select
        statements.statement_id,
        source_mentions.source_id

    from statements
    inner join source_mentions
        on source_mentions.article_id = statements.article_id
        and source_mentions.surface_text = statements.via_text
        and (
            (
                source_mentions.char_start >= statements.char_start
                and source_mentions.char_end <= statements.char_end
            )
            or source_mentions.sentence_index = statements.sentence_index
        )
    where statements.via_source_id is null
    qualify row_number() over (
        partition by statements.statement_id
        order by source_mentions.char_start, source_mentions.source_id
    ) = 1

),

resolved as (

    select
        statements.* exclude (via_source_id),
        coalesce(statements.via_source_id, via_mentions.source_id) as via_source_id

    from statements
    left join via_mentions using (statement_id)

),

final as (

    select
        resolved.*,

        ---------- text
        sources.name as via_source_name,
        sources.kind as via_source_kind

    from resolved
    left join sources on sources.source_id = resolved.via_source_id

)

select * from final
