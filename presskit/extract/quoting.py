"""Which quoted stretches are quotations (not titles or scare quotes), judged from the words around them."""

from __future__ import annotations

import bisect
import re

from presskit.extract.attribution import AFTER_INV_RE, AFTER_RE, REACH, Paragraph, before_match, called_before
from presskit.extract.marks import is_title
from presskit.extract.segment import Span


class QuoteChecks:
    """The tests a quoted stretch must pass, with each paragraph's sentences and the closing marks'
    offsets found once for the whole text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._paras: dict[Span, Paragraph] = {}
        self._closing = {c: [m.start() for m in re.finditer(c, text)] for c in "”’"}  # offsets of each mark

    def _para(self, p: Span) -> Paragraph:
        """The paragraph at span p, its sentences split once."""
        if p not in self._paras:
            self._paras[p] = Paragraph(self.text, p)
        return self._paras[p]

    def _last_mark(self, mark: str, start: int, end: int) -> int:
        """The offset of the last mark in text[start:end], or -1."""
        at = self._closing[mark]
        k = bisect.bisect_left(at, end) - 1
        return at[k] if k >= 0 and at[k] >= start else -1

    def _gap_attributes(self, start: int, end: int) -> bool:
        """Does text[start:end] (what follows the previous quotation) open with its attribution?"""
        end = min(end, start + REACH)
        return bool(AFTER_RE.match(self.text, start, end) or AFTER_INV_RE.match(self.text, start, end))

    def _is_quote(self, s: tuple[int, int], p: Span) -> bool:
        inner = self.text[s[0] : s[1]].strip()
        words = inner.split()
        b = self._para(p).trimmed(s[0] - 1)  # the text before the mark ends at b, white space left off
        if is_title(inner):
            return False  # also 'a script called “Some Title,”'
        if called_before(self.text, max(p[0], b - REACH), s[0] - 1):
            return True  # 'Roe called the film “stunning,”' -- and called the shoot “the best weeks…”
        if len(words) < 2:
            return False
        mark = next((x for x in (self._last_mark(c, p[0], b) for c in "”’") if x >= 0), -1)
        if mark >= 0 and self._gap_attributes(mark + 1, b):
            return True  # '“…,” says Roe, “…”': the second half of a quote split by its attribution
        after = self.text[s[1] + 1 : min(p[1], s[1] + 80)]
        if AFTER_RE.match(after) or AFTER_INV_RE.match(after) or before_match(self.text[max(p[0], b - 80) : b]):
            return True
        starts_clause = b == p[0] or self.text[b - 1] in (".", ":", "!", "?", "”", '"', "—", ";")
        if starts_clause:
            return len(words) >= 3
        return len(words) >= 12 and inner[:1].isupper()

    def _continues(self, s: tuple[int, int], p: Span) -> bool:
        """The quotation opens a new sentence (after ". " or the previous quotation's attribution)."""
        b = self._para(p).trimmed(s[0] - 1)
        return b > p[0] and self.text[b - 1] in (".", "!", "?", ":", "’", "'")

    def _attributed(self, s: tuple[int, int], p: Span) -> bool:
        """A single-marked quotation counts only with a speech verb beside it (titles use the same marks)."""
        after = self.text[s[1] + 1 : min(p[1], s[1] + 80)]
        b = self._para(p).trimmed(s[0] - 1)
        mark = self._last_mark("’", p[0], b)
        return bool(
            AFTER_RE.match(after)
            or AFTER_INV_RE.match(after)
            or before_match(self.text[max(p[0], b - 80) : b])
            or (0 <= mark < b - 1 and self._gap_attributes(mark + 1, b))
        )
