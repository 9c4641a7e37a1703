{{ config(materialized='view') }}
-- A view, so the ledger row the publisher writes last (status `published`) is what readers see.
with runs as (
    select * from {{ ref('stg_runs') }}
)

select
    run_id,
    started_at,
    finished_at,
    run_status as status,
    counts
from runs
