"""What a print designer looks at: laurels that hold their words and stand apart, stills in an even
grid, sections that share pages instead of leaving them empty."""

from __future__ import annotations

import io
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from pypdf import PdfReader
from rich_kit import rich_kit

from presskit.pdf import export_pdf, render
from presskit.pdf.laurels import GAP, laurel_row
from presskit.pdf.sections import stills
from presskit.pdf.styles import build_styles

NS = "{http://www.w3.org/1999/xhtml}"


def words_on(pdf: Path, page: int) -> list[tuple[float, float, float, float, str]]:
    xml = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"], capture_output=True, text=True
    ).stdout
    return [
        (*(float(w.get(k, 0)) for k in ("xMin", "yMin", "xMax", "yMax")), w.text or "")
        for w in ET.fromstring(xml).iter(NS + "word")
    ]


def test_laurels_print_every_word_of_a_long_festival_name_and_never_touch(tmp_path: Path) -> None:
    kit = rich_kit(tmp_path)
    pdf = tmp_path / "kit.pdf"
    export_pdf(kit, pdf, base_dir=tmp_path)
    cover = " ".join(w[4] for w in words_on(pdf, 1))
    for festival in kit.festivals[:4]:  # the four the cover has room for
        for word in festival.name.split():
            assert word in cover, word  # wrapped or set smaller, never cut at 34 characters
    st = build_styles(kit.style, tmp_path)
    width = kit.style.pagesize[0] - 2 * kit.style.margin
    row = laurel_row(kit.festivals, st, width, kit.style.ink)
    assert row is not None
    laurels = row._cellvalues[0]
    assert len(laurels) == 4 and sum(row._colWidths) <= width + 0.01
    assert all(col - laurel.width >= GAP - 0.01 for col, laurel in zip(row._colWidths[:-1], laurels[:-1], strict=True))


def test_stills_sit_in_frames_of_one_size_whatever_their_shape(tmp_path: Path) -> None:
    kit = rich_kit(tmp_path)
    st = build_styles(kit.style, tmp_path)
    rows = [row for table in stills(kit, st, 480) if hasattr(table, "_cellvalues") for row in table._cellvalues]
    assert len(rows) == 3
    frames = {(cell[0].draw_w, cell[0].draw_h) for row in rows for cell in row if cell}
    assert len(frames) == 1  # portrait, 2.39:1 and 3:2 stills alike: rows and captions line up
    ((w, h),) = frames
    assert abs(w - (480 - 14) / 2) < 0.01 and abs(h / w - 2 / 3) < 0.01  # a portrait is not a third of its column


def test_no_section_heading_is_left_at_the_foot_of_a_page(tmp_path: Path) -> None:
    """The sample kit's stills heading used to end page 9 with its first row of stills on page 10."""
    from samples import sample_kit

    from presskit.templates import TemplateStore

    kit = sample_kit(tmp_path)
    kit.style = TemplateStore().load("Classic Studio")[0].style
    reader = PdfReader(io.BytesIO(render(kit, base_dir=tmp_path).data))
    headings = {"At a Glance", "Synopsis", "Cast", "Crew", "Biographies", "What They Say", "Stills", "Release"}
    for page in reader.pages[1:]:
        furniture = ("HARBOUR LIGHTS PRESS KIT", "/")  # the running header, "n /" and the total
        lines = [ln.strip() for ln in page.extract_text().splitlines() if ln.strip() and not ln.strip().isdigit()]
        lines = [ln for ln in lines if not any(f in ln for f in furniture)]
        assert lines[-1] not in headings, lines[-3:]


def test_short_sections_share_pages(seed_kit) -> None:  # noqa: ANN001
    reader = PdfReader(io.BytesIO(render(seed_kit).data))
    texts = [page.extract_text() for page in reader.pages]
    assert len(texts) <= 5  # cover, then contents, at a glance, synopsis, cast, crew, quotes, release
    assert "Contents" in texts[1] and "At a Glance" in texts[1]
