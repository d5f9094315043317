"""``presskit import``: many sources of different kinds merged in order into one kit, per-source
reports, --into keeping what was typed, --json for scripts, one sentence per bad source."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from pathological import word_document
from press_notes import make_notes, release_paragraphs
from reportlab.pdfgen.canvas import Canvas
from web_site import site  # noqa: F401 - the fixture

from presskit.cli import main
from presskit.document import load_kit, save_kit
from presskit.model import FilmInfo, PressKit, Synopsis

GUARDIAN = Path(__file__).parent / "data" / "articles" / "guardian_review.txt"


@pytest.fixture
def sources(tmp_path: Path) -> dict[str, Path]:
    """Warner Bros.' release for Godzilla vs. Kong spread over a PDF, a Word file, Markdown and text."""
    paras = release_paragraphs()
    stars = next(p for p in paras if p.startswith("The film stars"))
    cast = stars[: stars.index("Eight”).") + len("Eight”).")]  # its first sentence: who stars
    crew = next(p for p in paras if "behind-the-scenes" in p)
    opening = next(p for p in paras if "will be released" in p)
    (tmp_path / "cast.docx").write_bytes(word_document(["Godzilla vs. Kong: the cast", html.escape(cast)]))
    (tmp_path / "team.md").write_text(f"# Godzilla vs. Kong: the team\n\n{crew}\n", encoding="utf-8")
    (tmp_path / "opening.txt").write_text(f"Godzilla vs. Kong opens\n\n{opening}\n", encoding="utf-8")
    return {
        "pdf": make_notes(tmp_path / "notes.pdf", columns=2),
        "docx": tmp_path / "cast.docx",
        "md": tmp_path / "team.md",
        "txt": tmp_path / "opening.txt",
    }


