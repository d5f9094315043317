"""Reading the names a credit gives: the list that starts where a cue ends ("A (x), B and newcomer C
& D"), a short description before each name allowed, "Other Film's Jane Roe" read as the name after
the possessive, a lone surname taken when the article gives it in full elsewhere; the first person
of a sentence; who "wrote, directed and starred in the film". CreditReader holds what every credit
cue reads with (the text, its people, its sentences and where keywords are written)."""

from __future__ import annotations

import re

from presskit.extract.names import NAME, NOT_NAME, UPPER, People, capital_runs, person_like
from presskit.extract.near import Near
from presskit.extract.result import Found
from presskit.extract.segment import Span
from presskit.extract.sentindex import SentenceIndex

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
WORD_START = r"(?<![\w’'\-])"  # a name is tried only where a word starts: linear on a 15 MB run of letters
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
DID_WORD = re.compile(r"wrote|directed|produced|starred|scored|edited")  # in every DID_ALL_RE match


class CreditReader:
    """Reads the names credited in the article's sentences (text outside quotation marks)."""

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


def unique(items: list[Found]) -> list[Found]:
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
