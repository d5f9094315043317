"""Find quotations and who said them."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from presskit.extract.attribution import (
    AFTER_INV_RE,
    AFTER_RE,
    NAME_PAT,
    REACH,
    Paragraph,
    SentenceSubject,
    before_match,
    called_before,
)
from presskit.extract.interview import answers
from presskit.extract.marks import quote_spans, single_quote_spans
from presskit.extract.names import NOT_NAME, People, person_like
from presskit.extract.quoting import QuoteChecks
from presskit.extract.result import Found, QuoteFound
from presskit.extract.segment import Span, paragraphs
from presskit.extract.speakers import Speakers, drop_titles

NO_MARKS: list[Span] = []  # the page marks no questions (None: it marks subheadings, so no Q&A)
OPEN = '“"'
QUOTE_WORDS = re.compile(r"\b(quote|quotes|said|says|statement|told|wrote|below|following|reads?)\b", re.I)


@dataclass
class _Q:
    start: int  # of the inner text
    end: int
    speaker: str | None = None
    inferred: bool = False
    para: int = 0


class QuoteFinder(QuoteChecks):
    """Walks the paragraphs in order, keeping who spoke last for "she said" and continuations."""

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

    def find(self, speakers: bool = True) -> list[QuoteFound]:
        """Every quotation in the text with its speaker (not worked out when not speakers: the same
        quotations, found faster, for masking them)."""
        found: list[_Q] = []
        paras = paragraphs(self.text)
        single = not re.search(r"[“”\"]", self.text)  # no double marks at all: quotes are in single ones
        for pi, p in enumerate(paras):
            if pi not in self.marked:
                self.marked[pi] = self._marked_in(p, single)
            spans = self.marked[pi]
            if not spans and pi > 0 and self._block_quote(paras[pi - 1], p):
                q = _Q(p[0], p[1], para=pi)
                prev = paras[pi - 1]
                if speakers:
                    q.speaker, q.inferred = self._pronoun(self._prev_pronoun(prev), prev[1], prev), True
                if q.speaker:
                    self.last_speaker = q.speaker
                    self.speakers.add(q.speaker)
                found.append(q)
                continue
            para_quotes = [_Q(s, e, para=pi) for s, e in spans]
            if not speakers:
                found.extend(para_quotes)
                continue
            for q in para_quotes:
                self._attribute(q, p)
            self._carry(para_quotes)
            for q in para_quotes:
                if q.speaker:
                    self.last_speaker = q.speaker
                    self.speakers.add(q.speaker)
            found.extend(para_quotes)
        if speakers:
            self._run_on(found, paras)
            self._interviewee(found, paras)
        self._unmarked_answers(found, paras)
        return [self._out(q) for q in found]

    def _marked_in(self, p: Span, single: bool) -> list[Span]:
        """The quotations paragraph p marks: in single marks (no double marks in the text) only when
        attributed, or going on from one that was."""
        if not single:
            return [s for s in quote_spans(self.text, p) if self._is_quote(s, p)]
        spans: list[Span] = []
        for s in single_quote_spans(self.text, p):
            if self._is_quote(s, p) and (self._attributed(s, p) or (spans and self._continues(s, p))):
                spans.append(s)
        return spans

    def _unmarked_answers(self, found: list[_Q], paras: list[Span]) -> None:
        """A Q&A's answers printed without marks are quotations by the person interviewed."""
        spans, who = answers(self.text, paras, self.people, self.questions)
        if not spans:
            return
        taken = sorted((q.start, q.end) for q in found)
        starts = [s for s, _ in taken]
        inside: set[tuple[int, int]] = set()  # marked quotations within an answer: part of the answer
        for s, e in spans:
            k = bisect.bisect_right(starts, e)
            if k and taken[k - 1][1] > s and (taken[k - 1][0] <= s or taken[k - 1][1] > e):
                continue  # overlaps a marked quotation that is not wholly inside the answer
            j = bisect.bisect_left(starts, s)
            inside.update(taken[j:k])
            found.append(_Q(s, e, who, inferred=True))
        found[:] = [q for q in found if (q.start, q.end) not in inside]
        found.sort(key=lambda q: q.start)

    def _run_on(self, found: list[_Q], paras: list[Span]) -> None:
        """A quotation that runs over paragraphs (no closing mark, the next paragraph opens with a mark)
        is the speaker's who is named at its end."""
        for q, nxt in zip(found, found[1:], strict=False):
            unclosed = q.end >= paras[q.para][1] - 1 and self.text[q.end : q.end + 1] not in ("”", '"', "’", "'")
            if (
                unclosed
                and nxt.para == q.para + 1
                and nxt.start == paras[nxt.para][0] + 1
                and nxt.speaker
                and (q.speaker is None or q.inferred)
            ):
                q.speaker, q.inferred = nxt.speaker, True

    def _interviewee(self, found: list[_Q], paras: list[Span]) -> None:
        """Interviews: an answer with no attribution is the interviewee's: the person the article
        says it spoke to, else the speaker of the nearest attributed answer."""
        if all(q.speaker for q in found):
            return
        m = re.search(
            rf"\b(?:spoke|talked|sat down)\s+(?:to|with)\s+{NAME_PAT}|\binterview\s+with\s+{NAME_PAT}", self.text
        )
        named = self.people.resolve((m.group(1) or m.group(2)).rstrip("."), m.start()) if m else None
        asked = any(self.text[s:e].rstrip().endswith("?") and "“" not in self.text[s:e] for s, e in paras)
        for i, q in enumerate(found):
            if q.speaker or not (named or asked):
                continue
            near = [x for x in found[i + 1 : i + 4] + found[max(0, i - 3) : i][::-1] if x.speaker and not x.inferred]
            q.speaker = named or (near[0].speaker if near else None)
            q.inferred = True

    def _out(self, q: _Q) -> QuoteFound:
        inner = self.text[q.start : q.end]
        lead = len(inner) - len(inner.lstrip(" \n"))
        value = inner.strip(" \n") if inner.strip().endswith((".", ",", "?", "!", "…")) else inner.lstrip(" \n")
        if not value.strip():
            value = inner
        span = (q.start + lead, q.start + lead + len(value))
        sp = Found(q.speaker, None, q.inferred) if q.speaker else None
        return QuoteFound(Found(value, span), sp)

    def _attribute(self, q: _Q, p: Span) -> None:
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

    def _set(self, q: _Q, name: str | None, pron: str | None, p: Span) -> None:
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

    def _block_quote(self, prev: Span, p: Span) -> bool:
        ptext = self.text[prev[0] : prev[1]].rstrip()
        return (
            ptext.endswith(":") and bool(QUOTE_WORDS.search(ptext[-60:])) and len(self.text[p[0] : p[1]].split()) >= 8
        )

    def _carry(self, qs: list[_Q]) -> None:
        """An unattributed quote in a paragraph takes the speaker of its neighbour."""
        nxt: list[_Q | None] = [None] * len(qs)  # the next quote with its own speaker
        for i in range(len(qs) - 2, -1, -1):
            nxt[i] = qs[i + 1] if qs[i + 1].speaker else nxt[i + 1]
        prev: _Q | None = None
        for i, q in enumerate(qs):
            if not q.speaker:
                src = prev or nxt[i]
                if src:
                    q.speaker, q.inferred = src.speaker, True
                elif self.last_speaker and self.text[q.start - 1] in OPEN:
                    q.speaker, q.inferred = self.last_speaker, True
            if q.speaker:
                prev = q
