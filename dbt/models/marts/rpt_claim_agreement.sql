-- Claims on the same subject, place and footing (a level now vs a projection) side by side
-- across independent sources: one row per comparable group.
--
-- Counting: copies of one story carrying the same figure count once (same duplicate group,
-- subject, place, value and qualifier: the attributed copy is kept); independent sources are
-- distinct independence_keys (fct_numeric_claims). Agreement, from the claims' intervals
-- (approx +-10%, a bound open on one side):
--   single_source - one independent source;
--   agree         - every source gives the same value and qualifier;
--   compatible    - the values differ but the intervals overlap ("أقل من 500" and "ما دون ألفي"
--                   can both be true);
--   disagree      - no value satisfies every source: the intervals do not overlap.
-- Claims with no subject or no place are not compared (they stay in fct_numeric_claims).

with

claims as (

    select * from {{ ref('fct_numeric_claims') }}
    where subject <> 'unknown' and place_id is not null

),

counted_once as (

    select *
    from claims
    qualify row_number() over (
        partition by duplicate_group_id, subject, place_id, is_projection, value, coalesce(qualifier, 'exact')
        order by attribution = 'publisher', number_mention_id
    ) = 1

),

claim_labels as (

    select
        *,
        case qualifier
            when 'approx' then '~'
            when 'less_than' then '<'
            when 'at_most' then '<='
            when 'more_than' then '>'
            when 'at_least' then '>='
            else ''
        end || format('{:g}', value) || ' (' || vouched_by || ')' as claim_label

    from counted_once

),

grouped as (

    select
        ---------- ids
        subject || ' @ ' || place_id || case when is_projection then ' (projection)' else '' end as comparison_id,
        subject,
        place_id,
        any_value(place_name) as place_name,
        is_projection,

        ---------- numerics
        count(*) as n_claims,
        count(distinct independence_key) as n_independent_sources,
        count(distinct article_id) as n_articles,
        count(distinct duplicate_group_id) as n_stories,
        min(value) as min_value,
        max(value) as max_value,
        max(value) - min(value) as value_spread,
        max(value_low) as highest_lower_bound,
        min(coalesce(value_high, 'infinity'::double)) as lowest_upper_bound,
        count(distinct (value, coalesce(qualifier, 'exact'))) as n_distinct_figures,

        ---------- text
        string_agg(claim_label, '; ' order by value, claim_label) as claims_side_by_side,
        string_agg(
            distinct coalesce(origin_source_id, publisher_source_id, 'unknown'), ', '
            order by coalesce(origin_source_id, publisher_source_id, 'unknown')
        ) as sources,

        ---------- dates
        min(published_date) as first_published,
        max(published_date) as last_published

    from claim_labels
    group by subject, place_id, is_projection

),

final as (

    select
        * exclude (lowest_upper_bound),
        case when lowest_upper_bound = 'infinity'::double then null else lowest_upper_bound end as lowest_upper_bound,
        case
            when n_independent_sources < 2 then 'single_source'
            when highest_lower_bound > lowest_upper_bound then 'disagree'
            when n_distinct_figures = 1 then 'agree'
            else 'compatible'
        end as agreement_status,
        n_independent_sources >= 2 and highest_lower_bound > lowest_upper_bound as is_disagreement

    from grouped

)

select * from final
