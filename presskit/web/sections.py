"""The web page's sections, one drawing function for each section of presskit.sections
(`@web_section("crew")`), written in the page's language, called only for a section with content."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import groupby

from presskit.facts import crew_lines, fact_rows, spec_rows
from presskit.model import EMAIL_RE, Festival, PressKit
from presskit.sections import SectionDrawers
from presskit.text_safety import clean


@dataclass
class Page:
    """What the sections of one page need: the kit (in the page's language), its words, its images."""

    kit: PressKit
    words: dict[str, str]
    heads: dict[str, tuple[str, str]]
    images: list[str]
    laurels: list[str]

    def status(self, festival: Festival) -> str:
        """A festival's status (Official Selection, Winner…) in the page's language."""
        return self.words.get(f"status.{festival.status}", festival.status)


web_section: SectionDrawers[Callable[[Page], str]] = SectionDrawers("web page")


def e(text: str) -> str:
    """Escape text for HTML (markup in a field is shown, never run; control and bidi characters dropped)."""
    return html.escape(clean(text), quote=True)


def paras(text: str) -> str:
    """Paragraphs of plain text as <p> elements."""
    return "".join(f"<p>{e(p.strip())}</p>" for p in re.split(r"\n\s*\n", text or "") if p.strip())


def laurels_html(pg: Page) -> str:
    """The festival laurels: the festival's image, or the words set as a laurel."""
    items = []
    for f, img in zip(pg.kit.festivals, pg.laurels, strict=True):
        label = " ".join(x for x in (pg.status(f), f.name, f.section, str(f.year or "")) if x)
        if img:
            items.append(f'<li><img src="{img}" alt="{e(label)}"></li>')
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
    return f'<a href="{e(url)}">{e(text)}</a>' if url.startswith(("http://", "https://")) else e(url)


@web_section("facts")
def _facts(pg: Page) -> str:
    kit = pg.kit
    f, w = kit.film, pg.words
    rows = fact_rows(kit, w)
    rows += [(w["press"], " · ".join(x for x in (ct.name, ct.company) if x)) for ct in kit.contacts[:3]]
    table = "".join(f"<tr><th scope=row>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in rows if v)
    if kit.website:
        table += f"<tr><th scope=row>{e(w['website'])}</th><td>{_link(kit.website, kit.website)}</td></tr>"
    logline = f"<p><strong>{e(f.logline)}</strong></p>" if f.logline else ""
    return logline + (f"<table>{table}</table>" if table else "")


@web_section("specs")
def _specs(pg: Page) -> str:
    rows = "".join(f"<tr><th scope=row>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in spec_rows(pg.kit, pg.words))
    return f"<table>{rows}</table>"


@web_section("cast")
def _cast(pg: Page) -> str:
    kit = pg.kit
    rows = "".join(f"<tr><td>{e(m.actor)}</td><td class=muted>{e(m.character)}</td></tr>" for m in kit.credits.cast)
    head = f"<tr><th>{e(pg.words['actor'])}</th><th>{e(pg.words['character'])}</th></tr>"
    return f"<table>{head}{rows}</table>" if rows else ""


@web_section("crew")
def _crew(pg: Page) -> str:
    """By department, in the style's order, under each department's name (as the PDF sets it)."""
    w, rows = pg.words, []
    for dept, group in groupby(crew_lines(pg.kit, w), key=lambda x: x[0]):
        rows.append(f"<tr><th colspan=2 scope=rowgroup>{e(w.get(f'dept.{dept}', dept))}</th></tr>")
        rows += [f"<tr><td class=muted>{e(role)}</td><td>{e(name)}</td></tr>" for _, role, name in group]
    head = f"<tr><th>{e(w['role'])}</th><th>{e(w['name'])}</th></tr>"
    return f"<table>{head}{''.join(rows)}</table>"


@web_section("quotes")
def _quotes(pg: Page) -> str:
    kit = pg.kit
    out = []
    for q in sorted(kit.quotes, key=lambda q: not q.pull_quote):
        who = " — ".join(x for x in (q.speaker, q.outlet) if x)
        cls = ' class="pull"' if q.pull_quote else ""
        out.append(f"<blockquote{cls}><p>“{e(q.text)}”</p><p class=who>{e(who)}</p></blockquote>")
    return "".join(out)


@web_section("stills")
def _stills(pg: Page) -> str:
    kit, images = pg.kit, pg.images
    figs = [
        f'<figure><img src="{src}" alt="{e(s.caption or "Still " + str(i + 1))}" loading="lazy">'
        f"<figcaption>{e(s.caption)}{' — ' + e(pg.words['photo']) + ': ' + e(s.credit) if s.credit else ''}"
        "</figcaption></figure>"
        for i, (s, src) in enumerate(zip(kit.stills, images, strict=True))
        if src
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
    return "".join(out)


@web_section("release")
def _release(pg: Page) -> str:
    kit = pg.kit
    r = kit.release
    rows = [(pg.words["release"], r.date_text, r.venue)] if (r.date_text or r.venue) else []
    rows += [(t.name, t.date_text, t.venue) for t in r.territories]
    body = "".join(f"<tr><td class=muted>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td></tr>" for a, b, c in rows)
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


@web_section("bios")
def _bios(pg: Page) -> str:
    return "".join(f"<h3>{e(b.name)}</h3><p class=label>{e(b.role)}</p>{paras(b.text)}" for b in pg.kit.bios)


@web_section("notes")
def _notes(pg: Page) -> str:
    return paras(pg.kit.production_notes)
