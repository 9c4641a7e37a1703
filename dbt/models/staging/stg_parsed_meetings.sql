with source as (
    select * from {{ source('raw', 'parsed_meetings') }}
)

select
    document_sha256,
    council as council_name_as_written,
    body as committee_name_as_written,
    try_cast(meeting_date as date) as meeting_date,
    start_time,
    end_time,
    venue,
    page,
    parser_version
from source
