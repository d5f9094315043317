"""Find directors, writers, cast (with characters) and other crew from the way articles credit them."""

from __future__ import annotations

import re

from presskit.extract.names import NAME, NOT_NAME, UPPER, People, capital_runs, person_like
from presskit.extract.near import Near
from presskit.extract.result import CastFound, CrewFound, Found
from presskit.extract.segment import Span
from presskit.extract.sentindex import SentenceIndex
from presskit.extract.vocab import BY_VERB_ROLES, CREW_ROLES, GENRE_NOUNS

ONE = rf"[{UPPER}][\w'’\-]{{1,40}}"  # one capitalised word, no longer than a name's
# Words that may describe a person before their name ("Bollywood veteran", "a genre-bending superstar
# like") but never start a new clause: a list of names stops at "by", "and written", "of".
DESCRIPTOR = (
    r"(?:(?!(?:by|and|with|of|from|in|on|for|to|as|written|directed|produced|edited|starring)\b)"
    r"[\w\-’'‘]+\s){0,5}?"
)
# After the first name of a list only a short lower-case description may come before a name:
# "A, B and newcomer C" -- but ", the film co-stars C" starts a new clause.
DESCRIPTOR_NEXT = (
    r"(?:(?!(?:the|a|an|by|and|with|of|from|in|on|for|to|as|written|directed|produced|edited|"
    r"starring|stars|co-stars|film|movie)\b)[a-z\-]+\s){0,2}?"
)
LIST_SEP = re.compile(r"^(?:\s*\([^()]*\))?(?:,\s*(?:and\s+|with\s+|&\s+)?|\s+(?:and|&)\s+|\s*,?\s+with\s+)")
# "Executive Director Jane Roe", "festival director Jane Roe": a job, not the film's director
JOB_LEAD = re.compile(
    r"\b(?i:executive|managing|artistic|creative|festival|program|programming|art|casting|music|technical)\s+$"
)
WORD_START = r"(?<![\w’'\-])"  # a name is tried only where a word starts: linear on a 15 MB run of letters
DIRECTED_RE = re.compile(rf"{WORD_START}({NAME}|{ONE})\s+(?:\([^)]{{0,300}}\)\s+)?(?:directed|directs|co-directed)\b")
# "A, B and C executive producing": twelve names at most, as names_at reads, so that a long list of
# names is not re-read from each of its names
EXECUTIVE_PRODUCING_RE = re.compile(
    rf"((?:{NAME})(?:,\s*{NAME}){{0,11}}(?:,?\s*and\s+{NAME})?)"
    r"\s+executive[- ]producing"
)
APPOSITIVE_ROLE_RE = re.compile(
    rf"{WORD_START}({NAME}),\s+(?:the|its|the\s+(?:film|movie)(?:’s|'s))\s+((?i:{'|'.join(CREW_ROLES)}))\b"
)
ACTING_AS_RE = re.compile(
    rf"((?:{NAME})(?:,\s*{NAME}){{0,11}}(?:,?\s*and\s+{NAME})?)"
    r"\s+(?:acting|serving|attached|on\s+board)\s+as\s+(?:the\s+)?(executive\s+)?producers?\b"
)
# "the Jane Roe-directed drama", "Jane Roe-helmed", "Jane Roe, who will direct", "Jane Roe is set to direct"
DIRECTOR_OF_RE = re.compile(
    rf"{WORD_START}({NAME})(?:-(?:directed|helmed|co-directed)\b|,?\s+who\s+"
    r"(?:will|is set to|is to)\s+(?:also\s+)?(?:co-)?direct\b|"
    r"\s+(?:will|is set to|is to)\s+(?:co-)?direct\b)"
)
# "Jane Roe adapted the script from her novel", "Jane Roe wrote the screenplay", "Jane Roe is credited as the
# script writer"
WROTE_SCRIPT_RE = re.compile(
    rf"{WORD_START}({NAME})\s+(?:(?:also\s+)?(?:adapted|wrote|penned|co-wrote|scripted)\s+"
    r"(?:the\s+)?(?:script|screenplay)\b|(?:is|was)\s+credited\s+(?:as|with)\s+(?:the\s+)?"
    r"(?:script\s*writer|screenwriter|writer|screenplay|script)\b)"
)
# "Spacey, 45, wrote, directed and starred in the film": one person, several credits
DID = r"(?:co-)?(?:wrote|directed|produced|starred|scored|edited)"
DID_ALL_RE = re.compile(
    rf"{WORD_START}({NAME}|{ONE}),?(?:\s\d{{1,3}},)?\s+({DID}(?:(?:,|,?\s+and)\s+{DID}){{1,4}})\s+"
    r"(?:in\s+)?(?:the\s+(?:film|movie|picture)|it)\b"
)
OWNER = re.compile(rf"(?:’s|'s|‘s)\s+({NAME})")  # a possessive then a name (used with match)
CAST_NEXT = re.compile(rf"{NAME}\s+(?:as|playing|portraying|starring|stars|plays|portrays)\b")
NAME_AT = re.compile(rf"({NAME})")
ONE_AT = re.compile(rf"({ONE})")
AFTER_DESCRIPTOR = (re.compile(rf"{DESCRIPTOR}({NAME})"), re.compile(rf"{DESCRIPTOR}({ONE})"))
AFTER_DESCRIPTOR_NEXT = (re.compile(rf"{DESCRIPTOR_NEXT}({NAME})"), re.compile(rf"{DESCRIPTOR_NEXT}({ONE})"))
NAMED_SCRIPT_RE = re.compile(rf"{WORD_START}({NAME}|{ONE})(?:’s|'s)?\s+(?:script|screenplay)\b")
WHO_WROTE_RE = re.compile(
    rf"{WORD_START}({NAME}|{ONE}),?\s+who\s+(?:also\s+)?(?:wrote|co-wrote|penned)\s+the\s+(?:screenplay|script)"
)
IS_PRODUCING_RE = re.compile(rf"({NAME})\s+(?:is|are)\s+(?:also\s+)?(executive\s+)?producing\b")
CO_WRITE_RE = re.compile(rf"{WORD_START}({NAME}|{ONE})\s+(?:came to\s+|would\s+)?co-wr(?:ite|ote)\b")
DIRECTED_BY = r"\b(?i:directed|helmed|co-directed)\s+by\s+"
WRITTEN_AND_DIRECTED_BY = r"\b(?i:written and directed|directed and written)\s+by\s+"
SCRIPT_BY = r"\b(?:screenplay|story|script|written|teleplay)\s+by\s+"
BEFORE_BY = {DIRECTED_BY: 20, WRITTEN_AND_DIRECTED_BY: 30, SCRIPT_BY: 20}  # "by" this far after their start
BY_WORD = re.compile(r"\sby(?=\s)")
WRITER_DIRECTOR = r"\b(?i:writer[-/]director|writer and director|writer-director-producer)\s+(?=[A-Z])"
WRITER_AND_DIRECTOR = r"\b(?i:writer[-/]director|writer and director)\s+(?=[A-Z])"
WRITER_NAMED = r"(?<!-)\b(?:screenwriters?|writers?)\s+(?=[A-Z])"
WROTE_WITH = r"\b(?:co-wrote|co-written|wrote)\s+(?:it\s+|the\s+(?:script|screenplay)\s+)?with\s+"
DIRECTOR_NAMED = re.compile(r"\b[Dd]irectors?\s+(?=[A-Z])")
# patterns every match of which starts with one of the words (as written; in lower case, ignoring case)
LED_BY: dict[str, tuple[tuple[str, ...], bool]] = {
    WRITER_DIRECTOR: (("writer",), True),
    WRITER_AND_DIRECTOR: (("writer",), True),
    WRITER_NAMED: (("screenwriter", "writer"), False),
    WROTE_WITH: (("co-wrote", "co-written", "wrote"), False),
}
# the keyword each name-led pattern holds shortly after its start (see Near)
DID_WORD = re.compile(r"wrote|directed|produced|starred|scored|edited")
DIRECT_WORD = re.compile(r"direct")
DIRECT_OR_HELMED = re.compile(r"direct|helmed")
SCRIPT_WORD = re.compile(r"script|screenplay")
WROTE_WORD = re.compile(r"adapted|wrote|penned|scripted|credited")
WHO_WORD = re.compile(r"who")
PRODUCING_WORD = re.compile(r"producing")
EXECUTIVE_WORD = re.compile(r"executive")
APPOSITIVE_COMMA = re.compile(r",(?=\s+(?:the|its)\s)")
ACTING_WORD = re.compile(r"acting|serving|attached|board")
CO_WRITE_WORD = re.compile(r"co-wr")
CREW_RE = re.compile(rf"\b((?i:{'|'.join(CREW_ROLES)}))\s+(?!of\b)(?:[a-z\-]+\s+){{0,2}}(?={NAME})")
CREW_LEADS = tuple(r.lower().removesuffix("s?") for r in CREW_ROLES)  # what every CREW_RE match starts with


