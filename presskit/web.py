"""Export a kit as a self-contained web press page: index.html, style.css, images, fonts, the PDF.

Same sections as the PDF, in the template's order, styled with the template's fonts and colours;
readable on a phone; accessible (alt text from captions, headings in order, body text contrast)."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

from PIL import Image, ImageOps

from presskit.errors import PresskitError
from presskit.facts import fact_rows
from presskit.i18n import headings as i18n_headings
from presskit.i18n import labels
from presskit.model import EMAIL_RE, KitStyle, PressKit
from presskit.pdf.fonts import FAMILIES
from presskit.resources import resource

WEB_WIDTH = 1600  # px: stills on the page are resized to this; the bundle keeps the originals
WORDS: dict[str, str] = labels("en")  # the fixed words of the page being written
HEADS: dict[str, tuple[str, str]] = i18n_headings("en")


def e(text: str) -> str:
    """Escape text for HTML (markup in a field is shown, never run)."""
    return html.escape(text or "", quote=True)


def paras(text: str) -> str:
    """Paragraphs of plain text as <p> elements."""
    return "".join(f"<p>{e(p.strip())}</p>" for p in re.split(r"\n\s*\n", text or "") if p.strip())


def export_web(kit: PressKit, folder: Path, base_dir: Path | None = None, pdf: Path | None = None,
               lang: str | None = None) -> list[str]:
    """Write the page into folder (created), in a language (default: the kit's main one); returns
    warnings (images that could not be used)."""
    from presskit.i18n import labels, localized

    if lang and lang != kit.language:
        kit = localized(kit, lang)
    global WORDS, HEADS
    code = lang or kit.language
    try:
        WORDS, HEADS = labels(code), i18n_headings(code)
    except PresskitError:
        if lang:
            raise
        code = "en"
        WORDS, HEADS = labels(code), i18n_headings(code)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "images").mkdir(exist_ok=True)
    warnings: list[str] = []
    images = _images(kit, folder, base_dir or Path.cwd(), warnings)
    fonts = _fonts(kit.style, folder)
    pdf_name = ""
    if pdf is not None and pdf.exists():
        pdf_name = "press-kit.pdf"
        shutil.copyfile(pdf, folder / pdf_name)
    (folder / "style.css").write_text(_css(kit.style, fonts), encoding="utf-8")
    laurels = _laurel_images(kit, folder, base_dir or Path.cwd(), warnings)
    (folder / "index.html").write_text(_page(kit, images, pdf_name, laurels, code), encoding="utf-8")
    return warnings


def _laurel_images(kit: PressKit, folder: Path, base: Path, warnings: list[str]) -> list[str]:
    out = []
    for i, f in enumerate(kit.festivals):
        name = ""
        if f.laurel:
            src = Path(f.laurel).expanduser()
            src = src if src.is_absolute() else base / src
            try:
                with Image.open(src) as im:
                    name = f"images/laurel-{i + 1:02d}.png"
                    im.convert("RGBA").save(folder / name, "PNG")
            except (OSError, ValueError, Image.DecompressionBombError):
                warnings.append(f"Laurel “{src.name}” could not be used; a drawn laurel is shown.")
                name = ""
        out.append(name)
    return out


def laurels_html(kit: PressKit, laurels: list[str]) -> str:
    """The festival laurels: the festival's image, or the words set as a laurel."""
    items = []
    for f, img in zip(kit.festivals, laurels, strict=True):
        label = " ".join(x for x in (f.status, f.name, f.section, str(f.year or "")) if x)
        if img:
            items.append(f'<li><img src="{img}" alt="{e(label)}"></li>')
        else:
            items.append(f'<li class="laurel"><span class=status>{e(f.status)}</span><strong>{e(f.name)}</strong>'
                         f'<span>{e(" ".join(x for x in (f.section, str(f.year or "")) if x))}</span></li>')
    return f'<ul class="laurels">{"".join(items)}</ul>' if items else ""


def _images(kit: PressKit, folder: Path, base: Path, warnings: list[str]) -> list[str]:
    out = []
    for i, still in enumerate(kit.stills):
        src = Path(still.file).expanduser()
        src = src if src.is_absolute() else base / src
        name = f"images/still-{i + 1:02d}.jpg"
        try:
            with Image.open(src) as opened:
                im: Image.Image = ImageOps.exif_transpose(opened)
                if im.width > WEB_WIDTH:
                    im = im.resize((WEB_WIDTH, round(im.height * WEB_WIDTH / im.width)), Image.Resampling.LANCZOS)
                im.convert("RGB").save(folder / name, "JPEG", quality=85)
            out.append(name)
        except (OSError, ValueError, Image.DecompressionBombError) as exc:
            warnings.append(f"Image “{src.name}” could not be used on the web page ({type(exc).__name__}).")
            out.append("")
    return out


def _fonts(style: KitStyle, folder: Path) -> dict[str, str]:
    """Copy the style's shipped fonts next to the page; role -> CSS family name."""
    (folder / "fonts").mkdir(exist_ok=True)
    out = {}
    for role in ("body_font", "display_font", "label_font", "heading_font"):
        family = getattr(style, role)
        family = family if family in FAMILIES else getattr(KitStyle(), role)
        regular = FAMILIES[family][0]
        shutil.copyfile(resource("fonts", f"{regular}.ttf"), folder / "fonts" / f"{regular}.ttf")
        out[role] = regular
    return out


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #RRGGBB colours."""
    def lum(c: str) -> float:
        rgb = [int(c[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def readable(colour: str, background: str = "#ffffff", ratio: float = 4.5) -> str:
    """The colour, darkened just enough to read as text on the background (WCAG AA)."""
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]

    def hexed(values: list[int]) -> str:
        return "#" + "".join(f"{v:02x}" for v in values)

    while contrast(hexed(rgb), background) < ratio and any(rgb):
        rgb = [max(0, int(x * 0.92)) for x in rgb]
    return hexed(rgb)


def _css(style: KitStyle, fonts: dict[str, str]) -> str:
    faces = "".join(f'@font-face{{font-family:"{f}";src:url("fonts/{f}.ttf") format("truetype");}}\n'
                    for f in sorted(set(fonts.values())))
    dark = style.cover_layout == "dark"
    ink, muted, accent = readable(style.ink), readable(style.muted), readable(style.accent)
    return faces + f"""
:root{{--ink:{ink};--muted:{muted};--accent:{accent};--cover:{style.cover_bg if dark else "#ffffff"};
--cover-ink:{style.cover_ink if dark else style.ink};}}
*{{box-sizing:border-box}}
body{{margin:0;font:17px/1.6 "{fonts['body_font']}",Georgia,serif;color:var(--ink);background:#fff}}
a{{color:var(--accent)}}
header.cover{{background:var(--cover);color:var(--cover-ink);padding:3rem 1.25rem}}
header.cover .in,main,nav,footer{{max-width:60rem;margin:0 auto}}
header.cover img{{width:100%;height:auto;display:block;margin-bottom:2rem}}
h1{{font:400 clamp(2.2rem,7vw,4rem)/1.1 "{fonts['display_font']}",serif;margin:.3em 0}}
.kicker,nav,.label,.who{{font-family:"{fonts['label_font']}",sans-serif;letter-spacing:.06em;text-transform:uppercase;
font-size:.78rem;color:var(--accent)}}
.tagline{{font:1.3rem "{fonts['display_font']}",serif}}
nav{{padding:1rem 1.25rem;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem}}
main{{padding:0 1.25rem 3rem}}
section{{padding-top:2rem;border-top:1px solid #e5e5e5;margin-top:2rem}}
h2{{font:900 1.7rem/1.2 "{fonts['heading_font']}",sans-serif;margin:.2rem 0 1rem}}
h3{{margin:1.2rem 0 .2rem}}
table{{border-collapse:collapse;width:100%}}
td,th{{text-align:left;vertical-align:top;padding:.35rem .8rem .35rem 0;border-bottom:1px solid #eee;
overflow-wrap:anywhere}}
header.cover .kicker{{color:{style.accent if dark else accent}}}
th{{font:600 .75rem "{fonts['label_font']}",sans-serif;color:var(--muted);text-transform:uppercase}}
.muted{{color:var(--muted)}}
blockquote{{margin:0 0 1.4rem;padding-left:1rem;border-left:3px solid var(--accent)}}
blockquote.pull p{{font:1.5rem/1.35 "{fonts['display_font']}",serif}}
.stills{{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1.2rem}}
figure{{margin:0}} figure img{{width:100%;height:auto;display:block}}
figcaption{{font-size:.9rem;margin-top:.3rem}}
.download{{display:inline-block;margin-top:1.5rem;padding:.6rem 1rem;border:1px solid currentColor;
color:var(--cover-ink);text-decoration:none}}
footer{{padding:2rem 1.25rem;font-size:.8rem;color:var(--muted)}}
.laurels{{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem;margin:1.5rem 0}}
.laurels img{{height:5rem;width:auto}}
.laurel{{display:flex;flex-direction:column;align-items:center;justify-content:center;text-align:center;
min-width:9rem;padding:.6rem 1.6rem;border-left:3px double currentColor;border-right:3px double currentColor;
border-radius:45%/60%;font-family:"{fonts['label_font']}",sans-serif;font-size:.8rem;line-height:1.3}}
.laurel .status{{text-transform:uppercase;letter-spacing:.08em;font-size:.65rem}}
"""


def _page(kit: PressKit, images: list[str], pdf_name: str, laurels: list[str], code: str) -> str:
    f, r = kit.film, kit.release
    title = f.title or "Untitled film"
    art = f'<img src="{images[0]}" alt="{e(kit.stills[0].caption or title)}">' if images and images[0] else ""
    release = " · ".join(x for x in (r.date_text, r.venue, r.distributor) if x)
    download = f'<a class="download" href="{pdf_name}">{e(WORDS["press_kit"])} (PDF)</a>' if pdf_name else ""
    sections = [(name, SECTION_HTML[name](kit, images) if name != "festivals" else
                 laurels_html(kit, laurels) + _festival_list(kit)) for name in kit.style.sections]
    sections = [(n, body) for n, body in sections if body]
    nav = "".join(f'<a href="#{n}">{e(HEADS[n][0])}</a>' for n, _ in sections)
    body = "".join(f'<section id="{n}" aria-labelledby="{n}-h"><p class="kicker">{e(HEADS[n][1])}</p>'
                   f'<h2 id="{n}-h">{e(HEADS[n][0])}</h2>{content}</section>' for n, content in sections)
    cover_laurels = laurels_html(kit, laurels)
    directors = " & ".join(kit.credits.directors)
    return f"""<!doctype html>
<html lang="{e(code)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{e(title)} — {e(WORDS["press_kit"])}</title><link rel="stylesheet" href="style.css"></head>
<body><header class="cover"><div class="in">{art}<p class="kicker">{e(WORDS["press_kit"])}</p><h1>{e(title)}</h1>
{f'<p class="tagline">{e(f.tagline)}</p>' if f.tagline else ''}
{f'<p class="kicker">{e(WORDS["a_film_by"])} {e(directors)}</p>' if directors else ''}
{f'<p class="kicker">{e(release)}</p>' if release else ''}{cover_laurels}{download}</div></header>
<nav aria-label="Sections">{nav}</nav><main>{body}</main>
<footer>{e(kit.style.legal_line)}</footer></body></html>
"""


def _festival_list(kit: PressKit) -> str:
    rows = "".join(f"<tr><td class=muted>{e(f.status)}</td><td>"
                   f"{e(' — '.join(x for x in (f.name, f.section, str(f.year or '')) if x))}</td></tr>"
                   for f in kit.festivals)
    shows = "".join(f"<tr><td class=muted>{e(s.when)}</td><td>{e(', '.join(x for x in (s.venue, s.city) if x))}"
                    f"</td><td>{_link(s.tickets, WORDS['tickets'])}</td></tr>" for s in kit.screenings)
    out = f"<table>{rows}</table>" if rows else ""
    return out + (f"<h3>{e(WORDS['screenings'])}</h3><table>{shows}</table>" if shows else "")


def _link(url: str, text: str) -> str:
    return f'<a href="{e(url)}">{e(text)}</a>' if url.startswith(("http://", "https://")) else e(url)


def _facts(kit: PressKit, images: list[str]) -> str:
    f, w = kit.film, WORDS
    rows = fact_rows(kit, w)
    table = "".join(f"<tr><th scope=row>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in rows if v)
    if kit.website.startswith(("http://", "https://")):
        table += f"<tr><th scope=row>{e(w['website'])}</th><td>{_link(kit.website, kit.website)}</td></tr>"
    logline = f"<p><strong>{e(f.logline)}</strong></p>" if f.logline else ""
    return logline + (f"<table>{table}</table>" if table else "") if (logline or table) else ""


def _cast(kit: PressKit, images: list[str]) -> str:
    rows = "".join(f"<tr><td>{e(m.actor)}</td><td class=muted>{e(m.character)}</td></tr>" for m in kit.credits.cast)
    head = f"<tr><th>{e(WORDS['actor'])}</th><th>{e(WORDS['character'])}</th></tr>"
    return f"<table>{head}{rows}</table>" if rows else ""


def _crew(kit: PressKit, images: list[str]) -> str:
    c = kit.credits
    lines = [("Director", d) for d in c.directors] + [("Writer", w) for w in c.writers]
    lines += [("Producer", p) for p in c.producers] + [(m.role or m.department, m.name) for m in c.crew]
    rows = "".join(f"<tr><td class=muted>{e(role)}</td><td>{e(name)}</td></tr>" for role, name in lines)
    head = f"<tr><th>{e(WORDS['role'])}</th><th>{e(WORDS['name'])}</th></tr>"
    return f"<table>{head}{rows}</table>" if rows else ""


def _quotes(kit: PressKit, images: list[str]) -> str:
    out = []
    for q in sorted(kit.quotes, key=lambda q: not q.pull_quote):
        who = " — ".join(x for x in (q.speaker, q.outlet) if x)
        cls = ' class="pull"' if q.pull_quote else ""
        out.append(f"<blockquote{cls}><p>“{e(q.text)}”</p><p class=who>{e(who)}</p></blockquote>")
    return "".join(out)


def _stills(kit: PressKit, images: list[str]) -> str:
    figs = [f'<figure><img src="{src}" alt="{e(s.caption or "Still " + str(i + 1))}" loading="lazy">'
            f"<figcaption>{e(s.caption)}{' — ' + e(WORDS['photo']) + ': ' + e(s.credit) if s.credit else ''}"
            "</figcaption></figure>"
            for i, (s, src) in enumerate(zip(kit.stills, images, strict=True)) if src]
    return f'<div class="stills">{"".join(figs)}</div>' if figs else ""


def _contacts(kit: PressKit, images: list[str]) -> str:
    out = []
    for c in kit.contacts:
        mail = f'<a href="mailto:{e(c.email)}">{e(c.email)}</a>' if EMAIL_RE.match(c.email.strip()) else e(c.email)
        bits = [f"<strong>{e(c.name)}</strong>" if c.name else "", e(c.role), e(c.company), mail if c.email else "",
                e(c.phone)]
        out.append("<p>" + "<br>".join(b for b in bits if b) + "</p>")
    return "".join(out)


def _release(kit: PressKit, images: list[str]) -> str:
    r = kit.release
    rows = [(WORDS["release"], r.date_text, r.venue)] if (r.date_text or r.venue) else []
    rows += [(t.name, t.date_text, t.venue) for t in r.territories]
    body = "".join(f"<tr><td class=muted>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td></tr>" for a, b, c in rows)
    extra = "".join(f"<p><strong>{e(k)}:</strong> {e(v)}</p>" for k, v in ((WORDS["distributor"], r.distributor),
                                                                            (WORDS["rating"], r.rating)) if v)
    return (f"<table>{body}</table>" if body else "") + extra


SECTION_HTML = {
    "facts": _facts, "synopsis": lambda k, i: paras(k.synopsis.short if k.synopsis.short != k.synopsis.long
                                                    else "") + paras(k.synopsis.long),
    "statement": lambda k, i: paras(k.director_statement), "cast": _cast, "crew": _crew,
    "bios": lambda k, i: "".join(f"<h3>{e(b.name)}</h3><p class=label>{e(b.role)}</p>{paras(b.text)}"
                                 for b in k.bios),
    "quotes": _quotes, "stills": _stills, "notes": lambda k, i: paras(k.production_notes),
    "release": _release, "contacts": _contacts,
}
