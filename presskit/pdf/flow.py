"""How the sections follow one another: a section starts on the page the last one ended on when a
third of it is left (no page a fifth used but a section's last), unless the registry says it starts a
page, its heading kept with its first block."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table

SECTION_ROOM = 0.3  # share of a page a section needs left to start on it; else it starts on the next page
SECTION_GAP = 22.0  # points between a section and the next on the same page
HELD_BLOCK = 0.6  # share of a page: a first block this tall moves with its heading (the page left stays used)
SHORT_TABLE = 8  # rows: a table this short starts on the page its heading is on, or both move on


def flow(sections: list[tuple[list[Any], bool]], width: float, page: float) -> tuple[list[Any], list[tuple[str, str]]]:
    """The sections' flowables (each with whether it starts a page) as one story for a frame `page`
    points tall, and the contents entries (title, bookmark key) of their headings in print order."""
    body: list[Any] = []
    entries: list[tuple[str, str]] = []
    for part, starts_page in sections:
        entries += [(f.outline_title, f"s{f.outline_key}") for f in part if getattr(f, "outline_key", None)]
        if part:
            part = with_first_block(part, width, page * HELD_BLOCK)
            if not body:
                body = part
            elif starts_page:
                body += [PageBreak(), *part]
            else:
                body += [CondPageBreak(page * SECTION_ROOM), Gap(1, SECTION_GAP), *part]
    return body, entries


def with_first_block(part: list[Any], width: float, most: float) -> list[Any]:
    """A section whose heading is kept with what follows it when that is one block no taller than
    `most` (a short paragraph, a quote, a row of stills or laurels): never a heading alone at the foot
    of a page. A longer block is not held back: it starts under its heading and runs on."""
    at = next((i for i, f in enumerate(part) if getattr(f, "outline_key", None)), None)
    if at is None or at + 1 >= len(part) or _height(part[at + 1], width) > most:
        return part
    block = part[at + 1]
    held = block._content if isinstance(block, KeepTogether) else [block]  # nested, it would never fit
    return [KeepTogether([*part[: at + 1], *held]), *part[at + 2 :]]


def _height(block: Any, width: float) -> float:
    if isinstance(block, KeepTogether):
        return sum(_height(f, width) for f in block._content)
    if isinstance(block, Table) and len(block._cellvalues) > SHORT_TABLE:
        return float("inf")  # not wrapped only to learn that it is long
    return float(block.wrap(width, 1e6)[1]) + block.getSpaceBefore() + block.getSpaceAfter()


class Gap(Spacer):
    """Room between two sections on one page; none at the top of a page."""

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        frame = getattr(self, "_frame", None)
        return (avail_w, 0.0) if frame is not None and frame._atTop else (avail_w, self.height)
