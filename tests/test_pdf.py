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
        assert " ".join(quote.text.split()).rstrip(",")[:60] in text
    assert ",”" not in text  # the comma that led into "she said" in the article is not printed


def test_pages_are_numbered_n_of_total(seed_kit: PressKit) -> None:
    reader = PdfReader(io.BytesIO(build_pdf(seed_kit)))
    total = len(reader.pages)
    assert total >= 3

    def text(n: int) -> str:  # N is a small form drawn after "n / ": the text extractor puts a break there
        return " ".join(reader.pages[n].extract_text().split())

    assert f"2 / {total}" in text(1)
    assert f"{total} / {total}" in text(-1)


def test_unicode_names_print_with_the_embedded_font() -> None:
    kit = PressKit(
        film=FilmInfo(title="Godzilla vs. Kong"),
        credits={
            "cast": [
                CastMember(actor="Zoë Kravitz"),
                CastMember(actor="Alexander Skarsgård"),
                CastMember(actor="Demián Bichir"),
            ]
        },
    )
    data = build_pdf(kit)
    text = _text(data)
    for name in ("Zoë Kravitz", "Alexander Skarsgård", "Demián Bichir"):
        assert name in text
    fonts = {
        str(f.get("/BaseFont"))
        for p in PdfReader(io.BytesIO(data)).pages
        for f in (p.get("/Resources", {}).get("/Font", {}) or {}).values()
    }
    assert any("NotoSerif" in f for f in fonts) and not any("Helvetica" in f for f in fonts)


CVE_2023_33733 = (
    "[[[getattr(pow, Word('__globals__'))['os'].system('touch /tmp/presskit-pwned') "
    "for Word in [ orgTypeFun( 'Word', (str,), { 'mutated': 1, 'startswith': lambda self, x: 1 == 0, "
    "'__eq__': lambda self, x: self.mutate() and self.mutated < 0 and str(self) == x, "
    "'mutate': lambda self: { setattr(self, 'mutated', self.mutated - 1) }, "
    "'__hash__': lambda self: hash(str(self)), }, ) ] ] for orgTypeFun in [type(type(1))] ] "
    "and 'red'"
)


@pytest.mark.parametrize(
    "payload",
    [
        '<font color="red">not red</font>',
        '<img src="/etc/passwd"/>',
        '<a href="javascript:alert(1)">x</a>',
        "<b>unclosed",
        "&#",
        "&amp; stays",
        f'<para><font color="{CVE_2023_33733}">exploit</font></para>',
    ],
)
def test_markup_in_text_prints_exactly_as_typed(payload: str, tmp_path: Path) -> None:
    kit = PressKit(
        film=FilmInfo(title=payload), synopsis=Synopsis(long=payload), quotes=[Quote(text=payload, speaker=payload)]
    )
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
    uris = {a.get_object()["/A"]["/URI"] for p in reader.pages for a in p.get("/Annots", [])}
    assert uris == {"mailto:ann@example.com"}  # on the cover and in the contacts


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


# -- the designed kit: navigation, metadata, images, reproducibility -------------------------------------


@pytest.fixture(scope="module")
def sample(tmp_path_factory):  # noqa: ANN201
    from samples import sample_kit

    folder = tmp_path_factory.mktemp("sample")
    return sample_kit(folder), folder


def test_every_section_has_an_outline_entry_and_a_clickable_contents_line(sample) -> None:  # noqa: ANN001
    kit, folder = sample
    reader = PdfReader(io.BytesIO(build_pdf(kit, base_dir=folder)))
    titles = [o.title for o in reader.outline]
    assert titles == [
        "Harbour Lights",
        "At a Glance",
        "Festivals & Awards",
        "Synopsis",
        "Director's Statement",
        "Cast",
        "Crew",
        "Biographies",
        "What They Say",
        "Stills",
        "Production Notes",
        "Technical Specifications",
        "Release",
        "Contacts",
    ]
    contents = reader.pages[1]
    assert "Contents" in contents.extract_text()
    links = [a.get_object() for a in contents.get("/Annots", [])]
    assert len(links) >= len(titles) - 1 and all("/Dest" in a or "/A" in a for a in links)


def test_sections_appear_in_the_industry_order(sample) -> None:  # noqa: ANN001
    kit, folder = sample
    text = _text(build_pdf(kit, base_dir=folder))
    body = text[text.index("At a Glance", text.index("Contacts") + 1) :]
    positions = [
        body.index(h)
        for h in ("At a Glance", "Synopsis", "Cast", "Crew", "What They Say", "Stills", "Release", "Contacts")
    ]
    assert positions == sorted(positions)


