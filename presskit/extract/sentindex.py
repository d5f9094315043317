"""What the credit and cast patterns ask at every match (which sentence, is it quoted, whom does the
sentence name first), answered by bisection and once per sentence, not by re-reading it each time."""

from __future__ import annotations

import bisect
import re

from presskit.extract.names import PARTICLES, WORD_RE, People, capital_runs, is_cap, person_like
from presskit.extract.near import all_found
from presskit.extract.result import Found
from presskit.extract.segment import Span

ANAPHOR = re.compile(r"\s*(?:The (?:actor|actress|star|performer|singer)|He|She)\b")
WORD_CHAR = re.compile(r"[\w'’\-]")
MARKS = ("“", "”", '"')
NICKNAME_END = re.compile(r"(?:“[^\W\d_]{1,12}”|\"[^\W\d_]{1,12}\")$")
WINDOW = 300  # a sentence cut inside a capitalised word is read this far back only


class SentenceIndex:
    """Sentences of one text (in order), with look-ups by offset and each one's first person."""

    def __init__(self, text: str, people: People, sents: list[Span]) -> None:
        self.text, self.people, self.sents = text, people, sents
        self.starts = [s for s, _ in sents]
        self.ends = [e for _, e in sents]
        self._first: dict[int, Found | None] = {}
        self._subject: dict[int, Found | None] = {}
        self._marks = {c: [m.start() for m in re.finditer(re.escape(c), text)] for c in '“”"'}
        self._breaks = all_found(text, "\n\n")  # where a blank line starts (a run of them counted at each)

    def containing(self, pos: int) -> int:
        """The index of the first sentence with start <= pos <= end, or -1."""
        k = bisect.bisect_right(self.starts, pos) - 1
        return next((i for i in (k - 1, k) if i >= 0 and self.starts[i] <= pos <= self.ends[i]), -1)

    def previous(self, s: int) -> int:
        """The index of the last sentence that ends by offset s, or -1."""
        return bisect.bisect_right(self.ends, s) - 1

    def in_quote(self, pos: int) -> bool:
        """Is pos inside quotation marks opened earlier in its paragraph?"""
        k = bisect.bisect_right(self._breaks, pos - 2) - 1
        start = self._breaks[k] + 1 if k >= 0 else 0

        def count(c: str) -> int:
            return bisect.bisect_left(self._marks[c], pos) - bisect.bisect_left(self._marks[c], start)

        return count("“") > count("”") or count('"') % 2 == 1

    def first_person(self, s: int, pos: int) -> Found | None:
        """The first person named in text[s:pos], not as a possessive ("Roe's"), in full."""
        k = bisect.bisect_left(self.starts, s)
        if k < len(self.sents) and self.starts[k] == s and pos <= self.ends[k] and clean_cut(self.text, pos):
            if k not in self._first:
                self._first[k] = self._scan(s, self.ends[k])
            f = self._first[k]
            return Found(f.value, f.span, f.inferred) if f and f.span and f.span[1] <= pos else None
        return self._scan(max(s, pos - WINDOW), pos)

    def subject_before(self, s: int, pos: int) -> Found | None:
        """The first person named in the sentence before pos; "The actor ..." refers to the sentence before."""
        if ANAPHOR.match(self.text, s, pos):
            k = self.previous(s)
            found = self._sentence_subject(k) if k >= 0 else None
            if found:
                return Found(found.value, found.span, found.inferred)
        return self.first_person(s, pos)

    def _sentence_subject(self, k: int) -> Found | None:
        """subject_before over the whole of sentence k, each sentence worked out once, oldest first."""
        chain = []
        i = k
        while i >= 0 and i not in self._subject:
            chain.append(i)
            if not ANAPHOR.match(self.text, *self.sents[i]):
                break
            i = self.previous(self.starts[i])
        for i in reversed(chain):
            s, e = self.sents[i]
            j = self.previous(s) if ANAPHOR.match(self.text, s, e) else -1
            self._subject[i] = (self._subject.get(j) if j >= 0 else None) or self.first_person(s, e)
        return self._subject[k]

    def _scan(self, s: int, pos: int) -> Found | None:
        for r in capital_runs(self.text, s, pos):
            if self.text[r.end : r.end + 2] in ("’s", "'s"):
                continue
            full = self.people.resolve(r.text, r.start)
            if full and person_like(full):
                return Found(full, (r.start, r.end), inferred=full != r.text)
        return None


def clean_cut(text: str, pos: int) -> bool:
    """Do the capitalised runs of text[:pos] end where the whole text's do: no word runs through pos,
    and no capitalised word (or name particle) goes on from one ending there?"""
    before = text[pos - 1] if pos > 0 else "\n"
    if before in MARKS:
        if text[pos : pos + 1].isalpha():
            return False  # perhaps inside a nickname (“Al”)
        if not NICKNAME_END.search(text, max(0, pos - 14), pos):
            return True  # the mark stands between any word before it and any after
    elif WORD_CHAR.match(before):
        j = pos - 1
        while j > pos - 60 and j > 0 and WORD_CHAR.match(text[j - 1]):
            j -= 1
        if text[j - 1 : j] in MARKS or text[pos : pos + 1] in MARKS:
            return False  # perhaps inside a nickname ("Al")
        m = WORD_RE.search(text, j, pos + 60)
        if j <= pos - 60 or not m or m.start() >= pos:
            return j > pos - 60
        if m.end() > pos:  # a word runs through pos: cut, it still breaks the run if it is lower case
            return not _joins(m.group(0))
    elif before == " ":
        m = WORD_RE.match(text, pos)
        return not (m and _joins(m.group(0)))
    nxt = WORD_RE.match(text, pos + 1) if text[pos : pos + 1] == " " and before != "\n" else None
    return not (nxt and _joins(nxt.group(0)))


def _joins(word: str) -> bool:
    """Would this word carry on a run of capitalised words?"""
    return is_cap(word) or word in PARTICLES
