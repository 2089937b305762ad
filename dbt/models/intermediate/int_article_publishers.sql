-- One row per article that names a publisher: the site the page is on (relation own or
-- aggregator) and the outlet it credits as the original (relation original). The outlet
-- responsible for the text is the credited original when there is one, else the site.

with

source_mentions as (

    select * from {{ ref('int_source_mentions_canonical') }}

),

final as (

    select
        article_id,
        min(source_id) filter (where relation is distinct from 'original') as publisher_source_id,
        min(source_id) filter (where relation = 'original') as original_source_id,
        coalesce(
            min(source_id) filter (where relation = 'original'),
            min(source_id) filter (where relation is distinct from 'original')
        ) as responsible_source_id

    from source_mentions
    where role = 'publisher'
    group by article_id

)

select * from final
