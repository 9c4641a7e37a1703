with source as (
    select * from {{ source('raw', 'parsed_attendance') }}
)

select
    document_sha256,
    seq,
    person_name,
    title,
    role,
    status as attendance_status,
    partial,
    substitute,
    person_key,
    match_key,
    page,
    char_start,
    char_end
from source
