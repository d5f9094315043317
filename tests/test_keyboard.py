"""The editor under the keyboard alone: tables edit like a spreadsheet, Tab walks the fields.

Every test drives real key events (see hands.py) and then reads the kit."""

from __future__ import annotations

from pathlib import Path

from hands import Hands
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QTableView

from presskit.ui.main_window import MainWindow

Key = Qt.Key


def go_to_panel(window: MainWindow, hands: Hands, title: str) -> None:
    """Ctrl+Tab through the panels until the one with this title shows."""
    for _ in range(len(window.panels)):
        if window.tabs.tabText(window.tabs.currentIndex()) == title:
            return
        hands.press(Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.tabText(window.tabs.currentIndex()) == title


def table(window: MainWindow, path: str) -> QTableView:
    view = window.findChild(QTableView, "table:" + path)
    assert view is not None
    return view


def test_a_cast_member_typed_with_tab_and_enter_lands_in_the_new_row(window: MainWindow, hands: Hands) -> None:
    go_to_panel(window, hands, "Credits")
    cast = window.ctl.kit.credits.cast
    hands.mnemonic(Key.Key_C, lambda: len(cast) == 5)  # Alt+C: Add cast member
    hands.keys("Annette Bening", Key.Key_Tab, "Gertrude", Key.Key_Return)
    assert (cast[-1].actor, cast[-1].character) == ("Annette Bening", "Gertrude")
    assert (cast[0].actor, cast[0].character) == ("Paul Dano", "Calvin")  # row 1 untouched
    assert hands.focus() is table(window, "credits.cast")  # Enter keeps the keyboard in the table


def test_a_crew_row_is_typed_through_the_department_choices(window: MainWindow, hands: Hands) -> None:
    go_to_panel(window, hands, "Credits")
    crew = window.ctl.kit.credits.crew
    before = len(crew)
    hands.mnemonic(Key.Key_R, lambda: len(crew) == before + 1)  # Alt+R: Add crew member
    hands.keys("Linda Obst", Key.Key_Tab, "Producer", Key.Key_Tab, "Production", Key.Key_Return)
    assert crew[-1].model_dump(include={"name", "role", "department"}) == {
        "name": "Linda Obst",
        "role": "Producer",
        "department": "Production",
    }


def test_a_quote_with_speaker_outlet_date_and_pull_quote_flag(window: MainWindow, hands: Hands) -> None:
    go_to_panel(window, hands, "Quotes")
    quotes = window.ctl.kit.quotes
    first, before = quotes[0].model_copy(), len(quotes)
    hands.mnemonic(Key.Key_Q, lambda: len(quotes) == before + 1)  # Alt+Q: Add quote
    hands.keys(
        "A delight from start to finish.",
        Key.Key_Tab,
        "Justin Chang",
        Key.Key_Tab,
        "Variety",
        Key.Key_Tab,
        "July 2012",
        Key.Key_Tab,
        Key.Key_Space,
        Key.Key_Tab,
        "4/5",
        Key.Key_Return,
    )
    new = quotes[-1]
    assert (new.text, new.speaker, new.outlet, new.date, new.pull_quote, new.rating, new.kind) == (
        "A delight from start to finish.",
        "Justin Chang",
        "Variety",
        "July 2012",
        True,
        "4/5",
        "press",
    )
    assert quotes[0] == first


def test_a_filmmakers_words_are_marked_so_through_the_kind_choices(window: MainWindow, hands: Hands) -> None:
    go_to_panel(window, hands, "Quotes")
    quotes = window.ctl.kit.quotes
    before = len(quotes)
    hands.mnemonic(Key.Key_Q, lambda: len(quotes) == before + 1)  # Alt+Q: Add quote
    hands.keys("The sea taught me patience.", Key.Key_Tab, "Valerie Faris", Key.Key_Tab, "Sight and Sound")
    hands.keys(Key.Key_Tab, Key.Key_Tab, Key.Key_Tab, Key.Key_Tab, "filmmaker", Key.Key_Return)
    new = quotes[-1]
    assert (new.text, new.speaker, new.outlet, new.kind) == (
        "The sea taught me patience.",
        "Valerie Faris",
        "Sight and Sound",
        "filmmaker",
    )


def test_a_contact_with_five_values(window: MainWindow, hands: Hands) -> None:
    go_to_panel(window, hands, "Contacts")
    contacts = window.ctl.kit.contacts
    before = len(contacts)
    hands.mnemonic(Key.Key_O, lambda: len(contacts) == before + 1)  # Alt+O: Add contact
    hands.keys(
        "Sam Lee",
        Key.Key_Tab,
        "Publicist",
        Key.Key_Tab,
        "Lee PR",
        Key.Key_Tab,
        "sam@leepr.com",
        Key.Key_Tab,
        "+1 212 555 0100",
        Key.Key_Return,
    )
    assert contacts[-1].model_dump(include={"name", "role", "company", "email", "phone"}) == {
        "name": "Sam Lee",
        "role": "Publicist",
        "company": "Lee PR",
        "email": "sam@leepr.com",
        "phone": "+1 212 555 0100",
    }
    assert len(contacts) == before + 1


def test_shift_tab_goes_back_a_cell_and_keeps_what_was_typed(window: MainWindow, hands: Hands) -> None:
    go_to_panel(window, hands, "Credits")
    cast = window.ctl.kit.credits.cast
    hands.mnemonic(Key.Key_C, lambda: len(cast) == 5)
    hands.keys("Anette", Key.Key_Tab, "Gertrude", Key.Key_Backtab, "Annette Bening", Key.Key_Return)
    assert (cast[-1].actor, cast[-1].character) == ("Annette Bening", "Gertrude")


def test_escape_in_a_new_row_takes_it_away_and_escape_in_a_cell_keeps_the_old_value(
    window: MainWindow, hands: Hands
) -> None:
    go_to_panel(window, hands, "Credits")
    cast = window.ctl.kit.credits.cast
    hands.mnemonic(Key.Key_C, lambda: len(cast) == 5)
    hands.keys("Nobody", Key.Key_Escape)
    assert len(cast) == 4
    view = table(window, "credits.cast")
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 1))
    hands.keys("Somebody", Key.Key_Escape)
    assert cast[0].character == "Calvin"


