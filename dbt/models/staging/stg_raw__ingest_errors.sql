with

source as (

    select * from {{ source('raw', 'ingest_errors') }}

),

renamed as (

    select
        ---------- ids
        source_file::varchar as source_file,

        ---------- text
        stage::varchar as stage,
        error::varchar as error,

        ---------- dates
        occurred_at::timestamp as occurred_at

    from source

),

final as (

    select * from renamed

)

select * from final
