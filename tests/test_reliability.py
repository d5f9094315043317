"""Hostile and random input: documents survive round trips, garbage fails cleanly, export never raises."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kit_strategies import whole_kits
from PIL import Image
from pypdf import PdfReader
from tests_support import CVE_2023_33733

from presskit.document import load_kit, save_kit
from presskit.errors import PresskitError
from presskit.i18n import localized
from presskit.model import Bio, CastMember, Contact, Credits, CrewMember, FilmInfo, PressKit, Quote, Release, Still
from presskit.pdf import export_pdf, render
from presskit.text_safety import INVISIBLE
from presskit.web import export_web

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
short_list = lambda s: st.lists(s, max_size=4)  # noqa: E731

kits = st.builds(
    PressKit,
    film=st.builds(
        FilmInfo,
        title=text,
        tagline=text,
        genre=text,
        runtime_minutes=st.none() | st.integers(-10, 100_000),
        year=st.none() | st.integers(0, 3000),
    ),
    credits=st.builds(
        Credits,
        directors=short_list(text),
        writers=short_list(text),
        cast=short_list(st.builds(CastMember, actor=text, character=text)),
        crew=short_list(st.builds(CrewMember, name=text, role=text, department=text)),
    ),
    quotes=short_list(st.builds(Quote, text=text, speaker=text, outlet=text, pull_quote=st.booleans())),
    release=st.builds(Release, date_text=text, venue=text, distributor=text),
    contacts=short_list(st.builds(Contact, name=text, email=text, phone=text)),
    bios=short_list(st.builds(Bio, name=text, text=text)),
    director_statement=text,
    production_notes=text,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(kit=kits)
def test_any_valid_kit_survives_save_then_open(kit: PressKit, tmp_path: Path) -> None:
    path = tmp_path / "k.presskit"
    save_kit(kit, path)
    assert load_kit(path) == kit


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(blob=st.binary(max_size=4096))
def test_any_byte_string_as_a_document_fails_cleanly(blob: bytes, tmp_path: Path) -> None:
    path = tmp_path / "x.presskit"
    path.write_bytes(blob)
    with contextlib.suppress(PresskitError):  # the only exception allowed
        load_kit(path, media_dir=tmp_path / "m")


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
@given(kit=whole_kits, lang=st.sampled_from(["", "fr"]))
def test_any_kit_exports_to_a_pdf_that_opens_and_a_web_page(kit: PressKit, lang: str, tmp_path: Path) -> None:
    pdf = tmp_path / "kit.pdf"
    export_pdf(localized(kit, lang) if lang else kit, pdf)
    reader = PdfReader(pdf)
    shown = [reader.pages[0].extract_text(), reader.pages[1].extract_text()]  # the cover, a running header
    # a character the fonts cannot print is drawn as an empty box, which reads back as NUL: not the kit's NUL
    assert not any(INVISIBLE.search(text.replace("\x00", "")) for text in shown)
    info = [str(value) for value in reader.metadata.values()] + [entry.title for entry in reader.outline]
    assert not any(INVISIBLE.search(text) for text in info)
    export_web(kit, tmp_path / "site", pdf=pdf, lang=lang or None)
    assert not INVISIBLE.search((tmp_path / "site" / "index.html").read_text(encoding="utf-8"))


def every_text_field(value: str) -> PressKit:
    return PressKit(
        film=FilmInfo(title=value, tagline=value, logline=value, genre=value, country=value, language=value),
        credits=Credits(
            directors=[value],
            writers=[value],
            producers=[value],
            cast=[CastMember(actor=value, character=value)],
            crew=[CrewMember(name=value, role=value, department=value)],
        ),
        quotes=[Quote(text=value, speaker=value, outlet=value, pull_quote=True), Quote(text=value, speaker=value)],
        release=Release(date_text=value, venue=value, distributor=value, rating=value),
        contacts=[Contact(name=value, role=value, company=value, email=value, phone=value)],
        bios=[Bio(name=value, role=value, text=value)],
        director_statement=value,
        production_notes=value,
        synopsis={"short": value, "long": value},
        website=value,
    )


def test_the_cve_2023_33733_payload_in_every_field_prints_as_text() -> None:
    marker = Path("/tmp/presskit-pwned")
    marker.unlink(missing_ok=True)
    data = render(every_text_field(CVE_2023_33733)).data
    assert not marker.exists()
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages)
    assert "orgTypeFun" in text and "__globals__" in text


def test_control_characters_and_right_to_left_marks_in_names_print() -> None:
    name = "Zo\u00eb\u200f Kravitz\u0007\u202e evil\u202c and \u05e9\u05dc\u05d5\u05dd"
    data = render(every_text_field(name)).data
    text = " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
    assert "Zoë" in text and "Kravitz" in text and "\u0007" not in text and "\u202e" not in text


def test_an_image_50000_px_wide_is_placed_downsampled(tmp_path: Path) -> None:
    Image.new("L", (50_000, 200), 128).save(tmp_path / "wide.png")
    kit = PressKit(film=FilmInfo(title="Wide"), stills=[Still(file="wide.png", caption="Panorama")])
    result = render(kit, base_dir=tmp_path)
    assert result.warnings == []
    widths = [
        int(x.get_object()["/Width"])
        for p in PdfReader(io.BytesIO(result.data)).pages
        for x in (p.get("/Resources", {}).get("/XObject", {}) or {}).values()
        if x.get_object().get("/Subtype") == "/Image"
    ]  # not the page total's small form
    assert widths and max(widths) < 5000


@pytest.mark.parametrize("size_mb", [100])
def test_an_article_of_100_mb_is_refused_without_reading_it(tmp_path: Path, size_mb: int) -> None:
    from presskit.extract import ArticleError, extract_file

    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(size_mb * 1024 * 1024)
    with pytest.raises(ArticleError, match="huge.txt"):
        extract_file(path)
