"""Export a kit as a self-contained web press page: index.html, style.css, images, fonts, the PDF.

Same sections as the PDF, in the template's order, styled with the template's fonts and colours;
readable on a phone; accessible (alt text from captions, headings in order, body text contrast)."""

from __future__ import annotations

import shutil
from pathlib import Path

from presskit.errors import PresskitError
from presskit.i18n import headings, labels, localized
from presskit.model import PressKit
from presskit.outputs import unlink_links
from presskit.press_images import press_images
from presskit.text_safety import one_line
from presskit.web import assets
from presskit.web.fonts import write_fonts
from presskit.web.head import cover_html, embargo_html, meta_tags
from presskit.web.sections import SECTION_HTML, Page, e
from presskit.web.style import stylesheet


def export_web(
    kit: PressKit,
    folder: Path,
    base_dir: Path | None = None,
    pdf: Path | None = None,
    lang: str | None = None,
    downloads: dict[int | None, str] | None = None,
) -> list[str]:
    """Write the page into folder (created), in a language (default: the kit's main one); returns
    warnings (images that could not be used). The full-resolution key art and stills are offered for
    download: where downloads says (a bundle's own stills folder), else copies in downloads/."""
    if lang and lang != kit.language:
        kit = localized(kit, lang)
    code = lang or kit.language
    try:
        words, heads = labels(code), headings(code)
    except PresskitError:
        if lang:
            raise
        code, words, heads = "en", labels("en"), headings("en")
    base = base_dir or Path.cwd()
    folder.mkdir(parents=True, exist_ok=True)
    unlink_links(folder)
    (folder / "images").mkdir(exist_ok=True)
    warnings: list[str] = []
    if downloads is None:
        downloads = _own_downloads(kit, folder, base, warnings)
    page = Page(
        kit,
        words,
        heads,
        assets.stills(kit, folder, base, warnings),
        assets.laurel_images(kit, folder, base, warnings),
        assets.key_art(kit, folder, base, warnings),
        downloads,
    )
    pdf_name = ""
    if pdf is not None and pdf.exists():
        pdf_name = "press-kit.pdf"
        shutil.copyfile(pdf, folder / pdf_name)
    html = _page(page, pdf_name, code)
    fonts, roles = write_fonts(kit.style, folder, html, base)
    (folder / "style.css").write_text(stylesheet(kit.style, fonts, roles), encoding="utf-8")
    (folder / "index.html").write_text(html, encoding="utf-8")
    return warnings


def _own_downloads(kit: PressKit, folder: Path, base: Path, warnings: list[str]) -> dict[int | None, str]:
    """The full-resolution images written beside the page (captions inside), for a page on its own."""
    (folder / "downloads").mkdir(exist_ok=True)
    out: dict[int | None, str] = {}
    for image in press_images(kit, base, [], "the web page"):  # problems are told once, by the page's images
        (folder / "downloads" / image.name).write_bytes(image.data)
        out[image.still] = f"downloads/{image.name}"
    return out


def _page(pg: Page, pdf_name: str, code: str) -> str:
    kit, words, heads = pg.kit, pg.words, pg.heads
    title = one_line(kit.film.title) or "Untitled film"
    sections = [(name, SECTION_HTML[name](pg)) for name in kit.style.sections]
    sections = [(n, body) for n, body in sections if body]
    nav = "".join(f'<a href="#{n}">{e(heads[n][0])}</a>' for n, _ in sections)
    body = "".join(
        f'<section id="{n}" aria-labelledby="{n}-h"><p class="kicker">{e(heads[n][1])}</p>'
        f'<h2 id="{n}-h">{e(heads[n][0])}</h2>{content}</section>'
        for n, content in sections
    )
    return f"""<!doctype html>
<html lang="{e(code)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{e(title)} — {e(words["press_kit"])}</title>
{meta_tags(pg, title)}<link rel="stylesheet" href="style.css"></head>
<body>{embargo_html(pg)}{cover_html(pg, pdf_name)}
<nav aria-label="Sections">{nav}</nav><main>{body}</main>
<footer>{e(kit.style.legal_line)}</footer></body></html>
"""
