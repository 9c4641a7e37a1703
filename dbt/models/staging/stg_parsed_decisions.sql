with source as (
    select * from {{ source('raw', 'parsed_decisions') }}
)

select
    document_sha256,
    seq,
    decision_text,
    agenda_item,
    page,
    char_start,
    char_end
from source
