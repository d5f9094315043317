"""Find directors, writers, cast (with characters) and other crew from the way articles credit them.
The cues are patterns (creditcues.py); each names a list of people read from where it ends, or the
name it starts with (creditnames.py). Directors come from strong cues first ("directed by", "director
X", "X directed"), then weaker ones only when those find nobody; crew keep the first role credited
to them and leave out the directors and writers; the cast is read by cast.py."""

from __future__ import annotations

import re

from presskit.extract.creditcrew import find_crew
from presskit.extract.creditcues import (
    BEFORE_BY,
    BY_WORD,
    DIRECT_OR_HELMED,
    DIRECT_WORD,
    DIRECTED_BY,
    DIRECTED_RE,
    DIRECTOR_NAMED,
    DIRECTOR_OF_RE,
    JOB_LEAD,
    LED_BY,
    NAMED_SCRIPT_RE,
    SCRIPT_BY,
    SCRIPT_WORD,
    WHO_WORD,
    WHO_WROTE_RE,
    WRITER_AND_DIRECTOR,
    WRITER_DIRECTOR,
    WRITER_NAMED,
    WRITTEN_AND_DIRECTED_BY,
    WROTE_SCRIPT_RE,
    WROTE_WITH,
    WROTE_WORD,
)
from presskit.extract.creditnames import CreditReader, unique
from presskit.extract.names import NAME
from presskit.extract.result import CastFound, CrewFound, Found
from presskit.extract.vocab import GENRE_NOUNS

FILMMAKER_NAMED = r"\b(?i:film-?makers?)\s+(?:and\s+(?:star|actor|actress|writer)\s+)?(?=[A-Z])"
RELATION_BEFORE = re.compile(r"(?:’s|'s)\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+,\s*$")  # "Ann Roe's son, " before it


class CreditFinder(CreditReader):
    """Reads credits out of the article's sentences (text outside quotation marks)."""

    def directors(self, title: str | None = None) -> list[Found]:
        """Directors, from "directed by", "director X", "a film by" and "X directed"; failing those, a
        review's "Jane Roe's quietly devastating drama" or "Jane Roe's The Title"."""
        strong = self._find(  # each pattern with the words it holds as written (none: it ignores case)
            [
                (DIRECTED_BY,),
                (WRITER_DIRECTOR,),
                (WRITTEN_AND_DIRECTED_BY,),
                (r"\bA Film [Bb]y\s+", "A Film "),
                (r"\bfilm by\s+(?=[A-Z])", "film by"),
            ]
        )
        for m in self.near.led(DIRECTOR_NAMED, "director", "Director"):
            if not JOB_LEAD.search(self.text, max(0, m.start() - 20), m.start()):
                strong.extend(self.names_at(m.end()))
        for m in self.near.finditer(DIRECTED_RE, DIRECT_WORD, 520):
            strong.extend(self.names_at(m.start(1), 1))
        for m in self.near.finditer(
            DIRECTOR_OF_RE, DIRECT_OR_HELMED, 240
        ):  # "the Jane Roe-directed drama", "who will direct"
            strong.extend(self.names_at(m.start(1), 1))
        strong.extend(self.did_all("directed"))
        if not strong:
            strong = self._find([], before=r",\s+(?:the\s+)?directors?\s+of\b", needle="director")
        if not strong:  # "filmmaker Jane Roe", "film-maker and star Jane Roe" — not "Ann Roe's son, filmmaker
            for m in self.near.each(FILMMAKER_NAMED):  # Jo Roe": one known through another is no credit
                if not RELATION_BEFORE.search(self.text, max(0, m.start() - 40), m.start()):
                    strong.extend(self.names_at(m.end()))
        if not strong:  # a review's "Jane Roe's quietly devastating drama"
            genre = "(?:" + "|".join(GENRE_NOUNS) + ")"
            if title:  # the film itself first: another film's director may be written the same way
                for m in re.finditer(rf"({NAME})(?:’s|'s)\s+{re.escape(title)}\b", self.text):
                    strong.extend(self.names_at(m.start(1), 1))
            if not strong:
                for m in re.finditer(rf"({NAME})(?:’s|'s|‘s|(?<=s)’)\s+(?:[\w\-]+\s+){{0,3}}(?i:{genre})\b", self.text):
                    strong.extend(self.names_at(m.start(1), 1))
        return unique(strong)

    def writers(self) -> list[Found]:
        """Writers, from screenplay, story and script credits."""
        found = self._find(
            [
                (
                    SCRIPT_BY,
                    "screenplay",
                    "story",
                    "script",
                    "written",
                    "teleplay",
                ),
                (WRITER_NAMED, "writer"),
                (WRITER_AND_DIRECTOR,),
                (WRITTEN_AND_DIRECTED_BY,),
                (WROTE_WITH, "wrote", "co-written"),
            ]
        )
        for m in self.near.finditer(NAMED_SCRIPT_RE, SCRIPT_WORD, 220):
            found.extend(self.names_at(m.start(1), 1))
        co_wrote = r"\b(?:co-wrote|co-written)\s+(?:it\s+|the\s+(?:script|screenplay)\s+)?with\b"
        for m in self.near.led(re.compile(co_wrote), "co-wrote", "co-written"):
            found.extend(self._sentence_subject(m.start()))  # "he co-wrote with Jane Roe": he wrote too
        found.extend(self.did_all("wrote"))
        for m in self.near.finditer(
            WROTE_SCRIPT_RE, WROTE_WORD, 220
        ):  # "Jane Roe adapted the script", "is credited as writer"
            found.extend(self.names_at(m.start(1), 1))
        for m in self.near.finditer(WHO_WROTE_RE, WHO_WORD, 220):
            found.extend(self.names_at(m.start(1), 1))
        return unique(found)

    def crew(self, exclude: set[str]) -> list[CrewFound]:
        """Other crew with their roles: producers, designers, editors, composers and the like."""
        return find_crew(self, exclude)

    def _find(self, prefixes: list[tuple[str, ...]], before: str | None = None, needle: str = "") -> list[Found]:
        """Names after each prefix (a pattern, then the words it holds as written), or before before."""
        out: list[Found] = []
        for pat, *needles in prefixes:
            if pat in BEFORE_BY:
                found = self.near.finditer(re.compile(pat), BY_WORD, BEFORE_BY[pat], word=True)
            elif pat in LED_BY:
                found = self.near.led(re.compile(pat), *LED_BY[pat][0], fold=LED_BY[pat][1])
            else:
                found = list(self.near.each(pat, *needles))
            for m in found:
                out.extend(self.names_at(m.end()))
        if before:
            for m in self.near.each(rf"((?:{NAME})(?:\s+and\s+{NAME})?){before}", needle):
                out.extend(self.names_at(m.start(1), 2))
        return out

    def cast(self, title: str | None) -> list[CastFound]:
        """Actors and characters from the usual forms of a cast credit."""
        from presskit.extract.cast import find_cast

        return find_cast(self, title)
