"""Split cleaned text into paragraphs and sentences, as spans of the text."""

from __future__ import annotations

import re

Span = tuple[int, int]
ABBREV = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "bros", "inc", "ltd", "co", "corp", "no",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
          "u.k", "e.g", "i.e", "etc", "approx", "mt", "ft", "vol", "ed", "prof", "gen", "col", "lt", "sgt"}
END_RE = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9À-Þ])|[.!?…]+[\"”’')\]]*$")
TERMINAL = tuple(".!?…:\"”’)")


def paragraphs(text: str) -> list[Span]:
    """Blocks of text between blank lines, with a sentence broken over lines joined back."""
    from presskit.extract.labeled import is_heading

    spans: list[Span] = []
    for m in re.finditer(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", text):
        s, e = m.start(), m.end()
        if not text[s:e].strip():
            continue
        first_end = text.find("\n", s, e)
        if first_end > 0 and is_heading(text[s:first_end]):  # "Synopsis" on the line above its text
            spans.append((s, first_end))
            s = first_end + 1
        if spans and _continues(text[spans[-1][0]:spans[-1][1]], text[s:e]):
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def _continues(prev: str, nxt: str) -> bool:
    prev, nxt = prev.rstrip(), nxt.lstrip()
    if not prev or not nxt or prev.endswith(TERMINAL):
        return False
    return nxt[0].islower() or (len(prev.split()) > 3 and len(nxt.split()) <= 6 and not nxt.endswith(TERMINAL))


def sentences(text: str, span: Span) -> list[Span]:
    """Sentence spans inside one paragraph span."""
    s0, e0 = span
    out: list[Span] = []
    start = s0
    while start < e0 and text[start].isspace():
        start += 1
    for m in END_RE.finditer(text, s0, e0):
        end = m.end()
        word = re.search(r"([\w.]+)[.]$", text[start:m.start() + 1])
        if m.group(0).startswith(".") and word:
            w = word.group(1).lower().rstrip(".")
            if w in ABBREV or re.fullmatch(r"[a-z]", w):
                continue
        if end > start:
            out.append((start, end))
        start = end
        while start < e0 and text[start].isspace():
            start += 1
    if start < e0 and text[start:e0].strip():
        out.append((start, e0 - (len(text[start:e0]) - len(text[start:e0].rstrip()))))
    return out


def all_sentences(text: str) -> list[Span]:
    """Every sentence of the text, paragraph by paragraph."""
    return [s for p in paragraphs(text) for s in sentences(text, p)]
