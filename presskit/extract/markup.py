"""Strip HTML and Markdown markup in one pass each: the patterns these replace scanned to the end of
the text from every unclosed "<script", "<", "[" or "*", which made a stranger's file quadratic."""

from __future__ import annotations

import bisect
import re

DROPPED = ("script", "style", "nav", "header", "footer", "aside", "noscript")
OPEN_BLOCK = re.compile("<(?:" + "|".join(f"({name})" for name in DROPPED) + r")\b", re.I)
CLOSE_BLOCK = [re.compile(rf"</{name}\s*>", re.I) for name in DROPPED]
TAG_LIMIT = 2000  # a "<" more than this far from its ">" opens no tag
EMPHASIS = ("**", "__", "*", "_")
EMPHASIS_CHAR = re.compile(r"[*_]")


def drop_blocks(raw: str) -> str:
    """Scripts, styles and page furniture (<nav>, <footer>…) blanked out, their line breaks kept."""
    out: list[str] = []
    pos = i = 0
    closes: dict[int, re.Match[str] | None] = {}  # the next close of each kind, once looked for
    while m := OPEN_BLOCK.search(raw, i):
        kind = (m.lastindex or 1) - 1
        close = closes.get(kind, m)
        if close is m or (close is not None and close.start() < m.end()):
            close = closes[kind] = CLOSE_BLOCK[kind].search(raw, m.end())
        if close is None:  # never closed: nothing to drop from here on for this kind
            i = m.start() + 1
            continue
        out += [raw[pos : m.start()], "\n" * raw.count("\n", m.start(), close.end())]
        pos = i = close.end()
    out.append(raw[pos:])
    return "".join(out)


def strip_tags(text: str) -> tuple[str, bool]:
    """The text without its tags ("<" to the next ">" within 2,000 characters), and whether it had any."""
    out: list[str] = []
    pos = i = 0
    gt = -1
    while (lt := text.find("<", i)) >= 0:
        if gt <= lt:
            gt = text.find(">", lt + 1)
        if gt < 0:
            break
        if gt - lt - 1 <= TAG_LIMIT:
            out.append(text[pos:lt])
            pos = i = gt + 1
        else:
            i = lt + 1
    out.append(text[pos:])
    return "".join(out), bool(pos)


def up_to_last(text: str, mark: str) -> int:
    """The length of text up to and including its last mark: a tag pattern ending in ">" needs go no
    further (and tried beyond it, "[^>]*>" would scan to the end from every "<")."""
    return text.rfind(mark) + 1


def md_links(text: str) -> str:
    """Markdown links "[words](address)" replaced by their words."""
    out: list[str] = []
    pos = i = 0
    rb = rp = -1
    while (lb := text.find("[", i)) >= 0:
        if rb <= lb:
            rb = text.find("]", lb + 1)
        if rb < 0:
            break
        if rb > lb + 1 and text.startswith("(", rb + 1):
            if rp <= rb + 1:
                rp = text.find(")", rb + 2)
            if rp < 0:
                break
            if rp > rb + 2:
                out += [text[pos:lb], text[lb + 1 : rb]]
                pos = i = rp + 1
                continue
        i = lb + 1
    out.append(text[pos:])
    return "".join(out)


def md_emphasis(text: str) -> str:
    """Markdown emphasis ("**bold**", "_italic_") replaced by its words: a mark opens before a
    non-space and closes at the first same mark after a non-space."""
    closes = {d: [m.start() for m in re.finditer(f"(?<=\\S)(?={re.escape(d)})", text)] for d in EMPHASIS}
    out: list[str] = []
    pos = i = 0
    while m := EMPHASIS_CHAR.search(text, i):
        k = i = m.start()
        for d in EMPHASIS:
            c = k + len(d)
            if not text.startswith(d, k) or c >= len(text) or text[c].isspace():
                continue
            after = closes[d]
            x = bisect.bisect_left(after, c + 1)
            if x < len(after):
                out += [text[pos:k], text[c : after[x]]]
                pos = i = after[x] + len(d)
                break
        if i == k:
            i = k + 1
    out.append(text[pos:])
    return "".join(out)
