"""The web page's people: cast, crew by department, what was said about the film (the press apart
from the filmmakers' own words) and the biographies, as the PDF sets them."""

from __future__ import annotations

from presskit.facts import attribution, crew_departments, in_marks, quote_groups
from presskit.model import Quote
from presskit.web.sections import Page, cell, e, paras, web_section


@web_section("cast")
def _cast(pg: Page) -> str:
    kit = pg.kit
    rows = "".join(
        f"<tr><td>{cell(m.actor)}</td><td class=muted>{cell(m.character)}</td></tr>" for m in kit.credits.cast
    )
    head = f"<tr><th>{e(pg.words['actor'])}</th><th>{e(pg.words['character'])}</th></tr>"
    return f"<table>{head}{rows}</table>" if rows else ""


@web_section("crew")
def _crew(pg: Page) -> str:
    """By department, in the style's order, under each department's name (as the PDF sets it)."""
    w, rows = pg.words, []
    for heading, group in crew_departments(pg.kit, w):
        if heading:
            rows.append(f"<tr><th colspan=2 scope=rowgroup>{e(heading)}</th></tr>")
        rows += [f"<tr><td class=muted>{cell(role)}</td><td>{cell(name)}</td></tr>" for role, name in group]
    head = f"<tr><th>{e(w['role'])}</th><th>{e(w['name'])}</th></tr>"
    return f"<table>{head}{''.join(rows)}</table>"


@web_section("quotes")
def _quotes(pg: Page) -> str:
    """The press first (pull quotes first), then the filmmakers' own words under a heading of their own,
    as the PDF sets them."""
    press, own = quote_groups(pg.kit)

    def said(q: Quote) -> str:
        cls = ' class="pull"' if q.pull_quote and q.kind == "press" else ""
        who = attribution(q, pg.words)
        return f"<blockquote{cls}><p>{e(in_marks(q.text, pg.words))}</p><p class=who>{e(who)}</p></blockquote>"

    heading = f"<h3>{e(pg.words['own_words'])}</h3>" if press and own else ""
    return "".join(map(said, press)) + heading + "".join(map(said, own))


@web_section("bios")
def _bios(pg: Page) -> str:
    return "".join(f"<h3>{e(b.name)}</h3><p class=label>{e(b.role)}</p>{paras(b.text)}" for b in pg.kit.bios)
