"""Turn what the extractor found into a press kit the editor can open: a mapping only, every value
found by ``presskit.extract`` with its span. Reading a source into a new kit is
:func:`presskit.merge.kit_from_source`, which calls this."""

from __future__ import annotations

from presskit.extract import Extraction
from presskit.extract.release import parse_date
from presskit.extract.result import Found
from presskit.model import (
    CastMember,
    Contact,
    Credits,
    CrewMember,
    FilmInfo,
    PressKit,
    Quote,
    Release,
    Source,
    SourceDocument,
    Synopsis,
)
from presskit.text_safety import closed_quote


def _sources(ex: Extraction, crew_rows: list[int]) -> list[Source]:
    """Where each kit field came from, for highlighting the article beside the panels."""
    out: list[Source] = []

    def add(field: str, f: Found | None) -> None:
        if f is not None and f.span is not None:
            out.append(Source(field=field, start=f.span[0], end=f.span[1], inferred=f.inferred))

    add("film.title", ex.title)
    for i, d in enumerate(ex.directors):
        add(f"credits.directors.{i}", d)
    for i, w in enumerate(ex.writers):
        add(f"credits.writers.{i}", w)
    for i, c in enumerate(ex.cast):
        add(f"credits.cast.{i}.actor", c.actor)
        add(f"credits.cast.{i}.character", c.character)
    for row, member in zip(crew_rows, (m for m in ex.crew if m.role != "producer"), strict=False):
        add(f"credits.crew.{row}.name", member.name)
    for i, member in enumerate(m for m in ex.crew if m.role == "producer"):
        add(f"credits.producers.{i}", member.name)
    for i, q in enumerate(ex.quotes):
        add(f"quotes.{i}.text", q.text)
        add(f"quotes.{i}.speaker", q.speaker)
    add("release.date_text", ex.release_date)
    add("release.venue", ex.release_venue)
    add("film.logline", ex.logline)
    add("synopsis.short", ex.synopsis_short)
    if ex.synopsis_long is not None:
        add("synopsis.long", ex.synopsis_long)
    for s in ex.synopsis if ex.synopsis_long is None else []:
        add("synopsis.long", s)
    for i, contact in enumerate(ex.contacts):
        add(f"contacts.{i}.name", contact.name)
        add(f"contacts.{i}.email", contact.email)
        add(f"contacts.{i}.phone", contact.phone)
    return out


def kit_from_extraction(ex: Extraction, document: SourceDocument | None = None) -> PressKit:
    """A kit holding everything the article gave; fields the article lacked stay empty. The article
    becomes the kit's first document (``document`` says its name and kind; its text is ``ex.text``)."""
    doc = (document or SourceDocument(kind="pasted")).model_copy(update={"text": ex.text})
    synopsis = " ".join(s.value.replace("\n", " ") for s in ex.synopsis)
    date_text = ex.release_date.value if ex.release_date else ""
    producers = [c.name.value for c in ex.crew if c.role == "producer"]
    short = _words(ex.synopsis_short)  # never the long one's first lines: a problem asks for it
    long = _words(ex.synopsis_long) or synopsis
    return PressKit(
        film=FilmInfo(title=ex.title.value if ex.title else "", logline=_words(ex.logline)),
        synopsis=Synopsis(short=short, long=long),
        credits=Credits(
            directors=[d.value for d in ex.directors],
            writers=[w.value for w in ex.writers],
            producers=producers,
            cast=[CastMember(actor=c.actor.value, character=c.character.value if c.character else "") for c in ex.cast],
            crew=[
                CrewMember(name=c.name.value, role=c.role, department=c.department)
                for c in ex.crew
                if c.role != "producer"
            ],
        ),
        quotes=[
            Quote(
                text=closed_quote(" ".join(q.text.value.split())),
                speaker=q.speaker.value if q.speaker else "",
                kind="filmmaker",
            )
            for q in ex.quotes
        ],
        release=Release(
            date_text=date_text,
            date=parse_date(date_text) if date_text else None,
            venue=ex.release_venue.value if ex.release_venue else "",
        ),
        contacts=[
            Contact(name=c.name.value if c.name else "", email=c.email.value, phone=c.phone.value if c.phone else "")
            for c in ex.contacts
        ],
        documents=[doc],
        sources=_sources(ex, list(range(len(ex.crew)))),
    )


def _words(found: Found | None) -> str:
    """A paragraph's words on one line."""
    return " ".join(found.value.split()) if found else ""
