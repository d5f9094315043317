"""The press kit: a pydantic model that holds a film's press material.

A kit being edited may be incomplete (no title yet, a quote whose speaker is still unknown), so
the model stores any well-typed value and keeps its *rules* in validators that only run when the
kit is checked (``context={"strict": True}``, see :mod:`presskit.problems`). Wrong types are always
refused; publicist-facing rules become problems shown at the field.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo, field_validator

SCHEMA_VERSION = 8

EMAIL_RE = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>.]{2,}$")
PHONE_RE = re.compile(r"^[+()0-9 .\-/ext]{5,}$")


def _strict(info: ValidationInfo) -> bool:
    """True when the kit is being checked against its rules, not just loaded."""
    return bool(info.context and info.context.get("strict"))


def required(field: str, message: str) -> Any:
    """A rule: the field may stay empty while the kit is edited, but a checked kit needs it."""

    def check(cls: type, v: str, info: ValidationInfo) -> str:
        if _strict(info) and not v.strip():
            raise ValueError(message)
        return v

    return field_validator(field)(check)


def shaped(field: str, pattern: re.Pattern[str], message: str) -> Any:
    """A rule: when the field is filled in, it must look like pattern (an email, a web address)."""

    def check(cls: type, v: str, info: ValidationInfo) -> str:
        if _strict(info) and v.strip() and not pattern.match(v.strip()):
            raise ValueError(message)
        return v

    return field_validator(field)(check)


RUNTIME_HINT = "Type the minutes (104) or hours and minutes (1h44, 1:44)."
URL_RE = re.compile(r"^https?://\S+\.\S+$", re.I)


class _Part(BaseModel):
    """Base of every part of the kit: assignments are validated, unknown keys refused."""

    model_config = ConfigDict(validate_assignment=True, extra="forbid")


RowId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,32}$")]
"""A row's identity: letters, digits, - and _ only, so it never names a file or steers a terminal."""


def new_id() -> str:
    """A short random id for a new row (a quote, a bio, a still, a cast member)."""
    return secrets.token_hex(4)


class Row(_Part):
    """A row of one of the kit's lists whose translations follow it: an id made when the row is, kept
    when rows are reordered, saved and opened."""

    id: RowId = Field(default_factory=new_id, description="The row's identity; translations are keyed by it")


def unique_ids(rows: list[Row]) -> None:
    """Give a fresh id to every row whose id an earlier row of the list already has (a pasted row, or
    a document written by hand), so that a translation never applies to two rows."""
    seen: set[str] = set()
    for row in rows:
        if row.id in seen:
            row.id = new_id()
        seen.add(row.id)


class FilmInfo(_Part):
    """What the film is: the facts on a fact sheet."""

    title: str = ""
    tagline: str = ""
    logline: str = ""
    genre: str = ""
    runtime_text: str = Field(default="", description="A running time as typed when it is not understood")
    runtime_minutes: int | None = None
    country: str = ""
    language: str = ""
    year: int | None = None
    aspect_ratio: str = ""
    sound: str = ""
    format: str = ""

    _title_required = required("title", "A film needs a title.")

    @field_validator("runtime_minutes")
    @classmethod
    def _runtime_positive(cls, v: int | None, info: ValidationInfo) -> int | None:
        if _strict(info) and v is not None and not 0 < v <= 1500:
            raise ValueError("Runtime is a whole number of minutes, more than 0.")
        typed = str(info.data.get("runtime_text", "")).strip()  # runtime_text is checked first
        if _strict(info) and v is None and typed:
            raise ValueError(f"“{typed}” is not understood. {RUNTIME_HINT}")
        return v

    @field_validator("year")
    @classmethod
    def _year_plausible(cls, v: int | None, info: ValidationInfo) -> int | None:
        if _strict(info) and v is not None and not 1880 <= v <= 2100:
            raise ValueError("The year should be between 1880 and 2100.")
        return v


class Synopsis(_Part):
    """The story told at two lengths."""

    short: str = ""
    long: str = ""


