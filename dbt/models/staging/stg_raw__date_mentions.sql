with

source as (

    select * from {{ source('raw', 'date_mentions') }}

),

renamed as (

    select
        ---------- ids
        date_mention_id::varchar as date_mention_id,
        article_id::varchar as article_id,
        sentence_index::bigint as sentence_index,
        statement_id::varchar as statement_id,

        ---------- text
        surface_text::varchar as surface_text,
        date_value::varchar as date_value,
        granularity::varchar as granularity,
        qualifier::varchar as qualifier,

        ---------- numerics (offsets into body_text, end exclusive, code points)
        char_start::bigint as char_start,
        char_end::bigint as char_end,

        ---------- dates
        period_start::date as period_start,
        period_end::date as period_end,

        ---------- flags
        is_relative::boolean as is_relative,
        year_inferred::boolean as year_inferred

    from source

),

final as (

    select * from renamed

)

select * from final
