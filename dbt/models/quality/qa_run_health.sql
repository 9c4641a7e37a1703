-- One row: how many current documents failed extraction or parsing.
with documents as (
    select * from {{ ref('fct_documents') }}
    where document_status = 'current'
),

failures as (
    select distinct document_sha256
    from {{ ref('ops_failures') }}
    where stage in ('extract', 'parse') and document_sha256 is not null
),

counts as (
    select
        count(*) as documents_current,
        count(*) filter (where documents.document_sha256 in (select failures.document_sha256 from failures)) as documents_failed
    from documents
)

select
    documents_current,
    documents_failed,
    case when documents_current = 0 then 0.0 else documents_failed / documents_current end as failure_rate
from counts
