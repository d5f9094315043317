"""The cover sells the film: its own key art (never a still), the title, a pull quote, the laurels, a
billing block set from the credits, the contacts with the screener links, the embargo line; and a
cover without any image is still a designed page, not a void."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from samples import sample_kit, still_image
from test_preflight import PREFLIGHT  # the shared preflight, or the copy of it in tests/data

from presskit.model import CrewMember, Link, Quote
from presskit.pdf import export_pdf
from presskit.resources import resource
from presskit.templates.store import load_template

TEMPLATES = ["classic-studio", "festival-submission", "minimal"]


@pytest.fixture
def kit(tmp_path: Path):  # noqa: ANN201 - a PressKit whose files are in tmp_path
    k = sample_kit(tmp_path, cast=5, crew=4, stills=2, quotes=3, paragraphs=2)
    k.credits.crew += [
        CrewMember(name="Nick Urata", role="Composer"),
        CrewMember(name="Matthew Libatique", role="Director of Photography"),
    ]
    k.links = [Link(kind="Screener", url="https://vimeo.com/123456789", password="harbour26", expires="until 30 Nov")]
    k.embargo = "Embargoed until 9 September 2026"
    return k


def cover_text(pdf: Path) -> str:
    """The cover's text in the order it is set (the billing block's justified gaps are not columns)."""
    command = ["pdftotext", "-raw", "-f", "1", "-l", "1", str(pdf), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def words_in_order(needles: list[str], text: str) -> bool:
    """Each phrase occurs after the one before it (spaces and line ends between words are free)."""
    flat = " ".join(text.split()).upper()
    at = 0
    for needle in needles:
        found = flat.find(" ".join(needle.split()).upper(), at)
        if found < 0:
            return False
        at = found + len(needle)
    return True


def test_the_billing_block_reads_like_a_one_sheet_in_poster_order(kit, tmp_path: Path) -> None:
    pdf = tmp_path / "kit.pdf"
    export_pdf(kit, pdf, base_dir=tmp_path)
    order = ["A Northlight Pictures presentation", "A film by Ada Brenn", "Starring", kit.credits.cast[0].actor]
    order += ["Harbour Lights", "Music by Nick Urata", "Director of photography Matthew Libatique"]
    order += ["Produced by Kim Osei", "Written by Ada Brenn", "Directed by Ada Brenn"]
    assert words_in_order(order, cover_text(pdf))


def test_a_french_billing_block_elides_de_before_a_vowel(kit, tmp_path: Path) -> None:
    kit.language = "fr"
    pdf = tmp_path / "kit.pdf"
    export_pdf(kit, pdf, base_dir=tmp_path)
    assert words_in_order(["Northlight Pictures présente", "Un film d'Ada Brenn", "Avec"], cover_text(pdf))


def page_one_images(pdf: Path) -> list:  # noqa: ANN401 - pypdf image objects
    page = PdfReader(pdf).pages[0]
    xobjects = page.get("/Resources", {}).get("/XObject", {}) or {}
    return [x.get_object() for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]


@pytest.mark.parametrize("size", [(1350, 2000), (2400, 1000)], ids=["portrait poster", "landscape key art"])
def test_the_cover_shows_the_key_art_file_not_a_still(kit, tmp_path: Path, size: tuple[int, int]) -> None:
    still_image(tmp_path / "poster.jpg", 99, size)
    kit.key_art = "poster.jpg"
    pdf = tmp_path / "kit.pdf"
    export_pdf(kit, pdf, base_dir=tmp_path)
    (art,) = page_one_images(pdf)
    assert art._data == (tmp_path / "poster.jpg").read_bytes()  # the key art's own JPEG, placed as it is


def test_without_key_art_the_cover_has_no_image_and_no_empty_stretch(kit, tmp_path: Path) -> None:
    for template in TEMPLATES:
        kit.style = load_template(resource("templates", template))[0].style
        pdf = tmp_path / f"{template}.pdf"
        export_pdf(kit, pdf, base_dir=tmp_path)
        assert page_one_images(pdf) == []  # the stills are in the stills section, not on the cover
        assert longest_plain_stretch(pdf) < 0.3, template


def longest_plain_stretch(pdf: Path) -> float:
    """The tallest run of page-wide rows of one colour on the cover, as a share of the page's height."""
    png = subprocess.run(["pdftoppm", "-r", "30", "-f", "1", "-l", "1", "-png", str(pdf)], capture_output=True).stdout
    im = Image.open(io.BytesIO(png)).convert("L")
    rows = [len({im.getpixel((x, y)) for x in range(im.width)}) == 1 for y in range(im.height)]
    longest = run = 0
    for plain in rows:
        run = run + 1 if plain else 0
        longest = max(longest, run)
    return longest / im.height


