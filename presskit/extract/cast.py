"""Cast credits: "Actor (Character)", "Character (Actor)", "Actor as Character", "Character, played
by Actor", "X plays Y", "the film stars A, B and C" and "the cast includes"."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from presskit.extract.names import CAPWORD, CHAR, NAME, NOT_IN_NAME, NOT_NAME, person_like
from presskit.extract.result import CastFound, Found
from presskit.extract.vocab import CALENDAR, OTHER_WORK_NOUNS, PERSON_NOUNS

if TYPE_CHECKING:
    from presskit.extract.credits import CreditFinder

PAREN_RE = re.compile(r"(\b[\w'’\-]{1,40}(?:\s[A-Z][\w'’\-]{1,40}){0,2})\s\(([^()“”\"]{2,60})\)")
AS_RE = re.compile(rf"({NAME})\s+as\s+(?:(?:his|her|their|the)\s+[a-z\- ]{{2,40}},\s+)?({CHAR})")
PLAYED_BY_RE = re.compile(rf"({CHAR}),?\s+(?:is\s+)?(?:played|portrayed|voiced)\s+by\s+({NAME})")
# "his mother, played by": the word from its first letter only, or a long word is tried from each
DESCRIBED_PLAYED_BY_RE = re.compile(
    rf"(?<![a-z])[a-z]+,\s+(?:played|portrayed|voiced)\s+by\s+({NAME})|"
    r"\((?:played|portrayed|voiced)\s+(?:[a-z]+ly\s+)?by\s+(?:an?\s+|the\s+)?"
    rf"(?:[a-z][a-z\-]{{1,20}}\s+){{0,2}}({NAME})\)"
)  # "(played woefully by a …-up X)"
CAST_AS_RE = re.compile(rf"({NAME}),?\s+(?:who\s+)?(?:has been|was|is|had been)\s+cast\s+as\s+({CHAR})")
JOINED_RE = re.compile(
    rf"({NAME}),?\s+(?:who\s+)?(?:has|have|had)\s+joined\s+the\s+cast\b|"
    rf"({NAME}),?\s+(?:who\s+)?(?:(?:is|are)\s+set\s+to\s+(?:star|co-star|appear|lead|headline|front)|"
    r"will\s+(?:star|co-star|headline))\b"
)
ALSO_STARS_RE = re.compile(rf"({NAME})\s+(?:also\s+)?(?:co-)?stars?(?:\s+as\s+({CHAR}))?\s*[.,;]")
PLAYS_RE = re.compile(
    r"\b(?:plays?|played|playing|portrays?|portrayed|portraying|stars? as|starred as|starring as|voices?|voiced)\s+"
    rf"(?:the\s+role\s+of\s+)?({CHAR}|an?\s[^,.;]+|the\s[^,.;]+|his\s[^,.;]+|her\s[^,.;]+|[a-z][\w\-]+\s[^,.;]+)"
)
STARS_RE = re.compile(
    r"\b(?:[Tt]he\s+(?:film|movie|picture)|[Ii]t|TITLE)\s+(?:also\s+)?(?:co-)?stars\s+|"
    r"\b[Ss]tarring\s+|\bcast\s+(?:of\s+[^,.]{1,60}?\s+)?(?:(?:that|which)\s+)?(?:also\s+)?"
    r"(?:includes?|features?)\s+|\b(?:adds?|added|adding)\s+(?=[A-Z]\w+\s[A-Z]\w+\s+to\s+(?:the|a|its|"
    r"their|his|her)\s+(?:[\w’'\-]+\s+){0,3}cast\b)"
)
STARS_LEADS = ("The", "the", "It", "it", "Starring", "starring", "cast", "add")  # STARS_RE's first words (or the title)
PERSON_NOUN = re.compile(rf"\b({'|'.join(PERSON_NOUNS)}|[a-z]+(?:er|or|ist|ian|ess))\b")
PN = rf"(?:{'|'.join(PERSON_NOUNS)}|[a-z]+(?:er|or|ist|ian|ess))"
# a role described before its name: "theoretical physicist J. Robert Oppenheimer", "High Court judge Kit
# Roe", "Roe's wife Ada", "Roe's wife - real life singer Ada Vance" (used with match)
DESCRIBED = re.compile(
    rf"(?:(?:a|an|the)\s+)?(?:{CAPWORD}(?:’s|'s|‘s)\s+)?(?:{CAPWORD}\s+){{0,3}}(?:[a-z][\w\-]*\s+){{0,3}}?{PN}"
    rf"(?:\s*[-–—,]\s*(?:[\w\-]+\s+){{0,4}}?{PN})?\s+(?!(?:The|A|An)\s)({CHAR})"
)
AS_DESCRIBED_RE = re.compile(rf"({NAME})\s+as\s+(?=[a-z])")
POSSESSIVE_RE = re.compile(
    rf"({NAME})(?:’s|'s)\s+({CHAR})(?=[\s,.;:)—–-])(?!\s+(?:film|movie|{'|'.join(OTHER_WORK_NOUNS)})\b)"
)
OWN_STAR_RE = re.compile(
    r"\b(?:(?:[Tt]he\s+(?:film|movie|picture)(?:’s|'s)|[Ii]ts)\s+(?:lead\s+|leading\s+|main\s+)?(?:star|actor|actress)|"
    r"(?i:filmmaker|director|writer|writer-director|producer)\s+and\s+(?:co-)?star)\s+(?=[A-Z])"
)
OWN_STAR_LEADS = ("the", "its", "filmmaker", "director", "writer", "producer")  # OWN_STAR_RE's first words
CHARACTER_OF_RE = re.compile(rf"({NAME})(?:’s|'s)\s+(?:[a-z\-]+\s+)?character\b")
LEAD_RE = re.compile(r"\b(?:debut|lead role|leading role|starring role|title role)\s+in\s+")
CAMEO_RE = re.compile(r"\bcameo\s+(?:appearance\s+)?(?:from|by)\s+")
OTHER_FILM_RE = re.compile(
    r"\b(?:in|on)\s+(?:[a-z\-]+\s+){0,4}((?:\d{1,2}\s)?[A-Z][\w’'\-]+(?:\s(?:\d{1,2}\s)?[A-Z][\w’'\-]+)*)"
)  # "in Other Film", "in 2 Other Films 2 Go"
# the keyword each name-led pattern above holds shortly after its start (see Near)
AS_WORD = re.compile(r"\sas(?=\s)")
APOSTROPHE_S = re.compile(r"’s|'s")
PLAYED_WORD = re.compile(r"played|portrayed|voiced")
CAST_WORD = re.compile(r"cast")
JOINED_WORD = re.compile(r"joined|set|will")
STAR_WORD = re.compile(r"star")
PLAYS_WORDS = ("play", "portray", "star", "voice")  # one of them is in every match of PLAYS_RE
ACTOR_BEFORE = re.compile(
    r"([A-Z][\w'’\-]+)(?:\s+(?:also|now|then|will|would|to|is set to|agreed to|had agreed to|"
    r"has|had|who|and))*\s*$"
)


def find_cast(cf: CreditFinder, title: str | None) -> list[CastFound]:
    """Every cast credit in the article, actors of other films left out."""
    text, people, index, near = cf.text, cf.people, cf.index, cf.near
    out: list[CastFound] = []
    by_actor: dict[str, CastFound] = {}  # each actor's entry in out

    def add(actor: Found, char: Found | None) -> None:
        if not person_like(actor.value):
            return
        c = by_actor.get(actor.value)
        if c is None:
            out.append(by_actor.setdefault(actor.value, CastFound(actor, char)))
        elif c.character is None and char is not None:
            c.character = char

    def found(s: int, e: int, resolve: bool = False) -> Found:
        v = text[s:e]
        full = people.canonical(v, s) if resolve else v
        return Found(full, (s, e), inferred=full != v)

    for m in _parens(text):
        inside = m.group(2).strip()
        if index.in_quote(m.start()):
            continue
        run = _run_before(text, m.start(2) - 2)  # the capitalised words right before "("
        full = people.resolve(inside) if re.fullmatch(r"[A-Z][\w’'\-]+", inside) else None
        if full and " " in full and run and full != run[0]:  # "Margaret Hale (Chastain)": a surname
            add(Found(full, (m.start(2), m.start(2) + len(inside)), inferred=True), found(run[1], run[1] + len(run[0])))
            continue
        group = [p.strip() for p in re.split(r",\s*|\s+and\s+|\s*&\s*", inside) if p.strip()]
        if len(group) >= 2 and all(person_like(p) for p in group) and (not run or not person_like(run[0])):
            for p in group:  # "two sisters (Jane Roe and Ann Doe)": actors, roles only described
                start = m.start(2) + m.group(2).find(p)
                add(found(start, start + len(p)), None)
            continue
        named_inside = person_like(inside) and " " in inside
        role_inside = (
            len(inside.split()) <= 4
            and not re.search(r"\d|[,;]", inside)
            and inside[:1].isupper()
            and all(w[:1].isupper() or w == "of" for w in inside.split())
        )
        if run and person_like(run[0]) and role_inside and (not named_inside or _listed(text, run[1])):
            add(found(run[1], run[1] + len(run[0])), found(m.start(2), m.start(2) + len(inside)))  # Actor (Role)
        elif named_inside:
            if run and (len(run[0].split()) > 3 or any(w in NOT_IN_NAME for w in run[0].split())):
                continue  # "Some Film Festival (Special Presentations)": an institution, not a role
            role = found(run[1], run[1] + len(run[0])) if run else None  # "his therapist (Jane Roe)": none
            add(found(m.start(2), m.start(2) + len(inside)), role)  # Role (Actor)
    for m in near.finditer(AS_RE, AS_WORD, 200):
        if index.in_quote(m.start()) or _other_film(text, m.start(), title):
            continue
        actor = _strip_lead(m.group(1), m.start(1))
        if actor:
            add(found(*actor, resolve=True), found(m.start(2), m.end(2)))
    for m in near.finditer(AS_DESCRIBED_RE, AS_WORD, 200):  # "Jane Roe as theoretical physicist Kit Marsh"
        described = DESCRIBED.match(text, m.end())
        actor = _strip_lead(m.group(1), m.start(1))
        if described and actor and not index.in_quote(m.start()) and not _other_film(text, m.start(), title):
            add(found(*actor, resolve=True), found(described.start(1), described.end(1)))
    for m in near.finditer(POSSESSIVE_RE, APOSTROPHE_S, 200):  # "Chris Pine's Captain Kirk"
        actor = _strip_lead(m.group(1), m.start(1))
        a_title = re.match(r"(?:The|A|An)\s", m.group(1))  # "The Maze Runner's Wes Ball": a film's, not an actor's
        if actor and not a_title and not index.in_quote(m.start()) and not (title and m.group(2) in title):
            add(found(*actor), found(m.start(2), m.end(2)))
    for m in near.finditer(PLAYED_BY_RE, PLAYED_WORD, 220, char=True):
        add(found(m.start(2), m.end(2), True), found(m.start(1), m.end(1)))
    for m in near.each(DESCRIBED_PLAYED_BY_RE, "played", "portrayed", "voiced"):
        k = 1 if m.group(1) else 2
        add(found(m.start(k), m.end(k), True), None)
    for m in near.finditer(CAST_AS_RE, CAST_WORD, 220):  # "Jane Roe, who has been cast as Detective Kit Marsh"
        actor = _strip_lead(m.group(1), m.start(1))
        if actor:
            add(found(*actor, resolve=True), found(m.start(2), m.end(2)))
    for m in near.finditer(JOINED_RE, JOINED_WORD, 220):  # "Jane Roe has joined the cast", "… is set to star as …"
        g = 1 if m.group(1) else 2
        actor = _strip_lead(m.group(g), m.start(g))
        if actor and not index.in_quote(m.start()):
            add(found(*actor, resolve=True), None)
    for m in near.finditer(ALSO_STARS_RE, STAR_WORD, 220):  # "Jane Roe also stars." (not "stars in Other Film")
        actor = _strip_lead(m.group(1), m.start(1))
        if actor and not index.in_quote(m.start()):
            add(found(*actor, resolve=True), found(m.start(2), m.end(2)) if m.group(2) else None)
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
    stars = re.compile(STARS_RE.pattern.replace("TITLE", re.escape(title) if title else "(?!x)x"))
    held = any(w in text for w in ("stars", "tarring", "cast", "add"))  # one of them is in every match
    for m in near.led(stars, *STARS_LEADS, *([title] if title else [])) if held else []:
        if _other_film(text, m.end(), title):
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
        actor = _strip_lead(m.group(1), m.start(1))
        if actor and not index.in_quote(m.start()) and not _other_film(text, m.start(), title):
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
    return out


PAREN_BACK, PAREN_AHEAD = 124, 64  # PAREN_RE's words before " (" and what follows it, at their longest


def _parens(text: str) -> list[re.Match[str]]:
    """PAREN_RE.finditer(text), tried only around each " (": a match holds exactly one (its words and
    its inside hold no parenthesis) and ends with its ")", so a match starting at or before a " (" is
    that one's, found by a search from PAREN_BACK characters before it to the furthest its ")" can
    lie, not by trying the pattern from every character of the text."""
    out: list[re.Match[str]] = []
    done = 0  # where the last match ended: finditer goes on from there
    for at in _opening_parens(text):
        if at < done:
            continue
        m = PAREN_RE.search(text, max(done, at - PAREN_BACK), at + PAREN_AHEAD)
        if m and m.start() <= at:
            out.append(m)
            done = m.end()
    return out


def _opening_parens(text: str) -> list[int]:
    """Where a white space then "(" starts (white space as str.isspace reads it, and a pattern's \\s)."""
    out = []
    i = text.find("(", 1)
    while i >= 0:
        if text[i - 1].isspace():
            out.append(i - 1)
        i = text.find("(", i + 1)
    return out


RUN_STOP = NOT_NAME - CALENDAR  # before a parenthesis, "June (Jane Roe)" is a character called June


def _run_before(text: str, end: int) -> tuple[str, int] | None:
    """The run of capitalised words ending at end (exclusive), with its start."""
    m = re.search(rf"({CHAR})$", text[max(0, end - 80) : end])
    if not m:
        return None
    words = m.group(1).split()
    while words and (words[0] in RUN_STOP or words[0] in ("the",)):
        words.pop(0)
    if not words:
        return None
    name = " ".join(words)
    return name, end - len(name)


def _listed(text: str, start: int) -> bool:
    """Is the name at start part of a cast list ("stars A (X), B (Y)", "with A (X)")?"""
    before = text[max(0, start - 60) : start]
    return bool(re.search(r"(?:\bstars?|\bstarring|\bfeatures?|\bincludes?|\bwith|\band|,|:)\s*$", before))


def _other_film(text: str, pos: int, title: str | None) -> bool:
    """Is pos in "Other Film, starring …" (another film's cast)? "directed by X, starring" is ours."""
    before = text[max(0, pos - 160) : pos]
    if "star" not in before:
        return False
    m = re.search(
        r"([A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*)*)[’'”\"]?(?:,|\s[-–—]|\s\()\s*(?:starring|which\s+(?:also\s+)?stars)\b[^.;]*$",
        before,
    )
    if m is None:
        return False
    return m.group(1).strip("’'") != title and not re.search(r"\bby\s+$", before[: m.start()])


def _strip_lead(name: str, start: int) -> tuple[int, int] | None:
    words = name.split()
    skip = 0
    while words and words[0] in NOT_NAME:
        skip += len(words.pop(0)) + 1
    if len(words) < 2:
        return None
    return start + skip, start + len(name)


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
