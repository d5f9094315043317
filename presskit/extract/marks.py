"""Where quotations are: the spans between quotation marks, double or (British style) single, and
which quoted stretches are titles rather than speech."""

from __future__ import annotations

import re

from presskit.extract.segment import Span

DOUBLE_MARK = re.compile(r"[“”\"]")


def quote_spans(text: str, span: Span) -> list[tuple[int, int]]:
    """Inner spans of top-level double-quoted stretches in a paragraph (closing mark may be missing)."""
    s0, e0 = span
    out: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in DOUBLE_MARK.finditer(text, s0, e0):  # only the marks, not every character
        i, c = m.start(), m.group(0)
        if c == "“":
            open_at = i + 1  # an earlier mark never closed: restart here
        elif c == "”" and open_at is not None:
            out.append((open_at, i))
            open_at = None
        elif c == '"':
            if open_at is None:
                open_at = i + 1
            else:
                out.append((open_at, i))
                open_at = None
    if open_at is not None and e0 - open_at > 40:
        out.append((open_at, e0))
    return out


SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–:]))[‘']")


def single_quote_spans(text: str, span: Span) -> list[tuple[int, int]]:
    """Inner spans of ‘…’ quotations, for articles that quote in single marks (British style).
    A mark between two letters is an apostrophe (“I've”), never a quotation mark."""
    s0, e0 = span
    out: list[tuple[int, int]] = []
    i = s0
    while True:
        m = SINGLE_OPEN.search(text, i, e0)
        if not m:
            return out
        start = m.end()
        close = re.compile(r"[’'](?=[\s,.;:!?)\]—–]|$)")
        end = None
        for c in close.finditer(text, start, e0):
            if c.start() > start and not text[c.start() - 1].isspace():
                end = c.start()
                break
        if end is None:
            return out
        out.append((start, end))
        i = end + 1


TITLE_WORD = re.compile(r"[^\W_][\w'’\-]*")
SMALL_WORDS = frozenset(["of", "the", "a", "an", "and", "in", "on", "vs", "to", "for", "at", "with", "from"])


def is_title(inner: str) -> bool:
    if inner.rstrip().endswith((".", "?", "!")):  # a sentence, unless it holds no word at all
        return TITLE_WORD.search(inner) is None
    words = TITLE_WORD.findall(inner)
    if not words:
        return True
    titled = all(w[0].isupper() or w.isdigit() or w.lower() in SMALL_WORDS for w in words)
    return len(words) <= 10 and titled
