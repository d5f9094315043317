"""What the PDF and the web page both print, in one place: the fact sheet, the technical
specifications, the crew and the quotes' groups and attributions, in a language."""

from __future__ import annotations

from itertools import groupby

from presskit.model import KitStyle, PressKit, Quote
from presskit.text_safety import closed_quote


def fact_rows(kit: PressKit, words: dict[str, str], starring: int = 6) -> list[tuple[str, str]]:
    """The facts a journalist looks up first, only those the kit has."""
    f, c, r, w = kit.film, kit.credits, kit.release, words
    rows = [
        (w["directed_by"], ", ".join(c.directors)),
        (w["written_by"], ", ".join(c.writers)),
        (w["produced_by"], ", ".join(c.producers)),
        (w["starring"], ", ".join(m.actor for m in c.cast[:starring])),
        (w["genre"], f.genre),
        (w["runtime"], f"{f.runtime_minutes} {w['minutes']}" if f.runtime_minutes else f.runtime_text.strip()),
        (w["country"], f.country),
        (w["language"], f.language),
        (w["year"], str(f.year or "")),
        (w["format"], ", ".join(x for x in (f.format, f.aspect_ratio, f.sound) if x)),
        (w["release"], " · ".join(x for x in (r.date_text, r.venue) if x)),
        (w["distributor"], r.distributor),
        (w["rating"], r.rating),
    ]
    rows += [(f"{w['release']} — {t.name}", " · ".join(x for x in (t.date_text, t.venue) if x)) for t in r.territories]
    return [(label, value) for label, value in rows if value]


def spec_rows(kit: PressKit, words: dict[str, str]) -> list[tuple[str, str]]:
    """The technical specifications a festival or a cinema asks for, only those the kit has."""
    f, w = kit.film, words
    rows = [
        (w["runtime"], f"{f.runtime_minutes} {w['minutes']}" if f.runtime_minutes else ""),
        (w["aspect_ratio"], f.aspect_ratio),
        (w["sound"], f.sound),
        (w["format"], f.format),
        (w["country"], f.country),
        (w["language"], f.language),
    ]
    return [(label, value) for label, value in rows if value.strip()]


def as_typed(role: str) -> str:
    """A crew title as the publicist typed it ("1st AC", "ADR Mixer", "DIT"), its first letter a capital."""
    role = role.strip()
    return role[:1].upper() + role[1:]


def crew_lines(kit: PressKit, words: dict[str, str], style: KitStyle | None = None) -> list[tuple[str, str, str]]:
    """The crew as (department, role, name) in the words of a language, by department in the style's
    order (the kit's own order within a department): directors, writers and producers first."""
    c, w = kit.credits, words
    lines = [("Direction", w["director"], d) for d in c.directors] + [("Writing", w["writer"], x) for x in c.writers]
    lines += [("Production", w["producer"], p) for p in c.producers]
    lines += [(m.department or "Crew", as_typed(m.role) or w["dept.Crew"], m.name) for m in c.crew]
    return sorted(lines, key=lambda x: (style or kit.style).department_rank(x[0]))  # stable


def crew_departments(
    kit: PressKit, words: dict[str, str], style: KitStyle | None = None
) -> list[tuple[str, list[tuple[str, str]]]]:
    """The crew by department as (heading, [(role, name)]) in the words of a language; the heading is
    empty where every role of its department already says it (French "Réalisation" over "Réalisation")."""
    out: list[tuple[str, list[tuple[str, str]]]] = []
    for dept, group in groupby(crew_lines(kit, words, style), key=lambda x: x[0]):
        rows = [(role, name) for _, role, name in group]
        heading = words.get(f"dept.{dept}", dept)
        said = all(role.casefold() == heading.casefold() for role, _ in rows)
        out.append(("" if said else heading, rows))
    return out


def quote_groups(kit: PressKit) -> tuple[list[Quote], list[Quote]]:
    """The press's words (pull quotes first, then in the kit's order) and the filmmakers' own words, as
    each quote's kind says."""
    press = sorted((q for q in kit.quotes if q.kind == "press"), key=lambda q: not q.pull_quote)
    return press, [q for q in kit.quotes if q.kind == "filmmaker"]


def attribution(quote: Quote, words: dict[str, str]) -> str:
    """Who said it, where, and the review's rating as the review gave it: "Ana Ruiz — Variety — 4/5"."""
    return " — ".join(x for x in (quote.speaker, quote.outlet, quote.rating) if x.strip()) or words["unattributed"]


def in_marks(text: str, words: dict[str, str]) -> str:
    """A quote's words in the language's quotation marks (“…”, « … », „…“), without the comma that led
    into "she said" in the article."""
    return words["quote_open"] + closed_quote(text) + words["quote_close"]
