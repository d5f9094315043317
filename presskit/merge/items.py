"""What a merge proposes: one item per value a source adds or changes, grouped by source."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

from presskit.model import SourceDocument

Kind = Literal["add", "change", "conflict"]
Path = tuple[str | int, ...]


@dataclass
class PlanItem:
    """One proposed change to the kit, as the merge dialog lists it.

    ``field`` is the dotted path it lands on (a list's path for a new row), ``label`` says it in
    words, ``old`` and ``new`` are the values as text, ``sentence`` is where the source says it.
    ``kind`` is add (an empty field or a new row), change (an empty part of a row already in the kit,
    e.g. a known actor's character) or conflict (a different value is already in the kit: never
    taken unless accepted). ``accepted`` starts True except for conflicts and warned sources."""

    field: str
    label: str
    old: str
    new: str
    source: str
    sentence: str
    kind: Kind
    accepted: bool
    path: Path = ()
    value: Any = None
    append: bool = False
    # (sub-field, start, end, inferred) in the text: where the value was read, or what it was inferred from
    spans: list[tuple[str, int, int, bool]] = dataclasses.field(default_factory=list)


@dataclass
class SourcePlan:
    """What one source proposes, with the document it becomes and the warnings about it (another
    film, another language, pages left unread): a warned source's items start rejected."""

    document: SourceDocument
    items: list[PlanItem] = dataclasses.field(default_factory=list)
    warnings: list[str] = dataclasses.field(default_factory=list)
    blocked: bool = False  # a warning that asks "add anyway?": items start rejected

    def accept_all(self, accepted: bool = True, conflicts: bool = False) -> None:
        """Accept (or reject) every item; conflicts only when asked."""
        for item in self.items:
            if item.kind != "conflict" or conflicts or not accepted:
                item.accepted = accepted

    def summary(self) -> dict[str, Any]:
        """The plan as plain data (``presskit import --json``)."""
        return {
            "source": self.document.name,
            "kind": self.document.kind,
            "outlet": self.document.outlet,
            "byline": self.document.byline,
            "warnings": list(self.warnings),
            "items": [
                {
                    "field": i.field,
                    "label": i.label,
                    "kind": i.kind,
                    "old": i.old,
                    "new": i.new,
                    "sentence": i.sentence,
                    "accepted": i.accepted,
                }
                for i in self.items
            ],
        }
