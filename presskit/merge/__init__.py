"""Merging sources into a kit: each source read into a candidate kit, compared with the kit into a
plan of items the publicist accepts or rejects (see :class:`PlanItem`), then applied to a copy.

The merge dialog and ``presskit import`` use three calls::

    plan = plan_source("review.html", kit)      # or plan_text(text, name, kit); never changes kit
    plan.items[3].accepted = False               # the publicist's choices
    kit = apply_plans(kit, [plan])               # a new kit; the old one is untouched (one undo step)

A new kit from one source — the window's File › Import Article, a drop, pasted text, ``presskit
export article.txt`` and ``presskit import A -o kit.presskit`` alike — is that source merged into an
empty kit: :func:`kit_from_source`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from presskit.extract import extract
from presskit.importer import kit_from_extraction
from presskit.merge.apply import apply_plans
from presskit.merge.checks import language_item, source_warnings
from presskit.merge.items import PlanItem, SourcePlan
from presskit.merge.plan import plan_merge
from presskit.merge.review import critic, is_review, outlet, pull_quotes, rating
from presskit.model import PressKit, Source
from presskit.sources import Loaded, load_source, pasted

__all__ = [
    "PlanItem",
    "SourcePlan",
    "add_source",
    "apply_plans",
    "kit_from_source",
    "plan_loaded",
    "plan_source",
    "plan_text",
]


def kit_from_source(source: str | Path | Loaded, today: dt.date | None = None) -> PressKit:
    """A new kit holding what one source gives — a file (txt, html, md, docx, pdf), a web address or
    text already read (:func:`presskit.sources.pasted`, :func:`presskit.sources.first_read`) — with
    the source as its first document and every value's span in it. Raises ArticleError (one sentence)
    when the source cannot be read."""
    return add_source(PressKit(), source, today=today)[0]


def add_source(
    kit: PressKit,
    source: str | Path | Loaded,
    decide: Callable[[SourcePlan], None] | None = None,
    today: dt.date | None = None,
) -> tuple[PressKit, SourcePlan]:
    """The kit with one source merged in, and the plan that was followed (``decide`` may change which
    of its items are taken first, as ``presskit import --yes --overwrite`` does). Into a new, empty
    kit a source that gave nothing is still its first document: the kit shows the article it was read
    from. Raises ArticleError (one sentence) when the source cannot be read."""
    loaded = source if isinstance(source, Loaded) else load_source(source, today)
    plan = plan_loaded(loaded, kit)
    if decide is not None:
        decide(plan)
    out = apply_plans(kit, [plan], today)
    if kit == PressKit() and not out.documents:
        out.documents.append(
            plan.document.model_copy(update={"added": plan.document.added or today or dt.date.today()})
        )
    return out, plan


def plan_source(ref: str | Path, kit: PressKit, today: dt.date | None = None) -> SourcePlan:
    """What one file or web address would add to the kit (raises ArticleError when it cannot be read)."""
    return plan_loaded(load_source(ref, today), kit)


def plan_text(text: str, name: str, kit: PressKit, today: dt.date | None = None) -> SourcePlan:
    """What pasted text would add to the kit."""
    return plan_loaded(pasted(text, today, name), kit)


def plan_loaded(loaded: Loaded, kit: PressKit) -> SourcePlan:
    """The plan for a source already read: extracted, its sections and its praise read, compared."""
    ex = extract(loaded.raw)
    document = loaded.document.model_copy(update={"text": ex.text})
    candidate = kit_from_extraction(ex, document)
    explicit = ex.notes.explicit() if ex.notes else set()
    title = kit.film.title or candidate.film.title
    if is_review(ex.text, document):
        document = document.model_copy(update={"byline": critic(ex.text, document)})
        document = document.model_copy(
            update={"outlet": outlet(document, loaded.raw, kit.film.title, candidate.film.title)}
        )
        for quote, start, end in pull_quotes(ex.text, title, document.byline, document.outlet, rating(ex.text)):
            candidate.quotes.append(quote)
            candidate.sources.append(Source(field=f"quotes.{len(candidate.quotes) - 1}.text", start=start, end=end))
    plan = plan_merge(kit, candidate, document, explicit)
    language = language_item(kit, ex.text, document.name)
    if language is not None:
        plan.items.insert(0, language)
    plan.warnings = list(loaded.warnings)
    held = source_warnings(kit, candidate.film.title, ex.text, document.name)
    if held:
        plan.warnings += held
        plan.blocked = True
        plan.accept_all(False)
    return plan
