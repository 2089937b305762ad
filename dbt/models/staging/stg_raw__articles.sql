with

source as (

    select * from {{ source('raw', 'articles') }}

),

renamed as (

    select
        ---------- ids
        article_id::varchar as article_id,
        source_file::varchar as source_file,
        article_index::bigint as article_index,
        content_sha256::varchar as content_sha256,

        ---------- text
        encoding::varchar as encoding,
        title::varchar as title,
        publisher::varchar as publisher,
        published_text::varchar as published_text,
        url::varchar as url,
        body_text::varchar as body_text,

        ---------- numerics (offsets into body_text, end exclusive, code points)
        title_start::bigint as title_start,
        title_end::bigint as title_end,
        publisher_start::bigint as publisher_start,
        publisher_end::bigint as publisher_end,
        published_start::bigint as published_start,
        published_end::bigint as published_end,
        n_chars::bigint as n_chars,

        ---------- dates
        published_date::date as published_date,
        ingested_at::timestamp as ingested_at

    from source

),

final as (

    select * from renamed

)

select * from final
