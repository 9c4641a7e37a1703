with councils as (
    select * from {{ ref('stg_councils') }}
),

meetings as (
    select
        council_id,
        count(*) as meeting_count
    from {{ ref('int_meetings') }}
    group by council_id
)

select
    councils.council_id,
    councils.council_name,
    councils.platform,
    councils.base_url,
    coalesce(meetings.meeting_count, 0) as meeting_count
from councils
left join meetings on councils.council_id = meetings.council_id
