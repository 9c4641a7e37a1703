-- Per meeting: how many people the warehouse places at it, for the attendance checks.
with meetings as (
    select * from {{ ref('fct_meetings') }}
),

attendance as (
    select
        meeting_id,
        count(*) as recorded_count,
        count(*) filter (where attendance_status = 'present') as present_count
    from {{ ref('fct_attendance') }}
    group by meeting_id
)

select
    meetings.meeting_id,
    meetings.council_id,
    meetings.committee_name,
    meetings.meeting_date,
    meetings.status,
    meetings.minutes_document_sha256 is not null as has_minutes,
    coalesce(attendance.recorded_count, 0) as recorded_count,
    coalesce(attendance.present_count, 0) as present_count,
    meetings.minutes_url as source_url,
    meetings.minutes_page as page
from meetings
left join attendance on meetings.meeting_id = attendance.meeting_id
