-- Attendance as the chosen minutes document of each meeting records it; one row per person.
with minutes as (
    select * from {{ ref('int_minutes_documents') }}
    where rank_in_meeting = 1
),

attendance as (
    select * from {{ ref('stg_parsed_attendance') }}
)

select
    minutes.meeting_id,
    minutes.council_id,
    minutes.source_url,
    attendance.*
from minutes
inner join attendance on minutes.document_sha256 = attendance.document_sha256
qualify row_number() over (partition by minutes.meeting_id, attendance.person_key order by attendance.seq) = 1
