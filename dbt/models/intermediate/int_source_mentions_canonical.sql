-- Source mentions with their canonical source: the seed alias table (source_aliases, the
-- parser's own lexicon) matched on name_key() of the mention's surface text and of its
-- extracted name, else the extractor's source_id. An alias row added to the seed therefore
-- re-canonicalises mentions at the next dbt build, without parsing again; variants not in the
-- table still meet through name_key (الأمريكية = الأميركية, "وكالة “رويترز”" = رويترز).

with

source_mentions as (

    select * from {{ ref('stg_raw__source_mentions') }}

),

aliases as (

    select * from {{ ref('source_aliases') }}

),

alias_keys as (

    -- one source per key: the first alias row wins, as in the parser (akhbar.sources)
    select
        {{ name_key('alias') }} as alias_key,
        source_id

    from aliases
    qualify row_number() over (partition by {{ name_key('alias') }} order by source_id) = 1

),

matched as (

    select
        source_mentions.source_mention_id,
        coalesce(by_surface.source_id, by_name.source_id) as seed_source_id

    from source_mentions
    left join alias_keys as by_surface
        on by_surface.alias_key = {{ name_key('source_mentions.surface_text') }}
    left join alias_keys as by_name
        on by_name.alias_key = {{ name_key('source_mentions.source_name') }}

),

final as (

    select
        source_mentions.* exclude (source_id),

        ---------- ids
        coalesce(matched.seed_source_id, source_mentions.source_id) as source_id,
        source_mentions.source_id as extracted_source_id,

        ---------- flags
        matched.seed_source_id is not null as is_in_alias_table

    from source_mentions
    left join matched using (source_mention_id)

)

select * from final
