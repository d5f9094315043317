"""What the importer found: values with the span of cleaned text they came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from presskit.extract.notes import NotesFound

Span = tuple[int, int]


@dataclass
class Found:
    """One extracted value, where it came from, and whether it was inferred rather than read."""

    value: str
    span: Span | None = None
    inferred: bool = False


@dataclass
class CastFound:
    """An actor and, where known, the character they play."""

    actor: Found
    character: Found | None = None


@dataclass
class CrewFound:
    """A crew member and their job as the article words it."""

    name: Found
    role: str
    department: str = ""  # where the job belongs ("Camera"), from the role; "" when unknown


@dataclass
class QuoteFound:
    """A quotation, its span and its speaker (inferred when resolved from a pronoun)."""

    text: Found
    speaker: Found | None = None


@dataclass
class ContactFound:
    """A press contact: an email address and, where its line gives them, a name and a phone number."""

    email: Found
    name: Found | None = None
    phone: Found | None = None
    role: Found | None = None  # the label of its line in a Contacts section ("Publicity")


@dataclass
class Extraction:
    """Everything read from one article, before any editing."""

    text: str
    title: Found | None = None
    directors: list[Found] = field(default_factory=list)
    writers: list[Found] = field(default_factory=list)
    cast: list[CastFound] = field(default_factory=list)
    crew: list[CrewFound] = field(default_factory=list)
    quotes: list[QuoteFound] = field(default_factory=list)
    release_date: Found | None = None
    release_venue: Found | None = None
    synopsis: list[Found] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    contacts: list[ContactFound] = field(default_factory=list)
    notes: NotesFound | None = None  # what press notes' labelled sections hold (presskit.extract.notes)

    def to_schema(self) -> dict[str, Any]:
        """The interchange JSON of ``presskit extract --json`` (shared/eval/SCHEMA.md)."""
        return {
            "title": self.title.value if self.title else None,
            "directors": [d.value for d in self.directors],
            "writers": [w.value for w in self.writers],
            "cast": [
                {"actor": c.actor.value, "character": c.character.value if c.character else None} for c in self.cast
            ],
            "crew_other": [{"name": c.name.value, "role": c.role} for c in self.crew],
            "quotes": [{"speaker": q.speaker.value if q.speaker else None, "text": q.text.value} for q in self.quotes],
            "release": {
                "date_text": self.release_date.value if self.release_date else None,
                "venue": self.release_venue.value if self.release_venue else None,
            },
            "synopsis_sentences": [s.value for s in self.synopsis],
            "boilerplate_lines": list(self.boilerplate),
            "contacts": [
                {"name": _value(c.name), "email": c.email.value, "phone": _value(c.phone)} for c in self.contacts
            ],
        }

    def sources(self) -> list[dict[str, Any]]:
        """Every value with its span and inferred flag, for showing beside the article."""
        out: list[dict[str, Any]] = []

        def add(field_name: str, f: Found | None) -> None:
            if f is not None and f.span is not None:
                out.append(
                    {
                        "field": field_name,
                        "value": f.value,
                        "start": f.span[0],
                        "end": f.span[1],
                        "inferred": f.inferred,
                    }
                )

        add("title", self.title)
        for d in self.directors:
            add("directors", d)
        for w in self.writers:
            add("writers", w)
        for c in self.cast:
            add("cast.actor", c.actor)
            add("cast.character", c.character)
        for cr in self.crew:
            add("crew", cr.name)
        for q in self.quotes:
            add("quotes.text", q.text)
            add("quotes.speaker", q.speaker)
        add("release.date_text", self.release_date)
        add("release.venue", self.release_venue)
        for s in self.synopsis:
            add("synopsis", s)
        for contact in self.contacts:
            add("contacts.name", contact.name)
            add("contacts.email", contact.email)
            add("contacts.phone", contact.phone)
            add("contacts.role", contact.role)
        for name, found in self.notes.values() if self.notes else []:
            add(f"notes.{name}", found)
        return out


def _value(f: Found | None) -> str | None:
    return f.value if f else None
