"""One function per kit section, each returning its flowables (or nothing when it has no content)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, TableStyle

from presskit.facts import fact_rows
from presskit.model import PressKit
from presskit.pdf.images import PlacedImage
from presskit.pdf.links import links_block
from presskit.pdf.markup import esc, mail_link, web_link
from presskit.pdf.styles import Styles
from presskit.pdf.tables import fast_cell, kit_table, splittable

Section = Callable[[PressKit, Styles, float], list[Flowable]]


def heading(title: str, st: Styles, kicker: str = "") -> list[Flowable]:
    """A section heading; its outline entry is added by the document when it is drawn."""
    h = Paragraph(esc(title), st["h1"])
    h.outline_title = title  # type: ignore[attr-defined]
    return ([Paragraph(esc(kicker.upper()), st["kicker"])] if kicker else []) + [h]


def heading_for(section: str, st: Styles) -> list[Flowable]:
    """The heading of a section in the export's language (resources/i18n)."""
    title, kicker = st.headings[section]
    return heading(title, st, kicker)


def fact_sheet(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """At a glance: logline and the facts a journalist looks up first."""
    f, w = kit.film, st.words
    facts = fact_rows(kit, w)
    facts += [(w["press"], " · ".join(x for x in (ct.name, ct.company) if x)) for ct in kit.contacts[:3]]
    rows = [[Paragraph(esc(k.upper()), st["label"]), Paragraph(esc(v), st["cell"])] for k, v in facts if v]
    if kit.website:
        rows.append([Paragraph(esc(w["website"].upper()), st["label"]), Paragraph(web_link(kit.website), st["cell"])])
    if not rows and not f.logline:
        return []
    out = heading_for("facts", st)
    if f.logline:
        out.append(Paragraph(esc(f.logline), st["lead"]))
    if rows:
        out.append(kit_table(rows, [1.35 * 72, width - 1.35 * 72], st))
    return out


def synopsis(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """Short and long synopsis."""
    s = kit.synopsis
    if not (s.short or s.long):
        return []
    out = heading_for("synopsis", st)
    if s.short and s.short != s.long:
        out += [Paragraph(esc(s.short), st["lead"]), Spacer(1, 6)]
    if s.long:
        out += [Paragraph(esc(p), st["body"]) for p in s.long.split("\n\n") if p.strip()]
    return out


def statement(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """The director's statement."""
    if not kit.director_statement.strip():
        return []
    paras = [p for p in kit.director_statement.split("\n\n") if p.strip()]
    return heading_for("statement", st) + [Paragraph(esc(p), st["body"]) for p in paras]


def cast(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """Cast in two columns: actor, character (header repeated when it runs over a page)."""
    members = kit.credits.cast
    if not members:
        return []
    if st.look.cast_columns == 1:  # a single list: "Actor as Character"
        lines = [
            f"<b>{esc(m.actor)}</b>" + (f" <i>{esc(st.words['as'])}</i> {esc(m.character)}" if m.character else "")
            for m in members
        ]
        return heading_for("cast", st) + [Paragraph(line, st["body"]) for line in lines]
    half = width * 0.5
    rows: list[list[Any]] = [
        [
            Paragraph(esc(st.words["actor"].upper()), st["label"]),
            Paragraph(esc(st.words["character"].upper()), st["label"]),
        ]
    ]
    rows += [
        [fast_cell(m.actor, st["cell"], half), fast_cell(m.character or "—", st["cell_muted"], half)] for m in members
    ]
    table = kit_table(rows, [half, half], st, header=True, columns=[st["cell"], st["cell_muted"]])
    return heading_for("cast", st) + [table]


def crew(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """Crew by department (the industry's order), role and name on each line."""
    c = kit.credits
    lines = [("Direction", "Director", d) for d in c.directors] + [("Writing", "Writer", w) for w in c.writers]
    lines += [("Production", "Producer", p) for p in c.producers]
    lines += [(m.department or "Crew", m.role.capitalize() or "Crew", m.name) for m in c.crew]
    if not lines:
        return []

    lines.sort(key=lambda x: st.look.department_rank(x[0]))  # stable: the kit's own order within a department
    w0, w1 = width * 0.35, width * 0.65
    rows: list[list[Any]] = [
        [Paragraph(esc(st.words["role"].upper()), st["label"]), Paragraph(esc(st.words["name"].upper()), st["label"])]
    ]
    for dept, group in groupby(lines, key=lambda x: x[0]):
        rows.append([Paragraph(esc(dept.upper()), st["kicker"]), ""])
        rows += [[fast_cell(role, st["cell_muted"], w0), fast_cell(name, st["cell"], w1)] for _, role, name in group]
    table = kit_table(rows, [w0, w1], st, header=True, columns=[st["cell_muted"], st["cell"]])
    return heading_for("crew", st) + [table]


def quotes(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """Quotes: pull quotes set large, the rest as a list, each with speaker and outlet."""
    if not kit.quotes:
        return []
    out = heading_for("quotes", st)
    ordered = sorted(kit.quotes, key=lambda q: not q.pull_quote)
    for q in ordered:
        who = " — ".join(x for x in (q.speaker, q.outlet) if x) or st.words["unattributed"]
        style = st["pull"] if q.pull_quote else st["quote"]
        out.append(
            KeepTogether([Paragraph(f"“{esc(q.text.strip())}”", style), Paragraph(esc(who.upper()), st["attrib"])])
        )
    return out


def bios(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """Biographies of cast and crew."""
    if not kit.bios:
        return []
    out = heading_for("bios", st)
    for b in kit.bios:
        who = [Paragraph(esc(b.name), st["h3"])] if b.name else []
        if b.role:
            who.append(Paragraph(esc(b.role.upper()), st["label"]))
        paras = [Paragraph(esc(p), st["body"]) for p in b.text.split("\n\n") if p.strip()]
        out += [KeepTogether(who + paras[:1]), *paras[1:], Spacer(1, 8)]
    return out


def notes(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """Production notes."""
    paras = [p for p in kit.production_notes.split("\n\n") if p.strip()]
    if not paras:
        return []
    return heading_for("notes", st) + [Paragraph(esc(p), st["body"]) for p in paras]


def stills(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """Stills two to a row, each with its caption and photographer credit."""
    if not kit.stills:
        return []
    gap = 14
    col = (width - gap) / 2
    cells: list[list[Flowable]] = []
    for still in kit.stills:
        prepared = st.image(still.file, col, col * 0.75)
        cell: list[Flowable] = [PlacedImage(prepared, col, col * 0.75, still.file)]
        if still.caption:
            cell.append(Paragraph(esc(still.caption), st["caption"]))
        if still.credit:
            cell.append(Paragraph(esc(f"{st.words['photo']}: {still.credit}"), st["label"]))
        cells.append(cell)
    rows = [cells[i : i + 2] + ([[]] if len(cells[i : i + 2]) == 1 else []) for i in range(0, len(cells), 2)]
    table = splittable(rows, [col + gap, col])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), gap),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 16),
                ("FONTNAME", (0, 0), (-1, -1), st["cell"].fontName),
            ]
        )
    )
    return heading_for("stills", st) + [table]


def release(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """Release dates by territory, distributor and rating."""
    r = kit.release
    rows = []
    if r.date_text or r.venue:
        rows.append([st.words["release"], r.date_text, r.venue])
    rows += [[t.name or "Territory", t.date_text, t.venue] for t in r.territories]
    if not rows and not r.distributor:
        return []
    out = heading_for("release", st)
    if rows:
        table = [
            [Paragraph(esc(a), st["cell_muted"]), Paragraph(esc(b), st["cell"]), Paragraph(esc(c), st["cell"])]
            for a, b, c in rows
        ]
        out.append(kit_table(table, [width * 0.3, width * 0.3, width * 0.4], st))
    for label, value in ((st.words["distributor"], r.distributor), (st.words["rating"], r.rating)):
        if value:
            out.append(Paragraph(f"<b>{label}:</b> {esc(value)}", st["body"]))
    return out


def contacts(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """Press contacts with clickable email addresses, then the screener and trailer links."""
    if not kit.contacts and not kit.social_links and not kit.links:
        return []
    out = heading_for("contacts", st)
    links = [web_link(u) for u in [kit.website, *kit.social_links] if u.strip()]
    if links:
        out.append(Paragraph("<br/>".join(links), st["body"]))
    for ct in kit.contacts:
        lines = [f"<b>{esc(ct.name)}</b>"] if ct.name else []
        lines += [esc(x) for x in (ct.role, ct.company) if x]
        if ct.email:
            lines.append(mail_link(ct.email))
        if ct.phone:
            lines.append(esc(ct.phone))
        out.append(KeepTogether([Paragraph("<br/>".join(lines), st["body"]), Spacer(1, 6)]))
    return out + links_block(kit, st)


def _festivals(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    from presskit.pdf.laurels import festivals_section

    return festivals_section(kit, st, width)


SECTIONS: dict[str, Section] = {
    "facts": fact_sheet,
    "festivals": _festivals,
    "synopsis": synopsis,
    "statement": statement,
    "cast": cast,
    "crew": crew,
    "bios": bios,
    "quotes": quotes,
    "stills": stills,
    "notes": notes,
    "release": release,
    "contacts": contacts,
}
DEFAULT_ORDER = [
    "facts",
    "festivals",
    "synopsis",
    "statement",
    "cast",
    "crew",
    "bios",
    "quotes",
    "stills",
    "notes",
    "release",
    "contacts",
]
NEW_PAGE = {"facts", "festivals", "synopsis", "cast", "bios", "quotes", "stills", "notes", "contacts"}
