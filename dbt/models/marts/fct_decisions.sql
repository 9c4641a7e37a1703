with minutes as (
    select * from {{ ref('int_minutes_documents') }}
    where rank_in_meeting = 1
),

decisions as (
    select * from {{ ref('stg_parsed_decisions') }}
)

select
    {{ mb_id("minutes.meeting_id", "decisions.document_sha256", "decisions.seq") }} as decision_id,
    minutes.meeting_id,
    decisions.decision_text,
    decisions.agenda_item,
    decisions.document_sha256,
    minutes.source_url,
    decisions.page,
    decisions.char_start,
    decisions.char_end
from minutes
inner join decisions on minutes.document_sha256 = decisions.document_sha256
