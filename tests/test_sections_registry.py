"""Sections as data: one registry (presskit.sections) says what each section is; the PDF and the web
page draw every section it names, no other, in the same order, sorted and worded the same way."""

from __future__ import annotations

import dataclasses
import io
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from presskit.i18n import headings, labels, languages
from presskit.model import CastMember, Credits, CrewMember, FilmInfo, KitStyle, PressKit, Quote, Release, Synopsis
from presskit.pdf import build_pdf
from presskit.pdf.builder import render
from presskit.pdf.headings import pdf_section
from presskit.resources import resource
from presskit.sections import DEFAULT_ORDER, SECTIONS
from presskit.web import export_web
from presskit.web.sections import web_section


def _outline(kit: PressKit) -> list[str]:
    return [o.title for o in PdfReader(io.BytesIO(build_pdf(kit))).outline][1:]  # the cover's entry apart


def _web(kit: PressKit, folder: Path) -> str:
    export_web(kit, folder)
    return (folder / "index.html").read_text(encoding="utf-8")


def _web_sections(page: str) -> list[str]:
    return re.findall(r'<section id="([a-z]+)"', page)


def _pages_of(kit: PressKit) -> dict[str, int]:
    reader = PdfReader(io.BytesIO(build_pdf(kit)))
    return {o.title: reader.get_destination_page_number(o) for o in reader.outline}


def _full_kit() -> PressKit:
    return PressKit(
        film=FilmInfo(title="Harbour Lights", logline="A keeper and a storm.", runtime_minutes=98, sound="5.1"),
        synopsis=Synopsis(short="A keeper stays on.", long="A keeper stays on through the storm."),
        director_statement="I grew up by the sea.",
        credits=Credits(
            directors=["Ada Brenn"],
            writers=["Tom Vale"],
            producers=["Ines Roe"],
            cast=[CastMember(actor="Mara Lind", character="Keeper")],
            crew=[
                CrewMember(name="Olu Ade", role="Composer", department="Music"),
                CrewMember(name="Kim Sato", role="Editor", department="Editorial"),
                CrewMember(name="Lee Park", role="Cinematographer", department="Camera"),
            ],
        ),
        production_notes="Shot on the north coast in winter.",
        release=Release(distributor="North Pictures", rating="PG"),
    )


@pytest.mark.parametrize("output", [pdf_section, web_section], ids=["PDF", "web page"])
def test_each_output_draws_every_registered_section_and_no_other(output) -> None:  # noqa: ANN001
    assert output.missing() == []
    assert set(output.functions) == set(SECTIONS)


@pytest.mark.parametrize("output", [pdf_section, web_section], ids=["PDF", "web page"])
def test_an_output_cannot_draw_a_section_the_registry_does_not_know(output) -> None:  # noqa: ANN001
    with pytest.raises(KeyError, match="awards"):
        output("awards")
    with pytest.raises(KeyError, match="twice"):
        output("crew")


def test_every_section_has_its_heading_in_every_language_file() -> None:
    for code in languages():
        words = json.loads(resource("i18n", f"{code}.json").read_text(encoding="utf-8"))["labels"]
        for s in SECTIONS.values():
            assert words.get(s.heading, "").strip(), (code, s.heading)
            assert not s.kicker or words.get(s.kicker, "").strip(), (code, s.kicker)


def test_every_section_is_edited_by_a_panel_of_the_window() -> None:
    import presskit.ui.main_window  # noqa: F401 - registers the panels
    from presskit.ui.panels.base import PANELS

    keys = {p.KEY for p in PANELS}
    assert {s.panel for s in SECTIONS.values()} <= keys


def test_a_new_kit_shows_every_section_in_the_default_order() -> None:
    assert KitStyle().sections == DEFAULT_ORDER == list(SECTIONS)
    with pytest.raises(ValueError, match="Unknown section"):
        KitStyle(sections=["facts", "trivia"])


def test_pdf_contents_and_web_page_show_the_same_sections_in_the_style_order(tmp_path: Path) -> None:
    kit = _full_kit()
    kit.style.sections = ["release", "crew", "synopsis", "facts", "cast", "statement", "notes", "quotes"]
    heads = headings("en")
    shown = ["release", "crew", "synopsis", "facts", "cast", "statement", "notes"]  # no quotes in the kit
    assert _outline(kit) == [heads[k][0] for k in shown]
    assert _web_sections(_web(kit, tmp_path)) == shown


def test_a_kit_with_only_a_title_has_no_section_in_either_output(tmp_path: Path) -> None:
    kit = PressKit(film=FilmInfo(title="Harbour Lights"))
    assert _outline(kit) == []
    assert _web_sections(_web(kit, tmp_path)) == []


def test_a_rating_alone_is_a_release_section_in_both_outputs(tmp_path: Path) -> None:
    kit = PressKit(film=FilmInfo(title="Harbour Lights"), release=Release(rating="PG-13"))
    kit.style.sections = ["release"]
    assert _outline(kit) == ["Release"]
    page = _web(kit, tmp_path)
    assert _web_sections(page) == ["release"] and "PG-13" in page


def test_the_web_page_lists_the_crew_by_department_in_the_pdfs_order(tmp_path: Path) -> None:
    kit = _full_kit()
    page = _web(kit, tmp_path)
    crew = page[page.index('<section id="crew"') :]
    names = [
        "Ada Brenn",
        "Tom Vale",
        "Ines Roe",
        "Lee Park",
        "Kim Sato",
        "Olu Ade",
    ]  # by department
    assert [crew.index(n) for n in names] == sorted(crew.index(n) for n in names)
    pdf = " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(build_pdf(kit))).pages)
    assert [pdf.index(n) for n in names] == sorted(pdf.index(n) for n in names)


