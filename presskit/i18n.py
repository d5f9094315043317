"""One kit in several languages: the fixed words of the PDF and web page from resources/i18n, the
kit's own words from its translations (falling back to the main language), dates as each language
writes them (Babel)."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache

from presskit.errors import PresskitError
from presskit.files import printable
from presskit.model import TRANSLATED_ROWS, PressKit, Translation, get_path
from presskit.resources import resource
from presskit.sections import SECTIONS

TEXT_FIELDS = {  # translation field -> where the main-language text lives in the kit
    "title": ("film", "title"),
    "tagline": ("film", "tagline"),
    "logline": ("film", "logline"),
    "synopsis_short": ("synopsis", "short"),
    "synopsis_long": ("synopsis", "long"),
    "director_statement": ("director_statement",),
    "production_notes": ("production_notes",),
}


@cache
def languages() -> dict[str, str]:
    """Language code -> its own name, for every language with translation files: the fixed set of
    languages a kit can be exported in (a kit's language never reaches a file path otherwise)."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8"))["name"] for p in sorted(resource("i18n").glob("*.json"))}


@cache
def labels(lang: str) -> dict[str, str]:
    """The fixed words (headings, labels) in a language; English for any word a file lacks."""
    if lang not in languages():
        raise PresskitError(
            f"Presskit has no words for the language “{printable(lang, 20)}”; available: {', '.join(languages())}."
        )
    path = resource("i18n", f"{lang}.json")
    words = json.loads(path.read_text(encoding="utf-8"))["labels"]
    english = json.loads(resource("i18n", "en.json").read_text(encoding="utf-8"))["labels"]
    return {**english, **words}


def headings(lang: str = "en") -> dict[str, tuple[str, str]]:
    """Section -> (heading, kicker) in a language."""
    words = labels(lang)
    return {s.key: (words[s.heading], words[s.kicker] if s.kicker else "") for s in SECTIONS.values()}


def localized(kit: PressKit, lang: str) -> PressKit:
    """The kit as it reads in a language: translated text where there is some, the main language elsewhere."""
    out = kit.model_copy(deep=True)
    if lang == kit.language:
        return out
    labels(lang)  # refuse a language without words, clearly
    tr = kit.translations.get(lang, Translation())
    for field, path in TEXT_FIELDS.items():
        value = getattr(tr, field)
        if value.strip():
            target = out
            for key in path[:-1]:
                target = getattr(target, key)
            setattr(target, path[-1], value)
    for kind, (path, attr) in TRANSLATED_ROWS.items():
        table: dict[str, str] = getattr(tr, kind)
        for row in get_path(out, path):
            text = table.get(row.id, "")
            if text.strip():
                setattr(row, attr, text)  # the original stays in the main language's kit
    translated = {k: getattr(tr, k).strip() for k in ("synopsis_short", "synopsis_long")}
    if any(translated.values()):  # one synopsis in the language, not one in each
        out.synopsis.short, out.synopsis.long = translated["synopsis_short"], translated["synopsis_long"]
    if kit.language == "en":  # dates and "in cinemas" as the English the importer reads
        words = labels(lang)
        out.release.date_text = local_date(out.release.date_text, out.release.date, lang)
        out.release.venue = local_venue(out.release.venue, words)
        for t in out.release.territories:
            t.date_text, t.venue = local_date(t.date_text, None, lang), local_venue(t.venue, words)
    elif out.release.date is not None:
        out.release.date_text = format_date(out.release.date, lang)
    out.language = lang
    return out


VENUES = {  # the English a release line uses -> the label that says it in every language
    "in_cinemas": {"theaters", "theatres", "cinemas", "in theaters", "in theatres", "in cinemas"},
    "in_select_cinemas": {
        "select theaters",
        "select theatres",
        "select cinemas",
        "in select theaters",
        "in select theatres",
        "in select cinemas",
    },
}


def local_venue(venue: str, words: dict[str, str]) -> str:
    """ "in theaters" in the language; any other venue (a festival, a cinema's name) as written."""
    key = " ".join(venue.lower().split())
    return next((words[label] for label, phrases in VENUES.items() if key in phrases), venue)


def local_date(text: str, date: dt.date | None, lang: str) -> str:
    """An English date in the language: "July 25" -> "25 juillet" (no year when the text has none),
    "July 25, 2026" -> "25 juillet 2026"; words that are not a date ("Summer 2026") as written."""
    from babel.dates import format_skeleton

    from presskit.extract.release import parse_date

    day = date or parse_date(text)
    if day is not None:
        return format_date(day, lang)
    day = parse_date(text, year_hint=2000) if text.strip() else None  # a leap year: February 29 is a day
    return format_skeleton("MMMMd", day, locale=lang) if day is not None else text


def film_by(words: dict[str, str], names: list[str]) -> str:
    """ "A film by Ada Brenn", elided where the language elides: "Un film d'Ada Brenn"."""
    who = " & ".join(names)
    elided = words.get("a_film_by_elided", "")
    if elided and who[:1].lower() in "aeiouyàâäéèêëîïôöûüœæ":
        return f"{elided}{who}"
    return f"{words['a_film_by']} {who}"


def untranslated(kit: PressKit, lang: str) -> list[str]:
    """The fields that have text in the main language but none yet in lang."""
    if lang == kit.language:
        return []
    tr = kit.translations.get(lang, Translation())
    missing = []
    for field, path in TEXT_FIELDS.items():
        main = kit
        for key in path:
            main = getattr(main, key)
        if str(main).strip() and not getattr(tr, field).strip():
            missing.append(field)
    for kind, (path, attr) in TRANSLATED_ROWS.items():
        table = getattr(tr, kind)
        for i, row in enumerate(get_path(kit, path)):
            if getattr(row, attr).strip() and not table.get(row.id, "").strip():
                missing.append(f"{kind}.{i}")  # named by row number, as the editor shows them
    return missing


def format_date(date: dt.date, lang: str) -> str:
    """A date the way a language writes it: July 25, 2026 / 25 juillet 2026 / 25. Juli 2026."""
    from babel.dates import format_date as babel_format

    return babel_format(date, format="long", locale=lang)
