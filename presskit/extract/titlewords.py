"""What a title looks like and how often the article names it: the runs of capitalised words a
title is made of, the quoted phrases that may be one, whether a phrase is plausibly a title at all
(not a description, not words someone said, not a contact line), and how many times the text names
it as a whole title outside parentheses. Every other title module builds on these."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presskit.extract.vocab import NOT_NAME

TITLE_WORD = r"[A-Z0-9][\w'’!?&:.\-]*"
SMALL = r"(?:the|of|a|an|and|in|on|at|to|for|vs\.|vs|-|–|—|&|with|from|de|la|le)"
TITLE_RUN = re.compile(rf"{TITLE_WORD}(?:\s(?:{SMALL}\s)*{TITLE_WORD})*")
LINE_RUN = rf"{TITLE_WORD}(?:[^\S\n](?:{SMALL}[^\S\n])*{TITLE_WORD})*"  # on one line: tried at every line start
QUOTED = re.compile(r"[“\"‘']([A-Z0-9][^“”\"\n]{0,80}?)[,.]?[”\"’'](?![a-z])")
SPOKEN = re.compile(r",\s+[a-z]|\b(?i:that|it|he|she|I|you|we|they|what|there)[’'](?:s|m|re|ll|ve|d)\b")
GENERIC = {"The", "A", "An", "It", "He", "She", "They", "This", "That", "In", "On", "I", "We", "But", "And"}


def count(text: str, t: str, limit: int | None = None) -> int:
    """Mentions of t that are not the start of a longer title ("Ember" in "Ember vs. Ash") nor a
    credit in parentheses after someone's name ("Jane Roe (“Other Film”)"); counting stops at limit."""
    return at_most((m for m in mentions(text, t) if not in_parens(text, m.start())), limit)


def mentions(text: str, t: str) -> Iterator[re.Match[str]]:
    """The mentions of t as a whole title, as finditer finds them, tried only where t is written (a
    pattern opening with a look-behind is otherwise tried at every character)."""
    rx = re.compile(rf"(?<![\w]){re.escape(t)}(?![\w]|\s(?:vs\.?|of|and|&)\s|:\s[A-Z]|\s[A-Z])")
    if not t:
        yield from rx.finditer(text)
        return
    done = 0  # finditer goes on from the end of the last match
    i = text.find(t)
    while i >= 0:
        m = rx.match(text, i) if i >= done else None
        if m:
            yield m
            done = m.end()
        i = text.find(t, i + 1)


def at_most(items: Iterator[object], limit: int | None) -> int:
    """How many items there are, counting no further than limit."""
    n = 0
    for _ in items:
        n += 1
        if n == limit:
            break
    return n


def in_parens(text: str, pos: int) -> bool:
    before = text[max(0, pos - 300) : pos]
    return before.rfind("(") > before.rfind(")")


def plausible(t: str) -> bool:
    words = t.split()
    if not 1 <= len(words) <= 9 or t in GENERIC or all(w in NOT_NAME for w in words):
        return False  # "Oscar-winning", "Director": a description, never a title
    if SPOKEN.search(t):
        return False  # "Wow, that's totally great": words someone said, not a title
    if re.fullmatch(r"(?:[A-Z]\.){2,}", t) or words[0] in ("About", "Contact", "Media", "Press"):
        return False  # "U.S.", an "About Company" block, a contact line: never a film
    if not words[0][:1].isupper() and not words[0][:1].isdigit():
        return False
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return caps >= max(1, (len(words) + 1) // 2) and not t.endswith((",", ";"))
