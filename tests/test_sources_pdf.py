"""Press notes as PDF: read in reading order, without running headers, and into the kit's fields;
every PDF that cannot be read gets one sentence."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from press_notes import FOOTER, HEADER, make_notes, release_paragraphs
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from presskit.extract.loading import ArticleError
from presskit.merge import apply_plans, plan_source
from presskit.model import PressKit
from presskit.sources.pdf import read_pdf


def test_two_columns_read_as_one_column_does_without_headers_footers_or_broken_words(tmp_path: Path) -> None:
    single, _ = read_pdf(make_notes(tmp_path / "one.pdf", columns=1, repeat=6))
    double, _ = read_pdf(make_notes(tmp_path / "two.pdf", columns=2, repeat=6))
    for text in (single, double):
        assert HEADER not in text and "Page 2" not in text and FOOTER[:30] not in text
        assert "a perilous journey" in text and "peril-" not in text  # hyphenated across a line
        assert text.count("Legends collide in “Godzilla vs. Kong”") == 6
    paragraphs = lambda text: [p.replace("\n", " ") for p in text.split("\n\n")]  # noqa: E731
    assert [p for p in paragraphs(double) if len(p) > 200] == [p for p in paragraphs(single) if len(p) > 200]


def test_labelled_sections_fill_their_fields(tmp_path: Path) -> None:
    plan = plan_source(make_notes(tmp_path / "notes.pdf", columns=2, repeat=4), PressKit())
    kit = apply_plans(PressKit(), [plan])
    assert kit.film.title == "Godzilla vs. Kong"
    assert kit.synopsis.long.startswith("Legends collide") and kit.synopsis.long.endswith("core of the Earth.")
    assert kit.director_statement.startswith("From Warner Bros. Pictures and Legendary Pictures")
    assert [c.actor for c in kit.credits.cast][:3] == ["Alexander Skarsgård", "Millie Bobby Brown", "Rebecca Hall"]
    assert kit.credits.directors == ["Adam Wingard"]
    assert kit.credits.writers == ["Eric Pearson", "Max Borenstein"]
    assert {(c.name, c.role) for c in kit.credits.crew} >= {("Ben Seresin", "director of photography")}
    assert (kit.film.runtime_minutes, kit.film.aspect_ratio, kit.film.sound) == (113, "2.39:1", "Dolby Atmos")
    assert [(c.name, c.role, c.email) for c in kit.contacts] == [("Dana Pryce", "Publicity", "dana.pryce@example.com")]
    assert [(d.name, d.kind) for d in kit.documents] == [("notes.pdf", "pdf")]
    runtime = next(s for s in kit.sources if s.field == "film.runtime_minutes")
    assert kit.documents[0].text[runtime.start : runtime.end] == "113 minutes"


WORDS = " ".join(release_paragraphs()).split()


def _line(n: int) -> str:
    """A different line of the release for each page."""
    return " ".join(WORDS[n % len(WORDS) : n % len(WORDS) + 9]).rstrip(".,”") + "."


def _pdf(path: Path, pages: int = 1, draw=None, **canvas_args) -> Path:  # noqa: ANN001
    canvas = Canvas(str(path), invariant=1, **canvas_args)
    for n in range(pages):
        (draw or (lambda c, n: c.drawString(72, 700, _line(n))))(canvas, n)
        canvas.showPage()
    canvas.save()
    return path


def test_a_very_long_pdf_is_read_up_to_the_page_cap_with_a_warning(tmp_path: Path) -> None:
    text, warnings = read_pdf(_pdf(tmp_path / "long.pdf", pages=500))
    assert warnings == ["“long.pdf” has 500 pages; only the first 200 were read."]
    assert text.split("\n\n")[199] == _line(199) and len(text.split("\n\n")) == 200


def test_a_scanned_pdf_says_it_has_no_text_layer(tmp_path: Path) -> None:
    scan = io.BytesIO()
    Image.new("RGB", (400, 500), "white").save(scan, "PNG")
    path = _pdf(tmp_path / "scan.pdf", draw=lambda c, n: c.drawImage(ImageReader(io.BytesIO(scan.getvalue())), 0, 0))
    with pytest.raises(ArticleError) as err:
        read_pdf(path)
    assert str(err.value) == "“scan.pdf”: this PDF has no text layer — it looks scanned; OCR is not supported."


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b""), "“bad.pdf” is empty: there is no article to read."),
        (lambda p: p.write_bytes(b"%PDF-1.4\n%\xe2\xe3\n1 0 obj << /Type /Cat"), "“bad.pdf” is damaged"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100)), "“bad.pdf” is not a PDF"),
        (lambda p: _pdf(p, encrypt="secret"), "“bad.pdf” is protected by a password"),
    ],
)
def test_a_pdf_that_cannot_be_read_is_one_sentence(tmp_path: Path, make, message: str) -> None:  # noqa: ANN001
    path = tmp_path / "bad.pdf"
    make(path)
    with pytest.raises(ArticleError) as err:
        read_pdf(path)
    assert str(err.value).startswith(message) and "\n" not in str(err.value)


def test_a_pdf_over_the_size_cap_is_refused_before_it_is_parsed(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr("presskit.sources.pdf.MAX_PDF_BYTES", 1000)
    with pytest.raises(ArticleError, match="larger than"):
        read_pdf(make_notes(tmp_path / "big.pdf"))


def test_a_pdf_that_takes_too_long_is_read_as_far_as_the_time_allows(tmp_path: Path) -> None:
    text, warnings = read_pdf(_pdf(tmp_path / "slow.pdf", pages=3), budget_s=0.0)
    assert warnings == ["“slow.pdf” took too long to read; only its first page was read."]
    assert text == _line(0)
