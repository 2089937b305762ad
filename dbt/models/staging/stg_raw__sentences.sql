with

source as (

    select * from {{ source('raw', 'sentences') }}

),

renamed as (

    select
        ---------- ids
        article_id::varchar || '-s' || lpad(sentence_index::varchar, 5, '0') as sentence_id,
        article_id::varchar as article_id,
        sentence_index::bigint as sentence_index,
        paragraph_index::bigint as paragraph_index,

        ---------- text
        text::varchar as text,
        kind::varchar as kind,

        ---------- numerics (offsets into body_text, end exclusive, code points)
        char_start::bigint as char_start,
        char_end::bigint as char_end,

        ---------- flags
        kind = 'body' as is_body

    from source

),

final as (

    select * from renamed

)

select * from final
