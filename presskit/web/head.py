"""The top of the web page: the link-preview tags (Open Graph, Twitter card) with the key art, the
embargo line, and the header that sells the film as the PDF's cover does."""

from __future__ import annotations

from presskit.onesheet import billing, pull_quote, words
from presskit.text_safety import one_line
from presskit.web.assets import WebImage
from presskit.web.sections import Page, e, img, laurels_html, links_html


def preview_image(pg: Page) -> tuple[WebImage, str] | None:
    """The image a link preview shows: the key art, else the first still that is on the page."""
    if pg.key_art:
        return pg.key_art, one_line(pg.kit.film.title)
    for still, image in zip(pg.kit.stills, pg.images, strict=True):
        if image:
            return image, one_line(still.caption or pg.kit.film.title)
    return None


def description(pg: Page) -> str:
    """One or two sentences for a preview: the logline, the tagline or the short synopsis."""
    f = pg.kit.film
    text = one_line(f.logline or f.tagline or pg.kit.synopsis.short)
    return text if len(text) <= 300 else text[:299].rsplit(" ", 1)[0] + "…"


def meta_tags(pg: Page, title: str) -> str:
    """Open Graph and Twitter card tags, so a shared link shows the film's title, words and image
    (relative to the page: the page's own address is only known where it is published)."""
    desc = description(pg)
    tags = [("property", "og:type", "video.movie"), ("property", "og:title", title)]
    tags += [("name", "twitter:card", "summary_large_image"), ("name", "twitter:title", title)]
    if desc:
        tags += [("name", "description", desc), ("property", "og:description", desc)]
        tags += [("name", "twitter:description", desc)]
    shown = preview_image(pg)
    if shown:
        image, alt = shown
        tags += [("property", "og:image", image.src), ("property", "og:image:width", str(image.width))]
        tags += [("property", "og:image:height", str(image.height)), ("property", "og:image:alt", alt)]
        tags += [("name", "twitter:image", image.src), ("name", "twitter:image:alt", alt)]
    return "".join(f'<meta {kind}="{key}" content="{e(value)}">\n' for kind, key, value in tags)


def embargo_html(pg: Page) -> str:
    """The embargo line, first on the page, when the kit has one."""
    line = one_line(pg.kit.embargo)
    return f'<p class="embargo" role="note">{e(line)}</p>\n' if line else ""


def billing_html(pg: Page) -> str:
    """The billing block: labels small, names larger, as on the poster."""

    def names(text: str) -> str:  # each name kept on one line, a list of names free to wrap between them
        return "<b>" + " &amp; ".join(f"<span>{e(n)}</span>" for n in text.split(" & ")) + "</b>"

    parts = [names(text) if name else e(text) for c in billing(pg.kit, pg.kit.language) for text, name in c]
    return f'<p class="billing">{" ".join(parts)}</p>' if parts else ""


def cover_html(pg: Page, pdf_name: str) -> str:
    """The header: key art, title, tagline, pull quote, laurels, release, links, billing, downloads."""
    kit, w = pg.kit, pg.words
    f, r = kit.film, kit.release
    title = f.title or "Untitled film"
    art = f'<div class="art">{img(pg.key_art, title, lazy=False)}</div>' if pg.key_art else ""
    poster = pg.key_art is not None and pg.key_art.height > pg.key_art.width  # beside the words on a wide screen
    q = pull_quote(kit)
    quote = ""
    if q is not None:
        who = ", ".join(x for x in (one_line(q.speaker), one_line(q.outlet)) if x)
        quote = f'<p class="pull">“{e(one_line(q.text))}”</p>' + (f'<p class="who">— {e(who)}</p>' if who else "")
    release = " · ".join(x for x in (r.date_text, r.venue) if x)
    say = words(kit.language)
    downloads = [f'<a class="download" href="{e(pdf_name)}">{e(say["download_pdf"])}</a>'] if pdf_name else []
    if None in pg.downloads:
        downloads.append(
            f'<a class="download" href="{e(pg.downloads[None])}" download>{e(say["download_key_art"])}</a>'
        )
    return (
        f'<header class="cover"><div class="in{" poster" if poster else ""}">{art}<div class="words">'
        f'<p class="kicker">{e(w["press_kit"])}</p><h1>{e(title)}</h1>'
        + (f'<p class="tagline">{e(f.tagline)}</p>' if f.tagline else "")
        + quote
        + laurels_html(pg)
        + (f'<p class="kicker">{e(release)}</p>' if release else "")
        + links_html(pg)
        + billing_html(pg)
        + (f'<div class="downloads">{"".join(downloads)}</div>' if downloads else "")
        + "</div></div></header>"
    )
