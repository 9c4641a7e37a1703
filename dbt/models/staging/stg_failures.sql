with source as (
    select * from {{ source('raw', 'failures') }}
)

select
    run_id,
    stage,
    council_id,
    url,
    document_sha256,
    reason,
    detail,
    seen_at,
    source_meeting_id
from source
