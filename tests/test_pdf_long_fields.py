"""Any length of any field exports: long cells wrap and run over pages, long words break, page furniture
is cut to fit its line, and the cover stays one page."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from presskit.model import (
    Bio,
    CastMember,
    Contact,
    Credits,
    CrewMember,
    Festival,
    FilmInfo,
    KitStyle,
    PressKit,
    Quote,
    Release,
    Screening,
    Still,
    Territory,
)
from presskit.pdf import export_pdf
from presskit.web import export_web

PROSE = ("a role described at such length that it cannot fit on one line of a table " * 27)[:2000].strip()
URL = "https://example.com/" + "a" * 3000  # one unbroken word, far wider than any column
LONG = f"{PROSE} {URL}"
PLACES = {  # where publicists have put very long text
    "crew role": lambda v: PressKit(credits=Credits(crew=[CrewMember(name="Ada Brenn", role=v)])),
    "crew department": lambda v: PressKit(credits=Credits(crew=[CrewMember(name="Ada", role="Grip", department=v)])),
    "crew name": lambda v: PressKit(credits=Credits(crew=[CrewMember(name=v, role="Editor")])),
    "cast character": lambda v: PressKit(credits=Credits(cast=[CastMember(actor="Zoë Lind", character=v)])),
    "festival name": lambda v: PressKit(festivals=[Festival(name=v)]),
    "contact company": lambda v: PressKit(contacts=[Contact(name="Ana", company=v)]),
    "quote attribution": lambda v: PressKit(quotes=[Quote(text="Luminous.", speaker=v)]),
    "screening venue": lambda v: PressKit(screenings=[Screening(venue=v, city="Rotterdam")]),
    "territory": lambda v: PressKit(release=Release(territories=[Territory(name=v, date_text="May 2")])),
    "still caption": lambda v: PressKit(stills=[Still(file="missing.jpg", caption=v)]),
    "bio name": lambda v: PressKit(bios=[Bio(name=v, text="Born by the sea.")]),
}


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


def in_order(needle: str, haystack: str) -> bool:
    """Every letter of needle is in haystack in the same order (headers and footers may come between)."""
    letters = iter(haystack)
    return all(c in letters for c in re.sub(r"\s+", "", needle))


@pytest.mark.parametrize("place", PLACES)
def test_a_field_of_5000_characters_exports_in_full_inside_the_margins(place: str, tmp_path: Path) -> None:
    kit = PLACES[place](LONG)
    kit.film.title = "Harbour Lights"
    pdf = tmp_path / "kit.pdf"
    export_pdf(kit, pdf)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages).lower()
    assert in_order(LONG.lower(), text)  # every character; the long word broken over lines
    assert inside_margins(pdf, kit.style)


def test_a_long_word_in_a_narrow_column_breaks_inside_its_column(tmp_path: Path) -> None:
    pdf = tmp_path / "kit.pdf"
    export_pdf(PressKit(credits=Credits(crew=[CrewMember(name="Ada Brenn", role=URL)])), pdf)
    style = KitStyle()
    role_column_ends = style.margin + (style.pagesize[0] - 2 * style.margin) * 0.35  # role | name
    pieces = [right for _, _, right, _, text in words(pdf) if "aaaa" in text]
    assert len(pieces) > 10 and max(pieces) <= role_column_ends


def test_a_row_taller_than_a_page_runs_over_pages_under_its_repeated_header(tmp_path: Path) -> None:
    crew = [
        CrewMember(name="Ada Brenn", role="Director of Photography"),
        CrewMember(name="Ivo Lind", role="grip " * 1000),
        CrewMember(name="Kim Osei", role="Gaffer"),
    ]
    pdf = tmp_path / "kit.pdf"
    export_pdf(PressKit(film=FilmInfo(title="X"), credits=Credits(crew=crew)), pdf)
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    with_grip = [text for text in pages if "grip grip" in text]
    assert len(with_grip) >= 3 and all("ROLE" in text and "NAME" in text for text in with_grip)
    assert "Gaffer" in pages[-1] and sum(text.lower().count("grip") for text in pages) == 1000


def test_a_run_of_empty_lines_in_a_cell_prints_as_one(tmp_path: Path) -> None:
    kit = PressKit(credits=Credits(cast=[CastMember(actor="Zoë Lind", character="Sea" + "\n" * 5000 + "Wall")]))
    export_pdf(kit, tmp_path / "kit.pdf")
    pages = [page.extract_text() for page in PdfReader(tmp_path / "kit.pdf").pages]
    assert len(pages) == 2 and "Sea" in pages[-1] and "Wall" in pages[-1]  # cover; at a glance and cast


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


def test_the_cover_stays_one_page_however_long_its_words(tmp_path: Path) -> None:
    kit = PressKit(
        film=FilmInfo(title="Harbour Lights " * 300, tagline="word" * 1200, logline="A keeper."),
        credits=Credits(directors=["Ada Brenn " * 200]),
        release=Release(date_text="May 2", distributor="Northlight " * 300),
    )
    pdf = tmp_path / "kit.pdf"
    export_pdf(kit, pdf)
    cover, after = (page.extract_text() for page in PdfReader(pdf).pages[:2])
    assert "wordword" in cover and "wordword" not in after


def test_file_names_of_5000_characters_fall_back_with_a_short_warning(tmp_path: Path) -> None:
    kit = PressKit(
        film=FilmInfo(title="Harbour Lights", logline="A keeper."),
        stills=[Still(file=URL, caption="Dusk")],
        festivals=[Festival(name="Rotterdam", laurel="l" * 5000)],
        style=KitStyle(logo="g" * 5000 + ".png", body_font="f" * 5000 + ".ttf"),
    )
    warnings = export_pdf(kit, tmp_path / "kit.pdf") + export_web(kit, tmp_path / "site")
    assert any("Image" in w for w in warnings) and any("was not found" in w for w in warnings)
    assert all(len(w) < 200 for w in warnings)  # a message quotes the start of a name, not all of it
