with source as (
    select * from {{ source('raw', 'runs') }}
)

select
    run_id,
    started_at,
    finished_at,
    status as run_status,
    counts
from source