class CastMember(Row):
    """An actor and the character they play (character may be unknown)."""

    actor: str = ""
    character: str = ""

    _actor_required = required("actor", "A cast entry needs the actor's name.")


class CrewMember(_Part):
    """A member of the crew with the job they did."""

    name: str = ""
    role: str = ""
    department: str = ""

    _name_required = required("name", "A crew entry needs a name.")


class Credits(_Part):
    """Who made the film."""

    directors: list[str] = Field(default_factory=list)
    writers: list[str] = Field(default_factory=list)
    producers: list[str] = Field(default_factory=list)
    cast: list[CastMember] = Field(default_factory=list)
    crew: list[CrewMember] = Field(default_factory=list)


QuoteKind = Literal["press", "filmmaker"]
QUOTE_KINDS: tuple[QuoteKind, ...] = get_args(QuoteKind)


class Quote(Row):
    """Something said about or around the film, with who said it and where."""

    text: str = ""
    speaker: str = ""
    outlet: str = ""
    date: str = ""
    pull_quote: bool = False
    kind: QuoteKind = Field(
        default="press",
        description="press: a critic's or outlet's words (praise); filmmaker: what the makers said in interviews",
    )
    rating: str = Field(default="", description="The review's star rating as a score, e.g. 4/5")

    _text_required = required("text", "A quote needs its words.")
    _speaker_required = required("speaker", "A quote needs a speaker: who said it?")


class Territory(_Part):
    """Where and when the film opens in one territory."""

    name: str = ""
    date_text: str = ""
    venue: str = ""


class Bio(Row):
    """A short biography of someone in the cast or crew."""

    name: str = ""
    role: str = ""
    text: str = ""


class Release(_Part):
    """When and where the film comes out; the date as written and, where possible, parsed."""

    date_text: str = ""
    date: dt.date | None = None
    venue: str = ""
    distributor: str = ""
    rating: str = ""
    territories: list[Territory] = Field(default_factory=list)


class Still(Row):
    """A production still: the image file with its caption and photographer credit."""

    file: str = ""
    caption: str = ""
    credit: str = ""


class Contact(_Part):
    """Who the press should call: publicist, sales agent, distributor."""

    name: str = ""
    role: str = ""
    company: str = ""
    email: str = ""
    phone: str = ""

    @field_validator("email")
    @classmethod
    def _email_shape(cls, v: str, info: ValidationInfo) -> str:
        if _strict(info) and v.strip() and not EMAIL_RE.match(v.strip()):
            raise ValueError(
                "The email has no @."
                if "@" not in v
                else "The email doesn't look like an email address (name@example.com)."
            )
        return v

    _phone_shape = shaped("phone", PHONE_RE, "A phone number holds digits, spaces, + ( ) - . only.")


class Source(_Part):
    """Where a value came from: character offsets into the text of one of the kit's documents."""

    field: str = Field(description="Dotted path of the field it filled, e.g. quotes.2.text")
    start: int = 0
    end: int = 0
    inferred: bool = Field(default=False, description="Resolved from context (a pronoun, a surname).")
    document: int = Field(default=0, ge=0, description="Which of the kit's documents (its index in ``documents``)")


SOURCE_KINDS = ["text", "html", "markdown", "docx", "pdf", "web", "pasted"]


class SourceDocument(_Part):
    """An article, review, press note or web page the kit was built from, with its cleaned text."""

    name: str = Field(default="", description="The file's name or the page's web address")
    kind: str = Field(default="text", description="text, html, markdown, docx, pdf, web or pasted")
    added: dt.date | None = Field(default=None, description="The day it was added to the kit")
    title: str = Field(default="", description="The article's own headline, where it gives one")
    byline: str = Field(default="", description="Who wrote it, where it says")
    outlet: str = Field(default="", description="The publication or site it appeared in")
    published: str = Field(default="", description="Its publication date as the page gives it")
    text: str = Field(default="", description="The cleaned text that every Source's offsets point into")


FESTIVAL_STATUSES = [
    "World Premiere",
    "International Premiere",
    "Official Selection",
    "Winner",
    "Nominee",
    "Special Mention",
]


LINK_KINDS = ["Trailer", "Screener", "EPK", "Stills & downloads", "Website"]