def test_the_cover_carries_the_pull_quote_contacts_links_and_embargo(kit, tmp_path: Path) -> None:
    for q in kit.quotes:
        q.pull_quote = False
    kit.quotes.insert(1, Quote(text="Luminous.", speaker="Ann Lee", outlet="Variety", pull_quote=True))
    pdf = tmp_path / "kit.pdf"
    export_pdf(kit, pdf, base_dir=tmp_path)
    text = cover_text(pdf)
    assert text.lstrip().upper().startswith("EMBARGOED UNTIL 9 SEPTEMBER 2026")  # first, across the top
    assert words_in_order(["“Luminous.”", "Ann Lee, Variety"], text)
    assert words_in_order(["Mara Quinn", "press@northlight.example", "Screener", "vimeo.com/123456789"], text)
    assert words_in_order(["Password: harbour26", "until 30 Nov"], text)
    uris = {a.get_object()["/A"]["/URI"] for a in PdfReader(pdf).pages[0].get("/Annots", [])}
    assert {"https://vimeo.com/123456789", "mailto:press@northlight.example"} <= uris


def test_the_screener_link_is_printed_with_the_contacts_too(kit, tmp_path: Path) -> None:
    pdf = tmp_path / "kit.pdf"
    export_pdf(kit, pdf, base_dir=tmp_path)
    reader = PdfReader(pdf)
    last = reader.pages[-1]
    assert "Password: harbour26" in last.extract_text()
    assert "https://vimeo.com/123456789" in {a.get_object()["/A"]["/URI"] for a in last.get("/Annots", [])}


def test_a_filmmakers_own_words_are_never_the_covers_pull_quote(seed_kit, tmp_path: Path) -> None:
    pdf = tmp_path / "kit.pdf"
    export_pdf(seed_kit, pdf)
    text = " ".join(cover_text(pdf).split())
    assert not any(q.text[:30] in text for q in seed_kit.quotes)
    assert re.search(r"DIRECTED BY\s+VALERIE FARIS", text)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is needed; make test installs it")
@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("art", [None, (1350, 2000), (2400, 1000)], ids=["no art", "poster", "landscape"])
def test_preflight_finds_nothing_on_the_cover(kit, tmp_path: Path, template: str, art: tuple | None) -> None:
    kit.style = load_template(resource("templates", template))[0].style
    if art:
        still_image(tmp_path / "art.jpg", 5, art)
        kit.key_art = "art.jpg"
    pdf = tmp_path / "kit.pdf"
    export_pdf(kit, pdf, base_dir=tmp_path)
    report = subprocess.run([sys.executable, str(PREFLIGHT), str(pdf)], capture_output=True, text=True).stdout
    assert not [line for line in report.splitlines() if re.match(r"(ERROR|WARN)\s+page 1:", line)]


def test_the_distributors_logo_is_on_the_cover_under_the_billing_block(kit, tmp_path: Path) -> None:
    Image.new("RGB", (600, 160), (200, 160, 60)).save(tmp_path / "logo.jpg")
    kit.style.logo = "logo.jpg"
    pdf = tmp_path / "kit.pdf"
    export_pdf(kit, pdf, base_dir=tmp_path)
    (logo,) = page_one_images(pdf)
    assert logo._data == (tmp_path / "logo.jpg").read_bytes()


def test_a_quote_the_cover_face_cannot_print_gives_way_to_the_next(kit, tmp_path: Path) -> None:
    for q in kit.quotes:
        q.pull_quote = False
    kit.quotes[:0] = [
        Quote(text="★★★★★ A triumph.", speaker="Ann Lee", outlet="Empire", pull_quote=True),
        Quote(text="Luminous.", speaker="Bo Ray", outlet="Variety", pull_quote=True),
    ]
    pdf = tmp_path / "kit.pdf"
    export_pdf(kit, pdf, base_dir=tmp_path)
    text = cover_text(pdf)
    assert "A triumph" not in text and words_in_order(["“Luminous.”", "Bo Ray, Variety"], text)
