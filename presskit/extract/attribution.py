"""What a quotation's speaker is read from: the speech verbs, each paragraph's sentences and each
sentence's subject, worked out once rather than again at each of a paragraph's quotations."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from presskit.extract.names import CAPWORD, PARTICLE, Name, capital_runs
from presskit.extract.segment import Span, sentences
from presskit.extract.sentindex import clean_cut
from presskit.extract.vocab import SPEECH_VERBS

VERBS = "|".join(SPEECH_VERBS)
NAME_PAT = rf"({CAPWORD}(?:\s(?:{CAPWORD}|{PARTICLE})){{0,3}})"
AFTER_RE = re.compile(  # '," Roe says.' -- but not 'Roe agreed:' which introduces the next quote (used with match)
    rf"[\s,]*(?:{NAME_PAT}|(he|she|they|I|we))\s+(?:(?:also|then|later|once|simply)\s+)?({VERBS})\b(?!\s*:)",
)
SUBJECT_VERB = re.compile(
    r"^(?:’s|'s)?\s*(?:,[^,]{1,80},\s*)?(?:also\s+|still\s+|then\s+|now\s+|later\s+|first\s+|even\s+)?"
    r"(?:is|was|wasn’t|wasn't|isn’t|has|had|hasn’t|will|would|could|can|did|does|didn’t|"
    r"[a-z]+(?:s|ed))\b"
)
OBJECT_BEFORE = re.compile(r"\b(?:than|like|as|of|to|for|with|by|about|from|in|on|at|into)\s+$")
CALLED_RE = re.compile(
    r"\b(?:called|calls|dubbed|dubs|described\s+\w+\s+as|describes\s+\w+\s+as)\s+"
    r"(?:\w+[’']s\s+\w+\s+|the\s+\w+\s+|it\s+|them\s+|him\s+|her\s+)?$"
)
# '," said Harbour Pictures president Jane Roe': a company and a job before the name (used with match)
JOB_LOWER = r"(?:president|chief\s+executive|ceo|founder|co-founder|chairman|chairwoman|chair|head|partner|owner)"
AFTER_INV_RE = re.compile(
    rf"[\s,]*({VERBS})\s+(?:(?:the\s+)?[a-z]+\s+)?(?:(?:{CAPWORD}\s+){{1,3}}{JOB_LOWER}\s+)?{NAME_PAT}"
)
BEFORE_RE = re.compile(  # the name's capitals are matched as written: "Jane Roe also said" is Jane Roe's
    rf"(?:{NAME_PAT}|\b((?i:he|she|they|I|we)))\s+(?:[a-z]\w*\s+)?((?i:{VERBS}))(?:\s+that)?[\s,:]*$"
)
# A speech verb ending the text ('\b(?:VERBS)(?:\s+that)?[\s,:]*$'), matched on the reversed text: one
# attempt at its start rather than one at every position
VERB_TAIL_REVERSED = re.compile(r"[\s,:]*(?:taht\s+)?(?:" + "|".join(v[::-1] for v in VERBS.split("|")) + r")\b", re.I)
PRONOUN = re.compile(r"\b(he|she|his|her)\b", re.I)
REACH = 300  # how far back an attribution is read ("Roe, who …, called it “…”"): far beyond any real one


def before_match(before: str) -> re.Match[str] | None:
    """'Roe said: “…' -- the cheap tail test first, the full pattern only when a verb ends the text."""
    if not VERB_TAIL_REVERSED.match(before[-30:][::-1]):
        return None
    return BEFORE_RE.search(before[-80:])


def called_before(text: str, start: int, end: int) -> bool:
    """Does text[start:end] end in "called", "dubbed", "described … as" (and the like)?"""
    return any(text.find(w, start, end) >= 0 for w in ("call", "dub", "describ")) and bool(
        CALLED_RE.search(text, start, end)
    )


def mask_quoted(sent: str) -> str:
    """The sentence with what is inside “…” blanked (the marks and offsets kept)."""
    depth = 0
    clean = []
    for c in sent:
        if c in "“":
            depth += 1
        elif c == "”":
            depth = max(0, depth - 1)
        clean.append(" " if depth and c not in "“”" else c)
    return "".join(clean)


class Paragraph:
    """One paragraph's sentences, split once, and the look-ups made at each of its quotations."""

    def __init__(self, text: str, span: Span) -> None:
        self.text, self.span = text, span
        self.sents = sentences(text, span)
        self.starts = [s for s, _ in self.sents]
        self.subjects: list[str | None] = []  # subjects[i]: the subject of the last sentence up to i that has one
        self._pronouns: dict[int, re.Match[str] | None] = {}
        self._words: dict[str, re.Match[str] | None] = {}

    def trimmed(self, pos: int) -> int:
        """The end of the paragraph's text before pos with trailing white space left off."""
        while pos > self.span[0] and self.text[pos - 1].isspace():
            pos -= 1
        return pos

    def holding(self, pos: int) -> int:
        """The first sentence with start <= pos <= end + 1 (the one a quotation opens in), or -1."""
        k = bisect.bisect_right(self.starts, pos) - 1
        return next((i for i in (k - 1, k) if i >= 0 and self.starts[i] <= pos <= self.sents[i][1] + 1), -1)

    def pronoun(self, k: int, pos: int) -> re.Match[str] | None:
        """The first he, she, his or her of sentence k (of the paragraph when k is -1) before pos."""
        if k < 0:
            return PRONOUN.search(self.text, self.span[0], pos)
        if k not in self._pronouns:
            self._pronouns[k] = PRONOUN.search(self.text, *self.sents[k])
        m = self._pronouns[k]
        return m if m and m.end() <= pos else None

    def mentions(self, pattern: str, pos: int) -> bool:
        """Does the pattern occur in the paragraph before pos?"""
        if pattern not in self._words:
            self._words[pattern] = re.compile(pattern).search(self.text, *self.span)
        m = self._words[pattern]
        return bool(m and m.end() <= pos)


