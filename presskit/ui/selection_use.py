"""Text selected in the article, put where the publicist says: each use is one undo step, and says
which field to show next (where the rest of that entry is typed)."""

from __future__ import annotations

from presskit.model import CastMember, CrewMember, Quote
from presskit.ui.controller import DocumentController
from presskit.ui.translatable import QT_TRANSLATE_NOOP

USES = (  # (kind, menu text), in the article's right-click menu
    ("quote", QT_TRANSLATE_NOOP("ArticleView", "Use as &quote")),
    ("synopsis", QT_TRANSLATE_NOOP("ArticleView", "Use as &synopsis")),
    ("cast", QT_TRANSLATE_NOOP("ArticleView", "Use as cast &member")),
    ("title", QT_TRANSLATE_NOOP("ArticleView", "Use as &title")),
    ("director", QT_TRANSLATE_NOOP("ArticleView", "Use as &director")),
    ("writer", QT_TRANSLATE_NOOP("ArticleView", "Use as &writer")),
    ("crew", QT_TRANSLATE_NOOP("ArticleView", "Use as c&rew member")),
    ("release_date", QT_TRANSLATE_NOOP("ArticleView", "Use as r&elease date")),
)
Path = tuple[str | int, ...]


def use_selection(ctl: DocumentController, kind: str, text: str) -> Path:
    """Fill the kit from selected text (spaces and line breaks made single); returns the field to show."""
    text = " ".join(text.split())
    if kind == "quote":
        ctl.insert_row(("quotes",), Quote(text=text.strip('“”"')))
        return ("quotes", len(ctl.kit.quotes) - 1, "speaker")
    if kind == "cast":
        ctl.insert_row(("credits", "cast"), CastMember(actor=text))
        return ("credits", "cast", len(ctl.kit.credits.cast) - 1, "character")
    if kind == "crew":
        ctl.insert_row(("credits", "crew"), CrewMember(name=text))
        return ("credits", "crew", len(ctl.kit.credits.crew) - 1, "role")
    if kind in ("director", "writer"):
        path: Path = ("credits", f"{kind}s")
        names = list(ctl.kit.credits.directors if kind == "director" else ctl.kit.credits.writers)
        if text not in names:
            ctl.set_field(path, [*names, text], f"Use as {kind}")
        return path
    if kind == "title":
        ctl.set_field(("film", "title"), text.strip('“”"'), "Use as title")
        return ("film", "title")
    if kind == "release_date":
        from presskit.extract.release import parse_date

        # the words as written; the calendar date only when they name a day and a year (never guessed)
        ctl.set_fields({("release", "date_text"): text, ("release", "date"): parse_date(text)}, "Use as release date")
        return ("release", "date_text")
    current = ctl.kit.synopsis.long
    ctl.set_field(("synopsis", "long"), f"{current}\n\n{text}".strip(), "Use as synopsis")
    return ("synopsis", "long")
