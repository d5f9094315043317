"""Sharing the kit: a web press page (checked in headless Chromium) and a press bundle zip."""

from __future__ import annotations

import html
import html.parser
import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from samples import sample_kit

from presskit.bundle import export_bundle
from presskit.i18n import headings
from presskit.web import contrast, export_web

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory):  # noqa: ANN201
    folder = tmp_path_factory.mktemp("kit")
    kit = sample_kit(folder, cast=5, crew=6, stills=3, quotes=3, paragraphs=2)
    kit.stills[0].caption = "The lamp room <at dusk> & after"
    out = folder / "site"
    pdf = folder / "kit.pdf"
    pdf.write_bytes(b"%PDF-1.4 test")
    assert export_web(kit, out, base_dir=folder, pdf=pdf) == []
    return kit, out


class Outline(html.parser.HTMLParser):
    """Headings in document order and image alt texts."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[str] = []
        self.alts: list[str | None] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("h1", "h2", "h3"):
            self.headings.append(tag)
        if tag == "img":
            self.alts.append(a.get("alt"))
        if tag == "a":
            self.links.append(a.get("href") or "")


def test_the_page_is_self_contained_and_accessible(site) -> None:  # noqa: ANN001
    kit, out = site
    page = (out / "index.html").read_text(encoding="utf-8")
    parsed = Outline()
    parsed.feed(page)
    assert parsed.headings[0] == "h1" and parsed.headings.count("h1") == 1
    assert all(alt for alt in parsed.alts)
    assert "The lamp room &lt;at dusk&gt; &amp; after" in page  # escaped, alt text from the caption
    assert "press-kit.pdf" in parsed.links and (out / "press-kit.pdf").exists()
    assert all(not link.startswith(("/", "file:")) for link in parsed.links)
    assert 'name="viewport"' in page
    css = (out / "style.css").read_text()
    accent = css.split("--accent:")[1][:7]
    assert contrast(accent, "#ffffff") >= 4.5


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is installed by make")
def test_headless_chromium_shows_every_section(site, tmp_path: Path) -> None:  # noqa: ANN001
    kit, out = site
    url = (out / "index.html").as_uri()
    dom = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'p1'}", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    for section in kit.style.sections:  # the sample kit has content in every section
        assert f">{html.escape(headings('en')[section][0], quote=False)}</h2>" in dom, section
    for text in (kit.film.title, kit.credits.cast[0].actor, kit.quotes[0].text, kit.contacts[0].email):
        assert text in dom
    shot = tmp_path / "phone.png"
    subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'p2'}", "--window-size=390,1400", f"--screenshot={shot}", url],
        capture_output=True,
        timeout=120,
    )
    with Image.open(shot) as im:
        lo, hi = im.convert("L").getextrema()
    assert hi - lo > 100


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is installed by make")
def test_on_a_phone_the_page_never_scrolls_sideways_however_long_a_word(tmp_path: Path) -> None:
    from presskit.model import Contact, FilmInfo, PressKit

    word = "https://example.com/" + "a" * 600
    kit = PressKit(
        film=FilmInfo(title="Harbour", tagline="word" * 300),
        contacts=[Contact(name="Ana", company=word)],
        social_links=[word],
    )
    export_web(kit, tmp_path / "site")
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    probe = tmp_path / "site" / "probe.html"  # the page, reporting how far it lays out past the window
    probe.write_text(
        page.replace(
            "</body>",
            "<script>const d = document.documentElement; "
            "document.body.dataset.past = d.scrollWidth - d.clientWidth</script></body>",
        )
    )
    dom = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'p'}", "--window-size=390,800", "--dump-dom", probe.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert 'data-past="0"' in dom


def test_the_bundle_holds_pdf_web_stills_logo_and_credits(tmp_path: Path) -> None:
    kit = sample_kit(tmp_path, cast=3, crew=2, stills=2, paragraphs=1)
    Image.new("RGBA", (200, 80), (200, 0, 0, 255)).save(tmp_path / "logo.png")
    kit.style.logo = "logo.png"
    kit.stills[1].caption = "Night/Storm: the rock?"
    bundle = tmp_path / "bundle.zip"
    assert export_bundle(kit, bundle, base_dir=tmp_path) == []
    with zipfile.ZipFile(bundle) as zf:
        names = zf.namelist()
        top = "Harbour Lights - Press Kit/"
        assert all(n.startswith(top) and ".." not in n and not n.startswith("/") for n in names)
        assert f"{top}Harbour Lights - Press Kit.pdf" in names
        assert f"{top}web/index.html" in names and f"{top}web/press-kit.pdf" in names
        assert f"{top}stills/01-harbour-lights-still.jpg" in names
        assert f"{top}stills/02-harbour-lights-still.jpg" in names  # numbered and named after the film
        sent = Image.open(io.BytesIO(zf.read(f"{top}stills/01-harbour-lights-still.jpg")))
        original = Image.open(tmp_path / "still_01.jpg")
        assert sent.size == original.size and sent.tobytes() == original.tobytes()  # full resolution, same pixels
        assert f"{top}logos/logo.png" in names
        credits = zf.read(f"{top}credits.txt").decode()
        assert kit.credits.cast[0].actor in credits and "Directed by: Ada Brenn" in credits


def test_command_line_formats(tmp_path: Path, seed_path: Path) -> None:
    def run(*args: str) -> None:
        subprocess.run(
            [sys.executable, "-m", "presskit", "export", str(seed_path), *args], check=True, capture_output=True
        )

    run("--format", "html", "-o", str(tmp_path / "site"))
    run("-o", str(tmp_path / "kit.zip"))
    run("--format", "pdf", "-o", str(tmp_path / "kit.pdf"))
    assert "Ruby Sparks" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert zipfile.ZipFile(tmp_path / "kit.zip").testzip() is None
    assert (tmp_path / "kit.pdf").read_bytes().startswith(b"%PDF")


def test_a_users_font_is_carried_onto_the_web_page(tmp_path: Path) -> None:
    from presskit.model import FilmInfo, PressKit
    from presskit.resources import resource

    shutil.copyfile(resource("fonts", "NotoSans-Regular.ttf"), tmp_path / "House.ttf")
    kit = PressKit(film=FilmInfo(title="X"))
    kit.style.body_font = "House.ttf"
    export_web(kit, tmp_path / "site", base_dir=tmp_path)
    assert (tmp_path / "site" / "fonts" / "House.woff2").read_bytes().startswith(b"wOF2")
    assert 'font-family:"House"' in (tmp_path / "site" / "style.css").read_text()
