"""Templates in the window: gallery, apply (undoable, content untouched), save as template, manager."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from presskit.ui.main_window import MainWindow
from presskit.ui.templates_ui import Gallery, Manager, SaveAsTemplate, store


@pytest.fixture
def window(qtbot, seed_path: Path, monkeypatch) -> MainWindow:  # noqa: ANN001
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_path(seed_path, clean=True)
    qtbot.waitUntil(lambda: w.ctl.kit.film.title == "Ruby Sparks", timeout=5000)
    return w


def test_the_gallery_shows_each_template_with_its_cover(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import QSettings

    gallery = Gallery(store(QSettings("Presskit", "Presskit")))
    qtbot.addWidget(gallery)
    names = [gallery.list.item(i).text() for i in range(gallery.list.count())]
    assert names[:3] == ["Classic Studio", "Festival Submission", "Minimal"]
    assert all(not gallery.list.item(i).icon().isNull() for i in range(3))


def test_new_kit_from_a_template(window: MainWindow) -> None:
    assert window.templates.new_from_template("Festival Submission")
    assert window.ctl.kit.style.page == "A4" and window.ctl.kit.style.template == "Festival Submission"
    assert window.ctl.kit.film.title == ""


def test_applying_a_template_changes_the_look_not_the_content_and_undoes(window: MainWindow) -> None:
    before = window.ctl.kit.model_copy(deep=True)
    assert window.templates.apply_template("Minimal")
    kit = window.ctl.kit
    assert kit.style.template == "Minimal" and kit.style.cast_columns == 1
    assert kit.model_dump(exclude={"style"}) == before.model_dump(exclude={"style"})
    window.ctl.undo_stack.undo()
    assert window.ctl.kit.style == before.style


def test_save_as_template_then_new_from_it(window: MainWindow, monkeypatch) -> None:  # noqa: ANN001
    from presskit.model import Contact

    window.ctl.insert_row(("contacts",), Contact(name="Mara Quinn", email="press@northlight.example"))
    window.ctl.set_field(("style", "accent"), "#0077b6")

    def accept(dialog: SaveAsTemplate) -> int:
        dialog.name.setText("Northlight house")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SaveAsTemplate, "exec", accept)
    assert window.templates.save_as_template()
    assert window.templates.new_from_template("Northlight house")
    assert window.ctl.kit.style.accent == "#0077b6"
    assert [c.name for c in window.ctl.kit.contacts] == ["Mara Quinn"]


def test_the_manager_lists_templates_with_their_source(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    manager = Manager(window.settings)
    qtbot.addWidget(manager)
    texts = [manager.list.item(i).text() for i in range(manager.list.count())]
    assert "Classic Studio  (built-in)" in texts


def test_a_shared_folder_added_in_preferences_brings_its_templates(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    import shutil

    from presskit.ui.preferences import Preferences

    shutil.copytree(Path(__file__).parent / "data" / "template_v1", tmp_path / "team" / "northlight")
    dialog = Preferences(window.settings)
    qtbot.addWidget(dialog)
    dialog.add(str(tmp_path / "team"))
    dialog.accept()
    assert "Northlight 2019" in [e.name for e in store(window.settings).entries()]
    assert window.templates.new_from_template("Northlight 2019")
    assert window.ctl.kit.style.page == "A4"
    window.settings.remove("sharedTemplateDirs")


def test_the_look_panel_changes_the_style_undoably_and_a_user_font_travels_with_a_template(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    import shutil

    from PySide6.QtWidgets import QComboBox, QLineEdit

    from presskit.resources import resource
    from presskit.ui.panels.look import OTHER_FONT

    panel = next(p for p in window.panels if p.TITLE == "Look")
    page = panel.findChild(QComboBox, "style:page")
    page.setCurrentText("A4")
    page.activated.emit(page.currentIndex())
    assert window.ctl.kit.style.page == "A4"
    accent = panel.findChild(QLineEdit, "style:accent")
    qtbot.keyClicks(accent, "#12")  # not a colour yet: marked, the kit unchanged
    assert window.ctl.kit.style.accent == "#b08d3c" and accent.styleSheet()
    accent.clear()
    qtbot.keyClicks(accent, "#0077b6")
    assert window.ctl.kit.style.accent == "#0077b6"
    my_font = tmp_path / "MyFont.ttf"
    shutil.copyfile(resource("fonts", "NotoSans-Regular.ttf"), my_font)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(my_font), ""))
    body = panel.findChild(QComboBox, "style:body_font")
    body.setCurrentText(OTHER_FONT)
    body.activated.emit(body.currentIndex())
    assert window.ctl.kit.style.body_font == str(my_font)
    from presskit.templates import Template

    entry = store(window.settings).save(Template(name="My font look", style=window.ctl.kit.style.model_copy()))
    assert (entry.folder / "MyFont.ttf").is_file()
    template, warnings = store(window.settings).load("My font look")
    assert warnings == [] and Path(template.style.body_font) == entry.folder / "MyFont.ttf"
    from presskit.pdf import render

    kit = template.new_kit()
    kit.film.title = "X"
    assert render(kit).warnings == []  # the template's own font is found wherever the kit is
    window.ctl.undo_stack.undo()
    assert window.ctl.kit.style.body_font == "NotoSerif"
