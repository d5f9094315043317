"""The web page's assets: resized stills, laurel images, the template's fonts, and its stylesheet."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from PIL import Image, ImageOps

from presskit.contrast import readable
from presskit.files import FileRefused, describe, font_stem, printable, read_font
from presskit.model import KitStyle, PressKit
from presskit.pdf.fonts import FAMILIES
from presskit.resources import kit_file, resource

WEB_WIDTH = 1600  # px: stills on the page are resized to this; the bundle keeps the originals


def stills(kit: PressKit, folder: Path, base: Path, warnings: list[str]) -> list[str]:
    out = []
    for i, still in enumerate(kit.stills):
        src = kit_file(still.file, base)
        name = f"images/still-{i + 1:02d}.jpg"
        problem = describe(src)
        if problem:
            warnings.append(f"Image “{printable(src.name)}” {problem}; it is left off the web page.")
            out.append("")
            continue
        try:
            with Image.open(src) as opened:
                im: Image.Image = ImageOps.exif_transpose(opened)
                if im.width > WEB_WIDTH:
                    im = im.resize((WEB_WIDTH, round(im.height * WEB_WIDTH / im.width)), Image.Resampling.LANCZOS)
                im.convert("RGB").save(folder / name, "JPEG", quality=85)
            out.append(name)
        except (OSError, ValueError, Image.DecompressionBombError):
            warnings.append(
                f"Image “{printable(src.name)}” is not an image Presskit can read; it is left off the web page."
            )
            out.append("")
    return out


def laurel_images(kit: PressKit, folder: Path, base: Path, warnings: list[str]) -> list[str]:
    out = []
    for i, f in enumerate(kit.festivals):
        name = ""
        if f.laurel:
            src = kit_file(f.laurel, base)
            try:
                if describe(src):
                    raise OSError(describe(src))
                with Image.open(src) as im:
                    name = f"images/laurel-{i + 1:02d}.png"
                    im.convert("RGBA").save(folder / name, "PNG")
            except (OSError, ValueError, Image.DecompressionBombError):
                warnings.append(f"Laurel “{printable(src.name)}” could not be used; a drawn laurel is shown.")
                name = ""
        out.append(name)
    return out


def fonts(style: KitStyle, folder: Path, base: Path | None = None) -> dict[str, str]:
    """Copy the style's fonts (shipped, or a user's TrueType file) next to the page; role -> CSS family."""
    (folder / "fonts").mkdir(exist_ok=True)
    out = {}
    for role in ("body_font", "display_font", "label_font", "heading_font"):
        family = getattr(style, role)
        user = kit_file(family, base)
        if family not in FAMILIES and user.suffix.lower() in (".ttf", ".otf") and describe(user) is None:
            with contextlib.suppress(FileRefused):  # only a real font travels with the page
                data = read_font(user)
                (folder / "fonts" / f"{font_stem(user)}.ttf").write_bytes(data)
                out[role] = font_stem(user)
                continue
        family = family if family in FAMILIES else getattr(KitStyle(), role)
        regular = FAMILIES[family][0]
        shutil.copyfile(resource("fonts", f"{regular}.ttf"), folder / "fonts" / f"{regular}.ttf")
        out[role] = regular
    return out


def stylesheet(style: KitStyle, fonts: dict[str, str]) -> str:
    faces = "".join(
        f'@font-face{{font-family:"{f}";src:url("fonts/{f}.ttf") format("truetype");}}\n'
        for f in sorted(set(fonts.values()))
    )
    dark = style.cover_layout == "dark"
    ink, muted, accent = readable(style.ink), readable(style.muted), readable(style.accent)
    return (
        faces
        + f"""
:root{{--ink:{ink};--muted:{muted};--accent:{accent};--cover:{style.cover_bg if dark else "#ffffff"};
--cover-ink:{style.cover_ink if dark else style.ink};}}
*{{box-sizing:border-box}}
body{{margin:0;font:17px/1.6 "{fonts["body_font"]}",Georgia,serif;color:var(--ink);background:#fff;
overflow-wrap:anywhere}}
a{{color:var(--accent)}}
header.cover{{background:var(--cover);color:var(--cover-ink);padding:3rem 1.25rem}}
header.cover .in,main,nav,footer{{max-width:60rem;margin:0 auto}}
header.cover img{{width:100%;height:auto;display:block;margin-bottom:2rem}}
h1{{font:400 clamp(2.2rem,7vw,4rem)/1.1 "{fonts["display_font"]}",serif;margin:.3em 0}}
.kicker,nav,.label,.who{{font-family:"{fonts["label_font"]}",sans-serif;letter-spacing:.06em;text-transform:uppercase;
font-size:.78rem;color:var(--accent)}}
.tagline{{font:1.3rem "{fonts["display_font"]}",serif}}
nav{{padding:1rem 1.25rem;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem}}
main{{padding:0 1.25rem 3rem}}
section{{padding-top:2rem;border-top:1px solid #e5e5e5;margin-top:2rem}}
h2{{font:900 1.7rem/1.2 "{fonts["heading_font"]}",sans-serif;margin:.2rem 0 1rem}}
h3{{margin:1.2rem 0 .2rem}}
table{{border-collapse:collapse;width:100%}}
td,th{{text-align:left;vertical-align:top;padding:.35rem .8rem .35rem 0;border-bottom:1px solid #eee;
overflow-wrap:anywhere}}
header.cover .kicker{{color:{style.accent if dark else accent}}}
th{{font:600 .75rem "{fonts["label_font"]}",sans-serif;color:var(--muted);text-transform:uppercase}}
.muted{{color:var(--muted)}}
blockquote{{margin:0 0 1.4rem;padding-left:1rem;border-left:3px solid var(--accent)}}
blockquote.pull p{{font:1.5rem/1.35 "{fonts["display_font"]}",serif}}
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
border-radius:45%/60%;font-family:"{fonts["label_font"]}",sans-serif;font-size:.8rem;line-height:1.3}}
.laurel .status{{text-transform:uppercase;letter-spacing:.08em;font-size:.65rem}}
"""
    )
