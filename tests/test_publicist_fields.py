"""What publicists reach for: key art and logo, trailer / screener / EPK links, the embargo line,
which sections print in what order, colour pickers, and the article's "Use as …" menu. Driven with
real key presses and mouse clicks; each test reads the kit afterwards, and undoes."""

from __future__ import annotations

from pathlib import Path

from hands import Hands
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QContextMenuEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QColorDialog, QFileDialog, QLineEdit, QMenu, QPushButton
from samples import still_image

from presskit.model import Link, Still
from presskit.sections import DEFAULT_ORDER as SECTION_NAMES
from presskit.ui.colour_button import ColourButton
from presskit.ui.image_picker import ImagePicker
from presskit.ui.main_window import MainWindow
from presskit.ui.section_list import SectionList

Key = Qt.Key
Alt = Qt.KeyboardModifier.AltModifier


def show_panel(window: MainWindow, hands: Hands, title: str) -> None:
    """Ctrl+Tab through the panels until the one with this title shows."""
    for _ in range(len(window.panels)):
        if window.tabs.tabText(window.tabs.currentIndex()) == title:
            return
        hands.press(Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.tabText(window.tabs.currentIndex()) == title


def problems(window: MainWindow) -> list[str]:
    return [window.problem_list.item(i).text() for i in range(window.problem_list.count())]


def test_a_screener_link_is_typed_with_the_keyboard_alone(window: MainWindow, hands: Hands) -> None:
    show_panel(window, hands, "Art and links")
    links = window.ctl.kit.links
    hands.mnemonic(Key.Key_L, lambda: len(links) == 1)  # Alt+L: Add link; the cursor is in Kind
    hands.keys(
        "Screener",
        Key.Key_Tab,
        "https://vimeo.com/rubysparks",
        Key.Key_Tab,
        "sparks2012",
        Key.Key_Tab,
        "until 30 November",
        Key.Key_Return,
    )
    assert links == [
        Link(kind="Screener", url="https://vimeo.com/rubysparks", password="sparks2012", expires="until 30 November")
    ]
    hands.mnemonic(Key.Key_L, lambda: len(links) == 2)
    hands.keys("EPK", Key.Key_Tab, "epk.example.com", Key.Key_Return)
    assert (links[1].kind, links[1].url) == ("EPK", "epk.example.com")
    assert "Link 2 (EPK): a web address starts with https:// (or http://)." in problems(window)


def test_the_embargo_line_is_typed_and_undone_in_one_step(window: MainWindow, hands: Hands) -> None:
    show_panel(window, hands, "Art and links")
    field = window.findChild(QLineEdit, "field:embargo")
    field.setFocus()
    hands.keys("Embargoed until 12 May, 09:00 CET", Key.Key_Tab)
    assert window.ctl.kit.embargo == "Embargoed until 12 May, 09:00 CET"
    hands.press(Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.ctl.kit.embargo == ""


def test_key_art_and_logo_are_chosen_checked_as_images_and_cleared(
    window: MainWindow, hands: Hands, qtbot, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    poster = still_image(tmp_path / "poster.jpg", 1, (400, 600))
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture")
    show_panel(window, hands, "Art and links")
    key_art = window.findChild(ImagePicker, "field:key_art")
    chosen = iter([str(poster), str(fake)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (next(chosen), ""))

    QTest.mouseClick(key_art.choose_button, Qt.MouseButton.LeftButton)
    assert window.ctl.kit.key_art == str(poster)
    assert key_art.thumb.pixmap() is not None and not key_art.thumb.pixmap().isNull()
    assert key_art.name.text() == "poster.jpg"

    logo = window.findChild(ImagePicker, "field:style.logo")
    QTest.mouseClick(logo.choose_button, Qt.MouseButton.LeftButton)  # a text file named .png
    assert window.ctl.kit.style.logo == ""
    assert logo.refusal.text() == "“logo.png” is not a JPEG, PNG, TIFF or WebP image."
    assert logo.pick(poster) and window.ctl.kit.style.logo == str(poster)

    QTest.mouseClick(key_art.clear_button, Qt.MouseButton.LeftButton)
    assert window.ctl.kit.key_art == "" and key_art.thumb.text() == "No image"
    window.ctl.undo_stack.undo()
    assert window.ctl.kit.key_art == str(poster)


def test_the_same_image_as_key_art_and_as_a_still_is_warned_about(window: MainWindow, tmp_path: Path) -> None:
    poster = still_image(tmp_path / "poster.jpg", 1, (400, 600))
    window.ctl.insert_row(("stills",), Still(file=str(poster), caption="Calvin at the typewriter"))
    key_art = window.findChild(ImagePicker, "field:key_art")
    assert key_art.pick(poster)
    assert "Still 1 (Calvin at the typewriter): the same image as the key art." in problems(window)
    window.ctl.undo_stack.undo()
    assert not [p for p in problems(window) if "same image" in p]


def test_sections_are_reordered_and_hidden_with_the_keyboard(window: MainWindow, hands: Hands) -> None:
    show_panel(window, hands, "Look")
    listing = window.findChild(SectionList, "style:sections")
    assert listing.keys() == SECTION_NAMES
    listing.setFocus()
    listing.setCurrentRow(SECTION_NAMES.index("quotes"))
    hands.press(Key.Key_Up, Alt)
    hands.press(Key.Key_Up, Alt)
    sections = window.ctl.kit.style.sections
    assert sections[4:8] == ["cast", "quotes", "crew", "bios"]
    hands.press(Key.Key_Down)  # to "crew"
    hands.press(Key.Key_Space)  # untick: crew is not printed
    assert "crew" not in window.ctl.kit.style.sections
    assert listing.keys()[6] == "crew"  # it keeps its place in the list
    window.ctl.undo_stack.undo()
    assert window.ctl.kit.style.sections[4:8] == ["cast", "quotes", "crew", "bios"]
    window.ctl.undo_stack.undo()
    window.ctl.undo_stack.undo()
    assert window.ctl.kit.style.sections == SECTION_NAMES and listing.keys() == SECTION_NAMES


def test_the_move_buttons_move_the_selected_section(window: MainWindow, hands: Hands) -> None:
    show_panel(window, hands, "Look")
    listing = window.findChild(SectionList, "style:sections")
    listing.setCurrentRow(0)
    down = next(b for b in window.findChildren(QPushButton) if b.text() == "Move do&wn")
    QTest.mouseClick(down, Qt.MouseButton.LeftButton)
    assert window.ctl.kit.style.sections[:2] == ["festivals", "facts"]


def answer_colour_dialog(colour: str | None) -> None:
    """When the colour dialog opens: pick a colour and press OK (None: press Cancel)."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QColorDialog)
        if colour is None:
            box.reject()
        else:
            box.setCurrentColor(QColor(colour))
            box.accept()

    QTimer.singleShot(0, answer)


def test_a_colour_is_picked_in_the_dialog_or_typed(window: MainWindow, hands: Hands, qtbot) -> None:  # noqa: ANN001
    show_panel(window, hands, "Look")
    swatch = window.findChild(ColourButton, "swatch:accent")
    field = window.findChild(QLineEdit, "style:accent")
    before = window.ctl.kit.style.accent
    answer_colour_dialog("#336699")
    QTest.mouseClick(swatch, Qt.MouseButton.LeftButton)
    assert window.ctl.kit.style.accent == "#336699" and field.text() == "#336699"
    answer_colour_dialog(None)
    QTest.mouseClick(swatch, Qt.MouseButton.LeftButton)
    assert window.ctl.kit.style.accent == "#336699"
    window.ctl.undo_stack.undo()
    assert window.ctl.kit.style.accent == before and field.text() == before
    hands = Hands(window, qtbot)  # the window is active again once the dialog has gone
    field.setFocus()
    field.selectAll()
    hands.keys("#aa2200", Key.Key_Tab)  # the hex field is still typed into
    assert window.ctl.kit.style.cover_ink != "#aa2200" and window.ctl.kit.style.accent == "#aa2200"
    assert swatch.icon().pixmap(8, 8).toImage().pixelColor(4, 4).name() == "#aa2200"


def use_from_menu(window: MainWindow, hands: Hands, phrase: str, letter: Qt.Key) -> None:
    """Select a phrase of the article, right-click it, and press the menu entry's letter."""
    view = window.article_view
    start = view.toPlainText().index(phrase)
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(phrase), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        QTest.keyClick(menu, letter)

    QTimer.singleShot(0, choose)
    where = view.cursorRect(cursor).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, view.viewport().mapToGlobal(where))
    QApplication.sendEvent(view.viewport(), event)


def test_selected_article_text_becomes_title_director_writer_crew_and_release_date(
    window: MainWindow, hands: Hands
) -> None:
    kit = window.ctl.kit
    steps = window.ctl.undo_stack.count()
    use_from_menu(window, hands, "Zoe Kazan", Key.Key_W)
    assert window.ctl.kit.credits.writers.count("Zoe Kazan") == 1  # the seed already has her: not twice
    use_from_menu(window, hands, "Jonathan Dayton", Key.Key_D)
    assert window.ctl.kit.credits.directors.count("Jonathan Dayton") == 1
    window.ctl.set_field(("credits", "directors"), [], "Clear")
    use_from_menu(window, hands, "Jonathan Dayton", Key.Key_D)
    assert window.ctl.kit.credits.directors == ["Jonathan Dayton"]
    use_from_menu(window, hands, "Little Miss Sunshine", Key.Key_T)
    assert window.ctl.kit.film.title == "Little Miss Sunshine"
    use_from_menu(window, hands, "Elliott Gould", Key.Key_R)
    assert window.ctl.kit.credits.crew[-1].name == "Elliott Gould"
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Credits"  # where its role is typed next
    window.ctl.set_field(("release", "date_text"), "", "Clear")
    use_from_menu(window, hands, "July 25", Key.Key_E)
    assert (window.ctl.kit.release.date_text, window.ctl.kit.release.date) == ("July 25", None)  # no year guessed
    assert window.ctl.undo_stack.count() - steps == 6  # two clears, and one step for each use that changed the kit
    for _ in range(5):
        window.ctl.undo_stack.undo()
    assert window.ctl.kit.film.title == "Ruby Sparks" and kit.credits.crew == []


def test_a_section_dropped_in_a_new_place_prints_there(window: MainWindow, hands: Hands, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    show_panel(window, hands, "Look")
    listing = window.findChild(SectionList, "style:sections")
    listing.scrollToTop()
    contacts = listing.model().index(SECTION_NAMES.index("contacts"), 0)
    data = listing.model().mimeData([contacts])
    listing.setCurrentIndex(contacts)
    target = listing.visualRect(listing.model().index(1, 0))  # the upper half of row 2: before it

    class DropFromTheList(QDropEvent):  # a drag started in the list itself, as a mouse drag is
        def source(self) -> SectionList:
            return listing

    drop = DropFromTheList(
        QPointF(target.center().x(), target.top() + 2),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    listing.dropEvent(drop)  # what the view is given when the mouse is let go over row 2
    assert window.ctl.kit.style.sections[:3] == ["facts", "contacts", "festivals"]
    assert listing.keys()[:3] == ["facts", "contacts", "festivals"]
    window.ctl.undo_stack.undo()
    assert window.ctl.kit.style.sections == SECTION_NAMES


def test_a_hidden_section_keeps_its_place_through_undo_and_redo(window: MainWindow, hands: Hands) -> None:
    show_panel(window, hands, "Look")
    listing = window.findChild(SectionList, "style:sections")
    listing.setFocus()
    listing.setCurrentRow(SECTION_NAMES.index("crew"))
    hands.press(Key.Key_Space)  # hide the crew
    hands.press(Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    hands.press(Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "crew" not in window.ctl.kit.style.sections
    assert listing.keys() == SECTION_NAMES  # still after the cast, not moved to the end
    listing.setCurrentRow(SECTION_NAMES.index("crew"))
    hands.press(Key.Key_Space)  # shown again, it prints where it was
    assert window.ctl.kit.style.sections == SECTION_NAMES