def test_five_sources_of_five_kinds_make_one_kit(sources, site, tmp_path, capsys) -> None:  # noqa: ANN001, F811
    out = tmp_path / "film.presskit"
    args = [str(sources[k]) for k in ("pdf", "docx", "md", "txt")] + [f"{site}/godzilla-vs-kong"]
    assert main(["import", *args, "-o", str(out)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("notes.pdf: added Title, Runtime (minutes), Aspect ratio, Sound")
    assert printed[1].startswith("cast.docx: added") and "Cast" in printed[1]
    assert printed[-1] == f"wrote {out}"
    kit = load_kit(out)
    assert [(d.name, d.kind) for d in kit.documents] == [
        ("notes.pdf", "pdf"),
        ("cast.docx", "docx"),
        ("team.md", "markdown"),
        ("opening.txt", "text"),
        (f"{site}/godzilla-vs-kong", "web"),
    ]
    actors = [c.actor for c in kit.credits.cast]
    assert len(actors) == len(set(actors)) and {"Eiza González", "Kyle Chandler", "Demián Bichir"} <= set(actors)
    assert kit.credits.directors == ["Adam Wingard"]  # "Wingard" in later sources is the same man
    assert kit.release.date_text == "March 26, 2021" and kit.film.runtime_minutes == 113

    def came_from(field: str) -> str:
        source = next(s for s in kit.sources if s.field == field)
        return kit.documents[source.document].name

    chandler = actors.index("Kyle Chandler")
    assert came_from("film.runtime_minutes") == "notes.pdf"
    assert came_from(f"credits.cast.{chandler}.actor") == "cast.docx"
    assert came_from("release.date_text") == "opening.txt"
    assert came_from("credits.producers.0") == f"{site}/godzilla-vs-kong"
    assert "DesJardin" in " ".join(c.name for c in kit.credits.crew)


def test_into_keeps_what_was_typed_and_reports_the_conflict(sources, tmp_path, capsys) -> None:  # noqa: ANN001
    doc = tmp_path / "film.presskit"
    typed = PressKit(film=FilmInfo(title="Godzilla vs Kong"), synopsis=Synopsis(long="Two titans meet."))
    save_kit(typed, doc)
    opening = tmp_path / "opening.txt"
    opening.write_text(opening.read_text().replace("March 26, 2021", "March 31, 2021"))
    save_kit(
        load_kit(doc).model_copy(update={"release": typed.release.model_copy(update={"date_text": "March 26, 2021"})}),
        doc,
    )
    assert main(["import", str(sources["pdf"]), str(opening), "--into", str(doc)]) == 0
    printed = capsys.readouterr().out
    assert (
        "conflict: Release date: the kit has “March 26, 2021”, opening.txt says “March 31, 2021” — kept the kit's"
        in printed
    )
    kit = load_kit(doc)
    assert kit.film.title == "Godzilla vs Kong" and kit.synopsis.long == "Two titans meet."
    assert kit.release.date_text == "March 26, 2021" and kit.director_statement.startswith("From Warner Bros.")
    assert main(["import", str(opening), "--into", str(doc), "--overwrite"]) == 0
    assert load_kit(doc).release.date_text == "March 31, 2021"


def test_json_reports_each_source_and_each_bad_one_in_a_sentence(sources, tmp_path, capsys) -> None:  # noqa: ANN001
    locked = tmp_path / "locked.pdf"
    canvas = Canvas(str(locked), encrypt="secret")
    canvas.drawString(72, 700, "Secret notes")
    canvas.save()
    out = tmp_path / "film.presskit"
    assert main(["import", str(sources["pdf"]), str(locked), "--json", "-o", str(out)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["output"] == str(out)
    first, second = report["sources"]
    assert first["source"] == "notes.pdf" and first["kind"] == "pdf"
    assert {"field": "film.runtime_minutes", "kind": "add", "new": "113"}.items() <= first["items"][1].items()
    assert second == {
        "source": str(locked),
        "error": "“locked.pdf” is protected by a password; save a copy without one and add that.",
    }
    assert [d.name for d in load_kit(out).documents] == ["notes.pdf"]
    before = out.read_bytes()
    assert main(["import", str(locked), "--into", str(out)]) == 1
    assert capsys.readouterr().err.splitlines()[-1].endswith("add that. film.presskit is unchanged.")
    assert out.read_bytes() == before and not (tmp_path / "film.presskit.bak").exists()


def test_an_article_about_another_film_is_held_back_unless_yes(sources, tmp_path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "film.presskit"
    review = GUARDIAN
    assert main(["import", str(sources["pdf"]), str(review), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "guardian_review.txt: nothing added (--yes adds it anyway)" in captured.out
    assert "seems to be about Bad Santa 2, not Godzilla vs. Kong; add it anyway?" in captured.err
    assert [d.name for d in load_kit(out).documents] == ["notes.pdf"]
    assert main(["import", str(review), "--into", str(out), "--yes"]) == 0
    kit = load_kit(out)
    assert kit.film.title == "Godzilla vs. Kong"  # a conflict: --yes adds the source, not over what is there
    assert any(q.speaker == "Mike McCahill" for q in kit.quotes)


def test_nothing_readable_writes_nothing(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert main(["import", str(empty), "-o", str(tmp_path / "k.presskit")]) == 1
    assert not (tmp_path / "k.presskit").exists()
    err = capsys.readouterr().err.splitlines()
    assert err == ["presskit: “empty.pdf” is empty: there is no article to read. Nothing was written."]


def test_a_false_pdf_or_a_binary_file_is_one_sentence_and_nothing_is_written(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    """A text file named .pdf and random bytes named .presskit, given as sources: exit 1, one sentence
    naming the file, no kit and no PDF written (they used to give an "Untitled film" and exit 0)."""
    fake, junk = tmp_path / "fake.pdf", tmp_path / "junk.presskit"
    fake.write_text("this is not a pdf at all\n", encoding="utf-8")
    junk.write_bytes(bytes(range(256)) * 12)
    assert main(["export", str(fake), "-o", str(tmp_path / "kit.pdf")]) == 1
    assert "“fake.pdf” is not a PDF" in capsys.readouterr().err and not (tmp_path / "kit.pdf").exists()
    assert main(["import", str(junk), "-o", str(tmp_path / "x.presskit")]) == 1
    err = capsys.readouterr().err
    assert "“junk.presskit” is a binary file" in err and err.count("\n") == 1
    assert not (tmp_path / "x.presskit").exists()
