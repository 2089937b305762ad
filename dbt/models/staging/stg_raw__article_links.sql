with

source as (

    select * from {{ source('raw', 'article_links') }}

),

renamed as (

    select
        ---------- ids
        article_a::varchar as article_a,
        article_b::varchar as article_b,

        ---------- text
        reason::varchar as reason,

        ---------- numerics
        similarity::double as similarity

    from source

),

final as (

    select * from renamed

)

select * from final