def test_metadata_and_embedded_fonts(sample) -> None:  # noqa: ANN001
    kit, folder = sample
    reader = PdfReader(io.BytesIO(build_pdf(kit, base_dir=folder)))
    meta = reader.metadata
    assert meta.title == "Harbour Lights" and meta.author == "Northlight Pictures"
    assert "Harbour Lights" in meta.subject and "press kit" in meta["/Keywords"]
    assert meta["/CreationDate"].startswith("D:")
    font = next(iter(reader.pages[2]["/Resources"]["/Font"].values())).get_object()
    descendant = font.get("/DescendantFonts", [font])[0].get_object() if "/DescendantFonts" in font else font
    assert "/FontFile2" in descendant["/FontDescriptor"] or "/FontFile2" in font.get("/FontDescriptor", {})


def test_long_cast_lists_repeat_their_header_on_every_page(tmp_path: Path) -> None:
    from samples import sample_kit

    kit = sample_kit(tmp_path, cast=150, crew=0, stills=0)
    reader = PdfReader(io.BytesIO(build_pdf(kit, base_dir=tmp_path)))
    cast_pages = [p.extract_text() for p in reader.pages if "Character 1" in (p.extract_text() or "")]
    pages_with_rows = [
        t
        for t in reader.pages
        if "Character 14" in (t.extract_text() or "") or "Character 149" in (t.extract_text() or "")
    ]
    assert cast_pages and len(pages_with_rows) >= 2
    assert all("ACTOR" in p.extract_text() for p in pages_with_rows)


def test_same_kit_same_bytes_in_invariant_mode(sample) -> None:  # noqa: ANN001
    from reportlab import rl_config

    kit, folder = sample
    rl_config.invariant = 1
    try:
        assert build_pdf(kit, base_dir=folder) == build_pdf(kit, base_dir=folder)
    finally:
        rl_config.invariant = 0


def test_a4_page_size_from_the_look(sample) -> None:  # noqa: ANN001
    from presskit.model import KitStyle

    kit, folder = sample
    reader = PdfReader(io.BytesIO(build_pdf(kit, KitStyle(page="A4"), base_dir=folder)))
    assert [round(float(x)) for x in reader.pages[0].mediabox[2:]] == [595, 842]


def test_every_bookmark_and_contents_link_lands_on_the_page_with_its_heading(seed_kit, tmp_path: Path) -> None:  # noqa: ANN001
    """Not only that they exist: each one opens the page where its section starts."""
    from presskit.pdf import export_pdf

    export_pdf(seed_kit, tmp_path / "kit.pdf")
    reader = PdfReader(tmp_path / "kit.pdf")
    texts = [page.extract_text().upper() for page in reader.pages]
    entries = [o for o in reader.outline if not isinstance(o, list)]
    assert len(entries) >= 5
    pages = [reader.get_destination_page_number(o) for o in entries]
    assert len(set(pages)) >= 4  # not every one on the cover
    for entry, n in zip(entries, pages, strict=True):
        assert entry.title.upper() in texts[n], (entry.title, n + 1)
    index = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}
    targets = [
        index[a.get_object()["/Dest"][0].idnum]
        for page in reader.pages
        for a in page.get("/Annots") or []
        if a.get_object().get("/Subtype") == "/Link" and "/Dest" in a.get_object()
    ]
    assert len(targets) >= 5 and set(targets) <= set(pages)  # each contents line opens a section's page
    assert len(set(targets)) >= 3  # short sections share pages: six sections on three pages


def test_press_quotes_are_printed_apart_from_the_filmmakers_own_words(seed_kit: PressKit) -> None:
    """A critic's line with its outlet is press; a line said by someone in the credits is the
    filmmakers' own words, under a heading of its own after the press."""
    kit = seed_kit.model_copy(deep=True)
    text = _text(build_pdf(kit))
    assert "In Their Own Words" in text and "What They Say" not in text  # the article quotes only its makers
    kit.quotes.insert(3, Quote(text="★★★★ Charming and sly.", speaker="Manohla Dargis", outlet="The Times"))
    text = _text(build_pdf(kit))
    press, own = text.index("Charming and sly"), text.index("In Their Own Words")
    assert text.index("What They Say") < press < own < text.index("In our society")


def test_the_running_header_and_footer_print_stars_and_scripts_their_font_lacks() -> None:
    """★ in a title and ★ or ♫ in a legal line are printed in the fallback font, as in the pages' text,
    not dropped from the header and footer of every page."""
    kit = PressKit(
        film=FilmInfo(title="Harbour ★ Lights", logline="A lighthouse keeper."),
        synopsis=Synopsis(long="A keeper stays on through the storm."),
    )
    kit.style.legal_line = "© Northlight ★ ♫"
    page = PdfReader(io.BytesIO(build_pdf(kit))).pages[1].extract_text()
    assert "HARBOUR ★ LIGHTS" in page and "© Northlight ★ ♫" in page
