"""The editor beyond the basics: preview, the article beside the panels, stills, reordering."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from presskit.ui.main_window import MainWindow


def test_the_preview_follows_an_edit(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    with qtbot.waitSignal(window.preview.rendered, timeout=10_000):
        window.preview.refresh()
    with qtbot.waitSignal(window.preview.rendered, timeout=10_000) as blocker:
        window.ctl.set_field(("film", "tagline"), "She was written into being.")
    assert blocker.args[0] > 0
    assert window.preview.document.pageCount() >= 5
    assert "pages" in window.preview.status.text()


def test_clicking_a_highlight_selects_the_field_it_filled(window: MainWindow) -> None:
    sources = {s.field: s for s in window.ctl.kit.sources}
    assert "film.title" in sources and "quotes.0.text" in sources
    assert window.go_to_field("quotes.0.speaker")
    assert window.current_panel().TITLE == "Quotes"
    quotes = window.current_panel().table.view
    assert (quotes.currentIndex().row(), quotes.currentIndex().column()) == (0, 1)


def test_selecting_a_field_scrolls_the_article_to_its_source(window: MainWindow) -> None:
    assert window.article_view.reveal("film.title")
    cursor = window.article_view.textCursor().position()
    title = next(s for s in window.ctl.kit.sources if s.field == "film.title")
    assert cursor == title.start
    assert not window.article_view.reveal("film.genre")  # typed by hand: nothing to show


def test_text_selected_in_the_article_can_become_a_quote_or_cast(window: MainWindow) -> None:
    quotes = len(window.ctl.kit.quotes)
    window.use_selection("quote", "“We had a great time.”")
    assert len(window.ctl.kit.quotes) == quotes + 1
    assert window.ctl.kit.quotes[-1].text == "We had a great time."
    window.use_selection("cast", "Annette  Bening")
    assert window.ctl.kit.credits.cast[-1].actor == "Annette Bening"
    window.ctl.undo_stack.undo()
    window.ctl.undo_stack.undo()
    assert len(window.ctl.kit.quotes) == quotes


def test_drop_a_still_and_it_shows_a_thumbnail(window: MainWindow, tmp_path: Path) -> None:
    image = tmp_path / "lamp_room.jpg"
    Image.new("RGB", (800, 500), (40, 80, 120)).save(image)
    panel = next(p for p in window.panels if p.TITLE == "Stills")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(image))])
    panel.dropEvent(
        QDropEvent(
            QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
    )
    assert [Path(s.file).name for s in window.ctl.kit.stills] == ["lamp_room.jpg"]
    assert window.ctl.kit.stills[0].caption == "lamp room"
    icon = panel.table.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    window.ctl.undo_stack.undo()
    assert window.ctl.kit.stills == []


def test_dragging_a_row_reorders_through_the_undo_stack(window: MainWindow) -> None:
    panel = next(p for p in window.panels if p.TITLE == "Quotes")
    model = panel.table.model
    first = window.ctl.kit.quotes[0].text
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.index(-1, -1))
    assert window.ctl.kit.quotes[2].text == first
    window.ctl.undo_stack.undo()
    assert window.ctl.kit.quotes[0].text == first


def test_word_counts_show_against_the_limits(window: MainWindow) -> None:
    panel = next(p for p in window.panels if p.TITLE == "Synopsis")
    area = window.findChild(QPlainTextEdit, "field:synopsis.short")
    area.setPlainText("word " * 160)
    label = panel.findChild(QLabel, "count:synopsis.short")
    from presskit.ui import colours

    assert label.text() == "160 / 150 words" and colours.ink(colours.ERROR).name() in label.styleSheet()


def test_thousands_of_credits_load_into_the_table(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    from presskit.model import CrewMember

    crew = [CrewMember(name=f"Person {i}", role="Grip", department="Camera") for i in range(3000)]
    window.ctl.set_field(("credits", "crew"), crew, "Add crew")
    panel = next(p for p in window.panels if p.TITLE == "Credits")
    assert panel.crew.model.rowCount() == 3000
    window.ctl.set_field(("credits", "crew", 2999, "role"), "Key grip")
    assert panel.crew.model.index(2999, 1).data() == "Key grip"


def test_recent_files_remember_what_was_opened(window: MainWindow, seed_path: Path) -> None:
    from presskit.ui.recent_files import recent_files

    assert str(seed_path.resolve()) in recent_files(window.settings)
    window.file.fill_recent_menu()
    assert f"&1 {seed_path.name}" in [a.text() for a in window.file.recent_menu.actions()]  # Alt+1 opens it


def test_web_page_and_bundle_export_from_the_window(window: MainWindow, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    with qtbot.waitSignal(window.exports.exported, timeout=20_000):
        window.exports.export_share("html", tmp_path / "page")
    assert "Ruby Sparks" in (tmp_path / "page" / "index.html").read_text(encoding="utf-8")
    with qtbot.waitSignal(window.exports.exported, timeout=20_000):
        window.exports.export_share("zip", tmp_path / "bundle.zip")
    assert (tmp_path / "bundle.zip").stat().st_size > 10_000


def test_festivals_panel_adds_a_laurel_that_reaches_the_pdf(window: MainWindow) -> None:
    panel = next(p for p in window.panels if p.TITLE == "Festivals")
    panel.festivals.add()
    model = panel.festivals.model
    model.setData(model.index(0, 0), "Harbourside Film Festival")
    model.setData(model.index(0, 2), "2026")
    assert not model.setData(model.index(0, 2), "next year")  # not a year: refused, the kit unchanged
    assert window.ctl.kit.festivals[0].year == 2026
    import io

    from pypdf import PdfReader

    from presskit.pdf import build_pdf

    cover = PdfReader(io.BytesIO(build_pdf(window.ctl.kit))).pages[0].extract_text()
    assert "Harbourside Film Festival" in cover


def test_translating_shows_the_main_text_and_what_is_left(window: MainWindow) -> None:
    panel = next(p for p in window.panels if p.TITLE == "Languages")
    panel.target.setCurrentIndex(panel.target.findData("fr"))
    assert panel.originals["title"].text() == "Ruby Sparks"
    assert "Title" in panel.missing.text()
    panel.edits["title"].setPlainText("Elle s'appelle Ruby")
    assert window.ctl.kit.translations["fr"].title == "Elle s'appelle Ruby"
    assert "Title" not in panel.missing.text().split(": ")[-1].split(", ")
    window.ctl.undo_stack.undo()
    assert "fr" not in window.ctl.kit.translations


def test_quotes_keep_their_original_with_an_optional_translation(window: MainWindow) -> None:
    panel = next(p for p in window.panels if p.TITLE == "Languages")
    panel.target.setCurrentIndex(panel.target.findData("es"))
    rows = panel.rows
    first = next(r for r in range(rows.rowCount()) if rows.index(r, 0).data() == "Quote 1")
    assert rows.index(first, 1).data() == window.ctl.kit.quotes[0].text
    assert rows.setData(rows.index(first, 2), "En nuestra sociedad tenemos esta necesidad de ganar,")
    first_id = window.ctl.kit.quotes[0].id
    assert window.ctl.kit.translations["es"].quotes == {
        first_id: "En nuestra sociedad tenemos esta necesidad de ganar,"
    }
    assert window.ctl.kit.quotes[0].text.startswith("In our society")  # the original is kept
    assert "Quote 1," not in panel.missing.text() and "Quote 2" in panel.missing.text()


def test_the_department_column_offers_the_templates_departments(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QComboBox

    panel = next(p for p in window.panels if p.TITLE == "Credits")
    panel.crew.add()
    view = panel.crew.view
    index = panel.crew.model.index(0, 2)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(QComboBox)
    assert editor is not None and editor.findText("Camera") >= 0
    editor.setCurrentText("Camera")
    view.itemDelegateForColumn(2).setModelData(editor, panel.crew.model, index)
    assert window.ctl.kit.credits.crew[0].department == "Camera"


def test_export_a_translation_from_the_window(window: MainWindow, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    from presskit.model import Translation

    window.ctl.set_field(("translations",), {"fr": Translation(title="Elle s'appelle Ruby")})
    window.exports.fill_language_menu()
    assert [a.text() for a in window.exports.language_menu.actions()] == ["&1 English (en)", "&2 Français (fr)"]
    out = tmp_path / "fr.pdf"
    with qtbot.waitSignal(window.exports.exported, timeout=20_000):
        window.exports.export_pdf(out, "fr")
    from pypdf import PdfReader

    first = " ".join(PdfReader(out).pages[0].extract_text().split())  # the cover's title may wrap
    assert "Elle s'appelle Ruby" in first and "DOSSIER DE PRESSE" in first


def test_the_festival_status_column_offers_the_usual_statuses(window: MainWindow) -> None:
    from PySide6.QtWidgets import QComboBox

    panel = next(p for p in window.panels if p.TITLE == "Festivals")
    panel.festivals.add()
    view, index = panel.festivals.view, panel.festivals.model.index(0, 3)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(QComboBox)
    assert editor is not None and editor.findText("World Premiere") >= 0 and editor.findText("Winner") >= 0
