-- People resolved across meetings within a council by their name key (initials kept, so
-- "J Smith" and "A Smith" stay two people).
with attendance as (
    select * from {{ ref('int_attendance_merged') }}
),

meetings as (
    select
        meeting_id,
        meeting_date
    from {{ ref('int_meetings') }}
)

select
    {{ mb_id("attendance.council_id", "attendance.person_key") }} as person_id,
    attendance.council_id,
    attendance.person_key,
    mode(attendance.person_name) as person_name,
    mode(attendance.title) as title,
    count(distinct attendance.meeting_id) as meetings_recorded,
    count(distinct attendance.meeting_id) filter (
        where attendance.attendance_status = 'present'
    ) as meetings_present,
    min(meetings.meeting_date) as first_seen_date,
    max(meetings.meeting_date) as last_seen_date
from attendance
left join meetings on attendance.meeting_id = meetings.meeting_id
group by attendance.council_id, attendance.person_key
