"""The command line does what the window does, headless, with one-line messages and exit codes."""

from __future__ import annotations

from pathlib import Path

from presskit.cli import main
from presskit.document import load_kit


def test_import_writes_a_document_and_check_lists_problems(seed_path: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    doc = tmp_path / "ruby.presskit"
    assert main(["import", str(seed_path), "-o", str(doc)]) == 0
    assert load_kit(doc).film.title == "Ruby Sparks"
    assert main(["check", str(doc)]) == 1  # the seed article tells the story once: the short one is to write
    out = capsys.readouterr().out
    assert "Short synopsis: write a short synopsis" in out and load_kit(doc).synopsis.short == ""
    kit = load_kit(doc)
    kit.film.title = ""
    from presskit.document import save_kit

    save_kit(kit, doc)
    assert main(["check", str(doc)]) == 1
    assert "Title: a film needs a title." in capsys.readouterr().out


def test_version_and_help(capsys) -> None:  # noqa: ANN001
    import pytest

    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0 and capsys.readouterr().out.startswith("presskit ")
    assert main([]) == 2


def test_a_damaged_document_gives_one_line_and_exit_1(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    bad = tmp_path / "bad.presskit"
    bad.write_bytes(b"PK\x03\x04 truncated")
    assert main(["export", str(bad), "-o", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("presskit: ") and "bad.presskit" in err and "\n" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_output_piped_into_a_reader_that_stops_early_ends_quietly(tmp_path: Path) -> None:
    """`presskit extract … --json | head -c 10` on an article whose JSON is far larger than a pipe holds:
    no "Broken pipe" message, no traceback."""
    import subprocess
    import sys

    from conftest import SEED

    article = tmp_path / "long.txt"
    article.write_text((SEED.read_text(encoding="utf-8") + "\n\n") * 40, encoding="utf-8")
    run = subprocess.run(
        f"'{sys.executable}' -m presskit extract '{article}' --json --sources | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.stdout.startswith("{") and run.stderr == ""
