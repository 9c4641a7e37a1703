with source as (
    select * from {{ source('raw', 'dq_results') }}
)

select
    run_id,
    suite,
    expectation,
    column_name,
    success,
    observed_value,
    unexpected_count,
    severity,
    evaluated_at
from source
