"""Read and validate the sources file (which councils to crawl, and how).

Validation happens before any request is made. Every error names the file, the
line and the key, e.g. ``sources.yml:7: councils[1].since: 'yesterday' is not a date (YYYY-MM-DD)``.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from minutebook.records import Council

PLATFORMS = ("moderngov", "cmis", "urls", "folder")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_KEYS = {"id", "name", "platform", "base_url", "committees", "since", "urls", "path", "hosts", "council"}


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves dates as strings, so a bad date is our error (with its line), not YAML's."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class SourcesError(ValueError):
    """The sources file is malformed. The message names file, line and key."""


def _line(node: yaml.Node | None) -> int:
    return node.start_mark.line + 1 if node is not None else 1


def _mapping_nodes(node: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    return {k.value: (k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}


def _from_registry(entry: dict[str, Any], err: Any) -> dict[str, Any]:
    """Fill a ``council: <slug>`` entry from the registry; keys given in the file override it."""
    from minutebook.registry import load_registry

    slug = str(entry["council"])
    known = load_registry().get(slug)
    if known is None:
        raise err("council", f"unknown council {slug!r} (see `minutebook councils --search ...`)")
    merged = {"id": slug, "name": known.name, "platform": known.platform, "base_url": known.base_url, **entry}
    if merged["platform"] not in PLATFORMS:
        raise err(
            "council",
            f"{slug!r} runs a platform Minutebook cannot crawl ({known.platform}); "
            "give 'platform' and 'base_url' (or 'urls') yourself",
        )
    return merged


def load_sources(path: Path | str, *, base_dir: Path | None = None) -> list[Council]:
    """Parse a sources file into Council records, or raise SourcesError naming file, line and key."""
    path = Path(path)
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourcesError(f"{where}: cannot read sources file: {exc.strerror or exc}") from exc
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc)
        raise SourcesError(f"{where}:{line}: invalid YAML: {problem}") from exc
    if root is None or not isinstance(root, yaml.MappingNode):
        raise SourcesError(f"{where}:1: councils: expected a mapping with a 'councils' list")
    top = _mapping_nodes(root)
    if "councils" not in top:
        raise SourcesError(f"{where}:{_line(root)}: councils: missing key 'councils'")
    key_node, list_node = top["councils"]
    if not isinstance(list_node, yaml.SequenceNode) or not list_node.value:
        raise SourcesError(f"{where}:{_line(key_node)}: councils: expected a non-empty list")

    data: list[Any] = yaml.load(text, Loader=_Loader)["councils"]  # noqa: S506 - a SafeLoader subclass
    councils: list[Council] = []
    seen: dict[str, int] = {}
    folder_base = base_dir if base_dir is not None else path.resolve().parent
    for i, (node, entry) in enumerate(zip(list_node.value, data, strict=True)):
        ctx = f"councils[{i}]"
        if not isinstance(node, yaml.MappingNode) or not isinstance(entry, dict):
            raise SourcesError(f"{where}:{_line(node)}: {ctx}: expected a mapping")
        nodes = _mapping_nodes(node)

        def err(
            key: str, msg: str, _nodes: dict = nodes, _node: yaml.Node = node, _ctx: str = ctx
        ) -> SourcesError:
            line = _line(_nodes[key][1]) if key in _nodes else _line(_node)
            return SourcesError(f"{where}:{line}: {_ctx}.{key}: {msg}")

        for key in entry:
            if key not in _KEYS:
                raise err(str(key), f"unknown key (expected one of {', '.join(sorted(_KEYS))})")
        if entry.get("council") is not None:
            entry = _from_registry(entry, err)
        cid = entry.get("id") or entry.get("council")
        if not cid:
            raise err("id", "missing key 'id' (a stable slug such as 'sandbury')")
        cid = str(cid)
        if not _SLUG.match(cid):
            raise err("id", f"{cid!r} is not a slug (lower-case letters, digits, '-' and '_')")
        if cid in seen:
            raise err("id", f"duplicate id {cid!r} (first at line {seen[cid]})")
        seen[cid] = _line(node)
        platform = entry.get("platform")
        if platform is None:
            raise err("platform", f"missing key 'platform' (one of {', '.join(PLATFORMS)})")
        if platform not in PLATFORMS:
            raise err("platform", f"unknown platform {platform!r} (one of {', '.join(PLATFORMS)})")
        name = str(entry.get("name") or cid)

        base_url = entry.get("base_url")
        if platform in ("moderngov", "cmis"):
            if not base_url:
                raise err("base_url", f"missing key 'base_url' (required for platform {platform})")
            parts = urlsplit(str(base_url))
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise err("base_url", f"{base_url!r} is not an http(s) URL")
        urls: tuple[str, ...] = ()
        if platform == "urls":
            raw_urls = entry.get("urls")
            if not raw_urls or not isinstance(raw_urls, list):
                raise err("urls", "missing key 'urls' (a list of document URLs, required for platform urls)")
            for u in raw_urls:
                if urlsplit(str(u)).scheme not in ("http", "https"):
                    raise err("urls", f"{u!r} is not an http(s) URL")
            urls = tuple(str(u) for u in raw_urls)
        folder: str | None = None
        if platform == "folder":
            if not entry.get("path"):
                raise err("path", "missing key 'path' (required for platform folder)")
            p = Path(str(entry["path"])).expanduser()
            folder = str(p if p.is_absolute() else (folder_base / p).resolve())

        since = entry.get("since")
        if since is not None and not isinstance(since, date):
            try:
                since = date.fromisoformat(str(since))
            except ValueError:
                raise err("since", f"{since!r} is not a date (YYYY-MM-DD)") from None
        committees = entry.get("committees") or []
        if not isinstance(committees, list):
            raise err("committees", "expected a list of committee names or ids")
        hosts = entry.get("hosts") or []
        if not isinstance(hosts, list):
            raise err("hosts", "expected a list of host names")
        councils.append(
            Council(
                id=cid,
                name=name,
                platform=platform,
                base_url=str(base_url) if base_url else None,
                committees=tuple(str(c) for c in committees),
                since=since,
                urls=urls,
                path=folder,
                hosts=tuple(str(h).lower() for h in hosts),
            )
        )
    return councils
