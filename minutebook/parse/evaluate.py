"""Score parser output against gold annotations (the rules of shared/samples/SCHEMA.md).

- attendance: a predicted row matches a gold row when the names are equal after case-folding and
  removing honorifics and punctuation (initials kept, :func:`~minutebook.parse.names.person_key`)
  and the statuses are equal;
- actions: token overlap ≥ 0.5 with the gold text and at least one owner in common (owners compared
  after the same folding; containment either way counts; two empty owner lists agree);
- decisions: token overlap ≥ 0.5;
- meeting: date, start and end time exactly; council and body by case-insensitive containment.

Token overlap is the token-level F1 of the two texts (lower-cased word tokens, as in SQuAD), so a
prediction padded with a whole paragraph does not match a one-sentence gold entry. Matching is
one-to-one and greedy (best pairs first). Precision, recall and F1 are reported per field, per
file and overall (micro: counts summed over files).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minutebook.parse.names import person_key

FIELDS = ("attendance", "actions", "decisions", "meeting")
SOURCE_SUFFIXES = (".txt", ".html", ".htm", ".pdf")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class FileReport:
    name: str
    scores: dict[str, Score]
    meeting_fields: dict[str, bool | None] = field(default_factory=dict)  # None: both empty
    error: str | None = None


@dataclass
class EvalReport:
    files: list[FileReport]

    @property
    def overall(self) -> dict[str, Score]:
        total = {f: Score() for f in FIELDS}
        for fr in self.files:
            for f in FIELDS:
                total[f].add(fr.scores.get(f, Score()))
        return total


def tokens(text: str | None) -> list[str]:
    return re.findall(r"[a-z0-9£%]+(?:['’][a-z]+)?", (text or "").casefold())


def token_overlap(a: str | None, b: str | None) -> float:
    """Token-level F1 between two texts (0..1)."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    common = sum((Counter(ta) & Counter(tb)).values())
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def _owner_key(owner: str) -> str:
    return person_key(owner)


def owners_match(pred: Iterable[str], gold: Iterable[str]) -> bool:
    pk = [_owner_key(o) for o in pred if o and o.strip()]
    gk = [_owner_key(o) for o in gold if o and o.strip()]
    if not pk and not gk:
        return True
    for p in pk:
        for g in gk:
            if p and g and (p == g or p in g or g in p):
                return True
    return False


def _greedy(pred: list[Any], gold: list[Any], sim: Callable[[Any, Any], float], threshold: float) -> Score:
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            s = sim(p, g)
            if s >= threshold:
                pairs.append((s, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _s, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
    tp = len(used_p)
    return Score(tp=tp, fp=len(pred) - tp, fn=len(gold) - tp)


def score_attendance(pred: list[dict], gold: list[dict]) -> Score:
    def sim(p: dict, g: dict) -> float:
        return (
            1.0
            if person_key(p.get("name") or "") == person_key(g.get("name") or "")
            and p.get("status") == g.get("status")
            else 0.0
        )

    return _greedy(pred, gold, sim, 1.0)


def score_actions(pred: list[dict], gold: list[dict]) -> Score:
    def sim(p: dict, g: dict) -> float:
        if not owners_match(p.get("owners") or [], g.get("owners") or []):
            return 0.0
        return token_overlap(p.get("text"), g.get("text"))

    return _greedy(pred, gold, sim, 0.5)


def score_decisions(pred: list[dict], gold: list[dict]) -> Score:
    return _greedy(pred, gold, lambda p, g: token_overlap(p.get("text"), g.get("text")), 0.5)


def _contains(a: str | None, b: str | None) -> bool:
    x, y = " ".join((a or "").casefold().split()), " ".join((b or "").casefold().split())
    return bool(x and y and (x in y or y in x))


def score_meeting(pred: dict, gold: dict) -> tuple[Score, dict[str, bool | None]]:
    score = Score()
    detail: dict[str, bool | None] = {}
    for key in ("council", "body", "date", "start_time", "end_time"):
        p, g = pred.get(key), gold.get(key)
        if not p and not g:
            detail[key] = None
            continue
        ok = _contains(p, g) if key in ("council", "body") else p == g
        detail[key] = ok
        if ok:
            score.tp += 1
        else:
            if p:
                score.fp += 1
            if g:
                score.fn += 1
    return score, detail


def score_file(pred: dict, gold: dict, name: str = "") -> FileReport:
    m_score, detail = score_meeting(pred.get("meeting") or {}, gold.get("meeting") or {})
    scores = {
        "attendance": score_attendance(pred.get("attendance") or [], gold.get("attendance") or []),
        "actions": score_actions(pred.get("actions") or [], gold.get("actions") or []),
        "decisions": score_decisions(pred.get("decisions") or [], gold.get("decisions") or []),
        "meeting": m_score,
    }
    return FileReport(name=name or gold.get("source", ""), scores=scores, meeting_fields=detail)


def source_for(gold_path: Path) -> Path | None:
    """The minutes file a gold NAME.json annotates: NAME.txt / .html / .htm / .pdf beside it."""
    for suffix in SOURCE_SUFFIXES:
        cand = gold_path.with_suffix(suffix)
        if cand.exists():
            return cand
    return None


def evaluate_dir(gold_dir: Path, predict: Callable[[Path], dict]) -> EvalReport:
    """Run ``predict`` on each source file that has a NAME.json beside it and score it."""
    files: list[FileReport] = []
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        source = source_for(gold_path)
        if source is None:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        try:
            pred = predict(source)
        except Exception as exc:  # a crash on one file scores it as empty, and says so
            fr = score_file({}, gold, source.name)
            fr.error = f"{type(exc).__name__}: {exc}"
            files.append(fr)
            continue
        files.append(score_file(pred, gold, source.name))
    return EvalReport(files=files)


def format_report(report: EvalReport) -> str:
    """A plain table: one row per file and field, then the overall (micro) figures."""
    head = f"{'file':<62} {'field':<11} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"
    rows = [head, "-" * len(head)]
    for fr in report.files:
        for f in FIELDS:
            s = fr.scores[f]
            rows.append(
                f"{fr.name[:62]:<62} {f:<11} {s.tp:>4} {s.fp:>4} {s.fn:>4} "
                f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}"
            )
        wrong = [k for k, v in fr.meeting_fields.items() if v is False]
        if wrong:
            rows.append(f"{'':<62} {'meeting ✗':<11} {', '.join(wrong)}")
        if fr.error:
            rows.append(f"{'':<62} {'error':<11} {fr.error}")
    rows.append("-" * len(head))
    for f, s in report.overall.items():
        rows.append(
            f"{'OVERALL (micro, ' + str(len(report.files)) + ' files)':<62} {f:<11} {s.tp:>4} {s.fp:>4} {s.fn:>4} "
            f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}"
        )
    return "\n".join(rows)
