"""A PDF page's text in reading order: fragments placed by position, columns read one after the
other, lines joined into paragraphs with words hyphenated at line ends put back together."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from statistics import median

LABELLED = re.compile(r"^[A-Z][\w'’ &/-]{1,40}:\s")  # "Director of Photography: …" is a line of its own
HYPHENATED = re.compile(r"(?<=[a-zà-ÿ])[-\u00ad]$")
CHAR_WIDTH = 0.47  # a fragment's width is guessed from its font size: Helvetica's letters average about that
GUTTER_SLACK = 30.0  # points a column's line may seem to run past the gutter (widths are guessed)


@dataclass(frozen=True)
class Fragment:
    """A run of text drawn at one place on the page (PDF coordinates: y grows upwards)."""

    x: float
    y: float
    size: float
    text: str

    @property
    def right(self) -> float:
        """Where the fragment ends, estimated from its length and font size."""
        return self.x + len(self.text.strip()) * self.size * CHAR_WIDTH


def gutter(fragments: list[Fragment], width: float) -> float | None:
    """The x where a second column starts, or None for a single column: many lines start at one x in
    the middle of the page, and the lines left of it run most of the way there (in a table of credits
    the labels on the left are short, and the table is read row by row)."""
    if len(fragments) < 8 or width <= 0:
        return None
    starts = Counter(round(f.x / 6) for f in fragments if 0.3 * width <= f.x <= 0.75 * width)
    if not starts:
        return None
    bucket, count = starts.most_common(1)[0]
    if count < len(fragments) * 0.2:
        return None
    split = min(f.x for f in fragments if round(f.x / 6) == bucket) - 3
    left = [f for f in fragments if f.x < split - 6 and f.right < split + GUTTER_SLACK]
    if len(left) < len(fragments) * 0.2:
        return None
    edge = median(f.x for f in left)
    return split if median(f.right for f in left) - edge >= 0.6 * (split - edge) else None


def starts_at(fragments: list[Fragment], split: float) -> bool:
    """Whether a good share of the page's lines start where the document's second column does."""
    return sum(1 for f in fragments if abs(f.x - split - 3) < 6) >= len(fragments) * 0.2


def document_gutter(pages: list[tuple[list[Fragment], float]]) -> float | None:
    """The document's column split: the one found on its pages of prose (a page of short lines, a
    cast list say, then follows it when its lines start there too)."""
    found = Counter(round(g) for fragments, width in pages if (g := gutter(fragments, width)) is not None)
    return float(found.most_common(1)[0][0]) if found else None


def reading_order(fragments: list[Fragment], split: float | None) -> list[list[Fragment]]:
    """The page's lines, top to bottom; with two columns, bands between full-width lines are read
    left column first, then right."""
    lines = lines_of(fragments)
    if split is None:
        return lines
    head, body, foot = _margins(lines)
    out: list[list[Fragment]] = list(head)
    band: list[Fragment] = []
    for line in body:
        if any(
            f.x < split and f.right > split + GUTTER_SLACK for f in line
        ):  # a full-width line closes the band above it
            out += _columns(band, split) + [line]
            band = []
        else:
            band += line
    return out + _columns(band, split) + foot


def _margins(lines: list[list[Fragment]]) -> tuple[list[list[Fragment]], list[list[Fragment]], list[list[Fragment]]]:
    """A running header above and a footer below the text, set apart by a wider gap than its lines."""
    gaps = [lines[i][0].y - lines[i + 1][0].y for i in range(len(lines) - 1)]
    if len(gaps) < 3:
        return [], lines, []
    usual = median(gaps)
    first = 1 if gaps[0] > 1.8 * usual else 0
    last = len(lines) - 1 if gaps[-1] > 1.8 * usual else len(lines)
    return lines[:first], lines[first:last], lines[last:]


def _columns(band: list[Fragment], split: float) -> list[list[Fragment]]:
    return lines_of([f for f in band if f.x < split]) + lines_of([f for f in band if f.x >= split])


def lines_of(fragments: list[Fragment]) -> list[list[Fragment]]:
    """Fragments grouped into lines (same baseline, give or take), top to bottom, left to right."""
    lines: list[list[Fragment]] = []
    for f in sorted(fragments, key=lambda f: (-f.y, f.x)):
        if lines and abs(lines[-1][0].y - f.y) <= max(1.0, 0.4 * f.size):
            lines[-1].append(f)
        else:
            lines.append([f])
    return [sorted(line, key=lambda f: f.x) for line in lines]


def line_text(line: list[Fragment]) -> str:
    """A line's words, fragments joined by a space where they do not touch."""
    out = ""
    for f in line:
        piece = f.text.replace("\n", " ")
        out += piece if not out or out.endswith(" ") or piece.startswith(" ") else " " + piece
    return " ".join(out.split())


def paragraphs(lines: list[list[Fragment]]) -> list[str]:
    """Lines joined into paragraphs: a wider gap than the usual line spacing starts a new one; a long
    line runs on into the next (a hyphenated word is mended); short lines (a list, credits) stay lines."""
    texts = [line_text(line) for line in lines]
    gaps = sorted(lines[i][0].y - lines[i + 1][0].y for i in range(len(lines) - 1) if lines[i][0].y > lines[i + 1][0].y)
    spacing = gaps[len(gaps) // 3] if gaps else 0.0
    lengths = sorted(len(t) for t in texts)
    full = lengths[int(len(lengths) * 0.9)] if lengths else 0  # a line that runs the column's width
    out: list[str] = []
    current = ""
    for i, text in enumerate(texts):
        if not text:
            continue
        gap = lines[i - 1][0].y - lines[i][0].y if i else 0.0
        if current and (gap > spacing * 1.45 or (gap < 0 and not runs_on(current, text))):
            out.append(current)
            current = ""
        if not current:
            current = text
        elif runs_on(current, text) and (gap < 0 or len(texts[i - 1]) >= full * 0.8):
            current = join(current, text)
        elif len(texts[i - 1]) >= full * 0.8 and not current.endswith(":") and not LABELLED.match(text):
            current += " " + text
        else:
            current += "\n" + text
    return out + ([current] if current else [])


def runs_on(before: str, after: str) -> bool:
    """A paragraph that stops mid-sentence at a column's or page's end and goes on in the next."""
    if not before or not after or before[-1] in '.!?:”"':
        return False
    last = before.split()[-1]
    return after[:1].islower() or last[:1].islower() or last.endswith(",")


def join(before: str, after: str) -> str:
    """Two pieces of one paragraph, a word hyphenated across the break mended."""
    return before[:-1] + after if HYPHENATED.search(before) else before + " " + after
