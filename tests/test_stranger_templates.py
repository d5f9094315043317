"""A template from a stranger or a team drive carries only its own files, within its budget."""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from samples import still_image

from presskit.bundle import export_bundle
from presskit.errors import PresskitError
from presskit.templates import TemplateStore

CANARY = b"CANARY-SHADOW-3b7e"


@pytest.fixture
def store(tmp_path: Path) -> TemplateStore:
    return TemplateStore(shared=[tmp_path / "team"], user=tmp_path / "user")


def template_zip(path: Path, style: dict, members: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("template.json", json.dumps({"schema_version": 2, "name": path.stem, "style": style}))
        for name, blob in (members or {}).items():
            zf.writestr(name, blob)
    return path


def sent_bytes(bundle: Path) -> bytes:
    with zipfile.ZipFile(bundle) as zf:
        return b"".join(zf.read(n) for n in zf.namelist())


@pytest.mark.parametrize("logo", ["/etc/shadow", "../shadow", "~/shadow", "sub/shadow"])
def test_a_decoy_member_does_not_let_a_template_name_a_file_elsewhere(
    store: TemplateStore, tmp_path: Path, logo: str
) -> None:
    path = template_zip(
        tmp_path / "Decoy.presskit-template",
        {"logo": logo, "body_font": "/etc/fonts/x.ttf"},
        {"shadow": b"decoy", "x.ttf": b"decoy"},
    )
    entry, warnings = store.import_file(path)
    template, _ = store.load(entry.name)
    assert template.style.logo == "" and template.style.body_font == "NotoSerif"
    assert any("the logo" in w and "outside itself" in w for w in warnings)


def test_a_link_in_a_shared_template_folder_is_never_followed(store: TemplateStore, tmp_path: Path) -> None:
    secret = tmp_path / "home" / "id_rsa"
    secret.parent.mkdir()
    secret.write_bytes(CANARY)
    folder = tmp_path / "team" / "house"
    folder.mkdir(parents=True)
    (folder / "template.json").write_text(
        json.dumps({"schema_version": 2, "name": "House", "style": {"logo": "logo.png"}})
    )
    (folder / "logo.png").symlink_to(secret)
    template, warnings = store.load("House")
    assert template.style.logo == "" and any("is a link" in w for w in warnings)
    kit = template.new_kit()
    export_bundle(kit, tmp_path / "bundle.zip")
    assert CANARY not in sent_bytes(tmp_path / "bundle.zip")
    store.duplicate("House", "House Copy")  # a copy takes regular files only
    assert not (store.user / "house-copy" / "logo.png").exists()
    store.export("House", tmp_path / "house.presskit-template")
    with zipfile.ZipFile(tmp_path / "house.presskit-template") as zf:
        assert zf.namelist() == ["template.json"]


def test_a_template_keeps_its_own_logo(store: TemplateStore, tmp_path: Path) -> None:
    buf = io.BytesIO()
    still_image(tmp_path / "logo.png", 3, (60, 20))
    buf.write((tmp_path / "logo.png").read_bytes())
    entry, warnings = store.import_file(
        template_zip(tmp_path / "Own.presskit-template", {"logo": "logo.png"}, {"logo.png": buf.getvalue()})
    )
    template, _ = store.load(entry.name)
    assert warnings == [] and Path(template.style.logo) == entry.folder / "logo.png"


def test_a_template_bomb_is_refused_before_anything_is_written(store: TemplateStore, tmp_path: Path) -> None:
    members = {f"font{i}.ttf": b"\0" * 19_000_000 for i in range(4)}
    path = template_zip(tmp_path / "Bomb.presskit-template", {}, members)
    assert path.stat().st_size < 1_000_000
    with pytest.raises(PresskitError, match="implausibly large"):
        store.import_file(path)
    assert not store.user.exists() or list(store.user.iterdir()) == []


def test_too_many_members_and_a_pipe_are_refused(store: TemplateStore, tmp_path: Path) -> None:
    path = template_zip(tmp_path / "Many.presskit-template", {}, {f"f{i}.png": b"x" for i in range(150)})
    with pytest.raises(PresskitError, match="more than 100"):
        store.import_file(path)
    os.mkfifo(tmp_path / "pipe.presskit-template")
    with pytest.raises(PresskitError, match="pipe"):
        store.import_file(tmp_path / "pipe.presskit-template")
