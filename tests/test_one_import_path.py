"""One import path: a file imported in the window (File › Open Article…) gives the same kit as
``presskit import FILE -o kit.presskit`` — a text article and a PDF of press notes alike — and every
value it holds, contacts included, points at its words in the source. What cannot be read is refused
in one sentence."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from press_notes import make_notes
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from presskit.cli import main
from presskit.document import load_kit
from presskit.model import PressKit
from presskit.ui.main_window import MainWindow

Key, Mod = Qt.Key, Qt.KeyboardModifier
TEXT_NOTES = Path(__file__).parent / "data" / "articles" / "press_notes.txt"


@pytest.fixture
def shown(monkeypatch, no_dialogs: None) -> list[str]:  # noqa: ANN001
    """Messages the window shows, recorded instead of waiting for a click. Asked to save the imported
    kit when the test ends and the window closes, the user discards it (no_dialogs): unanswered, that
    question would wait for ever offscreen."""
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: seen.append(a[2]))
    return seen


@pytest.fixture
def window(qtbot, shown: list[str]) -> MainWindow:  # noqa: ANN001
    """The window as it opens: no kit yet."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def imported_by_command(source: Path, tmp_path: Path) -> PressKit:
    out = tmp_path / "by-command.presskit"
    assert main(["import", str(source), "-o", str(out)]) == 0
    return load_kit(out)


def without_ids(kit: PressKit) -> Any:
    """The kit as data, without the row identities each new row is given afresh."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "id"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip(kit.model_dump(mode="json"))


def open_article(window: MainWindow, hands, qtbot, path: Path, monkeypatch) -> PressKit:  # noqa: ANN001
    """File › Open Article… (Ctrl+Shift+O), the file chosen in the dialog; the kit once it is read."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    hands.press(Key.Key_O, Mod.ControlModifier | Mod.ShiftModifier)
    qtbot.waitUntil(lambda: bool(window.ctl.kit.documents), timeout=60_000)
    return window.ctl.kit


def test_a_text_article_opened_in_the_window_is_the_kit_presskit_import_makes(
    window: MainWindow,
    hands,  # noqa: ANN001
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    monkeypatch,  # noqa: ANN001
    shown: list[str],
) -> None:
    kit = open_article(window, hands, qtbot, TEXT_NOTES, monkeypatch)
    assert without_ids(kit) == without_ids(imported_by_command(TEXT_NOTES, tmp_path))
    assert kit.film.title == "Salt and Silver"
    assert [c.email for c in kit.contacts] == ["anne@saltsilver.example"]
    assert shown == []


def test_a_pdf_of_press_notes_opened_in_the_window_is_the_kit_presskit_import_makes(
    window: MainWindow,
    hands,  # noqa: ANN001
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    monkeypatch,  # noqa: ANN001
    shown: list[str],
) -> None:
    notes = make_notes(tmp_path / "notes.pdf")
    kit = open_article(window, hands, qtbot, notes, monkeypatch)
    assert without_ids(kit) == without_ids(imported_by_command(notes, tmp_path))
    assert kit.documents[0].kind == "pdf" and kit.documents[0].name == "notes.pdf"
    assert kit.film.runtime_minutes == 113 and "Adam Wingard" in kit.credits.directors  # its sections read
    assert [(c.name, c.role, c.email) for c in kit.contacts] == [("Dana Pryce", "Publicity", "dana.pryce@example.com")]
    text = kit.documents[0].text
    spans = {s.field: text[s.start : s.end] for s in kit.sources_of(0) if s.field.startswith("contacts.0.")}
    assert spans == {
        "contacts.0.name": "Dana Pryce",
        "contacts.0.role": "Publicity",
        "contacts.0.email": "dana.pryce@example.com",
        "contacts.0.phone": "+1 310 555 0100",
    }
    assert shown == []


def test_press_notes_dropped_on_the_empty_window_are_the_kit_presskit_import_makes(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    shown: list[str],
) -> None:
    notes = make_notes(tmp_path / "notes.pdf")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(notes))])
    window.dropEvent(
        QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Mod.NoModifier)
    )
    qtbot.waitUntil(lambda: bool(window.ctl.kit.documents), timeout=60_000)
    assert without_ids(window.ctl.kit) == without_ids(imported_by_command(notes, tmp_path))
    assert shown == []


