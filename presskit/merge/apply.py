"""Applying the accepted items of merge plans to a copy of the kit, with where each value came from."""

from __future__ import annotations

import datetime as dt

from presskit.extract.release import parse_date
from presskit.merge.items import SourcePlan
from presskit.merge.plan import dotted
from presskit.model import PressKit, Source, get_path, set_path


def apply_plans(kit: PressKit, plans: list[SourcePlan], today: dt.date | None = None) -> PressKit:
    """A new kit: the kit with every accepted item of each plan, in order. A source any of whose items
    is taken becomes one of the kit's documents (dated today); the values it gave point into it."""
    out = kit.copy_deep()
    for plan in plans:
        accepted = [i for i in plan.items if i.accepted]
        if not accepted:
            continue
        doc = len(out.documents)
        out.documents.append(
            plan.document.model_copy(update={"added": plan.document.added or today or dt.date.today()})
        )
        for item in accepted:
            if not _fits(out, item.path):  # a row the plan named was removed since: the item is dropped
                continue
            if item.append:
                rows = get_path(out, item.path)
                rows.append(item.value.model_copy() if hasattr(item.value, "model_copy") else item.value)
                field = f"{dotted(item.path)}.{len(rows) - 1}"
            else:
                set_path(out, item.path, item.value)
                field = dotted(item.path)
                out.sources = [s for s in out.sources if s.field != field and not s.field.startswith(field + ".")]
                if item.path == ("release", "date_text"):
                    out.release.date = parse_date(str(item.value))
            for sub, start, end, inferred in item.spans:
                name = f"{field}.{sub}" if sub else field
                out.sources.append(Source(field=name, start=start, end=end, document=doc, inferred=inferred))
    return out


def _fits(kit: PressKit, path: tuple[str | int, ...]) -> bool:
    """Whether the field a plan item names still exists in the kit (rows may have been removed)."""
    try:
        get_path(kit, path[:-1] if isinstance(path[-1], str) and len(path) > 1 else path)
    except (IndexError, KeyError, AttributeError):
        return False
    return True
