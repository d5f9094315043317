"""Screener, trailer and EPK links in the PDF: what each leads to, the clickable address, the password
and how long it works. Printed with the contacts and at the foot of the cover."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from presskit.model import Link, PressKit
from presskit.onesheet import link_kind, link_terms, printed_links, shown_url, words
from presskit.pdf.markup import esc, web_link
from presskit.pdf.styles import Styles


def link_markup(link: Link, lang: str, colour: str = "#1d4ed8") -> str:
    """One link as paragraph markup: the kind in bold, the address (clickable when it is a web
    address), then its access terms."""
    lines = [f"<b>{esc(link_kind(link, lang).upper())}</b>", web_link(link.url, colour, shown_url(link.url))]
    terms = link_terms(link, lang)
    return "<br/>".join(lines + ([esc(terms)] if terms else []))


def links_block(kit: PressKit, st: Styles) -> list[Flowable]:
    """The kit's links under their own small heading, for the contacts section."""
    links = printed_links(kit)
    if not links:
        return []
    out: list[Flowable] = [Paragraph(esc(words(kit.language)["links"].upper()), st["h2"])]
    for link in links:
        out.append(KeepTogether([Paragraph(link_markup(link, kit.language), st["body"]), Spacer(1, 6)]))
    return out
