with documents as (
    select * from {{ ref('stg_documents') }}
),

pages as (
    select
        document_sha256,
        count(*) as page_count
    from {{ ref('stg_pages') }}
    group by document_sha256
),

minutes as (
    select
        document_sha256,
        min(meeting_id) as meeting_id
    from {{ ref('int_minutes_documents') }}
    group by document_sha256
)

select
    {{ mb_id("documents.document_id", "documents.document_sha256") }} as document_version_id,
    documents.document_id,
    documents.document_sha256,
    documents.council_id,
    documents.source_url,
    documents.document_kind,
    documents.document_status,
    documents.document_title,
    documents.content_type,
    documents.size_bytes,
    documents.source_meeting_id,
    minutes.meeting_id,
    coalesce(pages.page_count, 0) as page_count,
    documents.storage_path,
    documents.fetched_at
from documents
left join pages on documents.document_sha256 = pages.document_sha256
left join minutes on documents.document_sha256 = minutes.document_sha256
