"""Who said a quotation, read from its own paragraph: "…," she said / said Jane Roe after it, "Jane Roe
said:" or a sentence whose subject is called before it, "he" or "she" resolved to the paragraph's
last subject or else the last speaker of that gender, a character standing for the actor who plays
them. SpeakerFinder keeps what a walk through the paragraphs has learned (the last speaker, each
speaker's gender, each sentence's subject) for the quotations that follow."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from presskit.extract.attribution import (
    AFTER_INV_RE,
    AFTER_RE,
    REACH,
    Paragraph,
    SentenceSubject,
    before_match,
    called_before,
)
from presskit.extract.names import NOT_NAME, People, person_like
from presskit.extract.quoting import QuoteChecks
from presskit.extract.segment import Span
from presskit.extract.speakers import Speakers, drop_titles

NO_MARKS: list[Span] = []  # the page marks no questions (None: it marks subheadings, so no Q&A)


@dataclass
class Quotation:
    """A quotation found: its inner text's span, its speaker and the paragraph that holds it."""

    start: int  # of the inner text
    end: int
    speaker: str | None = None
    inferred: bool = False
    para: int = 0


class SpeakerFinder(QuoteChecks):
    """Attributes quotations paragraph by paragraph, keeping who spoke last for "she said"."""

    def __init__(
        self,
        text: str,
        people: People,
        characters: dict[str, str] | None = None,
        questions: list[Span] | None = NO_MARKS,
        marked: dict[int, list[Span]] | None = None,
    ) -> None:
        super().__init__(text)
        # each paragraph's marked quotations (by its index): they depend on the text alone, so a finder
        # for the same text may hand over those another already found
        self.marked: dict[int, list[Span]] = {} if marked is None else marked
        self.questions = questions  # a Q&A's questions as the page sets them apart (bold); None: no Q&A
        self.people = people
        self.characters = characters or {}  # a character's name (or first name) -> the actor
        self.last_speaker: str | None = None
        self.speakers = Speakers()
        self._subjects: dict[tuple[Span, int], SentenceSubject] = {}

    def _attribute(self, q: Quotation, p: Span) -> None:
        after = self.text[q.end + 1 : min(p[1], q.end + 100)]
        m = AFTER_RE.match(after)
        if m:
            self._set(q, m.group(1), m.group(2), p)
            return
        m = AFTER_INV_RE.match(after)
        if m:
            self._set(q, m.group(2), None, p)
            return
        para, pos = self._para(p), q.start - 1  # the sentence before the quotation: text[s:pos]
        k = para.holding(pos)
        s = para.sents[k][0] if k >= 0 else p[0]
        b = para.trimmed(pos)
        if called_before(self.text, max(s, b - REACH), pos):
            subj = self._subject(para, k, pos, 0)
            if subj:
                q.speaker = subj
                return
        m = before_match(self.text[max(s, b - 80) : b])
        if m and (m.group(1) or m.group(2)):
            self._set(q, m.group(1), m.group(2), p)
            return
        if b > s and self.text[b - 1] == ":":
            subj = self._subject(para, k, pos, 1)
            if subj:
                q.speaker = subj
                return
            pron = para.pronoun(k, pos)
            if pron:
                q.speaker, q.inferred = self._pronoun(pron.group(1), q.start, p), True

    def _set(self, q: Quotation, name: str | None, pron: str | None, p: Span) -> None:
        if name:
            name = drop_titles(name.rstrip("."))
        if name and name.split()[0] not in NOT_NAME and name[0].isupper():
            full = self.people.resolve(name, q.start)
            if full:
                q.speaker = full
                return
        if pron or name:
            q.speaker, q.inferred = self._pronoun((pron or name or "").lower(), q.start, p), True

    def _subject(self, para: Paragraph, k: int, pos: int, shift: int = 0) -> str | None:
        """The subject of sentence k of the paragraph up to pos (names looked up shift characters on)."""
        span = para.sents[k] if k >= 0 else (para.span[0], pos)
        key = (span, shift)
        if key not in self._subjects:
            self._subjects[key] = SentenceSubject(self.text, span, span[0] + shift, self._person)
        return self._subjects[key].subject(pos - span[0])

    def _person(self, name: str, pos: int) -> str | None:
        """The full name of a person mentioned; a character stands for the actor who plays them."""
        if name in self.characters:
            return self.characters[name]
        full = self.people.resolve(name, pos)
        if full and full in self.characters:
            return self.characters[full]
        return full if full and person_like(full) else None

    def _pronoun(self, pron: str, pos: int, p: Span) -> str | None:
        """Who "he" or "she" is: the paragraph's last subject, else the last speaker of that gender."""
        sex = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}.get(pron.lower())
        para = self._para(p)
        k = bisect.bisect_left(para.starts, pos) - 1  # the last sentence that starts before pos
        subj = self._subject(para, k, min(para.sents[k][1], pos)) if k >= 0 else None
        subj = subj or self._earlier_subject(para, k - 1)
        if subj:
            self.speakers.learn(subj, sex)
            return subj
        if sex is None:
            if para.mentions(r"\bthe (?:actress|woman)\b", pos):
                sex = "f"
            elif para.mentions(r"\bthe (?:actor|man)\b", pos):
                sex = "m"
        return self.speakers.last(sex) or self.last_speaker

    def _earlier_subject(self, para: Paragraph, k: int) -> str | None:
        """The subject of the last whole sentence up to sentence k that has one."""
        while len(para.subjects) <= k:
            i = len(para.subjects)
            subj = self._subject(para, i, para.sents[i][1])
            para.subjects.append(subj or (para.subjects[-1] if para.subjects else None))
        return para.subjects[k] if k >= 0 else None

    def _prev_pronoun(self, prev: Span) -> str:
        m = re.findall(r"\b(he|she|his|her)\b", self.text[prev[0] : prev[1]], re.I)
        return m[-1] if m else ""
