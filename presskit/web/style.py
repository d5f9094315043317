"""The web page's stylesheet from the kit's style: its fonts (WOFF2 beside the page), colours made
readable, a layout that reads on a phone. Words break only between words: a label never splits
inside ("PRODUCED BY", "Tickets"); only a web address may break anywhere, being one long word."""

from __future__ import annotations

from presskit.contrast import readable
from presskit.model import KitStyle
from presskit.web.fonts import WebFont


def font_faces(fonts: list[WebFont]) -> str:
    """One @font-face per file, with its weight, shown in a fallback face until it has loaded."""
    return "".join(
        f'@font-face{{font-family:"{f.family}";src:url("{f.file}") '
        f'format("{"woff2" if f.file.endswith(".woff2") else "truetype"}");'
        f"font-weight:{f.weight};font-display:swap}}\n"
        for f in fonts
    )


def stylesheet(style: KitStyle, fonts: list[WebFont], roles: dict[str, str]) -> str:
    """The page's CSS."""
    dark = style.cover_layout == "dark"
    ink, muted, accent = readable(style.ink), readable(style.muted), readable(style.accent)
    body, display, label, heading = (roles[r] for r in ("body_font", "display_font", "label_font", "heading_font"))
    cover_ink = style.cover_ink if dark else style.ink
    cover_accent = style.accent if dark else accent
    return (
        font_faces(fonts)
        + f"""
:root{{--ink:{ink};--muted:{muted};--accent:{accent};--cover:{style.cover_bg if dark else "#ffffff"};
--cover-ink:{cover_ink};--cover-accent:{cover_accent}}}
*{{box-sizing:border-box}}
body{{margin:0;font:17px/1.6 "{body}",Georgia,serif;color:var(--ink);background:#fff;
overflow-wrap:break-word;hyphens:manual}}
a{{color:var(--accent)}}
.url{{overflow-wrap:anywhere}}
.embargo{{margin:0;padding:.55rem 1.25rem;background:var(--accent);color:#fff;text-align:center;
font:.8rem/1.4 "{label}",sans-serif;letter-spacing:.08em;text-transform:uppercase}}
header.cover{{background:var(--cover);color:var(--cover-ink);padding:3rem 1.25rem}}
header.cover .in,main,nav,footer{{max-width:60rem;margin:0 auto}}
header.cover .in{{text-align:center}}
@media (min-width:60rem){{header.cover .poster{{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.2fr);
gap:3rem;align-items:center}} header.cover .poster .art img{{margin:0 auto;max-height:80vh}}}}
.art img{{display:block;width:auto;height:auto;max-width:100%;max-height:min(85vh,56rem);margin:0 auto 2rem}}
h1{{font:400 clamp(2.2rem,7vw,4rem)/1.1 "{display}",serif;margin:.3em 0}}
.kicker,nav,.label,.who{{font-family:"{label}",sans-serif;letter-spacing:.06em;text-transform:uppercase;
font-size:.78rem;color:var(--accent)}}
header.cover .kicker,header.cover .who{{color:var(--cover-accent)}}
.tagline{{font:1.3rem "{display}",serif}}
.pull{{font:italic 1.35rem/1.4 "{display}",serif;margin:1.6rem auto .3rem;max-width:36rem}}
.billing{{font:.7rem/1.7 "{label}",sans-serif;text-transform:uppercase;letter-spacing:.02em;text-align:justify;
text-align-last:center;max-width:44rem;margin:1.8rem auto 0;opacity:.9}}
.billing b{{font-weight:400;font-size:1.25em}} .billing span{{white-space:nowrap}}
@media (max-width:40rem){{.billing{{text-align:center}}}}
.links{{list-style:none;padding:0;margin:1.6rem 0 0;display:flex;flex-wrap:wrap;gap:.8rem 1.6rem;
justify-content:center;font:.85rem/1.5 "{label}",sans-serif}}
header.cover .links a{{color:var(--cover-ink)}}
.links .terms{{display:block;opacity:.8;font-size:.8rem}}
.downloads{{display:flex;flex-wrap:wrap;gap:.8rem;justify-content:center;margin-top:1.6rem}}
.download{{display:inline-block;padding:.6rem 1rem;border:1px solid currentColor;color:var(--cover-ink);
text-decoration:none;font:.85rem "{label}",sans-serif}}
nav{{padding:1rem 1.25rem;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem}}
main{{padding:0 1.25rem 3rem}}
section{{padding-top:2rem;border-top:1px solid #e5e5e5;margin-top:2rem}}
h2{{font:400 1.7rem/1.2 "{heading}",sans-serif;margin:.2rem 0 1rem}}
h3{{margin:1.2rem 0 .2rem}}
strong,b{{font-weight:700}}
table{{border-collapse:collapse;width:100%}}
td,th{{text-align:left;vertical-align:top;padding:.35rem .8rem .35rem 0;border-bottom:1px solid #eee}}
th{{font:400 .75rem "{label}",sans-serif;letter-spacing:.04em;color:var(--muted);text-transform:uppercase}}
.muted{{color:var(--muted)}}
blockquote{{margin:0 0 1.4rem;padding-left:1rem;border-left:3px solid var(--accent)}}
blockquote.pull p{{font:1.5rem/1.35 "{display}",serif}}
.stills{{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(16rem,100%),1fr));gap:1.2rem}}
figure{{margin:0}} figure img{{width:100%;height:auto;display:block}}
figcaption{{font-size:.9rem;margin-top:.3rem}}
figcaption a{{font:.8rem "{label}",sans-serif;white-space:nowrap}}
footer{{padding:2rem 1.25rem;font-size:.8rem;color:var(--muted)}}
.laurels{{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem;margin:1.5rem 0;justify-content:center}}
.laurels img{{height:5rem;width:auto}}
.laurel{{display:flex;flex-direction:column;align-items:center;justify-content:center;text-align:center;
min-width:9rem;max-width:14rem;padding:.6rem 1.6rem;border-left:3px double currentColor;
border-right:3px double currentColor;border-radius:45%/60%;font-family:"{label}",sans-serif;font-size:.8rem;
line-height:1.3}}
.laurel .status{{text-transform:uppercase;letter-spacing:.08em;font-size:.65rem}}
"""
    )
