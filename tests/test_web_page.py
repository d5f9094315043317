"""The web press page as a journalist and a link preview meet it: the embargo first, the key art in the
preview tags, every image sized, fonts cut to WOFF2, full-resolution downloads that exist, and no
word broken inside from a phone to a desktop; the bundle's pictures named after the film, with their
caption and credit inside the file."""

from __future__ import annotations

import html.parser
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path, PurePosixPath

import pytest
from fontTools.ttLib import TTFont
from PIL import Image
from samples import sample_kit, still_image

from presskit.bundle import export_bundle
from presskit.model import Link
from presskit.resources import resource
from presskit.web import export_web

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
FLAGS += ["--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def kit_folder(tmp_path_factory):  # noqa: ANN201 - (PressKit, folder holding its files)
    folder = tmp_path_factory.mktemp("kit")
    kit = sample_kit(folder, cast=5, crew=6, stills=2, quotes=3, paragraphs=1)
    still_image(folder / "poster.jpg", 11, (900, 1333))
    kit.key_art = "poster.jpg"
    kit.credits.cast[0].actor = "Zoë Brenn"
    kit.links = [Link(kind="Screener", url="https://vimeo.com/1234", password="harbour26", expires="until 30 Nov")]
    kit.embargo = "Embargoed until 9 September 2026"
    return kit, folder


@pytest.fixture(scope="module")
def site(kit_folder):  # noqa: ANN001, ANN201 - the exported page's folder
    kit, folder = kit_folder
    pdf = folder / "kit.pdf"
    pdf.write_bytes(b"%PDF-1.4 test")
    out = folder / "site"
    assert export_web(kit, out, base_dir=folder, pdf=pdf) == []
    return out


class Tags(html.parser.HTMLParser):
    """The page's meta tags, images and links, and its text in order."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.images: list[dict[str, str | None]] = []
        self.links: list[tuple[str, str]] = []
        self.text: list[str] = []
        self._href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "meta" and a.get("content") is not None:
            self.meta[a.get("property") or a.get("name") or ""] = a["content"] or ""
        if tag == "img":
            self.images.append(a)
        if tag == "a":
            self._href = a.get("href") or ""

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.text.append(data.strip())
            if self._href is not None:
                self.links.append((self._href, data.strip()))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._href = None


def parsed(site: Path) -> Tags:
    tags = Tags()
    tags.feed((site / "index.html").read_text(encoding="utf-8"))
    return tags


def test_link_previews_show_the_key_art_that_is_in_the_export(site: Path) -> None:
    meta = parsed(site).meta
    assert meta["og:title"] == meta["twitter:title"] == "Harbour Lights"
    assert meta["twitter:card"] == "summary_large_image" and meta["og:description"]
    assert meta["og:image"] == meta["twitter:image"]
    with Image.open(site / meta["og:image"]) as im:  # relative to the page, and there
        assert (str(im.width), str(im.height)) == (meta["og:image:width"], meta["og:image:height"])
        assert im.height > im.width  # the portrait key art, not a landscape still


def test_every_image_carries_its_own_size(site: Path) -> None:
    images = parsed(site).images
    assert len(images) >= 3  # key art and two stills
    for img in images:
        with Image.open(site / str(img["src"])) as im:
            assert (img["width"], img["height"]) == (str(im.width), str(im.height))


def test_the_embargo_comes_first_and_the_screener_with_its_password(site: Path) -> None:
    tags = parsed(site)
    body = tags.text[tags.text.index("Harbour Lights — Press kit") + 1 :]  # after the <title>
    assert body[0] == "Embargoed until 9 September 2026"
    assert ("https://vimeo.com/1234", "Screener") in tags.links
    assert "Password: harbour26 · until 30 Nov" in tags.text


def test_fonts_are_woff2_subsets_far_smaller_than_the_shipped_files(site: Path) -> None:
    css = (site / "style.css").read_text(encoding="utf-8")
    files = re.findall(r'url\("(fonts/[^"]+)"\)', css)
    assert files and all(f.endswith(".woff2") for f in files)
    assert not list((site / "fonts").glob("*.ttf"))
    for f in files:
        data = (site / f).read_bytes()
        assert data.startswith(b"wOF2")
        shipped = resource("fonts", PurePosixPath(f).stem.removesuffix("-700") + ".ttf")
        assert len(data) * 10 < shipped.stat().st_size
    cmap = TTFont(site / "fonts" / "NotoSerif-Regular.woff2").getBestCmap()
    assert ord("ë") in cmap and ord("Ж") not in cmap  # the page's "Zoë", no alphabet it does not use


def test_the_full_resolution_stills_key_art_and_pdf_can_be_downloaded(site: Path, kit_folder) -> None:  # noqa: ANN001
    kit, folder = kit_folder
    links = dict(parsed(site).links)
    assert "press-kit.pdf" in links and (site / "press-kit.pdf").exists()
    for number, still in enumerate(kit.stills, start=1):
        target = f"downloads/{number:02d}-harbour-lights-still.jpg"
        assert target in links
        with Image.open(site / target) as sent, Image.open(folder / still.file) as original:
            assert sent.size == original.size  # the original, not the screen copy
    assert "downloads/00-harbour-lights-key-art.jpg" in links


BROKEN_WORDS = """<script>
const broken = [];
const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walk.nextNode(); node; node = walk.nextNode()) {
  for (const m of node.data.matchAll(/[^\\s]+/g)) {
    if (/[\\/.@]/.test(m[0])) continue;  // a web address may break anywhere
    const r = document.createRange();
    r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);
    const tops = new Set([...r.getClientRects()].map(x => Math.round(x.top)));
    if (tops.size > 1) broken.push(m[0]);
  }
}
document.body.dataset.broken = JSON.stringify(broken);
</script></body>"""


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is installed by make")
@pytest.mark.parametrize("width", [320, 390, 1440])
def test_no_word_is_broken_inside_from_phone_to_desktop(site: Path, tmp_path: Path, width: int) -> None:
    page = (site / "index.html").read_text(encoding="utf-8")
    probe = site / f"probe-{width}.html"
    probe.write_text(page.replace("</body>", BROKEN_WORDS), encoding="utf-8")
    dom = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'p'}", f"--window-size={width},900", "--dump-dom"]
        + ["--virtual-time-budget=3000", probe.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert 'data-broken="[]"' in dom, re.findall(r'data-broken="([^"]*)"', dom)


def test_the_bundle_names_pictures_after_the_film_with_caption_and_credit_inside(kit_folder, tmp_path: Path) -> None:  # noqa: ANN001
    kit, folder = kit_folder
    bundle = tmp_path / "bundle.zip"
    assert export_bundle(kit, bundle, base_dir=folder) == []
    top = "Harbour Lights - Press Kit/"
    with zipfile.ZipFile(bundle) as zf:
        pictures = sorted(n.removeprefix(f"{top}stills/") for n in zf.namelist() if n.startswith(f"{top}stills/"))
        assert pictures == [
            "00-harbour-lights-key-art.jpg",
            "01-harbour-lights-still.jpg",
            "02-harbour-lights-still.jpg",
        ]
        sent = Image.open(io.BytesIO(zf.read(f"{top}stills/01-harbour-lights-still.jpg")))
        xmp = str(sent.getxmp())
        assert kit.stills[0].caption in xmp and kit.stills[0].credit in xmp
        with Image.open(folder / kit.stills[0].file) as original:
            assert sent.tobytes() == original.tobytes()  # the pixels untouched
        page = zf.read(f"{top}web/index.html").decode()
        for href in re.findall(r'href="(\.\./stills/[^"]+)"', page):  # the page offers the bundle's own files
            assert f"{top}{href.removeprefix('../')}" in zf.namelist()
        assert 'href="../stills/01-harbour-lights-still.jpg"' in page
