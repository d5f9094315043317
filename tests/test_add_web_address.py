"""File › Add from Web Address…: a page fetched off the GUI thread from a local server, a Cancel that
works at once while the server never answers, and no network as one sentence."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hands import Hands
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from tests_support import seeded_window

from presskit.ui.address_dialog import AddressDialog
from presskit.ui.main_window import MainWindow
from presskit.ui.merge_dialog import MergeDialog

Key, Mod = Qt.Key, Qt.KeyboardModifier
PAGE = """<!doctype html><html><head><title>Ruby Sparks review – The Evening Reel</title>
<meta property="og:site_name" content="The Evening Reel">
<meta name="author" content="Dana Stevens"></head><body><header><nav>Home · Film · Reviews</nav></header>
<article><h1>Ruby Sparks review: a writer's fantasy that bites back</h1><p>By Dana Stevens</p>
<p>Ruby Sparks, directed by Jonathan Dayton and Valerie Faris, stars Paul Dano as Calvin, a blocked novelist
whose invented girlfriend (Zoe Kazan) walks into his kitchen one morning. The film opens on July 25.</p>
<p>"Kazan's script is sharp, funny and finally frightening," and Dano has never been better.</p>
<p>Ruby Sparks is a smart, tender fable about control, and the best romantic comedy of the summer. Four stars.</p>
</article><footer>© The Evening Reel</footer></body></html>"""


@pytest.fixture
def window(qtbot, seed_path: Path, monkeypatch) -> MainWindow:  # noqa: ANN001
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    QApplication.clipboard().setText("")  # the dialog starts with an address on the clipboard: none here
    return seeded_window(qtbot, seed_path)


@pytest.fixture
def silent() -> Iterator[str]:
    """An address on 127.0.0.1 whose server takes the connection and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)  # connections wait in the backlog: never accepted, never answered
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/review"
    listener.close()


@pytest.fixture
def site() -> Iterator[str]:
    """A local web server with a review of the seed's film."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            body = PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/ruby-sparks-review"
    server.shutdown()
    server.server_close()


def open_address(window: MainWindow, hands: Hands, qtbot, address: str) -> Hands:  # noqa: ANN001
    """Ctrl+Shift+L, the address typed, Enter: the dialog's hands, while it fetches."""
    hands.press(Key.Key_L, Mod.ControlModifier | Mod.ShiftModifier)
    qtbot.waitUntil(lambda: window.findChild(AddressDialog) is not None and window.findChild(AddressDialog).isVisible())
    typing = Hands(window.findChild(AddressDialog), qtbot)
    typing.keys(address, Key.Key_Return)
    return typing


def test_a_page_that_never_answers_is_cancelled_at_once_and_the_window_stays_live(
    window: MainWindow, hands: Hands, qtbot, silent: str
) -> None:  # noqa: ANN001
    fetch = open_address(window, hands, qtbot, silent)
    dialog = fetch.window
    qtbot.waitUntil(lambda: dialog.fetching() and dialog.busy.isVisible())
    assert dialog.status.text() == f"Fetching {silent}…"
    fetch.press(Key.Key_Escape)  # while the server still says nothing
    qtbot.waitUntil(lambda: window.findChild(AddressDialog) is None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    title = window.findChild(QLineEdit, "field:film.title")
    title.setFocus()
    hands.keys(Key.Key_End, " (2012)")
    assert window.ctl.kit.film.title == "Ruby Sparks (2012)"  # typed while the fetch is still stuck
    assert [d.name for d in window.ctl.kit.documents] == ["ruby_sparks_article.txt"]  # nothing was added
    assert window.findChild(MergeDialog) is None


def test_no_server_at_the_address_is_one_sentence_in_the_dialog(window: MainWindow, hands: Hands, qtbot) -> None:  # noqa: ANN001
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there: the connection is refused, as with no network
    fetch = open_address(window, hands, qtbot, f"http://127.0.0.1:{port}/review")
    dialog = fetch.window
    qtbot.waitUntil(lambda: not dialog.fetching() and dialog.status.text().startswith("Cannot reach"))
    assert dialog.status.text().startswith(f"Cannot reach 127.0.0.1:{port}: no network, or the address is wrong")
    assert dialog.isVisible() and dialog.fetch.isEnabled()  # the address can be corrected and tried again
    fetch.press(Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(AddressDialog) is None)
    assert [d.name for d in window.ctl.kit.documents] == ["ruby_sparks_article.txt"]


def test_a_fetched_review_is_offered_with_its_outlet_and_added(
    window: MainWindow, hands: Hands, qtbot, site: str
) -> None:  # noqa: ANN001
    open_address(window, hands, qtbot, site)
    qtbot.waitUntil(lambda: window.findChild(MergeDialog) is not None and window.findChild(MergeDialog).isVisible())
    merge = Hands(window.findChild(MergeDialog), qtbot)
    (plan,) = merge.window.model.plans
    assert (plan.document.name, plan.document.kind, plan.document.outlet) == (site, "web", "The Evening Reel")
    assert any(i.new.startswith("“Kazan's script is sharp") for i in plan.items)
    merge.press(Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.ctl.kit.documents) == 2)
    added = window.ctl.kit.documents[1]
    assert (added.name, added.outlet) == (site, "The Evening Reel")
    assert any(q.text.startswith("Kazan's script is sharp") for q in window.ctl.kit.quotes)


def test_a_link_dropped_on_an_open_kit_is_fetched_as_a_source(window: MainWindow, qtbot, site: str) -> None:  # noqa: ANN001
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl(site)])  # as a browser drags a link
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Mod.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.findChild(MergeDialog) is not None and window.findChild(MergeDialog).isVisible())
    assert [p.document.name for p in window.findChild(MergeDialog).model.plans] == [site]
    assert window.ctl.kit.film.title == "Ruby Sparks"  # nothing replaced
    window.findChild(MergeDialog).reject()
