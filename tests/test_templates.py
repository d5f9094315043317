"""Templates: the next film's kit starts from the last one's look and reusable parts."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from presskit.errors import PresskitError
from presskit.model import Contact, FilmInfo, PressKit
from presskit.pdf import build_pdf
from presskit.templates import Template, TemplateContent, TemplateStore

OLD = Path(__file__).parent / "data" / "template_v1"


@pytest.fixture
def store(tmp_path: Path) -> TemplateStore:
    return TemplateStore(user=tmp_path / "user")


def test_three_built_in_templates_that_look_different(store: TemplateStore) -> None:
    names = [e.name for e in store.entries() if e.source == "built-in"]
    assert names == ["Classic Studio", "Festival Submission", "Minimal"]
    looks = [store.load(n)[0].style for n in names]
    assert len({(s.page, s.body_font, s.cover_layout, s.accent) for s in looks}) == 3


def test_a_kit_from_a_template_carries_its_contacts_and_section_order(store: TemplateStore) -> None:
    template = Template(
        name="Northlight",
        content=TemplateContent(
            contacts=[Contact(name="Mara Quinn", email="press@northlight.example")], distributor="Northlight"
        ),
    )
    template.style.sections = ["synopsis", "cast", "contacts"]
    store.save(template)
    kit = store.load("Northlight")[0].new_kit()
    assert [c.name for c in kit.contacts] == ["Mara Quinn"]
    assert kit.release.distributor == "Northlight"
    kit.film.title = "Harbour Lights"
    kit.synopsis.long = "A keeper and a castaway."
    outline = [o.title for o in PdfReader(io.BytesIO(build_pdf(kit))).outline]
    assert outline == ["Harbour Lights", "Synopsis", "Contacts"]


def test_the_same_kit_with_two_templates_differs_as_the_templates_say(store: TemplateStore, seed_kit: PressKit) -> None:
    classic, festival = store.load("Classic Studio")[0], store.load("Festival Submission")[0]

    def page_and_fonts(style) -> tuple[list[int], set[str]]:  # noqa: ANN001
        reader = PdfReader(io.BytesIO(build_pdf(seed_kit, style)))
        fonts = {
            str(f.get_object()["/BaseFont"]).split("+")[-1]
            for p in reader.pages
            for f in (p["/Resources"].get("/Font") or {}).values()
        }
        return [round(float(x)) for x in reader.pages[0].mediabox[2:]], fonts

    (c_page, c_fonts), (f_page, f_fonts) = page_and_fonts(classic.style), page_and_fonts(festival.style)
    assert c_page == [612, 792] and f_page == [595, 842]
    assert "NotoSerif-Regular" in c_fonts and "NotoSans-Regular" in f_fonts and "NotoSans-Regular" not in c_fonts


def test_save_as_template_then_new_from_template_round_trips(store: TemplateStore, tmp_path: Path) -> None:
    kit = PressKit(film=FilmInfo(title="Salt Roads"), contacts=[Contact(name="Ivo Lind", email="ivo@x.example")])
    kit.style.accent = "#0077b6"
    kit.style.page = "A4"
    template = Template(
        name="Salt Roads look", style=kit.style.model_copy(), content=TemplateContent(contacts=kit.contacts)
    )
    store.save(template)
    again = store.load("salt roads look")[0].new_kit()
    assert again.style.accent == "#0077b6" and again.style.page == "A4"
    assert again.style.template == "Salt Roads look"
    assert again.contacts == kit.contacts and again.film.title == ""


def test_an_old_version_template_opens_migrated(store: TemplateStore, tmp_path: Path) -> None:
    shutil.copytree(OLD, tmp_path / "user" / "northlight-2019")
    template, warnings = store.load("Northlight 2019")
    assert warnings == []
    assert template.style.page == "A4" and template.style.accent == "#0077b6"
    assert template.style.body_font == "NotoSans"
    assert template.style.sections == ["facts", "synopsis", "cast", "quotes", "contacts"]
    assert template.new_kit().contacts[0].email == "press@northlight.example"


def test_unknown_keys_missing_fonts_and_logo_warn_and_fall_back(store: TemplateStore, tmp_path: Path) -> None:
    folder = tmp_path / "user" / "odd"
    folder.mkdir(parents=True)
    (folder / "template.json").write_text(
        json.dumps(
            {
                "schema_version": 2,
                "name": "Odd",
                "sparkle": True,
                "style": {"body_font": "Futura-Missing.ttf", "logo": "logo.png", "glitter": 3},
            }
        )
    )
    template, warnings = store.load("Odd")
    assert any("sparkle" in w for w in warnings) and any("glitter" in w for w in warnings)
    assert any("Futura-Missing.ttf" in w for w in warnings)
    assert any("logo" in w.lower() and "missing" in w for w in warnings)
    assert template.style.body_font == "NotoSerif" and template.style.logo == ""
    assert build_pdf(PressKit(film=FilmInfo(title="X"), style=template.style)).startswith(b"%PDF")


def test_a_template_is_data_only(store: TemplateStore, tmp_path: Path) -> None:
    bad = tmp_path / "evil.json"
    bad.write_text(
        json.dumps(
            {"schema_version": 2, "name": "Evil", "style": {"page": "__import__('os').system('touch /tmp/pk-evil')"}}
        )
    )
    with pytest.raises(PresskitError, match="not a valid template"):
        store.import_file(bad)
    assert not Path("/tmp/pk-evil").exists()


def test_manage_templates_rename_duplicate_delete_export_import(store: TemplateStore, tmp_path: Path) -> None:
    store.duplicate("Minimal", "Minimal Copy")
    store.rename("Minimal Copy", "House Style")
    shared = tmp_path / "house.presskit-template"
    store.export("House Style", shared)
    store.delete("House Style")
    assert "House Style" not in [e.name for e in store.entries()]
    entry, warnings = store.import_file(shared)
    assert entry.name == "House Style" and warnings == []
    with pytest.raises(PresskitError, match="built-in"):
        store.delete("Classic Studio")


def test_a_shared_folder_adds_its_templates(tmp_path: Path) -> None:
    team = tmp_path / "team"
    shutil.copytree(OLD, team / "northlight")
    store = TemplateStore(shared=[team], user=tmp_path / "user")
    assert ("Northlight 2019", "shared") in [(e.name, e.source) for e in store.entries()]


def test_command_line_templates(tmp_path: Path, seed_path: Path) -> None:
    def run(*args: str) -> str:
        return subprocess.run(
            [sys.executable, "-m", "presskit", *args], capture_output=True, text=True, check=True
        ).stdout

    assert "Festival Submission" in run("templates", "list")
    assert json.loads(run("templates", "show", "minimal"))["style"]["cast_columns"] == 1
    run("new", "--template", "Festival Submission", "-o", str(tmp_path / "new.presskit"))
    run("export", str(seed_path), "--template", "Festival Submission", "-o", str(tmp_path / "f.pdf"))
    page = PdfReader(tmp_path / "f.pdf").pages[0]
    assert [round(float(x)) for x in page.mediabox[2:]] == [595, 842]


def test_the_templates_crew_departments_order_the_crew_list(store: TemplateStore) -> None:
    from presskit.model import CrewMember

    template = Template(name="Sound first", content=TemplateContent(crew_departments=["Sound", "Camera"]))
    kit = template.new_kit()
    assert kit.style.crew_departments == ["Sound", "Camera"]
    kit.film.title = "X"
    kit.credits.crew = [
        CrewMember(name="Ola Berg", role="Cinematographer", department="Camera"),
        CrewMember(name="Kim Osei", role="Sound designer", department="Sound"),
    ]
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(build_pdf(kit))).pages)
    assert text.index("Kim Osei") < text.index("Ola Berg")


def test_a_templates_social_links_reach_the_kit_and_its_pdf(store: TemplateStore) -> None:
    template = Template(name="Social", content=TemplateContent(social_links=["https://social.example/harbour"]))
    kit = template.new_kit()
    kit.film.title = "Harbour Lights"
    assert kit.social_links == ["https://social.example/harbour"]
    reader = PdfReader(io.BytesIO(build_pdf(kit)))
    uris = [a.get_object()["/A"]["/URI"] for p in reader.pages for a in p.get("/Annots", []) if "/A" in a.get_object()]
    assert "https://social.example/harbour" in uris
