with attendance as (
    select * from {{ ref('int_attendance_merged') }}
)

select
    {{ mb_id("meeting_id", "person_key") }} as attendance_id,
    meeting_id,
    {{ mb_id("council_id", "person_key") }} as person_id,
    person_name,
    title,
    role,
    attendance_status,
    partial,
    substitute,
    evidence,
    register_status,
    register_status is not null and register_status <> attendance_status as sources_disagree,
    document_sha256,
    source_url,
    page,
    char_start,
    char_end
from attendance
