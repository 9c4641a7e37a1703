with meetings as (
    select * from {{ ref('int_meetings') }}
)

select
    meeting_id,
    council_id,
    committee_id,
    committee_name,
    source_meeting_id,
    meeting_date,
    start_time,
    end_time,
    venue,
    status,
    source_url,
    minutes_document_sha256,
    minutes_url,
    minutes_page,
    seen_in
from meetings
