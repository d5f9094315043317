"""Make any user text safe for ReportLab's paragraph markup, and build the only links we allow."""

from __future__ import annotations

import re
from urllib.parse import quote

from reportlab.pdfbase.pdfmetrics import stringWidth

from presskit.model import EMAIL_RE
from presskit.pdf.fonts import FALLBACK, Fallback
from presskit.text_safety import clean, one_line

BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")  # two or more line ends with only spaces between
ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}


def esc(text: str) -> str:
    """Text exactly as typed: markup characters escaped, control characters dropped, lines kept (a run of
    empty lines prints as one; thousands of them would make a cell of blank pages)."""
    text = BLANK_LINES.sub("\n\n", clean(text).replace("\r\n", "\n").strip())
    out = "".join(ENTITIES.get(c, c) for c in text).replace("\n", "<br/>")
    return out if out.isascii() else with_fallback(out)


def with_fallback(markup: str) -> str:
    """Runs of characters the export's fonts lack (★★★★★) set in the shipped fallback font."""
    if not any(Fallback.needed(c) for c in markup):
        return markup
    parts, run = [], ""
    for c in markup:
        if Fallback.needed(c):
            run += c
            continue
        if run:
            parts.append(f'<font name="{FALLBACK}">{run}</font>')
            run = ""
        parts.append(c)
    if run:
        parts.append(f'<font name="{FALLBACK}">{run}</font>')
    return "".join(parts)


def mail_link(address: str, colour: str = "#1d4ed8") -> str:
    """A clickable mailto: link for a well-formed address, or the escaped text otherwise."""
    address = (address or "").strip()
    if not EMAIL_RE.match(address):
        return esc(address)
    return f'<a href="mailto:{quote(address, safe="@.+-_")}" color="{colour}">{esc(address)}</a>'


def web_link(url: str, colour: str = "#1d4ed8", shown: str = "") -> str:
    """A clickable link only for http(s) addresses (its words the address, or shown); anything else
    prints as plain text."""
    url = (url or "").strip()
    if not re.match(r"^https?://[^\s<>\"']+$", url, re.I):
        return esc(url)
    return f'<a href="{quote(url, safe=":/?#[]@!$&()*+,;=%-._~")}" color="{colour}">{esc(shown or url)}</a>'


def fit_line(text: str, face: str, size: float, width: float, char_space: float = 0.0) -> str:
    """Text on one line, cut with an ellipsis where it would run past width (points) in that font."""
    line = one_line(text)

    def wide(s: str) -> float:
        return stringWidth(s, face, size) + char_space * len(s)

    if wide(line) <= width:
        return line
    lo, hi = 0, len(line)  # the longest prefix that fits with its ellipsis
    while lo < hi:
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if wide(line[:mid].rstrip() + "…") <= width else (lo, mid - 1)
    return line[:lo].rstrip() + "…"
