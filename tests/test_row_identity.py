"""Quotes, bios, stills and cast rows keep their identity: their translations follow them when rows are
reordered, deleted and brought back, saved and opened, and older documents get ids when opened."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from presskit.document import kit_from_data, load_kit, save_kit
from presskit.export import export
from presskit.i18n import localized, untranslated
from presskit.model import Bio, CastMember, FilmInfo, PressKit, Quote, Still, Translation
from presskit.ui.controller import DocumentController

QUOTES = [  # speaker, English, French
    ("Ada Brenn", "A storm of a film.", "Une tempête de film."),
    ("Ivo Lind", "Quietly devastating.", "Discrètement dévastateur."),
    ("Nora Vance", "The year's best ending.", "La meilleure fin de l'année."),
]


def _kit() -> PressKit:
    quotes = [Quote(text=en, speaker=who, outlet="The Review") for who, en, _fr in QUOTES]
    french = Translation(
        title="Les Feux du port", quotes={q.id: fr for q, (_w, _e, fr) in zip(quotes, QUOTES, strict=True)}
    )
    return PressKit(film=FilmInfo(title="Harbour Lights"), quotes=quotes, translations={"fr": french})


def _pdf_text(kit: PressKit, tmp_path: Path) -> str:
    out = tmp_path / "kit-fr.pdf"
    export(kit, "pdf", out, lang="fr")
    pages = PdfReader(io.BytesIO(out.read_bytes())).pages
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pages)


def _attributed(text: str) -> dict[str, str]:
    """Each French quote printed in the PDF -> the speaker printed under it (before the next quote)."""
    found = {}
    for _who, _en, fr in QUOTES:
        at = text.find(fr)
        if at >= 0:
            after = text[at + len(fr) :].split("«")[0]  # up to the next quote's opening mark
            found[fr] = next((who for who, _e, _f in QUOTES if who.upper() in after), "")
    return found


def test_reordering_and_deleting_quotes_keeps_each_translation_on_its_quote(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    ctl = DocumentController()
    ctl.new(_kit())
    ctl.move_row(("quotes",), 0, 2)  # Ada's quote goes last
    ctl.move_row(("quotes",), 1, 0)  # Nora's first: Nora, Ivo, Ada
    ctl.remove_row(("quotes",), 1)  # Ivo's quote is deleted
    assert [q.speaker for q in ctl.kit.quotes] == ["Nora Vance", "Ada Brenn"]
    text = _pdf_text(ctl.kit, tmp_path)
    assert _attributed(text) == {
        "La meilleure fin de l'année.": "Nora Vance",
        "Une tempête de film.": "Ada Brenn",
    }
    assert "Discrètement" not in text and "Quietly" not in text
    assert len(ctl.kit.translations["fr"].quotes) == 2  # the deleted quote's translation went with it

    ctl.undo_stack.undo()  # Ivo's quote comes back, with its translation
    assert [q.speaker for q in ctl.kit.quotes] == ["Nora Vance", "Ivo Lind", "Ada Brenn"]
    assert _attributed(_pdf_text(ctl.kit, tmp_path)) == {fr: who for who, _e, fr in QUOTES}
    assert untranslated(ctl.kit, "fr") == []


def test_a_pasted_copy_of_a_row_gets_its_own_id(qapp) -> None:  # noqa: ANN001
    ctl = DocumentController()
    ctl.new(_kit())
    ctl.insert_row(("quotes",), ctl.kit.quotes[0].model_copy())
    ids = [q.id for q in ctl.kit.quotes]
    assert len(set(ids)) == 4
    assert localized(ctl.kit, "fr").quotes[3].text == "A storm of a film."  # the copy is not yet translated


def test_ids_are_kept_by_saving_and_opening(tmp_path: Path) -> None:
    kit = _kit()
    kit.bios, kit.stills = [Bio(name="Ada Brenn", text="Ada writes.")], [Still(caption="The lamp room")]
    kit.credits.cast = [CastMember(actor="Ada Brenn")]
    save_kit(kit, tmp_path / "k.presskit")
    again = load_kit(tmp_path / "k.presskit")
    assert [q.id for q in again.quotes] == [q.id for q in kit.quotes]
    assert (again.bios[0].id, again.stills[0].id, again.credits.cast[0].id) == (
        kit.bios[0].id,
        kit.stills[0].id,
        kit.credits.cast[0].id,
    )
    assert again.translations == kit.translations


def test_a_version_5_document_gets_ids_and_its_translations_stay_on_their_rows() -> None:
    data = {
        "schema_version": 5,
        "quotes": [{"text": "A storm of a film."}, {"text": "Quietly devastating."}],
        "stills": [{"caption": "The lamp room"}],
        "bios": [{"name": "Ada Brenn", "text": "Ada writes."}, {"name": "Ivo Lind", "text": "Ivo acts."}],
        "credits": {"cast": [{"actor": "Ada Brenn"}]},
        "translations": {"fr": {"quotes": {"1": "Discrètement dévastateur."}, "bios": {"0": "Ada écrit."}}},
    }
    kit = kit_from_data(data)
    assert all(row.id for row in [*kit.quotes, *kit.stills, *kit.bios, *kit.credits.cast])
    assert len({q.id for q in kit.quotes}) == 2
    fr = localized(kit, "fr")
    assert [q.text for q in fr.quotes] == ["A storm of a film.", "Discrètement dévastateur."]
    assert [b.text for b in fr.bios] == ["Ada écrit.", "Ivo acts."]


def test_a_document_naming_one_id_twice_opens_with_distinct_ids() -> None:
    quote = {"id": "same", "text": "Twice."}
    kit = kit_from_data({"schema_version": 6, "quotes": [quote, dict(quote)], "translations": {}})
    assert kit.quotes[0].id == "same" and kit.quotes[1].id != "same"
