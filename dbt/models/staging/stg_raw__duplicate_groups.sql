with

source as (

    select * from {{ source('raw', 'duplicate_groups') }}

),

renamed as (

    select
        ---------- ids
        article_id::varchar as article_id,
        duplicate_group_id::varchar as duplicate_group_id

    from source

),

final as (

    select * from renamed

)

select * from final
