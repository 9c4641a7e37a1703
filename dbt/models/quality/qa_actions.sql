-- Actions with their owner count, for the "every action has an owner" check.
with actions as (
    select * from {{ ref('fct_actions') }}
)

select
    action_id,
    meeting_id,
    action_text,
    coalesce(len(owners), 0) as owner_count,
    length(trim(coalesce(action_text, ''))) as text_length,
    document_sha256,
    source_url,
    page
from actions
