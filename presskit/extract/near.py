"""Where a pattern can match, so that it is tried there only and not from every character of a long
article: where its first words are written, or shortly before a keyword it must hold (Near)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from presskit.extract.names import UPPER
from presskit.extract.vocab import FOLD


def all_found(text: str, word: str) -> list[int]:
    """Where word starts in text, each place (overlapping ones too), found by str.find."""
    out = []
    i = text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def led_by(rx: re.Pattern[str], text: str, leads: tuple[str, ...], hay: str | None = None) -> list[re.Match[str]]:
    """rx.finditer(text) for a pattern every match of which starts where one of the leads is written in
    hay (the text itself, or it in lower case, offsets kept): tried there only, in order."""
    hay = text if hay is None else hay
    at = {i for lead in leads for i in all_found(hay, lead)}
    out: list[re.Match[str]] = []
    done = 0  # finditer goes on from the end of the last match
    for p in sorted(at):
        m = rx.match(text, p) if p >= done else None
        if m:
            out.append(m)
            done = m.end()
    return out


WORDS_AS_WRITTEN = re.compile(r"[\w’' \-]+(?:\|[\w’' \-]+)+")  # a pattern that is an alternation of words


def scan(rx: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """rx.finditer(text); an alternation of words as written ("played|portrayed|voiced") tried only
    where one of them is written (the engine tries an alternation at every character)."""
    if rx.flags & (re.I | re.X) or not WORDS_AS_WRITTEN.fullmatch(rx.pattern):
        return list(rx.finditer(text))
    return led_by(rx, text, tuple(rx.pattern.split("|")))


CAPITAL = re.compile(rf"[{UPPER}]")
THE = re.compile(r"the\s")
WIDE_SPACE = re.compile(r"\s\s+")  # two white spaces or more (not \s{2,}: the engine finds a \s sooner)
WORD_BEGIN = re.compile(r"(?<!\w)\w")


class Near:
    """pattern.finditer over the text, tried only shortly before a keyword the pattern must hold.

    A pattern led by a name starts at a capital (or "the" before a character's name) and holds its
    keyword (a verb, "’s") at most `back` characters after its start, a run of whitespace counted as
    one character: the pattern is matched at those starts only, in order, as finditer would find
    them -- not tried from every capital of a 2 MB article."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.caps = [m.start() for m in CAPITAL.finditer(text)]
        self.char_starts = sorted(self.caps + [m.start() for m in THE.finditer(text)])
        wide = [m.span() for m in WIDE_SPACE.finditer(text)]
        self._wide = wide
        self._wide_starts = [s for s, _ in wide]
        self._wide_ends = [e for _, e in wide]
        self._low: str | None = None
        self._found: dict[tuple[re.Pattern[str], int], list[tuple[int, int]]] = {}
        self._scanned: dict[re.Pattern[str], list[int]] = {}
        self._cumulative = [0]  # _cumulative[i]: the characters of runs before i beyond each run's first
        for s, e in wide:
            self._cumulative.append(self._cumulative[-1] + e - s - 1)

    def finditer(
        self, rx: re.Pattern[str], keyword: re.Pattern[str], back: int, char: bool = False, word: bool = False
    ) -> list[re.Match[str]]:
        """rx.finditer(text) for a pattern led by a name (a character's name when char; a word's start
        when word), whose every match holds a match of keyword at most back characters after its start."""
        starts = self.char_starts if char else self.caps
        out: list[re.Match[str]] = []
        done = 0  # every start before this was tried, or lies inside a match found
        for k, reach in self._keywords(keyword, back):
            lo = max(done, reach)
            if word:
                tried = [w.start() for w in WORD_BEGIN.finditer(self.text, lo, k + 1)]
            else:
                tried = starts[bisect.bisect_left(starts, lo) : bisect.bisect_right(starts, k)]
            for p in tried:
                if p < done:
                    continue
                m = rx.match(self.text, p)
                done = max(m.end(), p + 1) if m else p + 1
                if m:
                    out.append(m)
        return out

    def led(self, rx: re.Pattern[str], *leads: str, fold: bool = False) -> list[re.Match[str]]:
        """rx.finditer(text) for a pattern every match of which starts with one of the leads as
        written (as re.I reads them, when fold: the leads in lower case): tried at the leads only."""
        hay = self._folded() if fold else self.text
        return list(rx.finditer(self.text)) if hay is None else led_by(rx, self.text, leads, hay)

    def _folded(self) -> str | None:
        """The text in lower case as re.I reads letters ("İ", "ı" as "i", "ſ" as "s"), offsets kept
        (None if lowering lengthened it: never, as only "İ" lowers to two characters)."""
        if self._low is None:
            low = (self.text if self.text.isascii() else self.text.translate(FOLD)).lower()
            self._low = low if len(low) == len(self.text) else ""
        return self._low or None

    def _keywords(self, keyword: re.Pattern[str], back: int) -> list[tuple[int, int]]:
        """Where each match of keyword starts, with how far back a match holding it may start: found
        once for each keyword and reach (several patterns share them)."""
        key = (keyword, back)
        if key not in self._found:
            if keyword not in self._scanned:  # one keyword, several reaches ("by" after "directed", "written")
                self._scanned[keyword] = [k.start() for k in scan(keyword, self.text)]
            self._found[key] = [(k, self._reach(k, back)) for k in self._scanned[keyword]]
        return self._found[key]

    def each(self, pattern: str | re.Pattern[str], *needles: str) -> Iterator[re.Match[str]]:
        """re.finditer(pattern, text), not run at all when the text holds none of the needles (words
        that every match holds as written; none for a pattern that ignores case)."""
        if needles and not any(n in self.text for n in needles):
            return iter(())
        return re.finditer(pattern, self.text)

    def _reach(self, k: int, back: int) -> int:
        """The first offset less than back characters before k, whitespace runs counted as one."""
        lo = k - back
        while lo > 0:
            wider = k - back - self._extra(lo, k)
            if wider >= lo:
                break
            lo = wider
        return max(0, lo)

    def _extra(self, lo: int, k: int) -> int:
        """The characters of whitespace runs in text[lo:k] beyond the first of each run."""
        i = bisect.bisect_right(self._wide_ends, lo)  # the first run that ends after lo
        j = bisect.bisect_left(self._wide_starts, k)  # the runs before j start before k
        if i >= j:
            return 0
        total = self._cumulative[j] - self._cumulative[i]
        for r in {i, j - 1}:  # the runs at either edge count only what lies within
            s, e = self._wide[r]
            total += max(0, min(e, k) - max(s, lo) - 1) - (e - s - 1)
        return total
