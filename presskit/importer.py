"""Turn what the extractor found into a press kit the editor can open: a mapping only, every value
found by ``presskit.extract`` with its span (the spans become the kit's sources, for highlighting the
article beside the panels). Reading a source into a new kit is
:func:`presskit.merge.kit_from_source`, which calls this."""

from __future__ import annotations

import re

from presskit.durations import parse_minutes
from presskit.extract import Extraction
from presskit.extract.notes import NotesFound
from presskit.extract.release import parse_date
from presskit.extract.result import CastFound, CrewFound, Found
from presskit.matching import PersonIndex
from presskit.model import Bio, CastMember, Contact, CrewMember, PressKit, Quote, Source, SourceDocument
from presskit.text_safety import closed_quote


class _Kit:
    """A kit being filled: each value set or appended together with its source."""

    def __init__(self, document: SourceDocument) -> None:
        self.kit = PressKit(documents=[document])

    def source(self, field: str, f: Found | None) -> None:
        if f is not None and f.span is not None:
            self.kit.sources.append(Source(field=field, start=f.span[0], end=f.span[1], inferred=f.inferred))

    def text(self, path: str, f: Found | None, words: bool = False) -> None:
        """Set a text field ("film.title") to the value found (its words on one line, if asked)."""
        if f is None:
            return
        *parents, last = path.split(".")
        obj: object = self.kit
        for p in parents:
            obj = getattr(obj, p)
        setattr(obj, last, " ".join(f.value.split()) if words else f.value)
        self.source(path, f)

    def names(self, key: str, found: list[Found], listed: list[Found]) -> None:
        """Directors, writers or producers: the article's, then a section's people it did not name."""
        names: list[str] = getattr(self.kit.credits, key)
        named = PersonIndex([f.value for f in found])
        for f in found + [f for f in listed if not named.knows(f.value)]:
            names.append(f.value)
            self.source(f"credits.{key}.{len(names) - 1}", f)


def kit_from_extraction(ex: Extraction, document: SourceDocument | None = None) -> PressKit:
    """A kit holding everything the article gave, press notes' sections over what the prose said;
    fields the article lacked stay empty. The article becomes the kit's first document (``document``
    says its name and kind; its text is ``ex.text``)."""
    notes = ex.notes or NotesFound()
    k = _Kit((document or SourceDocument(kind="pasted")).model_copy(update={"text": ex.text}))
    k.text("film.title", ex.title)
    k.names("directors", ex.directors, notes.credits.get("directors", []))
    k.names("writers", ex.writers, notes.credits.get("writers", []))
    k.names("producers", [c.name for c in ex.crew if c.role == "producer"], notes.credits.get("producers", []))
    _cast(k, ex.cast, notes.cast)
    _crew(k, [c for c in ex.crew if c.role != "producer"], notes.crew, {f.value for f in notes.specs.values()})
    _story(k, ex, notes)
    for i, q in enumerate(ex.quotes):
        speaker = q.speaker.value if q.speaker else ""
        k.kit.quotes.append(Quote(text=closed_quote(" ".join(q.text.value.split())), speaker=speaker, kind="filmmaker"))
        k.source(f"quotes.{i}.text", q.text)
        k.source(f"quotes.{i}.speaker", q.speaker)
    k.text("release.date_text", ex.release_date)
    k.text("release.venue", ex.release_venue)
    k.kit.release.date = parse_date(k.kit.release.date_text) if k.kit.release.date_text else None
    _specs(k, notes.specs)
    for i, b in enumerate(notes.bios):
        k.kit.bios.append(Bio(name=b.name.value, text=b.text.value))
        k.source(f"bios.{i}.name", b.name)
        k.source(f"bios.{i}.text", b.text)
    for i, c in enumerate(ex.contacts):
        k.kit.contacts.append(
            Contact(name=_value(c.name), email=c.email.value, phone=_value(c.phone), role=_value(c.role))
        )
        for part in ("name", "email", "phone", "role"):
            k.source(f"contacts.{i}.{part}", getattr(c, part))
    return k.kit


def _cast(k: _Kit, found: list[CastFound], listed: list[CastFound]) -> None:
    """The article's cast, then a Cast section's actors it did not name."""
    actors: list[str] = []
    named = PersonIndex([c.actor.value for c in found])
    for c in found + [c for c in listed if not named.knows(c.actor.value)]:
        actors.append(c.actor.value)
        k.kit.credits.cast.append(CastMember(actor=c.actor.value, character=c.character.value if c.character else ""))
        k.source(f"credits.cast.{len(actors) - 1}.actor", c.actor)
        k.source(f"credits.cast.{len(actors) - 1}.character", c.character)


def _crew(k: _Kit, found: list[CrewFound], listed: list[CrewFound], not_people: set[str]) -> None:
    """The article's crew, then a Credits section's people it did not name; a specification's value
    is no person ("Sound: Dolby Atmos")."""
    named = PersonIndex([c.name.value for c in found])
    extra = [c for c in listed if not named.knows(c.name.value)]
    crew = k.kit.credits.crew
    for c in found + extra:
        if c.name.value not in not_people:
            crew.append(CrewMember(name=c.name.value, role=c.role, department=c.department))
            k.source(f"credits.crew.{len(crew) - 1}.name", c.name)


def _story(k: _Kit, ex: Extraction, notes: NotesFound) -> None:
    """Logline, synopses and statements from their sections; the long synopsis, without one, from the
    article's plot sentences (the short one never from the long one's first lines: a problem asks)."""
    for path in ("film.logline", "synopsis.short", "director_statement", "production_notes"):
        k.text(path, notes.texts.get(path), words=True)
    if "synopsis.long" in notes.texts:
        k.text("synopsis.long", notes.texts["synopsis.long"], words=True)
        return
    k.kit.synopsis.long = " ".join(s.value.replace("\n", " ") for s in ex.synopsis)
    for s in ex.synopsis:
        k.source("synopsis.long", s)


def _specs(k: _Kit, specs: dict[str, Found]) -> None:
    """Technical specifications into the film's facts (minutes and years as numbers)."""
    film = k.kit.film
    for name, f in specs.items():
        if name == "runtime_minutes":
            film.runtime_minutes = parse_minutes(re.sub(r"\s*\(.*\)$", "", f.value))
        elif name == "year":
            film.year = int(f.value)
        else:
            setattr(film, name, f.value)
        k.source(f"film.{name}", f)


def _value(f: Found | None) -> str:
    return f.value if f else ""
