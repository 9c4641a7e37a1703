with source as (
    select * from {{ source('raw', 'parsed_agenda_items') }}
)

select
    document_sha256,
    seq,
    item_number,
    title as item_title,
    page,
    char_start,
    char_end
from source