def test_crew_roles_and_departments_are_in_the_page_language_on_both_outputs(tmp_path: Path) -> None:
    kit = _full_kit()
    kit.style.sections = ["crew"]
    fr = labels("fr")
    export_web(kit, tmp_path, lang="fr")
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    pdf = " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(render(kit, lang="fr").data)).pages)
    for word in (fr["director"], fr["writer"], fr["producer"], fr["dept.Camera"]):
        assert word in page
        assert word.upper() in pdf or word in pdf
    for english in (">Director<", ">Writer<", ">Producer<"):
        assert english not in page


def test_a_section_the_registry_says_starts_a_page_starts_one(monkeypatch: pytest.MonkeyPatch) -> None:
    kit = _full_kit()
    kit.style.sections = ["synopsis", "cast"]
    pages = _pages_of(kit)
    assert pages["Cast"] == pages["Synopsis"]  # two short sections share a page
    monkeypatch.setitem(SECTIONS, "cast", dataclasses.replace(SECTIONS["cast"], starts_page=True))
    pages = _pages_of(kit)
    assert pages["Cast"] == pages["Synopsis"] + 1


def _specs_kit() -> PressKit:
    film = FilmInfo(
        title="Harbour Lights",
        runtime_minutes=104,
        aspect_ratio="2.39:1",
        sound="Dolby 5.1",
        format="DCP",
        country="Norway",
        language="Norwegian",
    )
    return PressKit(film=film, style=KitStyle(sections=["specs"]))


def test_the_technical_specifications_print_in_the_pdf() -> None:
    text = " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(build_pdf(_specs_kit()))).pages
    )
    specs = text[text.index("Technical Specifications") :]
    for label, value in [
        ("RUNTIME", "104 minutes"),
        ("ASPECT RATIO", "2.39:1"),
        ("SOUND", "Dolby 5.1"),
        ("FORMAT", "DCP"),
        ("COUNTRY", "Norway"),
        ("LANGUAGE", "Norwegian"),
    ]:
        assert f"{label} {value}" in specs


def test_the_technical_specifications_show_on_the_web_page_in_its_language(tmp_path: Path) -> None:
    export_web(_specs_kit(), tmp_path, lang="fr")
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert _web_sections(page) == ["specs"]
    assert "Caractéristiques techniques</h2>" in page
    assert "<th scope=row>Format d&#x27;image</th><td>2.39:1</td>" in page
    assert "<th scope=row>Durée</th><td>104 minutes</td>" in page


def test_a_kit_without_runtime_ratio_sound_format_country_or_language_has_no_specifications(tmp_path: Path) -> None:
    kit = PressKit(film=FilmInfo(title="Harbour Lights", genre="Drama", year=2026), style=KitStyle(sections=["specs"]))
    assert _outline(kit) == []
    assert _web_sections(_web(kit, tmp_path)) == []


def test_the_studio_and_festival_templates_print_the_specifications_the_minimal_one_does_not(tmp_path: Path) -> None:
    from presskit.templates import TemplateStore

    store = TemplateStore(user=tmp_path / "user")
    names = [e.name for e in store.entries() if e.source == "built-in"]
    with_specs = {n for n in names if "specs" in store.load(n)[0].style.sections}
    assert with_specs == {"Classic Studio", "Festival Submission"}


def test_a_department_whose_roles_all_say_its_name_is_not_headed_again(tmp_path: Path) -> None:
    """French crew lists say "Réalisation  Ada Brenn": no RÉALISATION heading over it; Production keeps its
    heading where other roles (a line producer) sit under it; English keeps every heading."""
    kit = _full_kit()
    kit.style.sections = ["crew"]
    kit.credits.crew.append(CrewMember(name="Rui Santos", role="Line Producer", department="Production"))
    fr = labels("fr")
    export_web(kit, tmp_path, lang="fr")
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    pdf = " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(render(kit, lang="fr").data)).pages)
    assert fr["director"] == fr["dept.Direction"]  # the French words that made the heading a repeat
    assert pdf.count(fr["director"].upper()) == 0 and pdf.count(fr["director"]) == 1
    assert page.count(f"<th colspan=2 scope=rowgroup>{fr['dept.Direction']}</th>") == 0
    assert page.count(f"<th colspan=2 scope=rowgroup>{fr['dept.Production']}</th>") == 1
    assert fr["dept.Production"].upper() in pdf
    en = " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(render(kit).data)).pages)
    assert "DIRECTION" in en and "PRODUCTION" in en


def test_quotes_are_grouped_by_their_kind_with_the_reviews_rating_on_both_outputs(tmp_path: Path) -> None:
    """What the publicist marked decides: a critic's review is press even when the critic shares a name
    with the crew; the director's interview in a paper is her own words even with the paper named."""
    kit = _full_kit()
    kit.style.sections = ["quotes"]
    kit.quotes = [
        Quote(text="I grew up by the sea.", speaker="Ada Brenn", outlet="Variety", kind="filmmaker"),
        Quote(text="A tender storm of a film.", speaker="Kim Sato", outlet="Screen", rating="4/5"),
    ]
    pdf = " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(build_pdf(kit))).pages)
    page = _web(kit, tmp_path)
    for text in (pdf, page.replace("&quot;", '"')):
        assert text.index("A tender storm") < text.index("In Their Own Words") < text.index("I grew up by the sea")
    assert "KIM SATO — SCREEN — 4/5" in pdf and "Kim Sato — Screen — 4/5" in page
    assert "ADA BRENN — VARIETY" in pdf and "Ada Brenn — Variety" in page
