"""Who attended: Present / In attendance / Apologies / Absent / Substitutes sections, and the
sentences minutes use instead of lists ("Apologies for absence were received from …").

One module per way minutes write attendance, all reading the same person grammar:

- :mod:`.people` — one written entry → candidate people → :class:`~minutebook.records.AttendanceEntry`;
- :mod:`.headings` — which lines are attendance headings, and the status each gives;
- :mod:`.repair` — line repairs before reading (run-in headings, wrapped labels, side-by-side columns);
- :mod:`.sections` — the section reader (:func:`parse_sections`), handing tables, registers and
  column layouts to :mod:`.tables`, :mod:`.registers` and :mod:`.columns`;
- :mod:`.sentences` — prose ("Apologies were received from …") and the apologies agenda item;
- :mod:`.headless` — lists of members with no heading above them.
"""

from minutebook.parse.attendance.headings import heading_status
from minutebook.parse.attendance.headless import headless_list
from minutebook.parse.attendance.repair import (
    join_wrapped_labels,
    split_chair_lead,
    split_inline_headings,
    split_side_by_side,
)
from minutebook.parse.attendance.sections import other_council_officers, parse_sections
from minutebook.parse.attendance.sentences import item_apologies, sentence_attendance

__all__ = [
    "heading_status",
    "headless_list",
    "item_apologies",
    "join_wrapped_labels",
    "parse_sections",
    "sentence_attendance",
    "split_chair_lead",
    "split_inline_headings",
    "split_side_by_side",
    "other_council_officers",
]
