"""The web page's fonts: a page in Latin letters carries the bundled fonts' Latin parts shipped with
Presskit (no cutting at export), a page in another script the characters it prints, cut from the
whole font; what is shipped is what cutting gives today."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

from fontTools.ttLib import TTFont

from presskit.model import FilmInfo, PressKit, Synopsis
from presskit.resources import resource
from presskit.web import export_web
from presskit.web.fonts import LATIN, cut
from presskit.web.latin import MANIFEST

LATIN_PARTS = resource("fonts", "latin")


def test_every_bundled_font_has_its_latin_part_made_from_the_file_as_it_is() -> None:
    recorded = json.loads((LATIN_PARTS / MANIFEST).read_text(encoding="utf-8"))
    fonts = sorted(resource("fonts").glob("*.ttf"))
    assert sorted(recorded) == [f"{f.stem}.woff2" for f in fonts]
    for font in fonts:  # a font file replaced without `make web-fonts` would ship a stale Latin part
        assert recorded[f"{font.stem}.woff2"] == hashlib.sha256(font.read_bytes()).hexdigest(), font.name
        assert (LATIN_PARTS / f"{font.stem}.woff2").read_bytes().startswith(b"wOF2")


def test_a_shipped_latin_part_is_what_cutting_the_font_gives_today() -> None:
    """The same characters and glyphs (the bytes differ by the time stamp a cut writes)."""
    data = resource("fonts", "NotoSerif-Regular.ttf").read_bytes()
    shipped = TTFont(LATIN_PARTS / "NotoSerif-Regular.woff2")
    today = TTFont(io.BytesIO(cut(data, set(LATIN), "woff2")))
    assert shipped.getBestCmap() == today.getBestCmap() and shipped.getGlyphOrder() == today.getGlyphOrder()


def test_a_page_in_latin_letters_carries_the_shipped_parts_another_script_its_own_cut(tmp_path: Path) -> None:
    latin = PressKit(film=FilmInfo(title="Zoë’s Harbour — Łódź"), synopsis=Synopsis(long="A keeper stays on."))
    export_web(latin, tmp_path / "latin")
    written = tmp_path / "latin" / "fonts" / "NotoSerif-Regular.woff2"
    assert written.read_bytes() == (LATIN_PARTS / "NotoSerif-Regular.woff2").read_bytes()
    greek = PressKit(film=FilmInfo(title="Harbour"), synopsis=Synopsis(long="Ο φύλακας μένει. Смотритель остаётся."))
    export_web(greek, tmp_path / "greek")
    cmap = TTFont(tmp_path / "greek" / "fonts" / "NotoSerif-Regular.woff2").getBestCmap()
    assert {ord("φ"), ord("Φ"), ord("ё"), ord("Ё")} <= set(cmap) and ord("Ж") not in cmap
