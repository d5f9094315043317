"""Any length of any field exports: page furniture is cut to fit its line."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader

from presskit.model import FilmInfo, KitStyle, PressKit
from presskit.pdf import export_pdf


def words(pdf: Path) -> list[tuple[int, float, float, float, str]]:
    """Every word pdftotext finds: (page, left, right, top, text)."""
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "poppler-utils is installed by make"
    xml = subprocess.run([pdftotext, "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    found = re.finditer(r'<page |xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>', xml)
    out, page = [], 0
    for m in found:
        if m[1] is None:
            page += 1
        else:
            out.append((page, float(m[1]), float(m[3]), float(m[2]), m[4]))
    return out


def inside_margins(pdf: Path, style: KitStyle) -> bool:
    """No word of any page runs into the left or right margin."""
    left_edge, right_edge = style.margin - 1, style.pagesize[0] - style.margin + 1
    return all(left_edge <= left and right <= right_edge for _, left, right, _, _ in words(pdf))


def test_a_title_of_2000_characters_is_cut_to_the_header_line_with_an_ellipsis(tmp_path: Path) -> None:
    style = KitStyle(legal_line="© Northlight Pictures. All rights reserved. " * 8)
    pdf = tmp_path / "kit.pdf"
    export_pdf(PressKit(film=FilmInfo(title="Harbour " * 250, logline="A lighthouse keeper."), style=style), pdf)
    assert "…" in PdfReader(pdf).pages[1].extract_text()
    assert inside_margins(pdf, style)
    footer = [w for w in words(pdf) if w[0] == 2 and w[3] > style.pagesize[1] - style.margin]
    number = [(left, right) for _, left, right, _, text in footer if re.fullmatch(r"\d+|/", text)]  # "2 / 2"
    legal = [right for _, _, right, _, text in footer if not re.fullmatch(r"\d+|/", text)]
    assert legal and max(legal) < min(left for left, _ in number)
