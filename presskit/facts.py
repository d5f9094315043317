"""The fact sheet's rows, in one place for the PDF and the web page: (label, value) in a language."""

from __future__ import annotations

from presskit.model import PressKit


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
