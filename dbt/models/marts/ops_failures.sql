-- One row per distinct failure (stage, council, URL, document, reason) with when it was first
-- and last seen; run_id is the latest run that saw it.
with failures as (
    select * from {{ ref('stg_failures') }}
)

select
    {{ mb_id("stage", "council_id", "url", "document_sha256", "reason") }} as failure_id,
    arg_max(run_id, seen_at) as run_id,
    stage,
    council_id,
    url,
    document_sha256,
    reason,
    arg_max(detail, seen_at) as detail,
    max(source_meeting_id) as source_meeting_id,
    min(seen_at) as first_seen_at,
    max(seen_at) as last_seen_at,
    count(*) as occurrences
from failures
group by stage, council_id, url, document_sha256, reason
