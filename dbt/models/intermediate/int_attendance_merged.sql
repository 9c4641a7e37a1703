-- Minutes and register attendance merged per meeting and person.
-- People are matched on their full name key first, then on initial + surname.
-- evidence = minutes | register | both; where both disagree on status the minutes
-- (the approved record) win and the register's status is kept beside it.
with minutes as (
    select * from {{ ref('int_attendance_minutes') }}
),

register as (
    select * from {{ ref('int_attendance_register') }}
),

candidates as (
    select
        minutes.meeting_id,
        minutes.person_key as minutes_key,
        register.person_key as register_key,
        case when minutes.person_key = register.person_key then 1 else 2 end as match_rank
    from minutes
    inner join register
        on
            minutes.meeting_id = register.meeting_id
            and (minutes.person_key = register.person_key or minutes.match_key = register.match_key)
),

pairs as (
    select * from candidates
    qualify
        row_number() over (partition by meeting_id, minutes_key order by match_rank, register_key) = 1
        and row_number() over (partition by meeting_id, register_key order by match_rank, minutes_key) = 1
),

both_sources as (
    select
        minutes.meeting_id,
        minutes.council_id,
        minutes.person_key,
        minutes.person_name,
        coalesce(minutes.title, register.title) as title,
        coalesce(minutes.role, register.role) as role,
        minutes.attendance_status,
        register.attendance_status as register_status,
        minutes.partial,
        minutes.substitute,
        'both' as evidence,
        minutes.document_sha256,
        minutes.source_url,
        minutes.page,
        minutes.char_start,
        minutes.char_end
    from pairs
    inner join minutes on pairs.meeting_id = minutes.meeting_id and pairs.minutes_key = minutes.person_key
    inner join register on pairs.meeting_id = register.meeting_id and pairs.register_key = register.person_key
),

minutes_only as (
    select
        minutes.meeting_id,
        minutes.council_id,
        minutes.person_key,
        minutes.person_name,
        minutes.title,
        minutes.role,
        minutes.attendance_status,
        cast(null as varchar) as register_status,
        minutes.partial,
        minutes.substitute,
        'minutes' as evidence,
        minutes.document_sha256,
        minutes.source_url,
        minutes.page,
        minutes.char_start,
        minutes.char_end
    from minutes
    anti join pairs on minutes.meeting_id = pairs.meeting_id and minutes.person_key = pairs.minutes_key
),

register_only as (
    select
        register.meeting_id,
        register.council_id,
        register.person_key,
        register.person_name,
        register.title,
        register.role,
        register.attendance_status,
        register.attendance_status as register_status,
        false as partial,
        false as substitute,
        'register' as evidence,
        cast(null as varchar) as document_sha256,
        register.source_url,
        cast(null as integer) as page,
        cast(null as bigint) as char_start,
        cast(null as bigint) as char_end
    from register
    anti join pairs on register.meeting_id = pairs.meeting_id and register.person_key = pairs.register_key
)

select * from both_sources
union all
select * from minutes_only
union all
select * from register_only
