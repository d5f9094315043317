"""Festival life and other languages: laurels, translations, per-language export."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from presskit.document import load_kit, save_kit
from presskit.errors import PresskitError
from presskit.i18n import languages, localized, untranslated
from presskit.model import Festival, FilmInfo, PressKit, Quote, Release, Synopsis, Territory, Translation
from presskit.pdf import build_pdf, render
from presskit.web import export_web


def text_of(data: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def kit() -> PressKit:
    return PressKit(
        film=FilmInfo(title="Harbour Lights", tagline="Nobody leaves until the storm does."),
        synopsis=Synopsis(long="A keeper and a castaway wait out a storm."),
        quotes=[Quote(id="storm", text="A storm of a film.", speaker="Ada Brenn", outlet="The Review")],
        release=Release(date_text="June 2, 2026", date=dt.date(2026, 6, 2), venue="select theaters"),
        festivals=[
            Festival(name="Harbourside Film Festival", section="Competition", year=2026, status="World Premiere")
        ],
        translations={
            "fr": Translation(
                title="Les Feux du port",
                synopsis_long="Un gardien et un naufragé attendent la fin de la tempête.",
                quotes={"storm": "Une tempête de film."},
            ),
            "es": Translation(
                title="Luces del puerto", synopsis_long="Un farero y un náufrago esperan a que pase la tormenta."
            ),
        },
    )


def test_six_languages_have_their_words() -> None:
    assert {"en", "fr", "es", "de", "it", "pt"} <= set(languages())


def test_three_pdfs_with_headings_synopsis_and_date_in_each_language(kit: PressKit) -> None:
    en, fr, es = (text_of(build_pdf(kit)), text_of(render(kit, lang="fr").data), text_of(render(kit, lang="es").data))
    assert "Synopsis" in en and "A keeper and a castaway" in en and "June 2, 2026" in en
    assert "Synopsis" in fr and "Un gardien et un naufragé" in fr and "2 juin 2026" in fr and "Sortie" in fr
    assert "Sinopsis" in es and "Un farero y un náufrago" in es and "2 de junio de 2026" in es
    assert "Les Feux du port" in fr and "Luces del puerto" in es


def test_an_untranslated_field_falls_back_and_is_listed(kit: PressKit) -> None:
    es = localized(kit, "es")
    assert es.film.tagline == "Nobody leaves until the storm does."  # no Spanish tagline yet
    assert es.quotes[0].text == "A storm of a film."
    assert untranslated(kit, "es") == ["tagline", "quotes.0"]
    assert "tagline" in untranslated(kit, "fr") and "quotes.0" not in untranslated(kit, "fr")
    assert kit.quotes[0].text == "A storm of a film."  # the original is kept


def test_laurels_appear_on_the_cover_and_the_web_page(kit: PressKit, tmp_path: Path) -> None:
    cover = PdfReader(io.BytesIO(build_pdf(kit))).pages[0].extract_text()
    assert "WORLD PREMIERE" in cover and "Harbourside Film Festival" in cover
    export_web(kit, tmp_path / "site")
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert 'class="laurels"' in page and "Harbourside Film Festival" in page


def test_a_language_the_fonts_cannot_print_is_refused(kit: PressKit) -> None:
    kit.translations["de"] = Translation(title="ハーバーライツ")  # Japanese, which the fonts lack
    with pytest.raises(PresskitError, match="cannot print"):
        render(kit, lang="de")
    with pytest.raises(PresskitError, match="no words for the language"):
        render(kit, lang="xx")


def test_accents_and_ligature_letters_print(kit: PressKit) -> None:
    kit.translations["de"] = Translation(title="Straße der Œuvres: Niño", synopsis_long="Größe, Cœur, Año.")
    text = text_of(render(kit, lang="de").data)
    assert "Straße der Œuvres: Niño" in text and "Größe, Cœur, Año." in text


def test_documents_written_before_translations_open_unchanged() -> None:
    old = load_kit(Path(__file__).parent / "data" / "kit_v1.presskit")
    assert old.translations == {} and old.festivals == [] and old.language == "en"


def test_translations_survive_save_and_open(kit: PressKit, tmp_path: Path) -> None:
    save_kit(kit, tmp_path / "k.presskit")
    assert load_kit(tmp_path / "k.presskit") == kit


def test_command_line_per_language_and_all_languages(kit: PressKit, tmp_path: Path) -> None:
    doc = tmp_path / "k.presskit"
    save_kit(kit, doc)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "presskit", "export", str(doc), *args], capture_output=True, text=True, check=True
        )

    out = run("--lang", "fr", "-o", str(tmp_path / "fr.pdf"))
    assert "tagline" in out.stderr  # untranslated fields are named
    assert "2 juin 2026" in text_of((tmp_path / "fr.pdf").read_bytes())
    run("--lang", "all", "-o", str(tmp_path / "all.zip"))
    names = zipfile.ZipFile(tmp_path / "all.zip").namelist()
    for lang in ("en", "fr", "es"):
        assert any(n.endswith(f"({lang}).pdf") for n in names) and any(f"/web/{lang}/index.html" in n for n in names)


def test_a_french_kit_says_everything_in_french(seed_kit: PressKit) -> None:
    """The seed kit exported in French: roles, dates without an invented year, 'in cinemas' and the
    elided 'd'' are French; a German kit tells its contents from its synopsis."""
    kit = seed_kit.model_copy(deep=True)
    kit.credits.directors = ["Ada Brenn"]
    kit.release.territories = [Territory(name="Belgique", date_text="September 4", venue="in cinemas")]
    fr = text_of(render(kit, lang="fr").data)
    assert "UN FILM D'ADA BRENN" in fr and "25 juillet" in fr and "4 septembre" in fr and "au cinéma" in fr
    assert "RÉALISATION" in fr and "Scénario" in fr
    assert "« In our society we have this need to be winners and be successful. »" in fr  # French marks, no comma
    for english in ("July 25", "September 4", "theaters", "in cinemas", "DIRECTION", "Director ", "Writer "):
        assert english not in fr
    assert "2026" not in fr.split("25 juillet")[1][:6]  # no year where the article gave none
    de = PdfReader(io.BytesIO(render(seed_kit, lang="de").data))
    contents = de.pages[1].extract_text()
    assert "Inhalt" in contents and "Synopsis" in contents and "Inhalt\nInhalt" not in contents


def test_a_translated_synopsis_is_not_followed_by_the_untranslated_one(kit: PressKit) -> None:
    kit.synopsis.short = "A keeper. A castaway."
    fr = text_of(render(kit, lang="fr").data)
    assert "Un gardien et un naufragé" in fr and "A keeper" not in fr
