"""Press-note PDFs made with ReportLab from a real press release (Warner Bros.' "Godzilla vs. Kong",
in the dev set), laid out as press notes are: a running header and footer with the page number,
labelled sections, words hyphenated at line ends, and, if asked, two columns whose lines are drawn
across the page in turn (so the file's own order is not the reading order)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

DEV = Path(__file__).parent / "data" / "eval" / "dev" / "07_godzilla_vs_kong_wb_press_release.txt"
FONT, SIZE, LEADING = "Helvetica", 10, 13
HEADER = "GODZILLA VS. KONG — PRESS NOTES"
FOOTER = "Warner Bros. Pictures · Legendary Pictures · Page {n}"


def release_paragraphs() -> list[str]:
    """The press release's paragraphs, as plain text."""
    raw = DEV.read_text(encoding="utf-8").replace("\u2063", "")
    parts = re.split(r"(?:<br>\s*){2,}|</?p>", raw)
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", " ", p)).split()) for p in parts if p.strip()]


def sections() -> list[tuple[str, list[str]]]:
    """The labelled sections of the notes, from the release's own words and names."""
    paras = release_paragraphs()
    synopsis = next(p for p in paras if p.startswith("Legends collide"))
    return [
        ("Synopsis", [synopsis]),
        ("Director's Statement", [next(p for p in paras if p.startswith("From Warner Bros."))]),
        (
            "Cast",
            [
                "Alexander Skarsgård",
                "Millie Bobby Brown",
                "Rebecca Hall",
                "Brian Tyree Henry",
                "Shun Oguri",
                "Eiza González",
            ],
        ),
        (
            "Crew",
            [
                "Director: Adam Wingard",
                "Screenplay: Eric Pearson, Max Borenstein",
                "Director of Photography: Ben Seresin",
                "Editor: Josh Schaeffer",
                "Costume Designer: Ann Foley",
            ],
        ),
        ("Technical Specifications", ["Running time: 113 minutes", "Aspect ratio: 2.39:1", "Sound: Dolby Atmos"]),
        ("Contacts", ["Publicity: Dana Pryce, dana.pryce@example.com, +1 310 555 0100"]),
    ]


def wrap(text: str, width: float) -> list[str]:
    """Lines of at most width points; a long word that does not fit is hyphenated, as typesetters do."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if stringWidth(trial, FONT, SIZE) <= width:
            line = trial
            continue
        if len(word) >= 8 and word.isalpha():
            for cut in range(len(word) - 3, 2, -1):
                head = f"{line} {word[:cut]}-".strip()
                if stringWidth(head, FONT, SIZE) <= width:
                    lines.append(head)
                    line = word[cut:]
                    break
            else:
                lines.append(line)
                line = word
        else:
            lines.append(line)
            line = word
    return lines + ([line] if line else [])


def notes_lines(width: float, repeat: int = 1) -> list[str]:
    """The notes as lines of a column ('' for a paragraph gap, '#' before a heading)."""
    out: list[str] = []
    for _ in range(repeat):
        for heading, paras in sections():
            out += ["", "#" + heading]
            for p in paras:
                out += wrap(p, width) if len(p) > 60 else [p]
    return out


def make_notes(path: Path, columns: int = 1, repeat: int = 1) -> Path:
    """Write the press notes as a PDF of one or two columns; repeat makes them longer."""
    canvas = Canvas(str(path), pagesize=(612, 792), invariant=1)
    top, bottom, margin, gap = 730, 70, 60, 24
    width = (612 - 2 * margin - (columns - 1) * gap) / columns
    rows = int((top - bottom) / LEADING)
    lines = notes_lines(width, repeat)
    per_page = rows * columns
    for page, first in enumerate(range(0, len(lines), per_page), start=1):
        canvas.setFont(FONT, 8)
        canvas.drawString(margin, 760, HEADER)
        canvas.drawString(margin, 40, FOOTER.format(n=page))
        chunk = lines[first : first + per_page]
        for row in range(rows):  # across the page, row by row: left column's line, then the right's
            for col in range(columns):
                k = col * rows + row
                if k < len(chunk) and chunk[k]:
                    text = chunk[k]
                    canvas.setFont("Helvetica-Bold" if text.startswith("#") else FONT, SIZE)
                    canvas.drawString(margin + col * (width + gap), top - row * LEADING, text.lstrip("#"))
        canvas.showPage()
    canvas.save()
    return path
