"""A small web site on 127.0.0.1 for the importer's tests: a real review as an article page, and the
pages a stranger's server can send instead (slow, huge, a redirect loop, not HTML)."""

from __future__ import annotations

import html
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
GUARDIAN = DATA / "articles" / "guardian_review.txt"  # the dev set's 41_bad_santa_2_guardian_review.txt
RELEASE = DATA / "eval" / "dev" / "07_godzilla_vs_kong_wb_press_release.txt"


def review_page() -> bytes:
    """The Guardian's review of Bad Santa 2 (dev set) as its site would serve it."""
    raw = GUARDIAN.read_text(encoding="utf-8")
    title = raw.splitlines()[0]
    body = raw[raw.index("<p>") :]
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} | Film | The Guardian</title>
<meta property="og:site_name" content="the Guardian">
<meta name="author" content="Mike McCahill">
<meta property="article:published_time" content="2016-11-24">
</head><body><nav><a href="/">Home</a> <a href="/film">Film</a></nav>
<article><h1>{html.escape(title)}</h1><p class="byline">Mike McCahill</p>
{body}</article><footer>© 2016 Guardian News and Media Limited</footer></body></html>""".encode()


def release_page() -> bytes:
    """Warner Bros.' press release for Godzilla vs. Kong (dev set) as a studio page would serve it."""
    raw = RELEASE.read_text(encoding="utf-8")
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Godzilla vs. Kong | Warner Bros. Pictures</title>
<meta property="og:site_name" content="Warner Bros. Pictures">
<meta property="article:published_time" content="2021-03-01">
</head><body><nav><a href="/">Home</a> <a href="/movies">Movies</a></nav>
<article><h1>Godzilla vs. Kong</h1>{raw}</article>
<footer>© Warner Bros. Entertainment</footer></body></html>""".encode()


class Handler(BaseHTTPRequestHandler):
    """Serves each test page by its path; records the user agent it was asked with."""

    agents: list[str] = []

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        Handler.agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/review":
            self._send(200, "text/html; charset=utf-8", review_page())
        elif self.path == "/godzilla-vs-kong":
            self._send(200, "text/html; charset=utf-8", release_page())
        elif self.path == "/slow":
            time.sleep(3)
            self._send(200, "text/html", b"<p>late</p>")
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(200):
                    self.wfile.write(b"<p>" + b"x" * 65536 + b"</p>")
            except OSError:
                pass
        elif self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", f"/loop{len(self.path)}")
            self.end_headers()
        elif self.path == "/file.pdf":
            self._send(200, "application/pdf", b"%PDF-1.4 not a page")
        else:
            self._send(404, "text/html", b"<p>not here</p>")

    def _send(self, code: int, kind: str, data: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def site() -> Iterator[str]:
    """The site's address (http://127.0.0.1:PORT), served from a thread for one test."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
