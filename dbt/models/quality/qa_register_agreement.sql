-- For meetings with both a register and minutes: the share of register people whom the
-- minutes place in the same status, and who disagrees.
with attendance as (
    select * from {{ ref('fct_attendance') }}
),

meetings as (
    select meeting_id
    from attendance
    group by meeting_id
    having
        count(*) filter (where evidence in ('register', 'both')) > 0
        and count(*) filter (where evidence in ('minutes', 'both')) > 0
),

per_meeting as (
    select
        attendance.meeting_id,
        count(*) filter (where attendance.evidence in ('register', 'both')) as register_people,
        count(*) filter (
            where attendance.evidence = 'both' and not attendance.sources_disagree
        ) as agreeing_people,
        string_agg(
            attendance.person_name || ' (register: ' || coalesce(attendance.register_status, '?')
            || ', minutes: ' || case when attendance.evidence = 'register' then 'not listed' else attendance.attendance_status end
            || ')',
            '; ' order by attendance.person_name
        ) filter (where attendance.evidence = 'register' or attendance.sources_disagree) as disagreeing_people,
        any_value(attendance.source_url) filter (where attendance.evidence <> 'register') as source_url,
        min(attendance.page) as page
    from attendance
    inner join meetings on attendance.meeting_id = meetings.meeting_id
    group by attendance.meeting_id
)

select
    meeting_id,
    register_people,
    agreeing_people,
    agreeing_people / register_people as agreement_share,
    disagreeing_people,
    source_url,
    page
from per_meeting
