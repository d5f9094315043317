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
from presskit.sections import printed
from presskit.text_safety import one_line
from presskit.web import assets
from presskit.web.sections import Page, e, laurels_html, web_section


def export_web(
    kit: PressKit, folder: Path, base_dir: Path | None = None, pdf: Path | None = None, lang: str | None = None
) -> list[str]:
    """Write the page into folder (created), in a language (default: the kit's main one); returns
    warnings (images that could not be used)."""
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
    page = Page(
        kit, words, heads, assets.stills(kit, folder, base, warnings), assets.laurel_images(kit, folder, base, warnings)
    )
    fonts = assets.fonts(kit.style, folder, base)
    pdf_name = ""
    if pdf is not None and pdf.exists():
        pdf_name = "press-kit.pdf"
        shutil.copyfile(pdf, folder / pdf_name)
    (folder / "style.css").write_text(assets.stylesheet(kit.style, fonts), encoding="utf-8")
    (folder / "index.html").write_text(_page(page, pdf_name, code), encoding="utf-8")
    return warnings


def _page(pg: Page, pdf_name: str, code: str) -> str:
    kit, images, words, heads = pg.kit, pg.images, pg.words, pg.heads
    f, r = kit.film, kit.release
    title = f.title or "Untitled film"
    art = f'<img src="{images[0]}" alt="{e(kit.stills[0].caption or title)}">' if images and images[0] else ""
    release = " · ".join(x for x in (r.date_text, r.venue, r.distributor) if x)
    download = f'<a class="download" href="{pdf_name}">{e(words["press_kit"])} (PDF)</a>' if pdf_name else ""
    sections = [(s.key, web_section[s.key](pg)) for s in printed(kit.style.sections, kit)]
    sections = [(n, body) for n, body in sections if body]  # stills whose every image failed to copy
    nav = "".join(f'<a href="#{n}">{e(heads[n][0])}</a>' for n, _ in sections)
    body = "".join(
        f'<section id="{n}" aria-labelledby="{n}-h"><p class="kicker">{e(heads[n][1])}</p>'
        f'<h2 id="{n}-h">{e(heads[n][0])}</h2>{content}</section>'
        for n, content in sections
    )
    cover_laurels = laurels_html(pg)
    directors = " & ".join(kit.credits.directors)
    return f"""<!doctype html>
<html lang="{e(code)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{e(one_line(title))} — {e(words["press_kit"])}</title><link rel="stylesheet" href="style.css"></head>
<body><header class="cover"><div class="in">{art}<p class="kicker">{e(words["press_kit"])}</p><h1>{e(title)}</h1>
{f'<p class="tagline">{e(f.tagline)}</p>' if f.tagline else ""}
{f'<p class="kicker">{e(words["a_film_by"])} {e(directors)}</p>' if directors else ""}
{f'<p class="kicker">{e(release)}</p>' if release else ""}{cover_laurels}{download}</div></header>
<nav aria-label="Sections">{nav}</nav><main>{body}</main>
<footer>{e(kit.style.legal_line)}</footer></body></html>
"""
