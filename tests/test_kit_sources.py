"""A kit remembers the documents it was built from, and which value came from which."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from presskit.document import load_kit, save_kit
from presskit.document_read import kit_from_data
from presskit.merge import kit_from_source
from presskit.model import PressKit, Source, SourceDocument

SEED = Path(__file__).parent.parent / "seeds" / "ruby_sparks_article.txt"


def test_a_version_6_kit_keeps_its_article_as_its_first_document() -> None:
    old = {
        "schema_version": 6,
        "film": {"title": "Ruby Sparks"},
        "quotes": [
            {"text": "I wanted to write about control.", "speaker": "Zoe Kazan"},
            {"text": "A delight.", "speaker": "A. Critic", "outlet": "The Paper"},
        ],
        "source_text": "Ruby Sparks is a film by Jonathan Dayton.",
        "sources": [{"field": "film.title", "start": 0, "end": 11}],
    }
    kit = kit_from_data(json.loads(json.dumps(old)))
    assert [d.text for d in kit.documents] == ["Ruby Sparks is a film by Jonathan Dayton."]
    assert kit.source_text == "Ruby Sparks is a film by Jonathan Dayton."
    assert [(s.field, s.document) for s in kit.sources_of(0)] == [("film.title", 0)]
    assert [q.kind for q in kit.quotes] == ["filmmaker", "press"]


def test_an_imported_article_is_named_and_dated_and_survives_saving(tmp_path: Path) -> None:
    kit = kit_from_source(SEED)
    assert [(d.name, d.kind, d.added) for d in kit.documents] == [("ruby_sparks_article.txt", "text", dt.date.today())]
    title = next(s for s in kit.sources if s.field == "film.title")
    assert kit.documents[title.document].text[title.start : title.end] == "Ruby Sparks"
    save_kit(kit, tmp_path / "k.presskit")
    assert load_kit(tmp_path / "k.presskit").documents == kit.documents


def test_sources_of_a_document_point_inside_its_own_text() -> None:
    kit = PressKit(
        documents=[SourceDocument(name="a.txt", text="short"), SourceDocument(name="b.txt", text="a longer text")],
        sources=[
            Source(field="film.title", start=0, end=5, document=0),
            Source(field="synopsis.long", start=2, end=13, document=1),
            Source(field="film.logline", start=2, end=13, document=0),  # past the end of a.txt: not shown
        ],
    )
    assert [s.field for s in kit.sources_of(0)] == ["film.title"]
    assert [s.field for s in kit.sources_of(1)] == ["synopsis.long"]
    assert kit.sources_of(2) == []
