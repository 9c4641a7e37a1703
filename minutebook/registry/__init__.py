"""A registry of UK council democracy sites, shipped as data (``councils.csv``).

It lets a sources file name a council by slug alone (``- council: wirral``) instead of
spelling out its base URL and platform. The data was converted once from DemocracyClub's
LGSF council metadata; ``PROVENANCE.md`` says from which commit and how to regenerate it.

``base_url`` means the democracy site's root for ``moderngov`` and ``cmis`` entries (for CMIS,
the application path such as ``https://norfolkcc.cmis.uk.com/norfolkcc``). For ``other`` it is
only the councillors page LGSF scrapes: a starting point for a person, not for a crawler.

Councils that no longer exist (merged into a unitary, renamed away) are kept when their site
was their own, with ``end_date`` set, because their archives may still be worth reading.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files

REGISTRY_PLATFORMS = ("moderngov", "cmis", "other")
_COLUMNS = ("slug", "name", "platform", "base_url", "lgsf_id", "end_date")


@dataclass(frozen=True)
class RegistryEntry:
    """One council's democracy site as recorded in the registry."""

    slug: str
    name: str
    platform: str  # one of REGISTRY_PLATFORMS
    base_url: str
    lgsf_id: str  # the council code LGSF uses (its scraper directory prefix, e.g. "WRL")
    end_date: date | None = None  # last day the council existed; None for a current council

    @property
    def abolished(self) -> bool:
        return self.end_date is not None


def _parse(text: str) -> tuple[RegistryEntry, ...]:
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != _COLUMNS:
        raise ValueError(f"councils.csv: expected columns {_COLUMNS}, found {reader.fieldnames}")
    entries = []
    for row in reader:
        end = row["end_date"]
        entries.append(
            RegistryEntry(
                slug=row["slug"],
                name=row["name"],
                platform=row["platform"],
                base_url=row["base_url"],
                lgsf_id=row["lgsf_id"],
                end_date=date.fromisoformat(end) if end else None,
            )
        )
    return tuple(entries)


@cache
def _entries() -> tuple[RegistryEntry, ...]:
    text = files(__name__).joinpath("councils.csv").read_text(encoding="utf-8")
    return _parse(text)


def load_registry() -> dict[str, RegistryEntry]:
    """All registry entries keyed by slug, in slug order.

    The CSV is read once per process (through importlib.resources, so it works from an
    installed wheel); each call returns a fresh dict, so callers may change it freely.
    """
    return {e.slug: e for e in _entries()}


def search(text: str | None = None, platform: str | None = None) -> list[RegistryEntry]:
    """Entries whose slug or name contains ``text`` (case-insensitive), optionally on one platform.

    With neither argument every entry is returned. Results are in slug order.
    """
    needle = text.strip().casefold() if text else ""
    return [
        e
        for e in _entries()
        if (platform is None or e.platform == platform)
        and (not needle or needle in e.slug.casefold() or needle in e.name.casefold())
    ]
