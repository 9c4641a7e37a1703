{{ config(materialized='view') }}
-- Great Expectations results of every run (the current run's rows are added before publication).
with results as (
    select * from {{ ref('stg_dq_results') }}
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
from results
