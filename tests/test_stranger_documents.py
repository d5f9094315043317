"""A document from a stranger names only its own files, fits its budgets, and fails in one sentence.

Every document here is made the way a careful attacker would: a valid zip with a correct manifest,
so that nothing but Presskit's own rules stands between it and the publicist's files."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from pathlib import Path

import pytest
from samples import still_image

from presskit.bundle import export_bundle
from presskit.document import load_document, load_kit, save_kit
from presskit.errors import PresskitError
from presskit.model import PressKit

CANARY = b"CANARY-PRIVATE-KEY-5f1c9e"


def document(path: Path, kit: dict, members: dict[str, bytes] | None = None, extra: list | None = None) -> Path:
    """A .presskit zip with a correct manifest for kit.json and members."""
    blobs = {"kit.json": json.dumps(kit).encode(), **(members or {})}
    sums = {name: hashlib.sha256(blob).hexdigest() for name, blob in blobs.items()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in blobs.items():
            zf.writestr(name, blob)
        zf.writestr("manifest.json", json.dumps({"format": "presskit", "schema_version": 4, "sha256": sums}))
        for name, blob in extra or []:
            zf.writestr(name, blob)
    return path


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder holding a private key, as the publicist's has."""
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_rsa").write_bytes(CANARY)
    monkeypatch.setenv("HOME", str(home))
    return home


def outside_names(home: Path, folder: Path) -> list[tuple[str, str]]:
    """(field, value) pairs naming files that are not the document's own, by every route."""
    link = folder / "innocent.jpg"
    link.symlink_to(home / ".ssh" / "id_rsa")
    os.mkfifo(folder / "pipe.jpg")
    return [
        ("logo", "~/.ssh/id_rsa"),
        ("logo", str(home / ".ssh" / "id_rsa")),
        ("key art", str(home / ".ssh" / "id_rsa")),
        ("key art", "../../../../etc/hostname"),
        ("still", "/etc/passwd"),
        ("still", "../../../../etc/hostname"),
        ("still", "/proc/self/environ"),
        ("still", "/dev/ptmx"),
        ("still", "/dev/stdin"),
        ("still", str(folder / "pipe.jpg")),
        ("still", "innocent.jpg"),
        ("still", "media/../../innocent.jpg"),
        ("laurel", str(home / ".ssh" / "id_rsa")),
        ("font", str(home / ".ssh" / "id_rsa.ttf")),
    ]


def kit_naming(field: str, value: str) -> dict:
    kit = PressKit().model_dump(mode="json")
    kit["film"]["title"] = "Harbour Lights"
    if field == "logo":
        kit["style"]["logo"] = value
    elif field == "font":
        kit["style"]["body_font"] = value
    elif field == "laurel":
        kit["festivals"] = [{"name": "Venice", "laurel": value}]
    elif field == "key art":
        kit["key_art"] = value
    else:
        kit["stills"] = [{"file": value, "caption": "Harbour at dawn"}]
    return kit


def test_a_document_naming_files_outside_itself_opens_without_them_and_says_which(home: Path, tmp_path: Path) -> None:
    (home / ".ssh" / "id_rsa.ttf").write_bytes(CANARY)
    for n, (field, value) in enumerate(outside_names(home, tmp_path)):
        doc = document(tmp_path / f"evil{n}.presskit", kit_naming(field, value))
        opened = load_document(doc, media_dir=tmp_path / f"media{n}")
        (warning,) = opened.warnings
        assert "outside itself" in warning or "is missing from" in warning
        assert {
            "logo": "the logo",
            "key art": "the key art",
            "still": "still 1",
            "laurel": "laurel of festival 1",
            "font": "body font",
        }[field] in warning.lower()
        kit = opened.kit
        assert kit.style.logo == "" and kit.key_art == "" and all(s.file == "" for s in kit.stills)
        assert all(f.laurel == "" for f in kit.festivals) and kit.style.body_font == "NotoSerif"
        bundle = tmp_path / f"bundle{n}.zip"
        export_bundle(kit, bundle, base_dir=tmp_path)
        save_kit(kit, tmp_path / f"resaved{n}.presskit")
        for sent in (bundle, tmp_path / f"resaved{n}.presskit"):
            with zipfile.ZipFile(sent) as zf:
                assert all(CANARY not in zf.read(m) for m in zf.namelist()), (field, value)


def test_an_older_plain_json_document_opens_no_file_beside_it(home: Path, tmp_path: Path) -> None:
    """It lay in a Downloads folder: what lies beside it there is not its own (passwords.txt, photos)."""
    still_image(tmp_path / "dawn.jpg", 1, (40, 30))
    (tmp_path / "passwords.txt").write_bytes(CANARY)
    (tmp_path / "key.jpg").symlink_to(home / ".ssh" / "id_rsa")
    kit = kit_naming("still", "dawn.jpg")
    kit["stills"] += [{"file": "passwords.txt"}, {"file": "key.jpg"}, {"file": "/etc/passwd"}]
    kit.pop("schema_version")
    (tmp_path / "old.presskit").write_text(json.dumps(kit))
    opened = load_document(tmp_path / "old.presskit")
    assert [s.file for s in opened.kit.stills] == ["", "", "", ""]
    assert len(opened.warnings) == 4 and "“dawn.jpg”" in opened.warnings[0] and "add it again" in opened.warnings[0]
    save_kit(opened.kit, tmp_path / "resaved.presskit")
    with zipfile.ZipFile(tmp_path / "resaved.presskit") as zf:
        assert zf.namelist() == ["kit.json", "manifest.json"]


