"""The raw tables: their columns and types, defined once as Arrow schemas.

The loader creates each ``raw.<name>`` table from its schema and appends Arrow
tables to it; dbt declares the same tables as sources (dbt/models/staging/_sources.yml).
A test checks the two agree.
"""

from __future__ import annotations

import pyarrow as pa

S = pa.string()
TS = pa.timestamp("us", tz="UTC")

RAW_TABLES: dict[str, pa.Schema] = {
    # one row per stored document version; status current | superseded | missing
    "documents": pa.schema(
        [
            ("document_id", S),
            ("council_id", S),
            ("url", S),
            ("sha256", S),
            ("size", pa.int64()),
            ("content_type", S),
            ("kind", S),
            ("source_meeting_id", S),
            ("committee_name", S),
            ("meeting_date", pa.date32()),
            ("title", S),
            ("etag", S),
            ("last_modified", S),
            ("storage_path", S),
            ("status", S),
            ("fetched_at", TS),
            ("run_id", S),
        ]
    ),
    # extracted text per page of each document version
    "pages": pa.schema(
        [
            ("document_sha256", S),
            ("page", pa.int32()),
            ("text", S),
            ("char_start", pa.int64()),
            ("char_end", pa.int64()),
            ("line_count", pa.int32()),
            ("extractor_version", S),
        ]
    ),
    # meetings as the council's site lists them
    "listed_meetings": pa.schema(
        [
            ("council_id", S),
            ("source_meeting_id", S),
            ("source_committee_id", S),
            ("committee_name", S),
            ("meeting_date", pa.date32()),
            ("start_time", S),
            ("end_time", S),
            ("venue", S),
            ("status", S),
            ("raw_status", S),
            ("url", S),
            ("listed_via", S),
            ("seen_at", TS),
            ("run_id", S),
        ]
    ),
    # the site's attendance register
    "register_attendance": pa.schema(
        [
            ("council_id", S),
            ("source_meeting_id", S),
            ("seq", pa.int32()),
            ("person_name", S),
            ("name_as_written", S),
            ("title", S),
            ("person_key", S),
            ("match_key", S),
            ("role", S),
            ("attendance_raw", S),
            ("status", S),
            ("source_url", S),
            ("run_id", S),
        ]
    ),
    # parsed from a minutes document: one row per document version
    "parsed_meetings": pa.schema(
        [
            ("document_sha256", S),
            ("council", S),
            ("body", S),
            ("meeting_date", S),
            ("start_time", S),
            ("end_time", S),
            ("venue", S),
            ("page", pa.int32()),
            ("parser_version", S),
        ]
    ),
    "parsed_attendance": pa.schema(
        [
            ("document_sha256", S),
            ("seq", pa.int32()),
            ("person_name", S),
            ("title", S),
            ("role", S),
            ("status", S),
            ("partial", pa.bool_()),
            ("substitute", pa.bool_()),
            ("person_key", S),
            ("match_key", S),
            ("page", pa.int32()),
            ("char_start", pa.int64()),
            ("char_end", pa.int64()),
        ]
    ),
    "parsed_actions": pa.schema(
        [
            ("document_sha256", S),
            ("seq", pa.int32()),
            ("action_text", S),
            ("owners", pa.list_(S)),
            ("due_text", S),
            ("due_date", S),
            ("agenda_item", S),
            ("page", pa.int32()),
            ("char_start", pa.int64()),
            ("char_end", pa.int64()),
        ]
    ),
    "parsed_decisions": pa.schema(
        [
            ("document_sha256", S),
            ("seq", pa.int32()),
            ("decision_text", S),
            ("agenda_item", S),
            ("page", pa.int32()),
            ("char_start", pa.int64()),
            ("char_end", pa.int64()),
        ]
    ),
    "parsed_agenda_items": pa.schema(
        [
            ("document_sha256", S),
            ("seq", pa.int32()),
            ("item_number", S),
            ("title", S),
            ("page", pa.int32()),
            ("char_start", pa.int64()),
            ("char_end", pa.int64()),
        ]
    ),
    # anything that went wrong; one row per (run, stage, council, url/sha, reason)
    "failures": pa.schema(
        [
            ("run_id", S),
            ("stage", S),
            ("council_id", S),
            ("url", S),
            ("document_sha256", S),
            ("reason", S),
            ("detail", S),
            ("seen_at", TS),
            ("source_meeting_id", S),
        ]
    ),
    "councils": pa.schema(
        [
            ("council_id", S),
            ("council_name", S),
            ("platform", S),
            ("base_url", S),
        ]
    ),
    "runs": pa.schema(
        [
            ("run_id", S),
            ("started_at", TS),
            ("finished_at", TS),
            ("status", S),
            ("counts", S),  # JSON object
        ]
    ),
    "dq_results": pa.schema(
        [
            ("run_id", S),
            ("suite", S),
            ("expectation", S),
            ("column_name", S),
            ("success", pa.bool_()),
            ("observed_value", S),
            ("unexpected_count", pa.int64()),
            ("severity", S),
            ("evaluated_at", TS),
        ]
    ),
}

# Tables whose rows belong to one parsed document version and are replaced as a unit.
PER_DOCUMENT = (
    "pages",
    "parsed_meetings",
    "parsed_attendance",
    "parsed_actions",
    "parsed_decisions",
    "parsed_agenda_items",
)
