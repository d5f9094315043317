"""Cast from casting verbs, sentence by sentence: "Roe plays Kit Marsh", "Roe plays High Court judge
Kit Roe" (the name after its description), "Roe plays her husband, Arthur", "Roe plays a retired
teacher" (an actor, the role only described), and "… as Kit Marsh in Title". The actor is the name
right before the verb, else the sentence's subject; a role in "in Other Film" is another film's."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from presskit.extract.castlist import CastList
from presskit.extract.castroles import AS_RE, DESCRIBED
from presskit.extract.names import CHAR, person_like
from presskit.extract.result import Found
from presskit.extract.vocab import PERSON_NOUNS

if TYPE_CHECKING:
    from presskit.extract.credits import CreditFinder

PLAYS_RE = re.compile(
    r"\b(?:plays?|played|playing|portrays?|portrayed|portraying|stars? as|starred as|starring as|voices?|voiced)\s+"
    rf"(?:the\s+role\s+of\s+)?({CHAR}|an?\s[^,.;]+|the\s[^,.;]+|his\s[^,.;]+|her\s[^,.;]+|[a-z][\w\-]+\s[^,.;]+)"
)
PERSON_NOUN = re.compile(rf"\b({'|'.join(PERSON_NOUNS)}|[a-z]+(?:er|or|ist|ian|ess))\b")
OTHER_FILM_RE = re.compile(
    r"\b(?:in|on)\s+(?:[a-z\-]+\s+){0,4}((?:\d{1,2}\s)?[A-Z][\w’'\-]+(?:\s(?:\d{1,2}\s)?[A-Z][\w’'\-]+)*)"
)  # "in Other Film", "in 2 Other Films 2 Go"
PLAYS_WORDS = ("play", "portray", "star", "voice")  # one of them is in every match of PLAYS_RE
ACTOR_BEFORE = re.compile(
    r"([A-Z][\w'’\-]+)(?:\s+(?:also|now|then|will|would|to|is set to|agreed to|had agreed to|"
    r"has|had|who|and))*\s*$"
)


def add_plays(cf: CreditFinder, cast: CastList, title: str | None) -> None:
    """Add every actor a casting verb (or "as X in Title") credits in a sentence outside quotations."""
    text, index = cf.text, cf.index
    add, found = cast.add, cast.found
    as_in_title = re.compile(rf"\bas\s+({CHAR})\s+in\s+{re.escape(title)}") if title else None
    for s, e in cf.sents:
        sent = text[s:e]
        plays = any(w in sent for w in PLAYS_WORDS)  # a casting verb, or the title after "as X in"
        if not (plays or as_in_title and title and title in sent) or index.in_quote(s):
            continue
        later: _Later | None = None
        for m in PLAYS_RE.finditer(sent) if plays else ():
            later = later or _Later(sent)
            other = later.other_film(m.start())
            if other and not (title and other.group(1) in title) and not later.film_between(m.start(), other.start()):
                continue  # a role in another film
            words = m.group(1)
            if not words[:1].isupper() and not PERSON_NOUN.search(words):
                continue  # "play an instrument", "play a part in history"
            subj = _actor_before(cf, s, s + m.start())
            if not subj:
                continue
            described = DESCRIBED.match(sent, m.start(1))
            if described:  # "plays High Court judge Kit Roe": the name after the description
                add(subj, found(s + described.start(1), s + described.end(1)))
                continue
            named = words[:1].isupper() and not words.startswith("The ")
            if not named and re.fullmatch(r"(?:his|her|their)\s+[a-z\- ]{2,30}", words):  # "her husband, Arthur"
                tail = re.match(rf",\s+({CHAR})\s*[.;]", sent[m.end() :])
                if tail:
                    add(subj, found(s + m.end() + tail.start(1), s + m.end() + tail.end(1)))
                    continue
            add(subj, found(s + m.start(1), s + m.end(1)) if named else None)
        if as_in_title and title and title in sent:
            am = as_in_title.search(sent)
            if am and not AS_RE.search(sent[: am.start() + 3]):
                subj = index.subject_before(s, s + am.start())
                if subj:
                    add(subj, found(s + am.start(1), s + am.end(1)))


def _actor_before(cf: CreditFinder, s: int, pos: int) -> Found | None:
    """The name right before a casting verb ("Roe plays", "Roe also plays"), else the sentence subject."""
    at = max(s, pos - 300)  # the name and its auxiliaries, not the whole sentence
    m = ACTOR_BEFORE.search(cf.text[at:pos])
    if m:
        full = cf.people.resolve(m.group(1), at + m.start(1))
        if full and person_like(full):
            return Found(full, (at + m.start(1), at + m.end(1)), inferred=full != m.group(1))
    return cf.index.subject_before(s, pos)


class _Later:
    """Within one sentence, the next "in Other Film" after a casting verb and whether "film" comes
    between: found once for all the sentence's verbs, not searched again from each."""

    def __init__(self, sent: str) -> None:
        self.sent = sent
        self.films = [m.start() for m in re.finditer("film", sent)]
        self.found: tuple[int, re.Match[str] | None] | None = None  # (searched from, match)

    def other_film(self, pos: int) -> re.Match[str] | None:
        """The first "in/on Capitalised Words" at or after pos."""
        if self.found is None or self.found[0] > pos or (self.found[1] and self.found[1].start() < pos):
            self.found = (pos, OTHER_FILM_RE.search(self.sent, pos))
        return self.found[1]

    def film_between(self, start: int, end: int) -> bool:
        """Is "film" written wholly between start and end?"""
        i = bisect.bisect_left(self.films, start)
        return i < len(self.films) and self.films[i] + 4 <= end
