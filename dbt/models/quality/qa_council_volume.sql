-- Per council: meetings now against the last published run, and the share of held meetings
-- with minutes that name at least one person present. A council whose meetings all vanish,
-- or whose minutes suddenly yield nobody, is a fault in the pipeline, not in the council.
with councils as (
    select * from {{ ref('dim_council') }}
),

previous_run as (
    select counts
    from {{ ref('stg_runs') }}
    where run_status = 'published'
    order by finished_at desc
    limit 1
),

previous_counts as (
    select
        councils.council_id,
        coalesce(
            try_cast(json_extract_string(previous_run.counts, '$.meetings_by_council.' || councils.council_id) as bigint),
            0
        ) as previous_meeting_count
    from councils
    cross join previous_run
),

attendance as (
    select
        council_id,
        count(*) filter (where status = 'held' and has_minutes) as held_with_minutes,
        count(*) filter (where status = 'held' and has_minutes and present_count > 0) as held_with_present
    from {{ ref('qa_meeting_attendance') }}
    group by council_id
)

select
    councils.council_id,
    councils.meeting_count,
    coalesce(previous_counts.previous_meeting_count, 0) as previous_meeting_count,
    coalesce(attendance.held_with_minutes, 0) as held_with_minutes,
    coalesce(attendance.held_with_present, 0) as held_with_present,
    case
        when coalesce(attendance.held_with_minutes, 0) = 0 then 1.0
        else attendance.held_with_present / attendance.held_with_minutes
    end as share_with_present
from councils
left join previous_counts on councils.council_id = previous_counts.council_id
left join attendance on councils.council_id = attendance.council_id
