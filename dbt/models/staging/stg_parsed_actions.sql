with source as (
    select * from {{ source('raw', 'parsed_actions') }}
)

select
    document_sha256,
    seq,
    action_text,
    owners,
    due_text,
    try_cast(due_date as date) as due_date,
    agenda_item,
    page,
    char_start,
    char_end
from source
