"""Kit text made safe to print, to show and to name files with: the one place that knows which
characters are invisible or misleading (control and bidirectional-override characters)."""

from __future__ import annotations

import re

# C0 controls but tab, newline and carriage return; DEL and C1 controls; the bidi marks, embeddings,
# overrides and isolates (U+061C, U+200E/F, U+202A-202E, U+2066-2069), which can make text read
# backwards ("Trojan Source"); and lone surrogates, which no file can hold.
INVISIBLE_CLASS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
INVISIBLE = re.compile(f"[{INVISIBLE_CLASS}]")
FILE_UNSAFE = re.compile(f'[\\\\/:*?"<>|{INVISIBLE_CLASS}]+')  # also refused by Windows or macOS in a name


def clean(text: str) -> str:
    """Text without control or bidi-override characters; lines and tabs are kept."""
    return INVISIBLE.sub("", text or "")


def one_line(text: str) -> str:
    """Clean text on one line (runs of white space become one space), for titles, headers and metadata."""
    return " ".join(clean(text).split())


def closed_quote(text: str) -> str:
    """A quotation ending as a sentence: the comma (or colon, dash) that led into "she said" in the
    article becomes a full stop; text ending in other punctuation is kept as it is."""
    words = text.strip()
    bare = words.rstrip(",;:–—- ").rstrip()
    if bare != words and bare and (bare[-1].isalnum() or bare[-1] in ")]'’\""):
        return bare + "."
    return words
