with source as (
    select * from {{ source('raw', 'councils') }}
)

select
    council_id,
    council_name,
    platform,
    base_url
from source