class Link(_Part):
    """A web address the press asks for: the trailer, a screener, the EPK, with its access terms."""

    kind: str = Field(default="Trailer", description="What it leads to: Trailer, Screener, EPK… (free text)")
    url: str = ""
    password: str = Field(default="", description="A screener's password, if it has one")
    expires: str = Field(default="", description="Access terms as the distributor gives them, e.g. until 30 November")

    _url_shape = shaped("url", URL_RE, "A web address starts with https:// (or http://).")


class Festival(_Part):
    """A festival selection or award: where, which section or prize, the year, the status, a laurel."""

    name: str = ""
    section: str = Field(default="", description="Section or award, e.g. Competition, Best Director")
    year: int | None = None
    status: str = "Official Selection"
    laurel: str = Field(default="", description="An image of the festival's laurel, if the festival gives one")

    _name_required = required("name", "A festival entry needs the festival's name.")


class Screening(_Part):
    """A screening: festival or venue, city, date and time as written, ticket link."""

    venue: str = ""
    city: str = ""
    when: str = ""
    tickets: str = ""

    _tickets_link = shaped("tickets", URL_RE, "A ticket link starts with https:// (or http://).")


class Translation(_Part):
    """The kit's words in another language; a field left empty falls back to the main language.
    Names, credits and images are shared by every language and so are not here."""

    title: str = ""
    tagline: str = ""
    logline: str = ""
    synopsis_short: str = ""
    synopsis_long: str = ""
    director_statement: str = ""
    production_notes: str = ""
    bios: dict[RowId, str] = Field(default_factory=dict, description="bio id -> text")
    captions: dict[RowId, str] = Field(default_factory=dict, description="still id -> caption")
    quotes: dict[RowId, str] = Field(default_factory=dict, description="quote id -> translated words")


TRANSLATED_ROWS: dict[str, tuple[tuple[str, ...], str]] = {
    "bios": (("bios",), "text"),
    "captions": (("stills",), "caption"),
    "quotes": (("quotes",), "text"),
}
"""Translation field -> the kit list it translates, keyed by row id, and the attribute of each row."""
ID_ROWS = [("quotes",), ("bios",), ("stills",), ("credits", "cast")]
"""The kit lists whose rows carry ids."""

LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$")]
"""A language code such as en, fr or pt-BR: never anything that could name a file."""


def default_sections() -> list[str]:
    """Every section, in the default order (presskit.sections, which needs the model: imported here late)."""
    from presskit.sections import DEFAULT_ORDER

    return list(DEFAULT_ORDER)


COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
DEPARTMENTS = [
    "Direction",
    "Writing",
    "Production",
    "Camera",
    "Editorial",
    "Art",
    "Costume",
    "Make-up",
    "Sound",
    "Music",
    "Visual Effects",
    "Casting",
    "Stunts",
]


class KitStyle(_Part):
    """How a kit looks: page, margins, fonts, colours, cover, which sections and in what order.

    A template supplies it; the kit keeps a copy so it always exports the same way. Fonts are a
    shipped family (NotoSerif, NotoSerifDisplay, NotoSans, Lato, LatoBlack, LatoLight) or a path
    to a TrueType file."""

    template: str = "Classic Studio"
    page: Literal["Letter", "A4"] = "Letter"
    margin_in: float = Field(default=0.85, ge=0.3, le=2.0)
    body_font: str = "NotoSerif"
    display_font: str = "NotoSerifDisplay"
    label_font: str = "Lato"
    heading_font: str = "LatoBlack"
    ink: str = "#1d1d1f"
    muted: str = "#6b6b70"
    accent: str = "#b08d3c"
    cover_bg: str = "#111114"
    cover_ink: str = "#f4f1ea"
    cover_layout: Literal["dark", "light"] = "dark"
    sections: list[str] = Field(default_factory=default_sections)
    cast_columns: Literal[1, 2] = 2
    crew_departments: list[str] = Field(
        default_factory=lambda: list(DEPARTMENTS),
        description="The crew's departments in the order the crew list is set (and offered in the editor)",
    )
    logo: str = ""
    legal_line: str = ""

    @field_validator("ink", "muted", "accent", "cover_bg", "cover_ink")
    @classmethod
    def _colour(cls, v: str) -> str:
        if not COLOUR_RE.match(v):
            raise ValueError("A colour is written #RRGGBB, e.g. #b08d3c.")
        return v.lower()

    @field_validator("sections")
    @classmethod
    def _known_sections(cls, v: list[str]) -> list[str]:
        known = default_sections()
        unknown = [s for s in v if s not in known]
        if unknown:
            raise ValueError(f"Unknown section(s): {', '.join(unknown)}; known: {', '.join(known)}.")
        return list(dict.fromkeys(v))

    def department_rank(self, department: str) -> tuple[int, str]:
        """Where a department goes in the crew list: in the style's order, others after, by name."""
        order = self.crew_departments
        return (order.index(department) if department in order else len(order), department)

    @property
    def margin(self) -> float:
        """Page margin in points."""
        return self.margin_in * 72

    @property
    def pagesize(self) -> tuple[float, float]:
        """Page size in points."""
        return (595.2755905511812, 841.8897637795277) if self.page == "A4" else (612.0, 792.0)


