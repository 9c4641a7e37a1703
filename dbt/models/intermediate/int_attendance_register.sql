-- The site's attendance register, keyed to meetings; "Expected" (no status yet) is left out.
with register as (
    select * from {{ ref('stg_register_attendance') }}
)

select
    {{ mb_id("council_id", "'mid'", "source_meeting_id") }} as meeting_id,
    *
from register
where attendance_status is not null
qualify row_number() over (partition by council_id, source_meeting_id, person_key order by seq) = 1
