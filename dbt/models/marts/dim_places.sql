-- One row per place of the gazetteer (seed places = akhbar/lexicons/places.csv), with how often
-- the corpus names it and how many claims it holds.

with

places as (

    select * from {{ ref('places') }}

),

place_mentions as (

    select * from {{ ref('stg_raw__place_mentions') }}

),

claims as (

    select * from {{ ref('fct_numeric_claims') }}

),

mention_counts as (

    select
        place_id,
        count(*) as n_mentions,
        count(distinct article_id) as n_articles

    from place_mentions
    group by place_id

),

claim_counts as (

    select
        place_id,
        count(*) as n_numeric_claims

    from claims
    where place_id is not null
    group by place_id

),

final as (

    select
        ---------- ids
        places.place_id,
        places.country_id,

        ---------- text
        places.name,
        places.name_ar,
        places.kind,

        ---------- numerics
        coalesce(mention_counts.n_mentions, 0) as n_mentions,
        coalesce(mention_counts.n_articles, 0) as n_articles,
        coalesce(claim_counts.n_numeric_claims, 0) as n_numeric_claims

    from places
    left join mention_counts using (place_id)
    left join claim_counts using (place_id)

)

select * from final
