"""Images in the PDF: placed faithfully, downsampled when far too big, never a crash."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from presskit.model import FilmInfo, PressKit, Still
from presskit.pdf import render


def kit_with(*files: str) -> PressKit:
    return PressKit(film=FilmInfo(title="Stills test"), stills=[Still(file=f, caption=f"Caption {f}") for f in files])


def images(data: bytes) -> list:  # noqa: ANN401
    reader = PdfReader(io.BytesIO(data))
    out = []
    for page in reader.pages:
        xobjects = page.get("/Resources", {}).get("/XObject", {}) or {}
        out += [x.get_object() for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
    return out


def test_a_jpeg_is_placed_without_re_encoding(tmp_path: Path) -> None:
    Image.new("RGB", (1200, 800), (30, 90, 160)).save(tmp_path / "a.jpg", quality=80)
    original = (tmp_path / "a.jpg").read_bytes()
    result = render(kit_with("a.jpg"), base_dir=tmp_path)
    placed = [x for x in images(result.data) if "/DCTDecode" in str(x.get("/Filter"))]
    assert any(x._data == original for x in placed)  # the file's bytes, undecoded
    assert result.warnings == []


def test_png_transparency_is_kept_as_a_soft_mask(tmp_path: Path) -> None:
    im = Image.new("RGBA", (400, 300), (200, 20, 20, 0))
    im.paste((200, 20, 20, 255), (100, 100, 300, 200))
    im.save(tmp_path / "logo.png")
    xs = images(render(kit_with("logo.png"), base_dir=tmp_path).data)
    assert any("/SMask" in x or "/Mask" in x for x in xs)


def test_exif_orientation_is_honoured(tmp_path: Path) -> None:
    im = Image.new("RGB", (600, 300), (10, 10, 10))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° on display: shown portrait
    im.save(tmp_path / "rot.jpg", exif=exif)
    xs = images(render(kit_with("rot.jpg"), base_dir=tmp_path).data)
    assert any((x["/Width"], x["/Height"]) == (300, 600) for x in xs)


@pytest.mark.parametrize("mode", ["CMYK", "L"])
def test_cmyk_and_greyscale_are_accepted(tmp_path: Path, mode: str) -> None:
    Image.new(mode, (500, 400)).save(tmp_path / "m.jpg")
    result = render(kit_with("m.jpg"), base_dir=tmp_path)
    assert result.warnings == [] and images(result.data)


def test_images_far_larger_than_placed_are_downsampled_to_300_dpi(tmp_path: Path) -> None:
    Image.new("RGB", (9000, 6000), (120, 120, 120)).save(tmp_path / "huge.jpg", quality=50)
    xs = images(render(kit_with("huge.jpg"), base_dir=tmp_path).data)
    still = max(xs, key=lambda x: x["/Width"])
    column_in = (612 - 2 * 0.85 * 72) / 72  # a still is never set wider than the text
    assert 400 < still["/Width"] <= round(column_in * 300) + 1


def test_key_art_far_larger_than_the_cover_is_downsampled_to_300_dpi_at_its_widest(tmp_path: Path) -> None:
    from presskit.pdf.keyart import MOST_WIDEN

    Image.new("RGB", (9000, 6000), (120, 120, 120)).save(tmp_path / "huge.jpg", quality=50)
    kit = PressKit(film=FilmInfo(title="Key art test"), key_art="huge.jpg")
    art = max(images(render(kit, base_dir=tmp_path).data), key=lambda x: x["/Width"])
    assert 2000 < art["/Width"] <= round(612 * MOST_WIDEN / 72 * 300) + 1


@pytest.mark.parametrize(
    "name, content, says",
    [
        ("broken.jpg", b"\xff\xd8\xff\xe0 not really a jpeg", "broken.jpg"),
        ("missing.jpg", None, "missing"),
        ("empty.png", b"", "empty"),
    ],
)
def test_a_bad_image_gets_a_placeholder_and_a_warning(
    tmp_path: Path, name: str, content: bytes | None, says: str
) -> None:
    if content is not None:
        (tmp_path / name).write_bytes(content)
    result = render(kit_with(name), base_dir=tmp_path)
    assert len(result.warnings) == 1 and says in result.warnings[0]
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(result.data)).pages)
    assert name in text  # the placeholder names the file


def test_a_decompression_bomb_is_refused_with_a_warning(tmp_path: Path) -> None:
    Image.new("1", (12_000, 12_000)).save(tmp_path / "bomb.png")  # a small file of 144 megapixels
    result = render(kit_with("bomb.png"), base_dir=tmp_path)
    assert result.warnings and "bomb.png" in result.warnings[0]
