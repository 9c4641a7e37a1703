with source as (
    select * from {{ source('raw', 'listed_meetings') }}
)

select
    council_id,
    source_meeting_id,
    source_committee_id,
    committee_name,
    meeting_date,
    start_time,
    end_time,
    venue,
    status as meeting_status,
    raw_status,
    url as meeting_url,
    listed_via,
    seen_at
from source
