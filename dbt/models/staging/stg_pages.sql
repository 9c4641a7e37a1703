with source as (
    select * from {{ source('raw', 'pages') }}
)

select
    document_sha256,
    page,
    text as page_text,
    char_start,
    char_end,
    line_count,
    extractor_version
from source
