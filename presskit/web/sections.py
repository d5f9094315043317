"""The web page's sections, one drawing function for each section of presskit.sections
(`@web_section("crew")`), written in the page's language, called only for a section with content."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from presskit.facts import fact_rows, spec_rows
from presskit.model import EMAIL_RE, Festival, PressKit
from presskit.onesheet import is_web, link_kind, link_terms, printed_links, shown_url, words
from presskit.sections import SectionDrawers
from presskit.text_safety import clean
from presskit.web.assets import WebImage


@dataclass
class Page:
    """What the sections of one page need: the kit (in the page's language), its words, its images,
    and where each full-resolution image can be downloaded (still index, None for the key art)."""

    kit: PressKit
    words: dict[str, str]
    heads: dict[str, tuple[str, str]]
    images: list[WebImage | None]
    laurels: list[WebImage | None]
    key_art: WebImage | None = None
    downloads: dict[int | None, str] = field(default_factory=dict)

    def status(self, festival: Festival) -> str:
        """A festival's status (Official Selection, Winner…) in the page's language."""
        return self.words.get(f"status.{festival.status}", festival.status)


web_section: SectionDrawers[Callable[[Page], str]] = SectionDrawers("web page")


def img(image: WebImage, alt: str, lazy: bool = True) -> str:
    """An <img> with its size, so the page keeps its room before the image arrives."""
    loading = ' loading="lazy"' if lazy else ""
    return f'<img src="{e(image.src)}" width="{image.width}" height="{image.height}" alt="{e(alt)}"{loading}>'


def e(text: str) -> str:
    """Escape text for HTML (markup in a field is shown, never run; control and bidi characters dropped)."""
    return html.escape(clean(text), quote=True)


LONG_WORD = re.compile(r"\S{30,}")  # longer than any word of a language: an address, a run of letters


def cell(text: str) -> str:
    """A table cell's text, escaped; a "word" too long for a phone's width may break anywhere (as a web
    address does), so a table never pushes the page sideways, while words of a language never split."""
    return LONG_WORD.sub(lambda m: f'<span class="url">{m.group(0)}</span>', e(text))


def paras(text: str) -> str:
    """Paragraphs of plain text as <p> elements."""
    return "".join(f"<p>{e(p.strip())}</p>" for p in re.split(r"\n\s*\n", text or "") if p.strip())


def laurels_html(pg: Page) -> str:
    """The festival laurels: the festival's image, or the words set as a laurel."""
    items = []
    for f, image in zip(pg.kit.festivals, pg.laurels, strict=True):
        label = " ".join(x for x in (pg.status(f), f.name, f.section, str(f.year or "")) if x)
        if image:
            items.append(f"<li>{img(image, label, lazy=False)}</li>")
        else:
            items.append(
                f'<li class="laurel"><span class=status>{e(pg.status(f))}</span><strong>{e(f.name)}</strong>'
                f"<span>{e(' '.join(x for x in (f.section, str(f.year or '')) if x))}</span></li>"
            )
    return f'<ul class="laurels">{"".join(items)}</ul>' if items else ""


@web_section("festivals")
def _festivals(pg: Page) -> str:
    kit = pg.kit
    rows = "".join(
        f"<tr><td class=muted>{e(pg.status(f))}</td><td>"
        f"{e(' — '.join(x for x in (f.name, f.section, str(f.year or '')) if x))}</td></tr>"
        for f in kit.festivals
    )
    shows = "".join(
        f"<tr><td class=muted>{e(s.when)}</td><td>{e(', '.join(x for x in (s.venue, s.city) if x))}"
        f"</td><td>{_link(s.tickets, pg.words['tickets'])}</td></tr>"
        for s in kit.screenings
    )
    out = laurels_html(pg) + (f"<table>{rows}</table>" if rows else "")
    return out + (f"<h3>{e(pg.words['screenings'])}</h3><table>{shows}</table>" if shows else "")


def _link(url: str, text: str) -> str:
    """A link for a web address (an address shown as its own text may break anywhere); else text."""
    if not is_web(url):
        return e(url)
    return f'<a href="{e(url.strip())}"{" class=url" if text == url else ""}>{e(text)}</a>'


def links_html(pg: Page) -> str:
    """The trailer, screener and EPK links, each with its password and access terms."""
    lang = pg.kit.language
    items = [
        f"<li>{_link(x.url, link_kind(x, lang))} <span class=url>{e(shown_url(x.url))}</span>"
        + (f"<span class=terms>{e(link_terms(x, lang))}</span>" if link_terms(x, lang) else "")
        + "</li>"
        for x in printed_links(pg.kit)
    ]
    return f'<ul class="links">{"".join(items)}</ul>' if items else ""


@web_section("facts")
def _facts(pg: Page) -> str:
    kit = pg.kit
    f, w = kit.film, pg.words
    rows = fact_rows(kit, w)
    rows += [(w["press"], " · ".join(x for x in (ct.name, ct.company) if x)) for ct in kit.contacts[:3]]
    table = "".join(f"<tr><th scope=row>{e(k)}</th><td>{cell(v)}</td></tr>" for k, v in rows if v)
    if kit.website:
        table += f"<tr><th scope=row>{e(w['website'])}</th><td>{_link(kit.website, kit.website)}</td></tr>"
    logline = f"<p><strong>{e(f.logline)}</strong></p>" if f.logline else ""
    return logline + (f"<table>{table}</table>" if table else "")


@web_section("specs")
def _specs(pg: Page) -> str:
    rows = "".join(f"<tr><th scope=row>{e(k)}</th><td>{cell(v)}</td></tr>" for k, v in spec_rows(pg.kit, pg.words))
    return f"<table>{rows}</table>"


@web_section("stills")
def _stills(pg: Page) -> str:
    kit, images = pg.kit, pg.images
    get = words(kit.language)["download_still"]
    figs = [
        f"<figure>{img(image, s.caption or 'Still ' + str(i + 1))}"
        f"<figcaption>{e(s.caption)}{' — ' + e(pg.words['photo']) + ': ' + e(s.credit) if s.credit else ''}"
        + (f' <a href="{e(pg.downloads[i])}" download>{e(get)}</a>' if i in pg.downloads else "")
        + "</figcaption></figure>"
        for i, (s, image) in enumerate(zip(kit.stills, images, strict=True))
        if image
    ]
    return f'<div class="stills">{"".join(figs)}</div>' if figs else ""


@web_section("contacts")
def _contacts(pg: Page) -> str:
    kit = pg.kit
    out = [f"<p>{_link(u, u)}</p>" for u in kit.social_links if u.strip()]
    for c in kit.contacts:
        mail = f'<a href="mailto:{e(c.email)}">{e(c.email)}</a>' if EMAIL_RE.match(c.email.strip()) else e(c.email)
        bits = [
            f"<strong>{e(c.name)}</strong>" if c.name else "",
            e(c.role),
            e(c.company),
            mail if c.email else "",
            e(c.phone),
        ]
        out.append("<p>" + "<br>".join(b for b in bits if b) + "</p>")
    links = links_html(pg)
    if links:
        out.append(f"<h3>{e(words(kit.language)['links'])}</h3>{links}")
    return "".join(out)


@web_section("release")
def _release(pg: Page) -> str:
    kit = pg.kit
    r = kit.release
    rows = [(pg.words["release"], r.date_text, r.venue)] if (r.date_text or r.venue) else []
    rows += [(t.name, t.date_text, t.venue) for t in r.territories]
    body = "".join(f"<tr><td class=muted>{cell(a)}</td><td>{cell(b)}</td><td>{cell(c)}</td></tr>" for a, b, c in rows)
    extra = "".join(
        f"<p><strong>{e(k)}:</strong> {e(v)}</p>"
        for k, v in ((pg.words["distributor"], r.distributor), (pg.words["rating"], r.rating))
        if v
    )
    return (f"<table>{body}</table>" if body else "") + extra


@web_section("synopsis")
def _synopsis(pg: Page) -> str:
    s = pg.kit.synopsis
    return paras(s.short if s.short != s.long else "") + paras(s.long)


@web_section("statement")
def _statement(pg: Page) -> str:
    return paras(pg.kit.director_statement)


@web_section("notes")
def _notes(pg: Page) -> str:
    return paras(pg.kit.production_notes)


from presskit.web import people  # noqa: E402, F401 - registers the people's sections
