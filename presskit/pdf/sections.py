"""One function per kit section, each returning its flowables (or nothing when it has no content)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from presskit.model import PressKit
from presskit.pdf.markup import esc, mail_link
from presskit.pdf.styles import Styles

Section = Callable[[PressKit, Styles, float], list[Flowable]]


def heading(title: str, st: Styles, kicker: str = "") -> list[Flowable]:
    """A section heading; its outline entry is added by the document when it is drawn."""
    h = Paragraph(esc(title), st["h1"])
    h.outline_title = title  # type: ignore[attr-defined]
    return ([Paragraph(esc(kicker.upper()), st["kicker"])] if kicker else []) + [h]


def _table(rows: list[list[Flowable]], widths: list[float], st: Styles, header: bool = False) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), st["cell"].fontName),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#dddddd")),
    ]))
    return t


def fact_sheet(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """At a glance: logline and the facts a journalist looks up first."""
    f, c, r = kit.film, kit.credits, kit.release
    facts = [
        ("Directed by", ", ".join(c.directors)), ("Written by", ", ".join(c.writers)),
        ("Produced by", ", ".join(c.producers)), ("Starring", ", ".join(m.actor for m in c.cast[:6])),
        ("Genre", f.genre), ("Runtime", f"{f.runtime_minutes} minutes" if f.runtime_minutes else ""),
        ("Country", f.country), ("Language", f.language), ("Year", str(f.year or "")),
        ("Format", ", ".join(x for x in (f.format, f.aspect_ratio, f.sound) if x)),
        ("Release", " · ".join(x for x in (r.date_text, r.venue) if x)), ("Distributor", r.distributor),
        ("Rating", r.rating),
    ]
    rows = [[Paragraph(esc(k.upper()), st["label"]), Paragraph(esc(v), st["cell"])] for k, v in facts if v]
    if not rows and not f.logline:
        return []
    out = heading("At a Glance", st, "Fact sheet")
    if f.logline:
        out.append(Paragraph(esc(f.logline), st["lead"]))
    if rows:
        out.append(_table(rows, [1.35 * 72, width - 1.35 * 72], st))
    return out


def synopsis(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """Short and long synopsis."""
    s = kit.synopsis
    if not (s.short or s.long):
        return []
    out = heading("Synopsis", st, "The story")
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
    return heading("Director's Statement", st) + [Paragraph(esc(p), st["body"]) for p in paras]


def cast(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """Cast in two columns: actor, character (header repeated when it runs over a page)."""
    members = kit.credits.cast
    if not members:
        return []
    rows = [[Paragraph("ACTOR", st["label"]), Paragraph("CHARACTER", st["label"])]]
    rows += [[Paragraph(esc(m.actor), st["cell"]), Paragraph(esc(m.character) or "—", st["cell_muted"])]
             for m in members]
    return heading("Cast", st, "Credits") + [_table(rows, [width * 0.5, width * 0.5], st, header=True)]


def crew(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """Crew by department, directors and writers first."""
    c = kit.credits
    lines = [("Director", d) for d in c.directors] + [("Writer", w) for w in c.writers]
    lines += [("Producer", p) for p in c.producers]
    lines += [(m.role.capitalize() or "Crew", m.name) for m in sorted(c.crew, key=lambda m: m.department or "~")]
    if not lines:
        return []
    rows = [[Paragraph("ROLE", st["label"]), Paragraph("NAME", st["label"])]]
    for role, group in groupby(lines, key=lambda x: x[0]):
        names = [n for _, n in group]
        rows.append([Paragraph(esc(role), st["cell_muted"]), Paragraph(esc(", ".join(names)), st["cell"])])
    return heading("Crew", st) + [_table(rows, [width * 0.35, width * 0.65], st, header=True)]


def quotes(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """Quotes: pull quotes set large, the rest as a list, each with speaker and outlet."""
    if not kit.quotes:
        return []
    out = heading("What They Say", st, "Quotes")
    ordered = sorted(kit.quotes, key=lambda q: not q.pull_quote)
    for q in ordered:
        who = " — ".join(x for x in (q.speaker, q.outlet) if x) or "Unattributed"
        style = st["pull"] if q.pull_quote else st["quote"]
        out.append(KeepTogether([Paragraph(f"“{esc(q.text.strip())}”", style),
                                 Paragraph(esc(who.upper()), st["attrib"])]))
    return out


def release(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """Release dates by territory, distributor and rating."""
    r = kit.release
    rows = []
    if r.date_text or r.venue:
        rows.append(["Release", r.date_text, r.venue])
    rows += [[t.name or "Territory", t.date_text, t.venue] for t in r.territories]
    if not rows and not r.distributor:
        return []
    out = heading("Release", st)
    if rows:
        table = [[Paragraph(esc(a), st["cell_muted"]), Paragraph(esc(b), st["cell"]), Paragraph(esc(c), st["cell"])]
                 for a, b, c in rows]
        out.append(_table(table, [width * 0.3, width * 0.3, width * 0.4], st))
    for label, value in (("Distributor", r.distributor), ("Rating", r.rating)):
        if value:
            out.append(Paragraph(f"<b>{label}:</b> {esc(value)}", st["body"]))
    return out


def contacts(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """Press contacts with clickable email addresses."""
    if not kit.contacts:
        return []
    out = heading("Contacts", st, "Press")
    for ct in kit.contacts:
        lines = [f"<b>{esc(ct.name)}</b>"] if ct.name else []
        lines += [esc(x) for x in (ct.role, ct.company) if x]
        if ct.email:
            lines.append(mail_link(ct.email))
        if ct.phone:
            lines.append(esc(ct.phone))
        out.append(KeepTogether([Paragraph("<br/>".join(lines), st["body"]), Spacer(1, 6)]))
    return out


SECTIONS: dict[str, Section] = {
    "facts": fact_sheet, "synopsis": synopsis, "statement": statement, "cast": cast, "crew": crew,
    "quotes": quotes, "release": release, "contacts": contacts,
}
DEFAULT_ORDER = ["facts", "synopsis", "statement", "cast", "crew", "quotes", "release", "contacts"]
