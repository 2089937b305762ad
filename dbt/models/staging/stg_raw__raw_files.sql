with

source as (

    select * from {{ source('raw', 'raw_files') }}

),

renamed as (

    select
        ---------- ids
        source_file::varchar as source_file,
        content_sha256::varchar as content_sha256,

        ---------- text
        encoding::varchar as encoding,
        format::varchar as format,
        status::varchar as status,
        error::varchar as error,
        text::varchar as text,

        ---------- numerics
        n_bytes::bigint as n_bytes,

        ---------- dates
        ingested_at::timestamp as ingested_at,

        ---------- flags
        status = 'decoded' as is_decoded,
        status = 'duplicate' as is_duplicate,
        status = 'quarantined' as is_quarantined

    from source

),

final as (

    select * from renamed

)

select * from final
