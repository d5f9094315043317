"""The people: cast and crew lists, and what was said about the film (the press apart from the
filmmakers' own words)."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, TableStyle

from presskit.facts import attribution, crew_departments, in_marks, quote_groups
from presskit.model import PressKit, Quote
from presskit.pdf.headings import heading, heading_for, pdf_section
from presskit.pdf.markup import esc
from presskit.pdf.styles import Styles
from presskit.pdf.tables import fast_cell, kit_table


@pdf_section("cast")
def cast(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """Cast in two columns: actor, character (header repeated when it runs over a page)."""
    members = kit.credits.cast
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


@pdf_section("crew")
def crew(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """Crew by department (the industry's order), role and name on each line: a table per department
    whose heading row is repeated on the page it runs onto, so it never ends a page without its first
    row (and a 3,000-name crew is cut into short tables instead of one long one)."""
    w = st.words
    w0, w1 = width * 0.35, width * 0.65
    columns = [st["cell_muted"], st["cell"]]
    tables: list[Flowable] = []
    for dept, group in crew_departments(kit, w, st.look):
        rows: list[list[Any]] = []
        if not tables:  # the column labels, over the first department and wherever it runs on
            rows.append(
                [Paragraph(esc(w["role"].upper()), st["label"]), Paragraph(esc(w["name"].upper()), st["label"])]
            )
        if dept:
            rows.append([Paragraph(esc(dept.upper()), st["kicker"]), ""])
        head = len(rows)
        rows += [[fast_cell(role, st["cell_muted"], w0), fast_cell(name, st["cell"], w1)] for role, name in group]
        table = kit_table(rows, [w0, w1], st, columns=columns, repeat=head)
        if dept:  # the department across the table
            table.setStyle(TableStyle([("SPAN", (0, head - 1), (1, head - 1))]))
        tables.append(table)
    return heading_for("crew", st) + tables


@pdf_section("quotes")
def quotes(kit: PressKit, st: Styles, width: float) -> list[Flowable]:
    """Quotes: the press first (pull quotes set large, the rest as a list, each with critic and
    outlet), then the filmmakers' own words under a heading of their own."""
    press, own = quote_groups(kit)
    kicker = st.headings["quotes"][1]  # without press quotes the section is the filmmakers' own words
    out = heading_for("quotes", st) if press else heading(st.words["own_words"], st, kicker, "quotes")

    def said(q: Quote, style: str) -> list[Flowable]:
        words = Paragraph(esc(in_marks(q.text, st.words)), st[style])
        return [words, Paragraph(esc(attribution(q, st.words).upper()), st["attrib"])]

    out += [KeepTogether(said(q, "pull" if q.pull_quote else "quote")) for q in press]
    for n, q in enumerate(own):  # their heading never ends a page: it goes with their first words
        lead = [Paragraph(esc(st.words["own_words"]), st["h3"])] if n == 0 and press else []
        out.append(KeepTogether(lead + said(q, "quote")))
    return out
