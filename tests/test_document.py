"""Saving and opening .presskit documents: lossless, safe, and clear when refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from presskit.document import load_kit, save_kit
from presskit.errors import PresskitError
from presskit.model import SCHEMA_VERSION, FilmInfo, PressKit


def test_save_then_open_is_lossless(seed_kit: PressKit, tmp_path: Path) -> None:
    path = tmp_path / "ruby.presskit"
    save_kit(seed_kit, path)
    assert load_kit(path) == seed_kit
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION


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


@pytest.mark.parametrize("content, message", [
    (b"", "not a Presskit document"),
    (b"\x89PNG\r\n\x1a\n\x00\x00binary", "not a Presskit document"),
    (b"[1, 2, 3]", "not a Presskit document"),
    (b'{"schema_version": 99, "film": {"title": "X"}}', "newer Presskit"),
    (b'{"film": {"title": 5}}', "damaged"),
    (b'{"film": {"title": "X"}, "evil": "__import__(\\"os\\")"}', "damaged"),
])
def test_broken_documents_are_refused_with_a_reason(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.presskit"
    path.write_bytes(content)
    with pytest.raises(PresskitError, match=message):
        load_kit(path)
