-- Current minutes documents with what their parse found, keyed to the meeting they record.
-- A document found on a meeting's page carries the site's meeting id; a loose document
-- (folder, URL list) is keyed by council, committee and date, or by itself when no date was found.
with documents as (
    select * from {{ ref('stg_documents') }}
),

parsed as (
    select * from {{ ref('stg_parsed_meetings') }}
),

joined as (
    select
        documents.document_id,
        documents.document_sha256,
        documents.council_id,
        documents.source_url,
        documents.document_kind,
        documents.source_meeting_id,
        documents.fetched_at,
        parsed.committee_name_as_written,
        parsed.start_time,
        parsed.end_time,
        parsed.venue,
        parsed.page as meeting_page,
        coalesce(documents.committee_name, parsed.committee_name_as_written) as committee_name,
        coalesce(documents.meeting_date, parsed.meeting_date) as meeting_date
    from documents
    inner join parsed on documents.document_sha256 = parsed.document_sha256
    where
        documents.document_status = 'current'
        and documents.document_kind in ('minutes', 'minutes_html')
),

keyed as (
    select
        *,
        case
            when source_meeting_id is not null then {{ mb_id("council_id", "'mid'", "source_meeting_id") }}
            when meeting_date is not null
                then {{ mb_id("council_id", "'minutes'", "lower(coalesce(committee_name, ''))", "meeting_date") }}
            else {{ mb_id("council_id", "'document'", "document_sha256") }}
        end as meeting_id
    from joined
)

select
    *,
    row_number() over (
        partition by meeting_id
        order by case document_kind when 'minutes' then 0 else 1 end, fetched_at desc, document_sha256 asc
    ) as rank_in_meeting
from keyed
