-- int_sources_unioned with the seed's canonical name, Arabic name and kind first (seed sources =
-- akhbar/lexicons/sources.csv): what dim_sources shows, for models dim_sources itself counts.

with

sources as (

    select * from {{ ref('int_sources_unioned') }}

),

catalog as (

    select * from {{ ref('sources') }}

),

final as (

    select
        ---------- ids
        source_id,

        ---------- text
        -- an outlet known only as a statement's relay has no mention to name it: fall back to its id
        coalesce(catalog.name, sources.name, source_id) as name,
        coalesce(catalog.name_ar, sources.name_ar) as name_ar,
        -- an outlet neither the catalog nor a mention classifies (known only as a relay) is a website
        coalesce(catalog.kind, sources.kind, 'website') as kind,

        ---------- flags
        catalog.source_id is not null as is_in_alias_table

    from sources
    left join catalog using (source_id)

)

select * from final