class PressKit(_Part):
    """One film's press kit: everything the PDF and the editor show."""

    schema_version: int = SCHEMA_VERSION
    film: FilmInfo = Field(default_factory=FilmInfo)
    synopsis: Synopsis = Field(default_factory=Synopsis)
    credits: Credits = Field(default_factory=Credits)
    quotes: list[Quote] = Field(default_factory=list)
    release: Release = Field(default_factory=Release)
    stills: list[Still] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    director_statement: str = ""
    bios: list[Bio] = Field(default_factory=list)
    production_notes: str = ""
    website: str = ""
    social_links: list[str] = Field(default_factory=list, description="Web addresses of the film's social pages")
    key_art: str = Field(default="", description="The poster or key-art image the cover and web page lead with")
    links: list[Link] = Field(default_factory=list, description="Trailer, screener and EPK addresses")
    embargo: str = Field(default="", description="The embargo line, as the distributor words it")
    festivals: list[Festival] = Field(default_factory=list)
    screenings: list[Screening] = Field(default_factory=list)
    language: LanguageCode = Field(default="en", description="The main language's code (en, fr, es, de, it, pt…)")
    translations: dict[LanguageCode, Translation] = Field(default_factory=dict)
    style: KitStyle = Field(default_factory=KitStyle)
    documents: list[SourceDocument] = Field(
        default_factory=list, description="The articles, press notes and pages the kit was built from, in order"
    )
    sources: list[Source] = Field(default_factory=list)

    _website_shape = shaped("website", URL_RE, "A web address starts with https:// (or http://).")

    @property
    def source_text(self) -> str:
        """The text of the first document the kit was built from (empty when none)."""
        return self.documents[0].text if self.documents else ""

    def sources_of(self, document: int) -> list[Source]:
        """The values that came from one document, each inside that document's text."""
        size = len(self.documents[document].text) if 0 <= document < len(self.documents) else 0
        return [s for s in self.sources if s.document == document and 0 <= s.start < s.end <= size]

    def copy_deep(self) -> PressKit:
        """An independent copy, for undo snapshots."""
        return self.model_copy(deep=True)


FieldPath = tuple[str | int, ...]
"""Where a value is in the kit: ``("contacts", 0, "email")``."""


def get_path(obj: Any, path: FieldPath) -> Any:
    """The value at a field path such as ``("contacts", 0, "email")`` or ``("translations", "fr", "title")``."""
    for key in path:
        obj = obj[key] if isinstance(key, int) or isinstance(obj, dict) else getattr(obj, key)
    return obj


def set_path(obj: Any, path: FieldPath, value: Any) -> None:
    """Set the value at a field path; pydantic validates the type on assignment."""
    parent = get_path(obj, path[:-1])
    key = path[-1]
    if isinstance(key, int) or isinstance(parent, dict):
        parent[key] = value
    else:
        setattr(parent, key, value)
