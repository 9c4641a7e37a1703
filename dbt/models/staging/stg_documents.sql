with source as (
    select * from {{ source('raw', 'documents') }}
)

select
    document_id,
    sha256 as document_sha256,
    council_id,
    url as source_url,
    size as size_bytes,
    content_type,
    kind as document_kind,
    source_meeting_id,
    committee_name,
    meeting_date,
    title as document_title,
    etag,
    last_modified,
    storage_path,
    status as document_status,
    fetched_at,
    run_id
from source
