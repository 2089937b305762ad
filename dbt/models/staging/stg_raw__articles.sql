select article_id, source_file from {{ source('raw', 'articles') }}
