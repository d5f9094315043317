"""Adding sources to an open kit from the window: File › Add Sources… (or a drop), the merge dialog
driven with the keyboard (Space unticks, Enter adds, Escape cancels), and one undo step."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hands import Hands
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox
from tests_support import seeded_window

from presskit.ui.main_window import MainWindow
from presskit.ui.merge_dialog import MergeDialog

Key, Mod = Qt.Key, Qt.KeyboardModifier
NOTES = """RUBY SPARKS
Press Notes

Synopsis
Calvin, a young novelist who had early success, is struggling with writer's block until he writes a \
character named Ruby and she comes to life.

Crew
Director of Photography: Matthew Libatique
Editor: Pamela Martin
Music: Nick Urata

Technical Specifications
Running time: 104 minutes

Release
In theaters on August 3.
"""
REVIEW = """Ruby Sparks review: a writer's fantasy that bites back

By Dana Stevens

Ruby Sparks, directed by Jonathan Dayton and Valerie Faris, stars Paul Dano as Calvin, a blocked novelist \
whose invented girlfriend (Zoe Kazan) walks into his kitchen one morning.

"Kazan's script is sharp, funny and finally frightening," and Dano has never been better.

Ruby Sparks is a smart, tender fable about control, and the best romantic comedy of the summer. Four stars.
"""


@pytest.fixture
def shown(monkeypatch) -> list[str]:  # noqa: ANN001
    """Messages the window shows (recorded instead of waiting for a click)."""
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: seen.append(a[2]))
    return seen


@pytest.fixture
def window(qtbot, seed_path: Path, shown: list[str]) -> MainWindow:  # noqa: ANN001
    return seeded_window(qtbot, seed_path)


@pytest.fixture
def sources(tmp_path: Path) -> list[Path]:
    """Press notes and a review of the seed's film."""
    notes, review = tmp_path / "notes.txt", tmp_path / "review.txt"
    notes.write_text(NOTES, encoding="utf-8")
    review.write_text(REVIEW, encoding="utf-8")
    return [notes, review]


def open_merge(window: MainWindow, hands: Hands, qtbot, files: list[Path], monkeypatch) -> Hands:  # noqa: ANN001
    """File › Add Sources… (Ctrl+Shift+I), the files chosen; the hands of the merge dialog it opens."""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(f) for f in files], ""))
    hands.press(Key.Key_I, Mod.ControlModifier | Mod.ShiftModifier)
    return dialog_hands(window, qtbot)


def dialog_hands(window: MainWindow, qtbot) -> Hands:  # noqa: ANN001
    qtbot.waitUntil(lambda: window.findChild(MergeDialog) is not None and window.findChild(MergeDialog).isVisible())
    return Hands(window.findChild(MergeDialog), qtbot)


