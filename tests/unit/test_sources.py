"""Promise 12: a malformed sources file stops before any request, naming file, line and key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from minutebook.sources import SourcesError, load_sources


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "sources.yml"
    p.write_text(text)
    return p


def test_valid_file_parses_every_platform(tmp_path: Path) -> None:
    (tmp_path / "minutes").mkdir()
    p = write(
        tmp_path,
        """
councils:
  - id: sandbury
    name: Sandbury Borough Council
    platform: moderngov
    base_url: https://democracy.sandbury.gov.uk/democracy
    committees: [Cabinet, 144]
    since: 2017-01-01
  - id: westshire
    name: Westshire County Council
    platform: urls
    urls: [https://example.org/minutes-2017-05-10.pdf]
  - id: archive
    name: Local archive
    platform: folder
    path: ./minutes
""",
    )
    councils = load_sources(p)
    assert [c.id for c in councils] == ["sandbury", "westshire", "archive"]
    assert councils[0].committees == ("Cabinet", "144")
    assert councils[0].since == date(2017, 1, 1)
    assert councils[1].urls == ("https://example.org/minutes-2017-05-10.pdf",)
    assert councils[2].path == str((tmp_path / "minutes").resolve())


@pytest.mark.parametrize(
    ("text", "line", "key"),
    [
        (
            "councils:\n  - id: a\n    platform: moderngov\n    base_url: [unclosed\n    name: x\n",
            5,
            "invalid YAML",
        ),
        ("councils:\n  - id: a\n    name: A\n    platform: sharepoint\n", 4, "councils[0].platform"),
        ("councils:\n  - id: a\n    name: A\n    platform: moderngov\n", 2, "councils[0].base_url"),
        (
            "councils:\n  - id: ok\n    platform: urls\n    urls: [https://x.org/a.pdf]\n"
            "  - id: b\n    platform: moderngov\n    base_url: https://b.gov.uk\n    since: 2017-13-45\n",
            8,
            "councils[1].since",
        ),
        ("councils:\n  - id: a\n    platform: urls\n    urls: [file:///etc/passwd]\n", 4, "councils[0].urls"),
        ("councils:\n  - id: a\n    platform: folder\n    colour: blue\n", 4, "councils[0].colour"),
        ("councils:\n  - id: Bad Slug\n    platform: folder\n    path: x\n", 2, "councils[0].id"),
        ("nothing: here\n", 1, "councils"),
    ],
)
def test_malformed_file_names_file_line_and_key(tmp_path: Path, text: str, line: int, key: str) -> None:
    p = write(tmp_path, text)
    with pytest.raises(SourcesError) as err:
        load_sources(p)
    message = str(err.value)
    assert message.startswith(f"{p}:{line}:"), message
    assert key in message


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        "councils:\n  - id: a\n    platform: folder\n    path: x\n  - id: a\n    platform: folder\n    path: y\n",
    )
    with pytest.raises(SourcesError, match="duplicate id 'a'"):
        load_sources(p)


def test_councils_named_by_registry_slug_only(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        "councils:\n  - council: wirral\n  - council: lancashire\n    committees: [Cabinet]\n    since: 2024-01-01\n",
    )
    councils = load_sources(p)
    assert [c.id for c in councils] == ["wirral", "lancashire"]
    assert all(c.platform == "moderngov" and c.base_url.startswith("https://") for c in councils)
    assert councils[1].committees == ("Cabinet",) and councils[1].since == date(2024, 1, 1)


def test_unknown_registry_slug_names_line_and_key(tmp_path: Path) -> None:
    p = write(tmp_path, "councils:\n  - council: wirral\n  - council: atlantis\n")
    with pytest.raises(SourcesError, match=r":3: councils\[1\]\.council: unknown council 'atlantis'"):
        load_sources(p)