def test_pasted_article_text_is_the_kit_presskit_import_makes_of_its_file(
    window: MainWindow,
    hands,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    QApplication.clipboard().setText(TEXT_NOTES.read_text(encoding="utf-8"))
    hands.press(Key.Key_V, Mod.ControlModifier | Mod.ShiftModifier)  # Edit › Paste Article
    pasted, by_file = without_ids(window.ctl.kit), without_ids(imported_by_command(TEXT_NOTES, tmp_path))
    assert pasted["documents"][0]["name"] == "pasted text"
    pasted["documents"] = by_file["documents"] = None  # the same words; only where they came from differs
    assert pasted == by_file


def test_an_imported_contact_points_at_its_name_address_and_phone(
    window: MainWindow,
    hands,  # noqa: ANN001
    qtbot,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
) -> None:
    kit = open_article(window, hands, qtbot, TEXT_NOTES, monkeypatch)
    text = kit.documents[0].text
    spans = {s.field: text[s.start : s.end] for s in kit.sources_of(0) if s.field.startswith("contacts.0.")}
    assert spans == {
        "contacts.0.name": "Anne Dubois",
        "contacts.0.email": "anne@saltsilver.example",
        "contacts.0.phone": "+33 1 55 00 00 00",
    }
    contact = kit.contacts[0]
    assert (contact.name, contact.email, contact.phone) == (
        "Anne Dubois",
        "anne@saltsilver.example",
        "+33 1 55 00 00 00",
    )


def test_a_file_that_is_no_pdf_is_refused_at_once_in_one_sentence(
    window: MainWindow,
    hands,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
    tmp_path: Path,
    shown: list[str],
) -> None:
    fake = tmp_path / "notes.pdf"
    fake.write_text("These are not press notes but plain words.", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), ""))
    hands.press(Key.Key_O, Mod.ControlModifier | Mod.ShiftModifier)
    assert shown == ["“notes.pdf” is not a PDF (it does not start as one)."]  # before any background work
    assert window.ctx.background.busy is None and window.ctl.kit == PressKit()


def test_a_pdf_with_no_text_is_refused_in_one_sentence_and_the_kit_is_left_alone(
    window: MainWindow,
    hands,  # noqa: ANN001
    qtbot,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
    tmp_path: Path,
    shown: list[str],
) -> None:
    scan, image = tmp_path / "scan.pdf", io.BytesIO()
    Image.new("RGB", (400, 500), "white").save(image, "PNG")
    canvas = Canvas(str(scan))
    canvas.drawImage(ImageReader(image), 0, 0)
    canvas.showPage()
    canvas.save()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    hands.press(Key.Key_O, Mod.ControlModifier | Mod.ShiftModifier)
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)  # the pages are read off the GUI thread
    assert shown == ["“scan.pdf”: this PDF has no text layer — it looks scanned; OCR is not supported."]
    assert window.ctl.kit == PressKit() and not window.ctl.modified


@pytest.mark.parametrize("kind", ["text", "pdf"])
def test_every_value_of_imported_press_notes_points_at_its_words(kind: str, tmp_path: Path) -> None:
    """Each source span of the kit holds the value it gave (a title in capitals is given its case, a
    running time read from its words, a quote's marks closed, a long synopsis pieced from sentences)."""
    from presskit.merge import kit_from_source
    from presskit.model import get_path

    kit = kit_from_source(TEXT_NOTES if kind == "text" else make_notes(tmp_path / "notes.pdf"))
    text = kit.documents[0].text
    checked = set()
    for s in kit.sources_of(0):
        path = tuple(int(p) if p.isdigit() else p for p in s.field.split("."))
        value = get_path(kit, path)
        if (
            s.inferred
            or s.field in ("film.runtime_minutes", "film.year", "synopsis.long")
            or s.field.startswith("quotes.")
        ):
            continue
        assert " ".join(text[s.start : s.end].split()).casefold() == " ".join(str(value).split()).casefold(), s.field
        checked.add(s.field.split(".")[0])
    assert {"film", "credits", "contacts"} <= checked


def test_a_name_the_article_gives_by_surname_only_stays_marked_as_inferred(seed_path: Path) -> None:
    """An article that says "Faris and Dayton" credits the directors: their full names are inferred,
    and the kit says so (the article beside the panels tints those words apart)."""
    from presskit.merge import kit_from_source

    kit = kit_from_source(seed_path)
    text = kit.documents[0].text
    inferred = {(s.field, text[s.start : s.end]) for s in kit.sources if s.inferred}
    assert inferred == {
        ("credits.directors.0", "Faris"),
        ("credits.directors.1", "Dayton"),
        ("credits.writers.0", "Kazan"),
    }
    assert kit.credits.directors == ["Valerie Faris", "Jonathan Dayton"]
