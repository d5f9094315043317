"""One function per kit section, each returning its flowables (or nothing when it has no content)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, TableStyle

from presskit.facts import fact_rows
from presskit.model import PressKit
from presskit.pdf.headings import heading_for
from presskit.pdf.images import PlacedImage
from presskit.pdf.links import links_block
from presskit.pdf.markup import esc, mail_link, web_link
from presskit.pdf.people import cast, crew, quotes
from presskit.pdf.styles import Styles
from presskit.pdf.tables import fast_cell, kit_table, splittable

Section = Callable[[PressKit, Styles, float], list[Flowable]]


def fact_sheet(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """At a glance: logline and the facts a journalist looks up first."""
    f, w = kit.film, st.words
    facts = fact_rows(kit, w)
    facts += [(w["press"], " · ".join(x for x in (ct.name, ct.company) if x)) for ct in kit.contacts[:3]]
    w0, w1 = 1.35 * 72, width - 1.35 * 72
    rows: list[list[Any]] = [
        [fast_cell(k.upper(), st["label"], w0), fast_cell(v, st["cell"], w1)] for k, v in facts if v
    ]
    if kit.website:
        rows.append([fast_cell(w["website"].upper(), st["label"], w0), Paragraph(web_link(kit.website), st["cell"])])
    if not rows and not f.logline:
        return []
    out = heading_for("facts", st)
    if f.logline:
        out.append(Paragraph(esc(f.logline), st["lead"]))
    if rows:
        out.append(kit_table(rows, [w0, w1], st, columns=[st["label"], st["cell"]]))
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


STILL_RATIO = 2 / 3  # every still in the grid is cut to the same 3:2 frame, so rows and captions line up


def stills(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """Stills two to a row in frames of one size (each filled, cut to the frame), caption and
    photographer credit under each, the captions of a row level."""
    if not kit.stills:
        return []
    gap = 14
    col = (width - gap) / 2
    box_h = col * STILL_RATIO
    cells: list[list[Flowable]] = []
    for still in kit.stills:
        prepared = st.image(still.file, col * 1.6, col * 2)  # pixels for the cut, not only the fitted size
        cell: list[Flowable] = [PlacedImage(prepared, col, box_h, still.file, fill=True)]
        if still.caption:
            cell.append(Paragraph(esc(still.caption), st["caption"]))
        if still.credit:
            cell.append(Paragraph(esc(f"{st.words['photo']}: {still.credit}"), st["label"]))
        cells.append(cell)
    style = TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), gap),
            ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 16),
            ("FONTNAME", (0, 0), (-1, -1), st["cell"].fontName),
        ]
    )
    rows = [cells[i : i + 2] + ([[]] if len(cells[i : i + 2]) == 1 else []) for i in range(0, len(cells), 2)]
    return heading_for("stills", st) + [splittable([row], [col + gap, col], style=style) for row in rows]


def release(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """Release dates by territory, distributor and rating."""
    r = kit.release
    rows = []
    if r.date_text or r.venue:
        rows.append([st.words["release"], r.date_text, r.venue])
    rows += [[t.name or st.words["territory"], t.date_text, t.venue] for t in r.territories]
    if not rows and not r.distributor:
        return []
    out = heading_for("release", st)
    if rows:
        widths = [width * 0.3, width * 0.3, width * 0.4]
        styles = [st["cell_muted"], st["cell"], st["cell"]]
        table = [[fast_cell(x, style, cw) for x, style, cw in zip(row, styles, widths, strict=True)] for row in rows]
        out += [kit_table(table, widths, st, columns=styles), Spacer(1, 8)]
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
