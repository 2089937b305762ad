-- A date mention's period never ends before it starts. Returns the offending mentions.

select
    date_mention_id,
    surface_text,
    period_start,
    period_end

from {{ ref('fct_date_mentions') }}
where period_start > period_end
