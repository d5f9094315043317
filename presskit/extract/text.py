"""Clean an article into plain text, keeping a map from each raw line to its cleaned span."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from presskit.extract.markup import drop_blocks, md_emphasis, md_links, strip_tags, up_to_last

INVISIBLE = dict.fromkeys(map(ord, "\u2063\u200b\u200c\u200d\u2060\ufeff\u00ad\u2062\u2061"), None)
SPACES = {ord("\u00a0"): " ", ord("\u2009"): " ", ord("\u202f"): " ", ord("\t"): " "}
HTML_HINT = re.compile(r"<(p|br|div|span|a|em|i|b|strong|h[1-6]|li|ul|article|body|html)\b[^>]*>", re.I)
BLOCK_TAG = re.compile(r"<\s*(br|/?p|/?div|/?h[1-6]|/?li|/?blockquote|/?article|/?section)\b[^>]*>", re.I)
MD_PREFIX = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[*+-]\s+(?=\S))")


@dataclass
class Line:
    """One raw line of the article and the text it cleaned to."""

    raw: str
    text: str
    start: int  # offset of ``text`` in the cleaned article
    markup_only: bool = False  # the raw line held tags but no words
    block_quote: bool = False  # a Markdown "> " line
    front_matter: bool = False  # a YAML front-matter line ("---", "author: …") above the article


@dataclass
class Article:
    """The cleaned article: its text, its lines, and whether it came as HTML."""

    text: str
    lines: list[Line] = field(default_factory=list)
    is_html: bool = False
    raw: str = ""
    is_page: bool = False  # a whole web page (<html>/<body>), not a fragment of markup


def clean(raw: str) -> Article:
    """Clean raw article text (plain, HTML or Markdown) line by line."""
    raw = raw.lstrip("\ufeff")
    original = raw
    head = raw[:200000]
    is_html = len(HTML_HINT.findall(head, 0, up_to_last(head, ">"))) >= 2
    if is_html:
        raw = drop_blocks(raw)
    lines: list[Line] = []
    pieces: list[str] = []
    pos = 0
    originals = original.split("\n")  # scripts and styles were blanked line for line: indices agree
    for n, raw_line in enumerate(raw.split("\n")):
        raw_line = raw_line.rstrip("\r")
        text, markup_only, quote = _clean_line(raw_line, is_html)
        source = originals[n].rstrip("\r") if n < len(originals) else raw_line
        markup_only = markup_only or (not text.strip() and source.strip() != raw_line.strip())
        lines.append(Line(source, text, pos, markup_only, quote))
        pieces.append(text)
        pos += len(text) + 1
    for n in _front_matter(lines):
        lines[n].front_matter = True
    is_page = is_html and bool(re.search(r"<(?:html|body|!doctype)\b", original[:5000], re.I))
    return Article("\n".join(pieces), lines, is_html, original, is_page)


FRONT_KEY = re.compile(r"^[A-Za-z_][\w\-]{0,30}:(?:\s|$)")


def _front_matter(lines: list[Line]) -> range:
    """The YAML front matter a Markdown or exported page opens with: "---", "key: value" lines, "---"."""
    first = next((i for i, ln in enumerate(lines[:5]) if ln.raw.strip()), None)
    if first is None or lines[first].raw.strip() != "---":
        return range(0)
    for n in range(first + 1, min(len(lines), first + 60)):
        raw = lines[n].raw.strip()
        if raw == "---":
            return range(first, n + 1)
        if raw and not FRONT_KEY.match(raw) and not raw.startswith(("- ", "  ")):
            return range(0)
    return range(0)


ITALIC = re.compile(r"<(em|i|cite)>([^<>]{1,120})</\1>", re.I)


def italics(article: Article) -> list[str]:
    """The words a web page sets in italics (<em>, <i>, <cite>), in order: where it names works."""
    if not article.is_html:
        return []
    return [" ".join(html.unescape(m.group(2)).split()) for ln in article.lines for m in ITALIC.finditer(ln.raw)]


def front_title(article: Article) -> tuple[int, int] | None:
    """The span of the headline a front matter gives ("title: Some Headline"), if any."""
    for ln in article.lines:
        m = re.match(r"title:\s*", ln.text) if ln.front_matter else None
        if m and ln.text[m.end() :].strip():
            return ln.start + m.end(), ln.start + len(ln.text)
    return None


def _clean_line(raw: str, is_html: bool) -> tuple[str, bool, bool]:
    text = raw
    markup_only = False
    quote = False
    if is_html:
        had_tag = strip_tags(text)[1]
        cut = up_to_last(text, ">")
        text, _ = strip_tags(BLOCK_TAG.sub("\n", text[:cut]) + text[cut:])
        text = html.unescape(text)
        markup_only = had_tag and not text.strip()
    else:
        m = MD_PREFIX.match(text)
        if m:
            quote = m.group(1).startswith(">")
            text = text[m.end() :]
        text = md_links(text)
        if "*" in text or "__" in text:
            text = md_emphasis(text)
    text = text.translate(INVISIBLE).translate(SPACES)
    if is_html:
        text = "\n".join(re.sub(r" {2,}", " ", part).strip() for part in text.split("\n"))
        text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    return text.rstrip(), markup_only, quote
