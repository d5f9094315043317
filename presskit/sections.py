"""The kit's sections as data, in one place: for each, its key, its heading (keys of the words in
resources/i18n, so every language), whether it starts a page, which editor panel edits it and when it
has content. The PDF and the web page each register one drawing function per key (`SectionDrawers`),
and both print, in the style's order, the sections this registry says have content."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from presskit.facts import crew_lines, fact_rows, spec_rows
from presskit.model import PressKit


class _Words(dict[str, str]):
    """Words enough to know whether a row has a value: every word is its own key."""

    def __missing__(self, key: str) -> str:
        return key


@dataclass(frozen=True)
class Section:
    """One section of a kit."""

    key: str
    heading: str  # the key of its heading in resources/i18n/*.json
    kicker: str  # the key of the small line over the heading ("" for none)
    panel: str  # the key of the editor panel that edits it (presskit.ui.panels: Panel.KEY)
    has_content: Callable[[PressKit], bool]
    starts_page: bool = False  # True: always on a new page; False: shares a page when there is room


SECTIONS: dict[str, Section] = {}
"""Section key -> the section, in the default order."""


def section(
    key: str, panel: str, kicker: bool = True, starts_page: bool = False
) -> Callable[[Callable[[PressKit], bool]], Callable[[PressKit], bool]]:
    """Decorator over a section's has-content predicate: register the section (heading words `key`
    and, with a kicker, `key_k`)."""

    def add(has_content: Callable[[PressKit], bool]) -> Callable[[PressKit], bool]:
        SECTIONS[key] = Section(key, key, f"{key}_k" if kicker else "", panel, has_content, starts_page)
        return has_content

    return add


def printed(order: list[str], kit: PressKit) -> list[Section]:
    """The sections of an order that have content in a kit, in that order: what the PDF, its contents
    and the web page show."""
    return [SECTIONS[k] for k in order if k in SECTIONS and SECTIONS[k].has_content(kit)]


@section("facts", panel="film")
def _facts(kit: PressKit) -> bool:
    return bool(kit.film.logline or kit.website or kit.contacts or fact_rows(kit, _Words()))


@section("festivals", panel="festivals")
def _festivals(kit: PressKit) -> bool:
    return bool(kit.festivals or kit.screenings)


@section("synopsis", panel="synopsis")
def _synopsis(kit: PressKit) -> bool:
    return bool((kit.synopsis.short + kit.synopsis.long).strip())


@section("statement", panel="synopsis", kicker=False)
def _statement(kit: PressKit) -> bool:
    return bool(kit.director_statement.strip())


@section("cast", panel="credits")
def _cast(kit: PressKit) -> bool:
    return bool(kit.credits.cast)


@section("crew", panel="credits", kicker=False)
def _crew(kit: PressKit) -> bool:
    return bool(crew_lines(kit, _Words()))


@section("bios", panel="bios")
def _bios(kit: PressKit) -> bool:
    return bool(kit.bios)


@section("quotes", panel="quotes")
def _quotes(kit: PressKit) -> bool:
    return bool(kit.quotes)


@section("stills", panel="stills")
def _stills(kit: PressKit) -> bool:
    return bool(kit.stills)


@section("notes", panel="bios")
def _notes(kit: PressKit) -> bool:
    return bool(kit.production_notes.strip())


@section("specs", panel="film")
def _specs(kit: PressKit) -> bool:
    return bool(spec_rows(kit, _Words()))


@section("release", panel="release", kicker=False)
def _release(kit: PressKit) -> bool:
    r = kit.release
    return bool(r.date_text or r.venue or r.territories or r.distributor or r.rating)


@section("contacts", panel="contacts")
def _contacts(kit: PressKit) -> bool:
    return bool(kit.contacts or any(u.strip() for u in kit.social_links) or any(k.url.strip() for k in kit.links))


DEFAULT_ORDER = list(SECTIONS)

F = TypeVar("F", bound=Callable[..., object])


class SectionDrawers(Generic[F]):
    """One output's drawing functions, one per registered section: `@drawers("crew")` registers one,
    and refuses a key the registry does not know or one drawn twice."""

    def __init__(self, output: str) -> None:
        self.output = output
        self.functions: dict[str, F] = {}

    def __call__(self, key: str) -> Callable[[F], F]:
        if key not in SECTIONS:
            raise KeyError(f"The {self.output} draws a section “{key}” that presskit.sections does not register.")
        if key in self.functions:
            raise KeyError(f"The {self.output} draws the section “{key}” twice.")

        def add(draw: F) -> F:
            self.functions[key] = draw
            return draw

        return add

    def __getitem__(self, key: str) -> F:
        return self.functions[key]

    def missing(self) -> list[str]:
        """The registered sections this output has no drawing function for."""
        return [k for k in SECTIONS if k not in self.functions]
