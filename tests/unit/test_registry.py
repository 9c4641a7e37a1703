"""The council registry shipped as data: every entry's shape, known councils, search."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest

import minutebook.registry as registry
from minutebook.registry import REGISTRY_PLATFORMS, RegistryEntry, load_registry, search

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
REGISTRY_DIR = Path(registry.__file__).parent


@pytest.fixture(scope="module")
def entries() -> list[RegistryEntry]:
    return list(load_registry().values())


def test_size_and_platform_mix(entries: list[RegistryEntry]) -> None:
    counts = Counter(e.platform for e in entries)
    assert len(entries) >= 300
    assert counts["moderngov"] >= 300
    assert counts["cmis"] >= 30
    assert set(counts) <= set(REGISTRY_PLATFORMS)


def test_every_entry_has_the_right_shape(entries: list[RegistryEntry]) -> None:
    slugs = [e.slug for e in entries]
    assert len(slugs) == len(set(slugs))
    assert slugs == sorted(slugs)
    for e in entries:
        assert SLUG.match(e.slug), e
        assert e.name.strip() and e.name == e.name.strip(), e
        assert e.platform in REGISTRY_PLATFORMS, e
        assert re.fullmatch(r"[A-Za-z]+", e.lgsf_id), e
        parts = urlsplit(e.base_url)
        assert parts.scheme == "https", e
        assert parts.hostname and "." in parts.hostname, e
        assert parts.netloc == parts.netloc.lower(), e
        assert not parts.fragment, e
        # A bare host ends in '/', anything with a path does not.
        assert parts.path == "/" or (parts.path.startswith("/") and not parts.path.endswith("/")), e
        if e.platform in ("moderngov", "cmis"):
            # Site roots, not pages: no query string, no .aspx page at the end.
            assert not parts.query, e
            assert not parts.path.lower().endswith(".aspx"), e
        assert e.end_date is None or date(1990, 1, 1) < e.end_date < date(2026, 11, 23), e


@pytest.mark.parametrize(
    ("slug", "name", "platform", "base_url", "lgsf_id"),
    [
        ("wirral", "Wirral Borough Council", "moderngov", "https://democracy.wirral.gov.uk/", "WRL"),
        ("lancashire", "Lancashire County Council", "moderngov", "https://council.lancashire.gov.uk/", "LAN"),
        (
            "west-sussex",
            "West Sussex County Council",
            "moderngov",
            "https://westsussex.moderngov.co.uk/",
            "WSX",
        ),
        ("norfolk", "Norfolk County Council", "cmis", "https://norfolkcc.cmis.uk.com/norfolkcc", "NFK"),
        ("essex", "Essex County Council", "cmis", "https://cmis.essex.gov.uk/EssexCmis5", "ESS"),
        # LGSF's metadata names this one "Greater London Authority"; the URL is the City's.
        (
            "city-of-london",
            "City of London Corporation",
            "moderngov",
            "https://democracy.cityoflondon.gov.uk/",
            "LND",
        ),
    ],
)
def test_known_councils(slug: str, name: str, platform: str, base_url: str, lgsf_id: str) -> None:
    assert load_registry()[slug] == RegistryEntry(slug, name, platform, base_url, lgsf_id)


def test_abolished_councils_are_marked_and_do_not_take_the_successors_slug() -> None:
    reg = load_registry()
    assert reg["dorset"].name == "Dorset Council" and not reg["dorset"].abolished
    assert reg["dorset-county"].end_date == date(2019, 3, 31)
    assert reg["allerdale"].abolished
    # North Yorkshire County Council's site is the new council's, so it is listed once, under the new one.
    assert reg["north-yorkshire"].name == "North Yorkshire Council"
    assert [e.slug for e in reg.values() if e.base_url == reg["north-yorkshire"].base_url] == [
        "north-yorkshire"
    ]


def test_load_registry_returns_a_fresh_dict() -> None:
    first = load_registry()
    first.pop("wirral")
    assert "wirral" in load_registry()


def test_search_is_case_insensitive_over_slug_and_name() -> None:
    sussex = {e.slug for e in search("SUSSEX")}
    assert {"west-sussex", "east-sussex"} <= sussex
    assert all("sussex" in s for s in sussex)
    # A name-only match: the slug is "kingston-upon-hull", the name "Hull City Council".
    assert "kingston-upon-hull" in {e.slug for e in search("hull city")}
    assert search("no such council anywhere") == []


def test_search_by_platform() -> None:
    cmis = search(platform="cmis")
    assert cmis and all(e.platform == "cmis" for e in cmis)
    assert [e.slug for e in search("norfolk", platform="cmis")] == ["norfolk"]
    assert "norfolk" not in {e.slug for e in search("norfolk", platform="moderngov")}
    assert search(platform="sharepoint") == []
    assert len(search()) == len(load_registry())


def test_reads_the_data_from_a_zipped_package(tmp_path: Path) -> None:
    """importlib.resources, not a path next to __file__: the registry must load from a zip import too."""
    archive = tmp_path / "pkg.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("minutebook/__init__.py", "")
        for name in ("__init__.py", "councils.csv"):
            zf.write(REGISTRY_DIR / name, f"minutebook/registry/{name}")
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import minutebook.registry as r; assert r.__file__.startswith(sys.argv[1]), r.__file__;"
        "print(r.load_registry()['wirral'].base_url)"
    )
    out = subprocess.run(
        [sys.executable, "-I", "-c", code, str(archive)], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "https://democracy.wirral.gov.uk/"


def test_a_csv_with_other_columns_is_refused() -> None:
    with pytest.raises(ValueError, match="expected columns"):
        registry._parse("slug,name,platform,base_url\nwirral,Wirral,moderngov,https://x.example/\n")
