"""Control and bidi-override characters typed or pasted into a kit never reach what others read: the
PDF's pages, bookmarks and document info, the web page, or the names of files in the press bundle."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from presskit.bundle import export_bundle
from presskit.model import CastMember, Contact, Credits, Festival, FilmInfo, KitStyle, PressKit, Release, Still
from presskit.pdf import export_pdf
from presskit.resources import resource
from presskit.web import export_web

HIDDEN = "\x00\x07\x1b\x7f\x85\x9b\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
RLO, NUL = "\u202e", "\x00"


def hidden_in(text: str) -> set[str]:
    return set(text) & set(HIDDEN)


@pytest.fixture
def kit(tmp_path: Path) -> PressKit:
    """A kit whose title, names, captions and file names carry NUL, U+202E and other hidden characters."""
    Image.new("RGB", (64, 48), (30, 60, 90)).save(tmp_path / f"still{RLO}gpj.png")
    Image.new("RGBA", (64, 24), (200, 0, 0, 255)).save(tmp_path / f"logo{RLO}.png")
    shutil.copyfile(resource("fonts", "NotoSans-Regular.ttf"), tmp_path / f"House{RLO}\u2066.ttf")
    return PressKit(
        film=FilmInfo(title=f"Harbour{NUL} Lights{RLO}", genre="Drama\u200f\x85", logline="A keeper."),
        credits=Credits(directors=[f"Ada{NUL} Brenn"], cast=[CastMember(actor=f"Zoë\u200e Lind\x07{RLO}evil")]),
        release=Release(distributor=f"North{RLO}light\u2066 Pictures\u2069", date_text="May 2"),
        contacts=[Contact(name="Ana\x1b[31m Ruiz", email="ana@example.com")],
        festivals=[Festival(name=f"Rotterdam{RLO}")],
        stills=[Still(file=f"still{RLO}gpj.png", caption=f"The lamp{NUL} room{RLO} at dusk")],
        style=KitStyle(logo=f"logo{RLO}.png", body_font=f"House{RLO}\u2066.ttf", legal_line=f"©{NUL} Northlight"),
    )


def test_the_pdf_pages_bookmarks_and_document_info_hold_none(kit: PressKit, tmp_path: Path) -> None:
    export_pdf(kit, tmp_path / "kit.pdf", base_dir=tmp_path)
    reader = PdfReader(tmp_path / "kit.pdf")
    pages = " ".join(page.extract_text() for page in reader.pages)
    assert "Harbour Lights" in re.sub(r"[ \n]+", " ", pages)  # the cover's title may wrap
    assert "Zoë Lind" in pages and "HARBOUR LIGHTS" in pages  # the header too
    assert hidden_in(pages) == set()
    info = reader.metadata
    assert (info.title, info.author) == ("Harbour Lights", "Northlight Pictures")
    assert hidden_in(" ".join(str(v) for v in info.values())) == set()
    assert reader.outline[0].title == "Harbour Lights"
    assert hidden_in(" ".join(o.title for o in reader.outline)) == set()


def test_the_web_page_and_its_title_hold_none(kit: PressKit, tmp_path: Path) -> None:
    export_web(kit, tmp_path / "site", base_dir=tmp_path)
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "<title>Harbour Lights — " in page and "Zoë Lind" in page
    assert hidden_in(page) == set()
    assert hidden_in((tmp_path / "site" / "style.css").read_text(encoding="utf-8")) == set()
    assert hidden_in(" ".join(p.name for p in (tmp_path / "site").rglob("*"))) == set()


def test_the_bundle_names_its_files_without_them(kit: PressKit, tmp_path: Path) -> None:
    export_bundle(kit, tmp_path / "bundle.zip", base_dir=tmp_path)
    names = zipfile.ZipFile(tmp_path / "bundle.zip").namelist()
    assert "Harbour Lights - Press Kit/Harbour Lights - Press Kit.pdf" in names
    assert "Harbour Lights - Press Kit/stills/01-harbour-lights-still.png" in names
    assert hidden_in(" ".join(names)) == set()


def test_a_file_name_with_a_nul_is_reported_missing_not_raised(tmp_path: Path) -> None:
    kit = PressKit(
        film=FilmInfo(title="Harbour Lights"),
        stills=[Still(file=f"still{NUL}.jpg")],
        festivals=[Festival(name="Rotterdam", laurel=f"laurel{NUL}.png")],
        style=KitStyle(logo=f"logo{NUL}.png", body_font=f"House{NUL}.ttf"),
    )
    warnings = export_pdf(kit, tmp_path / "kit.pdf") + export_web(kit, tmp_path / "site")
    assert any("“still.jpg” is missing" in w for w in warnings) and any("was not found" in w for w in warnings)
