"""What a web page says about itself: headline, byline, site name and date (trafilatura's reading of
its meta tags and markup), and the article's text when the page is a whole site page."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PageFacts:
    """A page's article text (empty when none was found) and its own description of itself."""

    text: str = ""
    title: str = ""
    byline: str = ""
    outlet: str = ""
    published: str = ""


def page_facts(html: str, url: str | None = None) -> PageFacts:
    """The article and its metadata, as trafilatura finds them; empty facts when it finds none."""
    import trafilatura

    found = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True
    )
    if found is None:
        return PageFacts()
    data = found if isinstance(found, dict) else found.as_dict()

    def get(key: str) -> str:
        value = data.get(key)
        return " ".join(str(value).split()) if value else ""

    return PageFacts(get("text") and str(data.get("text")), get("title"), get("author"), get("sitename"), get("date"))