def back_to(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    """The dialog has gone and the window has the keyboard again (as a window manager gives it)."""
    qtbot.waitUntil(lambda: window.findChild(MergeDialog) is None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_what_is_ticked_is_added_what_is_unticked_is_not_and_ctrl_z_takes_the_merge_back(
    window: MainWindow, hands: Hands, qtbot, sources: list[Path], monkeypatch
) -> None:  # noqa: ANN001
    before = window.ctl.kit.model_dump()
    steps = window.ctl.undo_stack.count()
    merge = open_merge(window, hands, qtbot, sources, monkeypatch)
    listed = merge.window.model.plans
    assert [p.document.name for p in listed] == ["notes.txt", "review.txt"]
    assert [(i.label, i.kind, i.accepted) for i in listed[0].items][:3] == [
        ("Runtime (minutes)", "add", True),
        ("Synopsis", "conflict", False),
        ("Release date", "conflict", False),
    ]
    merge.keys(Key.Key_Space, Key.Key_Return)  # untick the first item (the running time), add the rest
    back_to(window, qtbot)
    kit = window.ctl.kit
    assert kit.film.runtime_minutes is None  # unticked
    assert kit.release.date_text == "July 25"  # a conflict nobody ticked
    assert kit.synopsis.long.startswith("The film tells the story of Calvin")
    assert [c.name for c in kit.credits.crew] == ["Matthew Libatique", "Pamela Martin", "Nick Urata"]
    assert any(q.text.startswith("Kazan's script is sharp") for q in kit.quotes)
    assert [d.name for d in kit.documents] == ["ruby_sparks_article.txt", "notes.txt", "review.txt"]
    assert re.fullmatch(r"Added \d+ items from notes\.txt, review\.txt\.", window.statusBar().currentMessage())
    assert window.ctl.modified and window.isWindowModified()
    assert window.ctl.undo_stack.count() == steps + 1
    hands.press(Key.Key_Z, Mod.ControlModifier)
    assert window.ctl.kit.model_dump() == before
    assert not window.ctl.modified


def test_a_conflict_is_taken_when_ticked(
    window: MainWindow, hands: Hands, qtbot, sources: list[Path], monkeypatch
) -> None:  # noqa: ANN001
    merge = open_merge(window, hands, qtbot, sources[:1], monkeypatch)
    merge.keys(Key.Key_Down, Key.Key_Down, Key.Key_Space)  # the release date: August 3, not July 25
    assert "August 3" in merge.window.detail.text()
    merge.press(Key.Key_Return)
    back_to(window, qtbot)
    assert window.ctl.kit.release.date_text == "August 3"
    assert window.ctl.kit.film.runtime_minutes == 104


def test_cancel_leaves_the_kit_as_it_was(
    window: MainWindow, hands: Hands, qtbot, sources: list[Path], monkeypatch
) -> None:  # noqa: ANN001
    before, steps = window.ctl.kit.model_dump(), window.ctl.undo_stack.count()
    merge = open_merge(window, hands, qtbot, sources, monkeypatch)
    merge.keys(Key.Key_Space, Key.Key_Escape)
    back_to(window, qtbot)
    assert window.ctl.kit.model_dump() == before
    assert window.ctl.undo_stack.count() == steps and not window.ctl.modified


def test_reject_source_leaves_one_source_out(
    window: MainWindow, hands: Hands, qtbot, sources: list[Path], monkeypatch
) -> None:  # noqa: ANN001
    merge = open_merge(window, hands, qtbot, sources, monkeypatch)
    merge.mnemonic(Key.Key_O, lambda: not any(i.accepted for i in merge.window.model.plans[0].items))
    assert "0 of 6 items ticked" in merge.window.model.index(0, 0).data()
    merge.press(Key.Key_Return)
    back_to(window, qtbot)
    assert [d.name for d in window.ctl.kit.documents] == ["ruby_sparks_article.txt", "review.txt"]
    assert window.ctl.kit.credits.crew == []


def test_the_article_pane_switches_between_the_kits_sources(
    window: MainWindow, hands: Hands, qtbot, sources: list[Path], monkeypatch
) -> None:  # noqa: ANN001
    merge = open_merge(window, hands, qtbot, sources, monkeypatch)
    merge.press(Key.Key_Return)
    back_to(window, qtbot)
    choice = window.findChild(QComboBox, "sources")
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "ruby_sparks_article.txt",
        "notes.txt",
        "review.txt",
    ]
    article = window.article_view
    assert choice.currentText() == "notes.txt"  # the first source added is on show
    assert article.toPlainText().startswith("RUBY SPARKS")
    shown = {article.toPlainText()[s.start : s.end] for s in article.sources}
    assert shown == {"104 minutes", "Matthew Libatique", "Nick Urata", "Pamela Martin"}  # not the unticked conflicts
    choice.setFocus()
    QApplication.processEvents()
    hands.press(Key.Key_Up)
    assert article.toPlainText().startswith("'Little Miss Sunshine' directors return")
    assert window.source_pane.reveal("credits.crew.0.name")  # a value's own source comes on show
    assert choice.currentText() == "notes.txt"


def test_files_dropped_on_an_open_kit_are_offered_as_sources(window: MainWindow, qtbot, sources: list[Path]) -> None:  # noqa: ANN001
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in sources])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Mod.NoModifier)
    window.dropEvent(event)
    merge = dialog_hands(window, qtbot)
    assert [p.document.name for p in merge.window.model.plans] == ["notes.txt", "review.txt"]
    assert window.ctl.kit.film.title == "Ruby Sparks"  # nothing replaced, nothing added yet
    merge.press(Key.Key_Escape)
    back_to(window, qtbot)


def test_article_text_dropped_on_an_open_kit_is_offered_as_a_source_not_a_new_kit(
    window: MainWindow, qtbot, sources: list[Path]
) -> None:  # noqa: ANN001
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setText(sources[1].read_text(encoding="utf-8"))  # a review's text, dragged from a browser
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Mod.NoModifier)
    window.dropEvent(event)
    merge = dialog_hands(window, qtbot)
    assert [p.document.name for p in merge.window.model.plans] == ["pasted text"]
    assert any(i.label.startswith("Quote") for i in merge.window.model.plans[0].items)
    merge.press(Key.Key_Return)
    back_to(window, qtbot)
    kit = window.ctl.kit
    assert kit.film.title == "Ruby Sparks" and kit.credits.directors == ["Valerie Faris", "Jonathan Dayton"]
    assert [d.name for d in kit.documents] == ["ruby_sparks_article.txt", "pasted text"]
    assert any(q.text.startswith("Kazan's script is sharp") for q in kit.quotes)


def test_a_scanned_pdf_is_one_sentence_and_the_kit_is_unchanged(
    window: MainWindow, hands: Hands, qtbot, tmp_path: Path, shown: list[str], monkeypatch
) -> None:  # noqa: ANN001
    from reportlab.pdfgen.canvas import Canvas

    scan = tmp_path / "scan.pdf"
    canvas = Canvas(str(scan))
    canvas.rect(50, 50, 400, 600, fill=1)  # a page that is a picture: no text layer
    canvas.save()
    before = window.ctl.kit.model_dump()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(scan)], ""))
    hands.press(Key.Key_I, Mod.ControlModifier | Mod.ShiftModifier)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["“scan.pdf”: this PDF has no text layer — it looks scanned; OCR is not supported."]
    assert window.findChild(MergeDialog) is None
    assert window.ctl.kit.model_dump() == before


def test_space_on_a_source_unticks_all_its_items_then_ticks_all_but_its_conflicts(
    window: MainWindow, hands: Hands, qtbot, sources: list[Path], monkeypatch
) -> None:  # noqa: ANN001
    merge = open_merge(window, hands, qtbot, sources, monkeypatch)
    notes = merge.window.model.plans[0]
    merge.keys(Key.Key_Up, Key.Key_Space)  # from its first item up to the source itself
    assert not any(i.accepted for i in notes.items)
    merge.press(Key.Key_Space)
    assert [i.accepted for i in notes.items] == [i.kind != "conflict" for i in notes.items]
    assert merge.window.count.text() == "6 of 8 items will be added."
    merge.press(Key.Key_Escape)
    back_to(window, qtbot)
