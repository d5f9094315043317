"""The first pages of a kit alone, as the preview shows the page being looked at before the whole
PDF: they open, their links resolve, and making them changes nothing in the whole PDF."""

from __future__ import annotations

import io

import pypdf
from reportlab import rl_config

from presskit.pdf import render


def test_the_pages_up_to_the_one_on_show_open_alone_with_their_words(seed_kit, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(rl_config, "invariant", 1)
    whole = render(seed_kit).data
    pages = len(pypdf.PdfReader(io.BytesIO(whole)).pages)
    for through in range(1, pages):
        first = pypdf.PdfReader(io.BytesIO(render(seed_kit, through_page=through).data))
        assert len(first.pages) == through
        assert first.pages[-1].extract_text() == pypdf.PdfReader(io.BytesIO(whole)).pages[through - 1].extract_text()
        for page in first.pages:  # every contents link leads to a page of this PDF
            for annot in page.get("/Annots") or []:
                dest = annot.get_object().get("/Dest")
                if dest is not None:
                    assert first.get_page_number(dest[0].get_object()) >= 0
    assert render(seed_kit).data == whole  # the first pages leave nothing behind
