"""What the credit and cast patterns ask at every match (which sentence, is it quoted, whom does the
sentence name first), answered by bisection and once per sentence, not by re-reading it each time."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from presskit.extract.names import PARTICLES, UPPER, WORD_RE, People, capital_runs, is_cap, person_like
from presskit.extract.result import Found
from presskit.extract.segment import Span
from presskit.extract.vocab import FOLD

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
        self._breaks = _all_found(text, "\n\n")  # where a blank line starts (a run of them counted at each)

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


def _all_found(text: str, word: str) -> list[int]:
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
    at = {i for lead in leads for i in _all_found(hay, lead)}
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
