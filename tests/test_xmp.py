"""Caption and credit written into a picture the press receives: read back by another program
(Pillow), the pixels the same, an older caption replaced rather than added to."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from presskit.xmp import with_caption


def picture(kind: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 120, 200)).save(out, "JPEG" if kind == "jpg" else "PNG")
    return out.getvalue()


@pytest.mark.parametrize("kind", ["jpg", "png"])
def test_the_caption_and_credit_read_back_and_only_the_newest_is_kept(kind: str) -> None:
    original = picture(kind)
    once = with_caption(original, kind, "Old caption", "Old credit", "Ruby Sparks")
    assert once is not None
    twice = with_caption(once, kind, "Calvin & Ruby <at home>", "Photo: Merie Weismiller Wallace", "Ruby Sparks")
    assert twice is not None
    with Image.open(io.BytesIO(twice)) as im, Image.open(io.BytesIO(original)) as before:
        xmp = im.getxmp()["xmpmeta"]["RDF"]["Description"]
        assert im.tobytes() == before.tobytes()
    assert xmp["description"]["Alt"]["li"]["text"] == "Calvin & Ruby <at home>"
    assert xmp["Credit"] == "Photo: Merie Weismiller Wallace" and xmp["Headline"] == "Ruby Sparks"
    assert b"Old caption" not in twice


def test_a_file_that_is_not_what_it_says_is_left_alone() -> None:
    assert with_caption(b"GIF89a not a jpeg", "jpg", "Caption", "", "") is None
    assert with_caption(picture("png")[:40], "png", "Caption", "", "") is None  # cut short
