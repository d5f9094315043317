"""The billing block: the credits of a one-sheet set in capitals, labels small and names larger, in the
template's label face narrowed to a condensed width, every line justified and the last one centred."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from presskit.onesheet import Credit
from presskit.text_safety import one_line

CONDENSED = 80  # per cent of the face's width: a label face narrowed, as billing blocks are set
Unit = tuple[str, float]  # words that stay on one line (a label, a name), and their size


def units(credits: list[Credit], name_size: float) -> list[Unit]:
    """The block's unbreakable pieces: each label and each name, in capitals."""
    label_size = round(name_size * 0.68, 2)
    out: list[Unit] = []
    for credit in credits:
        for text, is_name in credit:
            if not is_name:
                out.append((one_line(text).upper(), label_size))
                continue
            names = one_line(text).upper().split(" & ")  # a line may break after each "&", never inside a name
            out += [(n + (" &" if i < len(names) - 1 else ""), name_size) for i, n in enumerate(names)]
    return out


class BillingBlock(Flowable):
    """The credits as a justified block of capitals; it reports the height it needs for a width."""

    def __init__(self, credits: list[Credit], face: str, colour: str, name_size: float = 8.5) -> None:
        super().__init__()
        self.face, self.colour, self.size = face, colour, name_size
        self.pieces = units(credits, name_size)
        self.lines: list[list[Unit]] = []
        self.width = self.height = 0.0

    def _wide(self, piece: Unit) -> float:
        return stringWidth(piece[0], self.face, piece[1]) * CONDENSED / 100

    def _space(self) -> float:
        return stringWidth(" ", self.face, self.size) * CONDENSED / 100 * 1.6

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width, self.lines = avail_w, []
        line: list[Unit] = []
        pieces = [
            part
            for piece in self.pieces
            for part in ([piece] if self._wide(piece) <= avail_w else [(w, piece[1]) for w in piece[0].split()])
        ]  # a name wider than the block breaks between its words
        for piece in pieces:
            used = sum(self._wide(p) for p in line) + self._space() * len(line)
            if line and used + self._wide(piece) > avail_w:
                self.lines.append(line)
                line = []
            line.append(piece)
        if line:
            self.lines.append(line)
        self.height = len(self.lines) * self.size * 1.3
        return self.width, self.height

    def draw(self) -> None:
        c: Any = self.canv
        c.saveState()
        c.setFillColor(colors.HexColor(self.colour))
        y = self.height - self.size
        for n, line in enumerate(self.lines):
            natural = sum(self._wide(p) for p in line)
            last = n == len(self.lines) - 1
            gap = self._space() if last or len(line) == 1 else (self.width - natural) / (len(line) - 1)
            gap = min(gap, self._space() * 4)  # a short line is centred rather than stretched apart
            x = (self.width - natural - gap * (len(line) - 1)) / 2
            for i, (text, size) in enumerate(line):
                t = c.beginText(x, y)
                t.setFont(self.face, size)
                t.setHorizScale(CONDENSED)
                t.textOut(text + (" " if i < len(line) - 1 else ""))  # a real space between words for readers
                c.drawText(t)
                x += self._wide((text, size)) + gap
            y -= self.size * 1.3
        c.restoreState()
