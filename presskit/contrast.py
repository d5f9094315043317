"""Colour contrast (WCAG): text colours that stay readable on the page, cover or band behind them."""

from __future__ import annotations


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #RRGGBB colours."""

    def lum(c: str) -> float:
        rgb = [int(c[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def readable(colour: str, background: str = "#ffffff", ratio: float = 4.5) -> str:
    """The colour, darkened just enough to read as text on the background (WCAG AA)."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]

    def hexed(values: list[int]) -> str:
        return "#" + "".join(f"{v:02x}" for v in values)

    while contrast(hexed(rgb), background) < ratio and any(rgb):
        rgb = [max(0, int(x * 0.92)) for x in rgb]
    return hexed(rgb)
