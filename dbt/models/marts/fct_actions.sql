with minutes as (
    select * from {{ ref('int_minutes_documents') }}
    where rank_in_meeting = 1
),

actions as (
    select * from {{ ref('stg_parsed_actions') }}
)

select
    {{ mb_id("minutes.meeting_id", "actions.document_sha256", "actions.seq") }} as action_id,
    minutes.meeting_id,
    actions.action_text,
    actions.owners,
    actions.due_text,
    actions.due_date,
    actions.agenda_item,
    actions.document_sha256,
    minutes.source_url,
    actions.page,
    actions.char_start,
    actions.char_end
from minutes
inner join actions on minutes.document_sha256 = actions.document_sha256