def _singular(role: str) -> str:
    role = role.lower()
    return role[:-1] if role.endswith("s") and not role.endswith("ss") else role


class CreditFinder:
    """Reads credits out of the article's sentences (text outside quotation marks)."""

    def __init__(self, text: str, people: People, sents: list[Span]) -> None:
        self.text = text
        self.people = people
        self.sents = sents
        self.index = SentenceIndex(text, people, sents)
        self.near = Near(text)
        self._did_all: list[re.Match[str]] | None = None

    def names_at(self, pos: int, limit: int = 12) -> list[Found]:
        """A list of names starting at pos: "A (x), B and C & D"."""
        out: list[Found] = []
        i = pos
        for _ in range(limit):
            window = self.text[i : i + 160]
            lead = AFTER_DESCRIPTOR if not out else AFTER_DESCRIPTOR_NEXT
            m = NAME_AT.match(window) or self._known_one(window, i) or lead[0].match(window) or lead[1].match(window)
            if not m:
                break
            owner = OWNER.match(self.text, i + m.end(1))
            if owner and person_like(owner.group(1)):  # "Other Film's Jane Roe": the name after
                name, s = owner.group(1), owner.start(1)
                full = self.people.canonical(name, s)
                out.append(Found(full, (s, s + len(name)), inferred=full != name))
                i = owner.end(1)
                sep = LIST_SEP.match(self.text[i : i + 400])
                if not sep:
                    break
                i += sep.end()
                continue
            name = m.group(1)
            owned = re.match(r"\S+(?:’s|'s)\s+(.+)$", name)
            if owned and person_like(owned.group(1)):  # "Other Film's Jane Roe": the name after
                name = owned.group(1)
            name = re.sub(r"(’s|'s|’|‘s)(?=\s|$).*$", "", name)  # a possessive ends the name
            name = re.sub(r"-(?:co-)?(?:directed|helmed|produced|led|written|penned|starring)$", "", name)
            if name.endswith(".") and not re.search(r"\b[A-Z]\.$", name):
                name = name[:-1]
            words = name.split()
            while words and words[0] in NOT_NAME:
                words.pop(0)
            if not words:
                break
            name = " ".join(words)
            s = i + m.start(1) + m.group(1).find(name)
            full = self.people.canonical(name, s)
            if " " not in full:
                break
            out.append(Found(full, (s, s + len(name)), inferred=full != name))
            i = s + len(name)
            sep = LIST_SEP.match(self.text[i : i + 400])
            if not sep or ("with" in sep.group(0) and CAST_NEXT.match(self.text, i + sep.end(), i + sep.end() + 80)):
                break  # "director A, with B playing C": B is cast, not another director
            i += sep.end()
        return out

    def did_all(self, verb: str) -> list[Found]:
        """Who "wrote, directed and starred in the film" (verb: "wrote", "directed", "starred"…)."""
        if self._did_all is None:  # the same sentences for every verb: found once
            self._did_all = self.near.finditer(DID_ALL_RE, DID_WORD, 220)
        return [f for m in self._did_all if verb in m.group(2) for f in self.names_at(m.start(1), 1)]

    def _sentence_subject(self, pos: int) -> list[Found]:
        """The first person named in the sentence holding pos."""
        k = self.index.containing(pos)
        found = self.index.first_person(self.sents[k][0] if k >= 0 else max(0, pos - 200), pos)
        return [found] if found else []

    def _known_one(self, window: str, pos: int) -> re.Match[str] | None:
        """A lone surname at the start that the article gives in full elsewhere ("Polley and Toews")."""
        m = ONE_AT.match(window)
        return m if m and self.people.resolve(m.group(1).rstrip("."), pos) else None

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
        if not strong:  # "filmmaker Jane Roe", "film-maker and star Jane Roe"
            strong = self._find([(r"\b(?i:film-?makers?)\s+(?:and\s+(?:star|actor|actress|writer)\s+)?(?=[A-Z])",)])
        if not strong:  # a review's "Jane Roe's quietly devastating drama"
            genre = "(?:" + "|".join(GENRE_NOUNS) + ")"
            if title:  # the film itself first: another film's director may be written the same way
                for m in re.finditer(rf"({NAME})(?:’s|'s)\s+{re.escape(title)}\b", self.text):
                    strong.extend(self.names_at(m.start(1), 1))
            if not strong:
                for m in re.finditer(rf"({NAME})(?:’s|'s|‘s|(?<=s)’)\s+(?:[\w\-]+\s+){{0,3}}(?i:{genre})\b", self.text):
                    strong.extend(self.names_at(m.start(1), 1))
        return _unique(strong)

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
        return _unique(found)

    def crew(self, exclude: set[str]) -> list[CrewFound]:
        """Other crew with their roles: producers, designers, editors, composers and the like."""
        out: list[CrewFound] = []
        for m in self.near.finditer(IS_PRODUCING_RE, PRODUCING_WORD, 240):
            role = "executive producer" if m.group(2) else "producer"
            out += [CrewFound(f, role) for f in self.names_at(m.start(1), 1)]
        for m in self.near.each(r"\b(executive\s+)?produced\s+(?:by|alongside|with)\s+", "produced"):
            out += [CrewFound(f, "executive producer" if m.group(1) else "producer") for f in self.names_at(m.end())]
        for m in self.near.finditer(EXECUTIVE_PRODUCING_RE, EXECUTIVE_WORD, 2300):
            out += [CrewFound(f, "executive producer") for f in self.names_at(m.start(1))]
        for m in self.near.finditer(
            APPOSITIVE_ROLE_RE, APPOSITIVE_COMMA, 200
        ):  # "Jane Roe, the production designer on the film"
            out += [CrewFound(f, _singular(m.group(2))) for f in self.names_at(m.start(1), 1)]
        for m in self.near.finditer(ACTING_AS_RE, ACTING_WORD, 2300):  # "with A, B and C acting as producers"
            role = "executive producer" if m.group(2) else "producer"
            out += [CrewFound(f, role) for f in self.names_at(m.start(1))]
        for m in self.near.led(CREW_RE, *CREW_LEADS, fold=True):
            role = _singular(m.group(1))
            for f in self.names_at(m.end()):
                if f.span and self.text[f.span[1] : f.span[1] + 2] in ("’s", "'s"):
                    continue  # "producer Jane Roe's next venture": another project
                out.append(CrewFound(f, role))
        by_verb = r"\b(composed|scored|edited|shot|choreographed)\s+(?:[\w ]{0,30}?\s)?by\s+(?=[A-Z])"
        for m in self.near.each(by_verb, *BY_VERB_ROLES):
            role = BY_VERB_ROLES[m.group(1)]
            out += [CrewFound(f, role) for f in self.names_at(m.end(), 1)]
        for m in self.near.finditer(CO_WRITE_RE, CO_WRITE_WORD, 220):
            out += [CrewFound(f, "co-writer") for f in self.names_at(m.start(1), 1)]
        seen: set[str] = set()
        result = []
        for c in out:
            if c.name.value not in seen and c.name.value not in exclude:
                seen.add(c.name.value)
                result.append(c)
        return result

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


def _unique(items: list[Found]) -> list[Found]:
    seen: set[str] = set()
    out = []
    for f in items:
        if f.value not in seen and person_like(f.value):
            seen.add(f.value)
            out.append(f)
    return out


def runs_in(text: str, s: int, e: int) -> list[str]:
    """Person-like capital runs between two offsets."""
    return [r.text for r in capital_runs(text, s, e) if person_like(r.text)]
