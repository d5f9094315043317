"""Turn what the extractor found into a press kit the editor can open."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from presskit.extract import Extraction, extract, extract_file
from presskit.extract.names import capital_runs, person_like
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

ROLE_DEPARTMENT = {  # a job as articles word it -> its department (model.DEPARTMENTS names the order)
    "producer": "Production",
    "executive producer": "Production",
    "co-producer": "Production",
    "director of photography": "Camera",
    "cinematographer": "Camera",
    "editor": "Editorial",
    "composer": "Music",
    "music supervisor": "Music",
    "songwriter": "Music",
    "co-writer": "Music",
    "production designer": "Art",
    "art director": "Art",
    "costume designer": "Costume",
    "visual effects supervisor": "Visual Effects",
    "casting director": "Casting",
    "sound designer": "Sound",
    "choreographer": "Choreography",
}


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
    for s in ex.synopsis:
        add("synopsis.long", s)
    return out


EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_IN_TEXT = re.compile(r"\+?\(?\d[\d ()./-]{6,}\d")


def contacts_in(text: str) -> list[Contact]:
    """Press contacts: each line holding an email address, with the name and phone on that line."""
    out: list[Contact] = []
    for line in text.splitlines():
        email = EMAIL_IN_TEXT.search(line)
        if not email or len(line) > 200:
            continue
        names = [r.text for r in capital_runs(line) if person_like(r.text)]
        phone = PHONE_IN_TEXT.search(line.replace(email.group(0), ""))
        contact = Contact(
            name=names[0] if names else "",
            email=email.group(0).rstrip("."),
            phone=phone.group(0).strip() if phone else "",
        )
        if contact.email not in {c.email for c in out}:
            out.append(contact)
    return out


def section(text: str, *headings: str) -> str:
    """The paragraph under a press-notes heading such as "Logline" (empty when there is none)."""
    names = "|".join(re.escape(h) for h in headings)
    m = re.search(rf"(?im)^[ \t]*(?:{names})[ \t]*:?[ \t]*\n+((?:[^\n]+\n?)+)", text)
    return " ".join(m.group(1).split()) if m else ""


def kit_from_extraction(ex: Extraction, document: SourceDocument | None = None) -> PressKit:
    """A kit holding everything the article gave; fields the article lacked stay empty. The article
    becomes the kit's first document (``document`` says its name and kind; its text is ``ex.text``)."""
    doc = (document or SourceDocument(kind="pasted")).model_copy(update={"text": ex.text})
    synopsis = " ".join(s.value.replace("\n", " ") for s in ex.synopsis)
    date_text = ex.release_date.value if ex.release_date else ""
    producers = [c.name.value for c in ex.crew if c.role == "producer"]
    short = section(ex.text, "Short synopsis")  # never the long one's first lines: a problem asks for it
    long = section(ex.text, "Long synopsis") or synopsis
    return PressKit(
        film=FilmInfo(title=ex.title.value if ex.title else "", logline=section(ex.text, "Logline", "Log line")),
        synopsis=Synopsis(short=short, long=long),
        credits=Credits(
            directors=[d.value for d in ex.directors],
            writers=[w.value for w in ex.writers],
            producers=producers,
            cast=[CastMember(actor=c.actor.value, character=c.character.value if c.character else "") for c in ex.cast],
            crew=[
                CrewMember(name=c.name.value, role=c.role, department=ROLE_DEPARTMENT.get(c.role, ""))
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
        contacts=contacts_in(ex.text),
        documents=[doc],
        sources=_sources(ex, list(range(len(ex.crew)))),
    )


def kit_from_article(path: str | Path) -> PressKit:
    """Read an article file into a new kit (raises ArticleError for what is not an article)."""
    p = Path(path)
    return kit_from_extraction(extract_file(p), SourceDocument(name=p.name, kind=kind_of(p), added=dt.date.today()))


def kit_from_text(text: str) -> PressKit:
    """Read pasted article text into a new kit."""
    return kit_from_extraction(extract(text), SourceDocument(name="pasted text", kind="pasted", added=dt.date.today()))


def kind_of(path: Path) -> str:
    """What kind of document a file is, by its name: text, html, markdown, docx or pdf."""
    suffix = path.suffix.lower()
    return {".htm": "html", ".html": "html", ".md": "markdown", ".docx": "docx", ".pdf": "pdf"}.get(suffix, "text")
