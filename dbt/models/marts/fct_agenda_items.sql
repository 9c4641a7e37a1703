with minutes as (
    select * from {{ ref('int_minutes_documents') }}
    where rank_in_meeting = 1
),

items as (
    select * from {{ ref('stg_parsed_agenda_items') }}
)

select
    {{ mb_id("minutes.meeting_id", "items.document_sha256", "items.seq") }} as agenda_item_id,
    minutes.meeting_id,
    items.seq as item_order,
    items.item_number,
    items.item_title,
    items.document_sha256,
    minutes.source_url,
    items.page,
    items.char_start,
    items.char_end
from minutes
inner join items on minutes.document_sha256 = items.document_sha256
