"""The shipped font families, by name: the catalogue the templates, the Look panel, the PDF and the web
page all choose from (the PDF registers them with ReportLab in presskit.pdf.fonts, the web page copies
their files)."""

from __future__ import annotations

# family name -> (regular, bold, italic, bold italic) file stems in resources/fonts
FAMILIES: dict[str, tuple[str, str, str, str]] = {
    "NotoSerif": ("NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Italic", "NotoSerif-BoldItalic"),
    "NotoSerifDisplay": (
        "NotoSerifDisplay-Regular",
        "NotoSerifDisplay-Bold",
        "NotoSerifDisplay-Italic",
        "NotoSerifDisplay-Bold",
    ),
    "NotoSans": ("NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSans-BoldItalic"),
    "Lato": ("Lato-Regular", "Lato-Bold", "Lato-Italic", "Lato-BoldItalic"),
    "LatoBlack": ("Lato-Black", "Lato-Black", "Lato-Black", "Lato-Black"),
    "LatoLight": ("Lato-Light", "Lato-Light", "Lato-Light", "Lato-Light"),
}
