"""Cast credits: every actor the article credits, actors of other films left out. The cues run in a
fixed order (the first to credit an actor names the character): parentheses (castparens.py), name-led
cues such as "X as Y" (castroles.py), casting verbs such as "X plays Y" (castplays.py), then the cast
lists and mentions in passing read here: "the film stars A, B and C", "starring", "the cast includes",
"the movie's star X", "X's character", "a debut in Title", "a cameo from X", "starred in the film"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presskit.extract.castlist import CastList, other_film, strip_lead
from presskit.extract.castparens import add_parens
from presskit.extract.castplays import add_plays
from presskit.extract.castroles import APOSTROPHE_S, add_roles
from presskit.extract.names import NAME
from presskit.extract.result import CastFound

if TYPE_CHECKING:
    from presskit.extract.credits import CreditFinder

STARS_RE = re.compile(
    r"\b(?:[Tt]he\s+(?:film|movie|picture)|[Ii]t|TITLE)\s+(?:also\s+)?(?:co-)?stars\s+|"
    r"\b[Ss]tarring\s+|\bcast\s+(?:of\s+[^,.]{1,60}?\s+)?(?:(?:that|which)\s+)?(?:also\s+)?"
    r"(?:includes?|features?)\s+|\b(?:adds?|added|adding)\s+(?=[A-Z]\w+\s[A-Z]\w+\s+to\s+(?:the|a|its|"
    r"their|his|her)\s+(?:[\w’'\-]+\s+){0,3}cast\b)"
)
STARS_LEADS = ("The", "the", "It", "it", "Starring", "starring", "cast", "add")  # STARS_RE's first words (or the title)
OWN_STAR_RE = re.compile(
    r"\b(?:(?:[Tt]he\s+(?:film|movie|picture)(?:’s|'s)|[Ii]ts)\s+(?:lead\s+|leading\s+|main\s+)?(?:star|actor|actress)|"
    r"(?i:filmmaker|director|writer|writer-director|producer)\s+and\s+(?:co-)?star)\s+(?=[A-Z])"
)
OWN_STAR_LEADS = ("the", "its", "filmmaker", "director", "writer", "producer")  # OWN_STAR_RE's first words
CHARACTER_OF_RE = re.compile(rf"({NAME})(?:’s|'s)\s+(?:[a-z\-]+\s+)?character\b")
LEAD_RE = re.compile(r"\b(?:debut|lead role|leading role|starring role|title role)\s+in\s+")
CAMEO_RE = re.compile(r"\bcameo\s+(?:appearance\s+)?(?:from|by)\s+")


def find_cast(cf: CreditFinder, title: str | None) -> list[CastFound]:
    """Every cast credit in the article, actors of other films left out."""
    text, index, near = cf.text, cf.index, cf.near
    cast = CastList(cf)
    add_parens(cf, cast)
    add_roles(cf, cast, title)
    add_plays(cf, cast, title)
    add, found = cast.add, cast.found
    stars = re.compile(STARS_RE.pattern.replace("TITLE", re.escape(title) if title else "(?!x)x"))
    held = any(w in text for w in ("stars", "tarring", "cast", "add"))  # one of them is in every match
    for m in near.led(stars, *STARS_LEADS, *([title] if title else [])) if held else []:
        if other_film(text, m.end(), title):
            continue
        if not index.in_quote(m.start()):
            for f in cf.names_at(m.end(), 16):
                add(f, None)
    held = any(w in text for w in ("star", "actor", "actress"))  # one of them ends every match
    own_star = near.led(OWN_STAR_RE, *OWN_STAR_LEADS, fold=True) if held else []
    for m in own_star:  # "the movie's star Jane Roe", "its lead star Jane Roe"
        if not index.in_quote(m.start()):
            for f in cf.names_at(m.end(), 1):
                add(f, None)
    for m in near.finditer(CHARACTER_OF_RE, APOSTROPHE_S, 200):  # "abandoned by Jane Roe's character"
        actor = strip_lead(m.group(1), m.start(1))
        if actor and not index.in_quote(m.start()) and not other_film(text, m.start(), title):
            add(found(*actor, resolve=True), None)
    for rx, words in ((LEAD_RE, ("debut", "role")), (CAMEO_RE, ("cameo",))):
        for m in near.each(rx, *words):
            if rx is LEAD_RE:
                if not title or not text[m.end() : m.end() + len(title) + 2].lstrip('“"').startswith(title):
                    continue
                k = index.containing(m.start())
                subj = index.subject_before(cf.sents[k][0] if k >= 0 else max(0, m.start() - 200), m.start())
                if subj:
                    add(subj, None)
            else:
                for f in cf.names_at(m.end(), 1):
                    add(f, None)
    for f in cf.did_all("starred"):  # "wrote, directed and starred in the film"
        add(f, None)
    return cast.out
