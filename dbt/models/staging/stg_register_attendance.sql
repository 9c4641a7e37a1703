with source as (
    select * from {{ source('raw', 'register_attendance') }}
)

select
    council_id,
    source_meeting_id,
    seq,
    person_name,
    name_as_written,
    title,
    person_key,
    match_key,
    role,
    attendance_raw,
    status as attendance_status,
    source_url
from source
