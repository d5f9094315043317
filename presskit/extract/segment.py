"""Split cleaned text into paragraphs and sentences, as spans of the text."""

from __future__ import annotations

import re

from presskit.extract.vocab import ABBREVIATIONS

Span = tuple[int, int]
ABBREV = ABBREVIATIONS
END_RE = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9À-Þ])|[.!?…]+[\"”’')\]]*$")
TERMINAL = tuple('.!?…:"”’)')
LONG = 16  # words: a paragraph this long that stops mid-sentence is prose, not a headline
WORD_TAIL = re.compile(r"[\w.]+\Z")


class _Memo:
    """The last text split, with its paragraphs and each paragraph's sentences: every stage asks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs: list[Span] | None = None
        self.sentences: dict[Span, list[Span]] = {}


_last = _Memo("")


def _memo(text: str) -> _Memo:
    global _last
    memo = _last
    if memo.text is not text:
        memo = _last = _Memo(text)
    return memo


def paragraphs(text: str) -> list[Span]:
    """Blocks of text between blank lines, with a sentence broken over lines joined back."""
    memo = _memo(text)
    if memo.paragraphs is None:
        memo.paragraphs = _paragraphs(text)
    return list(memo.paragraphs)


def _paragraphs(text: str) -> list[Span]:
    from presskit.extract.labeled import is_heading

    spans: list[Span] = []
    words: list[int] = []  # each span's number of words, counted to LONG only
    for s, e in _blocks(text):
        first_end = text.find("\n", s, e)
        if first_end > 0 and is_heading(text[s:first_end]):  # "Synopsis" on the line above its text
            spans.append((s, first_end))
            words.append(_words(text, s, first_end))
            s = first_end + 1
        if spans and _continues(text, spans[-1], words[-1], s, e):
            spans[-1] = (spans[-1][0], e)
            words[-1] = min(LONG, words[-1] + _words(text, s, e))
        else:
            spans.append((s, e))
            words.append(_words(text, s, e))
    return spans


def _blocks(text: str) -> list[Span]:
    """Runs of consecutive lines that hold something besides whitespace, from line start to line end."""
    out: list[Span] = []
    block: Span | None = None
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line and not line.isspace():
            block = (block[0] if block else pos, end)
        elif block:
            out.append(block)
            block = None
        pos = end + 1
    if block:
        out.append(block)
    return out


def _continues(text: str, prev: Span, prev_words: int, s: int, e: int) -> bool:
    """Does the block at s..e carry on the sentence of paragraph prev (read from its end only)?"""
    last = prev[1]
    while last > prev[0] and text[last - 1].isspace():
        last -= 1
    nxt = text[s:e].lstrip()
    if last == prev[0] or not nxt or text[last - 1] in TERMINAL:
        return False
    tail, lo = last, max(prev[0], last - 40)  # the last word, read from its first letter
    while tail > lo and not text[tail - 1].isspace():
        tail -= 1
    if (
        text[last - 1] == ","
        and prev_words > 3
        or text[tail].islower()
        and text[last - 1].isalpha()
        and prev_words >= LONG
    ):
        return True  # "… in a theatre called" / "… and Kit," then a blank line: the sentence goes on
    return nxt[0].islower() or (prev_words > 3 and len(nxt.split()) <= 6 and not nxt.endswith(TERMINAL))


def _words(text: str, s: int, e: int) -> int:
    """The number of words in text[s:e], counted to LONG only."""
    return min(LONG, len(text[s:e].split(None, LONG)))  # str.split's white space is \s's


def sentences(text: str, span: Span) -> list[Span]:
    """Sentence spans inside one paragraph span."""
    memo = _memo(text)
    if span not in memo.sentences:
        memo.sentences[span] = _sentences(text, span)
    return list(memo.sentences[span])


def _sentences(text: str, span: Span) -> list[Span]:
    s0, e0 = span
    out: list[Span] = []
    start = s0
    while start < e0 and text[start].isspace():
        start += 1
    for m in END_RE.finditer(text, s0, e0):
        end = m.end()
        if m.group(0).startswith(".") and _abbreviation(text, start, m.start()):
            continue
        if end > start:
            out.append((start, end))
        start = end
        while start < e0 and text[start].isspace():
            start += 1
    if start < e0 and text[start:e0].strip():
        out.append((start, e0 - (len(text[start:e0]) - len(text[start:e0].rstrip()))))
    return out


def _abbreviation(text: str, start: int, dot: int) -> bool:
    """Is the word before the full stop at dot (not before start) an abbreviation or an initial? Only
    its last few letters are read: a run longer than any abbreviation is none."""
    word = WORD_TAIL.search(text[max(start, dot - 8) : dot])
    if not word or (word.start() == 0 and dot - 8 > start and WORD_TAIL.match(text[dot - 9])):
        return False
    w = word.group(0).lower().rstrip(".")
    return w in ABBREV or (len(w) == 1 and "a" <= w <= "z")


def all_sentences(text: str) -> list[Span]:
    """Every sentence of the text, paragraph by paragraph."""
    return [s for p in paragraphs(text) for s in sentences(text, p)]
