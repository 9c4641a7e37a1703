with meetings as (
    select * from {{ ref('int_meetings') }}
)

select
    committee_id,
    council_id,
    mode(committee_name) as committee_name,
    count(*) as meeting_count,
    count(*) filter (where status = 'held') as held_meeting_count,
    min(meeting_date) as first_meeting_date,
    max(meeting_date) as last_meeting_date
from meetings
group by committee_id, council_id
