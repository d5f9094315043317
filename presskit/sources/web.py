"""A web address read as an article: fetched with a timeout, a size cap, a named user agent and few
redirects, only over http(s), only HTML; the article found in the page with trafilatura."""

from __future__ import annotations

import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from presskit import __version__
from presskit.extract.loading import ArticleError
from presskit.files import printable

USER_AGENT = f"Presskit/{__version__} (+press kit editor)"
MAX_PAGE_BYTES = 5 * 1024 * 1024
TIMEOUT_S = 10.0
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Page:
    """A fetched page: the address it ended at and its HTML."""

    url: str
    html: str


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows at most MAX_REDIRECTS redirects, and only to http or https addresses."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN201
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise ArticleError(f"{printable(req.full_url, 200)} redirects to an address that is not a web page.")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def is_address(text: str) -> bool:
    """Whether a command-line argument is a web address rather than a file name."""
    return urlsplit(text).scheme.lower() in ("http", "https") and bool(urlsplit(text).netloc)


def fetch(url: str, timeout: float | None = None, limit: int | None = None) -> Page:
    """The page at a web address; every failure is one sentence, and nothing waits past the timeout:
    the socket's timeout covers connecting and each read, and the whole fetch (name look-up included,
    which no socket timeout covers) runs in a thread that is given up on shortly after."""
    timeout = TIMEOUT_S if timeout is None else timeout
    limit = MAX_PAGE_BYTES if limit is None else limit
    result: list[Page | BaseException] = []

    def run() -> None:
        try:
            result.append(_fetch(url, timeout, limit))
        except BaseException as exc:  # handed to the caller's thread
            result.append(exc)

    worker = threading.Thread(target=run, name="presskit-fetch", daemon=True)
    worker.start()
    worker.join(timeout + 2)
    if not result:
        raise ArticleError(f"{printable(url, 200)} did not answer within {timeout:.0f} s; try again later.")
    if isinstance(result[0], BaseException):
        raise result[0]
    return result[0]


def _fetch(url: str, timeout: float, limit: int) -> Page:
    shown = printable(url, 200)
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ArticleError(f"“{shown}” is not a web address Presskit reads (only http:// and https://).")
    opener = urllib.request.build_opener(_Redirects)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html"})
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            if kind not in HTML_TYPES:
                raise ArticleError(f"{shown} is not a web page ({printable(kind, 60)}); Presskit reads HTML articles.")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise ArticleError(f"{shown} is larger than {limit // 1048576} MB; refused.")
            data = b""
            while chunk := response.read(65536):
                data += chunk
                if len(data) > limit:
                    raise ArticleError(f"{shown} is larger than {limit // 1048576} MB; refused.")
                if time.monotonic() > deadline:
                    raise ArticleError(f"{shown} took longer than {timeout:.0f} s to arrive; try again later.")
            charset = response.headers.get_content_charset() or "utf-8"
            final = response.geturl()
    except ArticleError:
        raise
    except urllib.error.HTTPError as exc:
        if exc.code in (301, 302, 303, 307, 308):
            raise ArticleError(f"{shown} redirects too many times (more than {MAX_REDIRECTS}).") from exc
        raise ArticleError(f"{shown} answered {exc.code} ({printable(str(exc.reason), 60)}).") from exc
    except TimeoutError as exc:
        raise ArticleError(f"{shown} did not answer within {timeout:.0f} s; try again later.") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError | socket.timeout):
            raise ArticleError(f"{shown} did not answer within {timeout:.0f} s; try again later.") from exc
        raise ArticleError(
            f"Cannot reach {printable(parts.netloc, 100)}: no network, or the address is wrong "
            f"({printable(str(reason), 80)})."
        ) from exc
    except (OSError, ValueError) as exc:
        raise ArticleError(f"Cannot read {shown}: {printable(str(exc), 120)}.") from exc
    try:
        html = data.decode(charset, errors="replace")
    except LookupError:
        html = data.decode("utf-8", errors="replace")
    return Page(final, html)
