with people as (
    select * from {{ ref('int_people') }}
)

select
    person_id,
    council_id,
    person_key,
    person_name,
    title,
    meetings_recorded,
    meetings_present,
    first_seen_date,
    last_seen_date
from people
