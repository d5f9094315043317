"""Make any user text safe for ReportLab's paragraph markup, and build the only links we allow."""

from __future__ import annotations

import re
from urllib.parse import quote

from presskit.model import EMAIL_RE
from presskit.text_safety import clean

ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}


def esc(text: str) -> str:
    """Text exactly as typed: markup characters escaped, control characters dropped, lines kept."""
    out = "".join(ENTITIES.get(c, c) for c in clean(text))
    return out.replace("\r\n", "\n").replace("\n", "<br/>")


def mail_link(address: str) -> str:
    """A clickable mailto: link for a well-formed address, or the escaped text otherwise."""
    address = (address or "").strip()
    if not EMAIL_RE.match(address):
        return esc(address)
    return f'<a href="mailto:{quote(address, safe="@.+-_")}" color="#1d4ed8">{esc(address)}</a>'


def web_link(url: str) -> str:
    """A clickable link only for http(s) addresses; anything else prints as plain text."""
    url = (url or "").strip()
    if not re.match(r"^https?://[^\s<>\"']+$", url, re.I):
        return esc(url)
    return f'<a href="{quote(url, safe=":/?#[]@!$&()*+,;=%-._~")}" color="#1d4ed8">{esc(url)}</a>'
