"""PDF export, read back with pypdf: the text a journalist needs is there, and prints exactly."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from presskit.model import CastMember, Contact, FilmInfo, PressKit, Quote, Synopsis
from presskit.pdf import build_pdf, export_pdf


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_seed_kit_pdf_holds_title_cast_and_every_quote(seed_kit: PressKit) -> None:
    text = _text(build_pdf(seed_kit))
    assert "Ruby Sparks" in text
    for member in seed_kit.credits.cast:
        assert member.actor in text
    for quote in seed_kit.quotes:
        assert " ".join(quote.text.split())[:60] in text


def test_pages_are_numbered_n_of_total(seed_kit: PressKit) -> None:
    reader = PdfReader(io.BytesIO(build_pdf(seed_kit)))
    total = len(reader.pages)
    assert total >= 3
    assert f"2 / {total}" in reader.pages[1].extract_text()
    assert f"{total} / {total}" in reader.pages[-1].extract_text()


def test_unicode_names_print_with_the_embedded_font() -> None:
    kit = PressKit(film=FilmInfo(title="Godzilla vs. Kong"),
                   credits={"cast": [CastMember(actor="Zoë Kravitz"), CastMember(actor="Alexander Skarsgård"),
                                     CastMember(actor="Demián Bichir")]})
    data = build_pdf(kit)
    text = _text(data)
    for name in ("Zoë Kravitz", "Alexander Skarsgård", "Demián Bichir"):
        assert name in text
    fonts = {str(f.get("/BaseFont")) for p in PdfReader(io.BytesIO(data)).pages
             for f in (p.get("/Resources", {}).get("/Font", {}) or {}).values()}
    assert any("NotoSerif" in f for f in fonts) and not any("Helvetica" in f for f in fonts)


CVE_2023_33733 = (
    "[[[getattr(pow, Word('__globals__'))['os'].system('touch /tmp/presskit-pwned') "
    "for Word in [ orgTypeFun( 'Word', (str,), { 'mutated': 1, 'startswith': lambda self, x: 1 == 0, "
    "'__eq__': lambda self, x: self.mutate() and self.mutated < 0 and str(self) == x, "
    "'mutate': lambda self: { setattr(self, 'mutated', self.mutated - 1) }, "
    "'__hash__': lambda self: hash(str(self)), }, ) ] ] for orgTypeFun in [type(type(1))] ] "
    "and 'red'"
)


@pytest.mark.parametrize("payload", [
    '<font color="red">not red</font>', '<img src="/etc/passwd"/>', '<a href="javascript:alert(1)">x</a>',
    "<b>unclosed", "&#", "&amp; stays", f'<para><font color="{CVE_2023_33733}">exploit</font></para>',
])
def test_markup_in_text_prints_exactly_as_typed(payload: str, tmp_path: Path) -> None:
    kit = PressKit(film=FilmInfo(title=payload), synopsis=Synopsis(long=payload),
                   quotes=[Quote(text=payload, speaker=payload)])
    data = build_pdf(kit)
    text = _text(data)
    assert " ".join(payload.split())[:40] in text
    assert b"/URI" not in data
    assert not Path("/tmp/presskit-pwned").exists()
    reader = PdfReader(io.BytesIO(data))
    assert all("/Annots" not in page for page in reader.pages)


def test_only_email_and_web_fields_make_links() -> None:
    kit = PressKit(film=FilmInfo(title="X"), contacts=[Contact(name="Ann", email="ann@example.com")])
    reader = PdfReader(io.BytesIO(build_pdf(kit)))
    uris = [a.get_object()["/A"]["/URI"] for p in reader.pages for a in p.get("/Annots", [])]
    assert uris == ["mailto:ann@example.com"]


def test_export_to_an_unwritable_place_says_so_and_writes_nothing(tmp_path: Path) -> None:
    from presskit.errors import PresskitError

    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x")
    with pytest.raises(PresskitError, match="Cannot write"):
        export_pdf(PressKit(film=FilmInfo(title="X")), not_a_folder / "kit.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_export_to_a_read_only_folder_says_so(tmp_path: Path) -> None:
    from presskit.errors import PresskitError

    tmp_path.chmod(0o500)
    try:
        with pytest.raises(PresskitError, match="Cannot write"):
            export_pdf(PressKit(film=FilmInfo(title="X")), tmp_path / "kit.pdf")
    finally:
        tmp_path.chmod(0o700)


def test_first_page_renders_non_blank(seed_kit: PressKit, tmp_path: Path) -> None:
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "poppler-utils is installed by make"
    pdf = tmp_path / "kit.pdf"
    export_pdf(seed_kit, pdf)
    subprocess.run([pdftoppm, "-r", "20", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")], check=True)
    png = next(tmp_path.glob("p*.png"))
    from PIL import Image

    colours = Image.open(png).convert("L").getextrema()
    assert colours[1] - colours[0] > 100  # light title on a dark cover, not one flat colour
