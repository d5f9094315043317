"""Saving and opening .presskit documents: lossless, atomic, and safe against hostile files."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from samples import sample_kit

from presskit.document import load_kit, save_kit
from presskit.errors import PresskitError
from presskit.model import SCHEMA_VERSION, FilmInfo, PressKit

OLD_V1 = Path(__file__).parent / "data" / "kit_v1.presskit"


def test_save_then_open_is_lossless(seed_kit: PressKit, tmp_path: Path) -> None:
    path = tmp_path / "ruby.presskit"
    save_kit(seed_kit, path)
    assert load_kit(path) == seed_kit
    with zipfile.ZipFile(path) as zf:
        assert json.loads(zf.read("kit.json"))["schema_version"] == SCHEMA_VERSION
        assert sorted(zf.namelist()) == ["kit.json", "manifest.json"]


def test_stills_travel_inside_the_document(tmp_path: Path) -> None:
    kit = sample_kit(tmp_path / "src", stills=2)
    doc = tmp_path / "kit.presskit"
    save_kit(kit, doc, base_dir=tmp_path / "src")
    with zipfile.ZipFile(doc) as zf:
        assert [n for n in zf.namelist() if n.startswith("media/")] == [
            "media/001_still_01.jpg",
            "media/002_still_02.jpg",
        ]
    opened = load_kit(doc, media_dir=tmp_path / "unpacked")
    first = Path(opened.stills[0].file)
    assert first.read_bytes() == (tmp_path / "src" / "still_01.jpg").read_bytes()
    assert opened.stills[0].caption == kit.stills[0].caption


def test_saving_over_a_file_keeps_the_previous_version(tmp_path: Path) -> None:
    path = tmp_path / "kit.presskit"
    save_kit(PressKit(film=FilmInfo(title="First")), path)
    save_kit(PressKit(film=FilmInfo(title="Second")), path)
    assert load_kit(path).film.title == "Second"
    assert load_kit(tmp_path / "kit.presskit.bak").film.title == "First"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_failed_save_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "kit.presskit"
    with pytest.raises(PresskitError, match="Nothing was changed"):
        save_kit(PressKit(film=FilmInfo(title="X")), target)


def test_an_older_plain_json_document_opens_migrated() -> None:
    kit = load_kit(OLD_V1)
    assert kit.schema_version == SCHEMA_VERSION
    assert kit.film.title == "Ruby Sparks" and kit.bios == []


def _zip(members: dict[str, bytes], manifest: bool = True) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in members.items():
            zf.writestr(name, blob)
        if manifest:
            sums = {n: hashlib.sha256(b).hexdigest() for n, b in members.items()}
            zf.writestr("manifest.json", json.dumps({"sha256": sums}))
    return buf.getvalue()


GOOD = json.dumps({"schema_version": SCHEMA_VERSION, "film": {"title": "X"}}).encode()


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "not a Presskit document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", "not a Presskit document"),
        (b"[1, 2, 3]", "not a Presskit document"),
        (b'{"schema_version": 99, "film": {"title": "X"}}', "newer Presskit"),
        (b'{"film": {"title": 5}}', "damaged"),
        (b'{"film": {"title": "X"}, "evil": "__import__(\\"os\\")"}', "damaged"),
        (_zip({"kit.json": GOOD})[:-30], "damaged"),
        (_zip({"kit.json": GOOD, "../escape.txt": b"x"}), "unsafe name"),
        (_zip({"kit.json": GOOD, "/etc/passwd": b"x"}), "unsafe name"),
        (_zip({"kit.json": GOOD, "media/bomb.bin": b"\0" * 50_000_000}), "implausibly large"),
        (_zip({"kit.json": GOOD}, manifest=False), "missing"),
        (_zip({"kit.json": b'{"film": {"title": ["not", "text"]}}'}), "damaged"),
    ],
)
def test_broken_and_hostile_documents_are_refused_with_a_reason(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.presskit"
    path.write_bytes(content)
    with pytest.raises(PresskitError, match=message):
        load_kit(path, media_dir=tmp_path / "media")
    assert not (tmp_path / "escape.txt").exists()


def test_a_tampered_member_fails_its_checksum(tmp_path: Path) -> None:
    path = tmp_path / "kit.presskit"
    save_kit(PressKit(film=FilmInfo(title="X")), path)
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members["kit.json"] = members["kit.json"].replace(b'"X"', b'"Y"')
    with zipfile.ZipFile(path, "w") as zf:
        for n, b in members.items():
            zf.writestr(n, b)
    with pytest.raises(PresskitError, match="checksum"):
        load_kit(path)


def test_the_logo_and_laurels_travel_inside_the_document_too(tmp_path: Path) -> None:
    from PIL import Image

    from presskit.model import Festival

    Image.new("RGBA", (120, 60), (10, 20, 30, 255)).save(tmp_path / "logo.png")
    Image.new("RGBA", (120, 60), (200, 160, 40, 255)).save(tmp_path / "laurel.png")
    kit = PressKit(film=FilmInfo(title="X"), festivals=[Festival(name="Harbourside", laurel="laurel.png")])
    kit.style.logo = "logo.png"
    save_kit(kit, tmp_path / "k.presskit", base_dir=tmp_path)
    with zipfile.ZipFile(tmp_path / "k.presskit") as zf:
        assert sorted(n for n in zf.namelist() if n.startswith("media/")) == [
            "media/001_laurel.png",
            "media/002_logo.png",
        ]
    opened = load_kit(tmp_path / "k.presskit", media_dir=tmp_path / "unpacked")
    assert Path(opened.style.logo).read_bytes() == (tmp_path / "logo.png").read_bytes()
    assert Path(opened.festivals[0].laurel).read_bytes() == (tmp_path / "laurel.png").read_bytes()


def test_the_key_art_travels_inside_the_document(tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (300, 450), (120, 20, 30)).save(tmp_path / "poster.jpg")
    kit = PressKit(film=FilmInfo(title="X"), key_art="poster.jpg")
    save_kit(kit, tmp_path / "k.presskit", base_dir=tmp_path)
    with zipfile.ZipFile(tmp_path / "k.presskit") as zf:
        assert [n for n in zf.namelist() if n.startswith("media/")] == ["media/001_poster.jpg"]
    opened = load_kit(tmp_path / "k.presskit", media_dir=tmp_path / "unpacked")
    assert Path(opened.key_art).read_bytes() == (tmp_path / "poster.jpg").read_bytes()


def test_a_user_font_travels_inside_the_document(tmp_path: Path) -> None:
    import shutil

    from presskit.resources import resource

    shutil.copyfile(resource("fonts", "NotoSans-Regular.ttf"), tmp_path / "House.ttf")
    kit = PressKit(film=FilmInfo(title="X"))
    kit.style.body_font = str(tmp_path / "House.ttf")
    save_kit(kit, tmp_path / "k.presskit")
    opened = load_kit(tmp_path / "k.presskit", media_dir=tmp_path / "unpacked")
    assert Path(opened.style.body_font).read_bytes() == (tmp_path / "House.ttf").read_bytes()
    assert opened.style.display_font == "NotoSerifDisplay"
