-- Each pair of articles is linked at most once per reason, in one order (article_a < article_b).
-- Returns the offending pairs.

select
    article_a,
    article_b,
    reason,
    count(*) as n_rows

from {{ ref('stg_raw__article_links') }}
group by article_a, article_b, reason
having count(*) > 1 or article_a >= article_b
