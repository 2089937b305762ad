-- One row per speaker across articles and spellings. The extractor keys each statement's
-- speaker (akhbar.actors.actor_key: spellings folded, metonyms such as البنتاغون mapped,
-- titled people keyed by their name); this model names and counts each key.

with

statements as (

    select * from {{ ref('int_statements_joined_to_sources') }}
    where actor_id is not null

),

names as (

    -- the spelling the corpus uses most often names the actor (then the longest, then A-Z)
    select
        actor_id,
        speaker_canonical as name,
        count(*) as n_uses

    from statements
    group by actor_id, speaker_canonical
    qualify row_number() over (
        partition by actor_id
        order by count(*) desc, length(speaker_canonical) desc, speaker_canonical
    ) = 1

),

kinds as (

    select
        actor_id,
        speaker_kind as kind

    from statements
    group by actor_id, speaker_kind
    qualify row_number() over (partition by actor_id order by count(*) desc, speaker_kind) = 1

),

counts as (

    select
        actor_id,
        any_value(actor_key) as actor_key,
        count(*) as n_statements,
        count(distinct article_id) as n_articles,
        count(distinct speaker_canonical) as n_name_variants,
        count(*) filter (where is_direct_quote) as n_direct_quotes,
        count(*) filter (where via_source_id is not null) as n_relayed_statements

    from statements
    group by actor_id

),

final as (

    select
        ---------- ids
        counts.actor_id,

        ---------- text
        names.name,
        kinds.kind,
        counts.actor_key,

        ---------- numerics
        counts.n_statements,
        counts.n_articles,
        counts.n_name_variants,
        counts.n_direct_quotes,
        counts.n_relayed_statements

    from counts
    inner join names using (actor_id)
    inner join kinds using (actor_id)

)

select * from final
