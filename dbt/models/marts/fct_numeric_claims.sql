-- One row per number that belongs to a claim (int_numeric_claims_attributed): what it counts,
-- where, when, who says it and who carries it.

with

claims as (

    select * from {{ ref('int_numeric_claims_attributed') }}

),

articles as (

    select * from {{ ref('stg_raw__articles') }}

),

date_mentions as (

    select * from {{ ref('stg_raw__date_mentions') }}

),

places as (

    select * from {{ ref('places') }}

),

source_names as (

    select * from {{ ref('int_sources_named') }}

),

sentence_dates as (

    select
        article_id,
        sentence_index,
        string_agg(coalesce(date_value, surface_text), '; ' order by char_start) as sentence_date_values,
        min(period_start) as sentence_period_start,
        max(period_end) as sentence_period_end

    from date_mentions
    group by article_id, sentence_index

),

final as (

    select
        ---------- ids
        claims.number_mention_id,
        claims.article_id,
        claims.duplicate_group_id,
        claims.sentence_index,
        claims.statement_id,
        claims.actor_id,
        claims.place_mention_id,
        claims.place_id,
        claims.origin_source_id,
        claims.via_source_id,
        claims.publisher_source_id,
        claims.independence_key,

        ---------- text
        claims.surface_text,
        claims.qualifier,
        claims.unit_text,
        claims.unit,
        -- what is counted: the unit, or the "عدد X" noun of the clause
        coalesce(claims.subject, 'unknown') as subject,
        places.name as place_name,
        places.name_ar as place_name_ar,
        claims.speaker_text,
        claims.speaker_canonical,
        claims.speaker_kind,
        claims.attribution,
        -- who vouches, readable: a source's name, the speaker, or the publisher's own account
        case
            when claims.independence_key like 'source:%' then origin_names.name
            when claims.independence_key like 'actor:%' then claims.speaker_canonical
            else coalesce(publisher_names.name, 'article ' || claims.article_id) || ' (own account'
                || case when claims.origin_source_id is not null then ', ' || origin_names.name else '' end || ')'
        end as vouched_by,
        sentence_dates.sentence_date_values,

        ---------- numerics
        claims.value,
        -- the interval the claim allows: approx is +-10%, a bound leaves one side open (null)
        case claims.qualifier
            when 'approx' then claims.value * 0.9
            when 'less_than' then 0
            when 'at_most' then 0
            else claims.value
        end as value_low,
        case claims.qualifier
            when 'approx' then claims.value * 1.1
            when 'more_than' then null
            when 'at_least' then null
            else claims.value
        end as value_high,
        claims.char_start,
        claims.char_end,

        ---------- dates
        articles.published_date,
        sentence_dates.sentence_period_start,
        sentence_dates.sentence_period_end,

        ---------- flags
        claims.is_projection

    from claims
    left join articles using (article_id)
    left join places using (place_id)
    left join source_names as origin_names on origin_names.source_id = claims.origin_source_id
    left join source_names as publisher_names on publisher_names.source_id = claims.publisher_source_id
    left join sentence_dates
        on sentence_dates.article_id = claims.article_id
        and sentence_dates.sentence_index = claims.sentence_index

)

select * from final
