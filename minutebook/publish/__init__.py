"""Publish: build the next warehouse beside the published one and swap it in atomically."""

from minutebook.publish.export import export_parquet
from minutebook.publish.warehouse import (
    ledger_published,
    next_warehouse_path,
    prepare_next_warehouse,
    published_ledger,
    remove_stale_builds,
    swap_in,
)

__all__ = [
    "export_parquet",
    "ledger_published",
    "next_warehouse_path",
    "prepare_next_warehouse",
    "published_ledger",
    "remove_stale_builds",
    "swap_in",
]