class SentenceSubject:
    """Who a sentence, or any beginning of it, is about: the first person named before a verb (not in
    quotation marks, nor as a possessive or an object), else the first person named."""

    # Each capitalised run is judged once for the whole sentence; for a beginning, only the runs that
    # end within 100 characters of its end (the reach of the verb test) are judged again.

    def __init__(self, text: str, span: Span, offset: int, person: Callable[[str, int], str | None]) -> None:
        self.plain = mask_quoted(text[span[0] : span[1]])
        self.runs = capital_runs(self.plain)
        self.ends = [r.end for r in self.runs]
        self.offset, self.person = offset, person
        self._full: dict[int, str | None] = {}
        self.first_ok = self.first_verb = len(self.runs)
        for i, r in enumerate(self.runs):
            ok, verb = self._judge(r, self._name(i), len(self.plain))
            if ok and self.first_ok == len(self.runs):
                self.first_ok = i
            if ok and verb:
                self.first_verb = i
                break

    def subject(self, length: int) -> str | None:
        """The subject of the sentence's first length characters."""
        if length < len(self.plain) and not clean_cut(self.plain, length):
            runs = capital_runs(self.plain, max(0, length - REACH), length)
            return self._first(((r, self.person(r.text, self.offset + r.start)) for r in runs), length)
        settled = bisect.bisect_right(self.ends, length - 100)  # judged alike however far the beginning goes
        if self.first_verb < settled:
            return self._name(self.first_verb)
        first = self._name(self.first_ok) if self.first_ok < settled else None
        near = range(settled, bisect.bisect_right(self.ends, length))
        return self._first(((self.runs[i], self._name(i)) for i in near), length, first)

    def _first(self, named: Iterator[tuple[Name, str | None]], length: int, first: str | None = None) -> str | None:
        for r, full in named:
            ok, verb = self._judge(r, full, length)
            if ok and verb:
                return full
            if ok and first is None:
                first = full
        return first

    def _name(self, i: int) -> str | None:
        if i not in self._full:
            r = self.runs[i]
            self._full[i] = self.person(r.text, self.offset + r.start)
        return self._full[i]

    def _judge(self, r: Name, full: str | None, length: int) -> tuple[bool, bool]:
        """Is run r (read in the first length characters) a person named not as a possessive nor an
        object, and does a verb follow it?"""
        plain = self.plain
        if plain[r.end : min(r.end + 2, length)] in ("’s", "'s") or plain[r.end : min(r.end + 1, length)] == "’":
            return False, False
        if not full or OBJECT_BEFORE.search(plain[max(0, r.start - 8) : r.start]):
            return False, False
        return True, bool(SUBJECT_VERB.match(plain[r.end : min(r.end + 100, length)]))