def test_a_font_path_ending_in_a_slash_is_a_file_too(home: Path, tmp_path: Path) -> None:
    (home / "brand.ttf").write_bytes(b"\x00\x01\x00\x00" + CANARY)
    for n, value in enumerate((f"{home}/brand.ttf/", "~/brand.ttf/.", "~/brand")):
        opened = load_document(document(tmp_path / f"f{n}.presskit", kit_naming("font", value)), tmp_path / "m")
        assert opened.kit.style.body_font == "NotoSerif" and "body font" in opened.warnings[0]


@pytest.mark.parametrize(
    ("members", "extra", "reason"),
    [
        ({f"media/{i:03d}.jpg": b"\0" * 10_000_000 for i in range(3)}, [], "implausibly large"),
        ({}, [(f"media/{i:04d}.jpg", b"x") for i in range(2001)], "more than 2000"),
        ({}, [("kit.json", b"{}")], "two files called"),
        ({"media/../../x.jpg": b"x"}, [], "unsafe name"),
        ({f"media/{i:03d}.jpg": b"\0" * 1_048_576 for i in range(70)}, [], "a zip bomb"),  # each under 1 MB
    ],
)
@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_budgets_and_names_are_checked_before_anything_is_unpacked(
    tmp_path: Path, members: dict, extra: list, reason: str
) -> None:
    doc = document(tmp_path / "bomb.presskit", kit_naming("still", "media/000.jpg"), members, extra)
    with pytest.raises(PresskitError, match=reason):
        load_kit(doc, media_dir=tmp_path / "media")
    assert not (tmp_path / "media").exists() or not any((tmp_path / "media").iterdir())


def test_the_total_budget_can_be_set_and_is_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    members = {f"media/{i}.jpg": os.urandom(600_000) for i in range(3)}
    doc = document(tmp_path / "big.presskit", kit_naming("still", "media/0.jpg"), members)
    monkeypatch.setenv("PRESSKIT_MAX_UNPACKED_MB", "1")
    with pytest.raises(PresskitError, match="more than 1 MB"):
        load_kit(doc, media_dir=tmp_path / "media")


@pytest.mark.parametrize(
    "raw",
    [
        b'{"film": {"title": "A\\ud800B"}}',
        b"[" * 100_000 + b"]" * 100_000,
        b'{"film": {"title": ' + b"9" * 5000 + b"}}",
        b'{"quotes": [[]], "stills": {"a": 1}}',
        b'{"style": [], "festivals": "x"}',
        b'{"language": "../../../../tmp/x"}',
        b"\xff\xfe\x00{",
    ],
)
def test_damaged_kit_data_is_one_sentence(tmp_path: Path, raw: bytes) -> None:
    blob_sum = hashlib.sha256(raw).hexdigest()
    with zipfile.ZipFile(tmp_path / "odd.presskit", "w") as zf:
        zf.writestr("kit.json", raw)
        zf.writestr("manifest.json", json.dumps({"sha256": {"kit.json": blob_sum}}))
    with pytest.raises(PresskitError, match=r"^“odd.presskit” is (damaged|not a Presskit document)"):
        load_kit(tmp_path / "odd.presskit", media_dir=tmp_path / "media")


@pytest.mark.parametrize("name", ["/dev/zero", "/dev/stdin", "fifo"])
def test_a_device_or_a_pipe_given_as_a_document_is_refused_without_reading(tmp_path: Path, name: str) -> None:
    path = Path(name) if name.startswith("/") else tmp_path / name
    if name == "fifo":
        os.mkfifo(path)
    with pytest.raises(PresskitError, match="not a file|is not a Presskit"):
        load_kit(path)


def test_an_encrypted_or_undecodable_member_is_one_sentence(tmp_path: Path) -> None:
    doc = document(tmp_path / "locked.presskit", kit_naming("still", "media/000.jpg"), {"media/000.jpg": b"x" * 100})
    raw = bytearray(doc.read_bytes())
    for sig in (b"PK\x03\x04", b"PK\x01\x02"):  # set the "encrypted" flag on every header
        at = raw.find(sig)
        while at >= 0:
            flag = 6 if sig == b"PK\x03\x04" else 8
            raw[at + flag] |= 1
            at = raw.find(sig, at + 4)
    doc.write_bytes(bytes(raw))
    with pytest.raises(PresskitError, match="“locked.presskit” is damaged"):
        load_kit(doc, media_dir=tmp_path / "media")


def test_json_padded_to_blow_up_memory_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    padded = b'{"sources": [' + b"[]," * 2_000_000 + b"[]]}"  # 6 MB of JSON from a few kB
    with zipfile.ZipFile(tmp_path / "pad.presskit", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("kit.json", padded)
        zf.writestr("manifest.json", json.dumps({"sha256": {"kit.json": hashlib.sha256(padded).hexdigest()}}))
    with pytest.raises(PresskitError, match="implausibly large member"):
        load_kit(tmp_path / "pad.presskit", media_dir=tmp_path / "media")
