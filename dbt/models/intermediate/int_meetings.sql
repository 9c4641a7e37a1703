-- One row per meeting however many ways it was seen: the site's listing (web service or
-- HTML pages) and the minutes document. The listing is authoritative for identity, date,
-- venue and status; the minutes for the times actually kept.
with listed as (
    select
        *,
        {{ mb_id("council_id", "'mid'", "source_meeting_id") }} as meeting_id
    from {{ ref('stg_listed_meetings') }}
),

minutes as (
    select * from {{ ref('int_minutes_documents') }}
    where rank_in_meeting = 1
),

merged as (
    select
        coalesce(listed.meeting_id, minutes.meeting_id) as meeting_id,
        coalesce(listed.council_id, minutes.council_id) as council_id,
        coalesce(listed.committee_name, minutes.committee_name, 'Unknown committee') as committee_name,
        coalesce(listed.source_meeting_id, minutes.source_meeting_id) as source_meeting_id,
        coalesce(listed.meeting_date, minutes.meeting_date) as meeting_date,
        coalesce(minutes.start_time, listed.start_time) as start_time,
        coalesce(minutes.end_time, listed.end_time) as end_time,
        coalesce(listed.venue, minutes.venue) as venue,
        case
            when minutes.meeting_id is not null and coalesce(listed.meeting_status, 'held') <> 'cancelled'
                then 'held'
            else coalesce(listed.meeting_status, 'held')
        end as status,
        coalesce(listed.meeting_url, minutes.source_url) as source_url,
        minutes.document_sha256 as minutes_document_sha256,
        minutes.source_url as minutes_url,
        minutes.meeting_page as minutes_page,
        case
            when listed.meeting_id is not null and minutes.meeting_id is not null then 'site_and_minutes'
            when listed.meeting_id is not null then 'site'
            else 'minutes'
        end as seen_in
    from listed
    full outer join minutes on listed.meeting_id = minutes.meeting_id
)

select
    *,
    {{ mb_id("council_id", "lower(committee_name)") }} as committee_id
from merged
