-- One row per source_id seen anywhere: in source_mentions, or only as the relaying
-- outlet of a statement (statements.via_source_id). Mentions may disagree on a
-- source's name, Arabic name or kind; each attribute takes its most frequent
-- non-null value, ties broken alphabetically, so the choice is deterministic.

with

source_mentions as (

    select * from {{ ref('int_source_mentions_canonical') }}

),

statements as (

    select * from {{ ref('stg_raw__statements') }}

),

source_ids as (

    select source_id from source_mentions
    union
    select via_source_id as source_id from statements where via_source_id is not null

),

-- long form: one row per (mention, attribute) so every attribute is ranked the same way
attribute_values as (

    select source_id, 'name' as attribute, source_name as value from source_mentions
    union all
    select source_id, 'name_ar' as attribute, source_name_ar as value from source_mentions
    union all
    select source_id, 'kind' as attribute, source_kind as value from source_mentions

),

attribute_counts as (

    select
        source_id,
        attribute,
        value,
        count(*) as n_seen

    from attribute_values
    where value is not null
    group by source_id, attribute, value

),

attribute_choices as (

    select
        source_id,
        attribute,
        value

    from attribute_counts
    qualify row_number() over (
        partition by source_id, attribute
        order by n_seen desc, value asc
    ) = 1

),

final as (

    select
        ---------- ids
        source_ids.source_id,

        ---------- text
        max(attribute_choices.value) filter (where attribute_choices.attribute = 'name') as name,
        max(attribute_choices.value) filter (where attribute_choices.attribute = 'name_ar') as name_ar,
        max(attribute_choices.value) filter (where attribute_choices.attribute = 'kind') as kind,

        ---------- flags
        -- false for outlets known only from statements.via_source_id (no name or kind yet)
        count(attribute_choices.value) > 0 as is_mentioned

    from source_ids
    left join attribute_choices using (source_id)
    group by source_ids.source_id

)

select * from final