def test_enter_moves_down_and_typing_replaces_the_cell(window: MainWindow, hands: Hands) -> None:
    go_to_panel(window, hands, "Credits")
    view = table(window, "credits.cast")
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 1))
    hands.keys(Key.Key_Return, "Harry's friend", Key.Key_Return)
    assert [c.character for c in window.ctl.kit.credits.cast[:3]] == ["Calvin", "Harry's friend", "Ruby"]
    assert view.currentIndex().row() == 2


def test_the_film_info_is_typed_field_after_field_with_tab(window: MainWindow, hands: Hands) -> None:
    window.ctl.new()
    title = window.panels[0].fields[("film", "title")][0]
    title.setFocus()
    hands.keys(
        "Harbour Lights",
        Key.Key_Tab,
        "Every light is a promise",
        Key.Key_Tab,
        "Drama",
        Key.Key_Tab,
        "104",
        Key.Key_Tab,
        "France",
    )
    film = window.ctl.kit.film
    assert (film.title, film.tagline, film.genre, film.runtime_minutes, film.country) == (
        "Harbour Lights",
        "Every light is a promise",
        "Drama",
        104,
        "France",
    )


def test_tab_walks_every_field_of_every_panel_in_order_and_never_types_a_tab(window: MainWindow, hands: Hands) -> None:
    for i, panel in enumerate(window.panels):
        window.tabs.setCurrentIndex(i)
        fields = [widget for widget, _label, _set in panel.fields.values()]
        if not fields:
            continue
        fields[0].setFocus()
        visited = [hands.focus()]
        for _ in range(3 * len(fields) + 20):
            hands.press(Key.Key_Tab)
            if not panel.isAncestorOf(hands.focus()):
                break
            visited.append(hands.focus())
        owner = {field.focusProxy() or field: field for field in fields}  # an image field: its Choose button
        assert [owner[w] for w in visited if w in owner] == fields, panel.TITLE
    for area in window.findChildren(QPlainTextEdit):
        assert "\t" not in area.toPlainText()


def test_every_menu_entry_has_its_own_mnemonic(window: MainWindow, seed_path: Path) -> None:
    window.file.fill_recent_menu()
    window.exports.fill_language_menu()
    window.templates.fill_apply_menu()
    menus = [a.menu() for a in window.menuBar().actions()]
    assert all("&" in a.text() for a in window.menuBar().actions())
    while menus:
        menu = menus.pop()
        entries = [a for a in menu.actions() if not a.isSeparator()]
        letters = [a.text().split("&", 1)[1][:1].lower() for a in entries if "&" in a.text()]
        assert len(letters) == len(entries), [a.text() for a in entries if "&" not in a.text()]
        assert len(set(letters)) == len(letters), [a.text() for a in entries]
        menus.extend(a.menu() for a in entries if a.menu())


def test_ctrl_tab_in_a_table_goes_to_the_next_panel(window: MainWindow, hands: Hands) -> None:
    go_to_panel(window, hands, "Credits")
    view = table(window, "credits.cast")
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    hands.press(Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Quotes"


def test_ctrl_tab_in_a_text_of_several_lines_types_a_tab_and_tab_still_moves_on(
    window: MainWindow, hands: Hands
) -> None:
    go_to_panel(window, hands, "Synopsis")
    logline = window.findChild(QPlainTextEdit, "field:film.logline")
    logline.setFocus()
    logline.selectAll()
    hands.keys("Boy", Key.Key_Tab)  # Tab: to the next field, nothing typed
    assert window.ctl.kit.film.logline == "Boy" and not logline.hasFocus()
    logline.setFocus()
    logline.moveCursor(logline.textCursor().MoveOperation.End)
    hands.press(Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    hands.keys("meets girl")
    assert window.ctl.kit.film.logline == "Boy\tmeets girl"
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Synopsis"  # still here
