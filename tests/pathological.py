"""Articles a stranger might send that once made a stage of the extractor quadratic, each built to
any size (in bytes of UTF-8, about). Shared by tests/test_extract_linear.py and bench/cases.py."""

from __future__ import annotations

import io
import itertools
import zipfile
from collections.abc import Callable

SYLLABLES = ["ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo", "mu", "na", "pe", "ri", "so", "tu", "va"]
NAMES = [(a + b).capitalize() + " " + (c + a + b).capitalize() for a, b, c in itertools.product(SYLLABLES, repeat=3)]
PAGE = "<html><body><h1>The Long Night</h1><p>Jane Roe directed the film.</p>"


def repeat(unit: str, size: int, head: str = "", tail: str = "") -> str:
    """head, unit repeated to about size bytes, tail."""
    return head + unit * max(1, (size - len(head.encode()) - len(tail.encode())) // len(unit.encode())) + tail


def numbered(unit: Callable[[int], str], size: int, head: str = "") -> str:
    """head, then unit(0), unit(1), … to about size bytes (distinct names, so no look-up is a repeat)."""
    parts, total, i = [head], len(head.encode()), 0
    while total < size:
        parts.append(unit(i))
        total, i = total + len(parts[-1].encode()), i + 1
    return "".join(parts)


def name(i: int) -> str:
    """A distinct two-word name."""
    return NAMES[i % len(NAMES)]


TEXTS: dict[str, Callable[[int], str]] = {  # each once made some stage quadratic, or could have
    "unclosed_script": lambda n: repeat("var x = 1; if (a < b) { y = '<p>'; }\n", n, PAGE + "<script>"),
    "unclosed_styles": lambda n: repeat("<style><nav>\n", n, PAGE),
    "blank_lines": lambda n: repeat("\n", n, "The Long Night\n\nJane Roe directed the film.\n"),
    "he_said_yes": lambda n: repeat('He said "yes" and ', n),
    "long_line": lambda n: repeat("word ", n, "The Long Night "),
    "quotation_marks": lambda n: repeat('"“', n),
    "single_quotes": lambda n: repeat(" 'a b' ", n),
    "nested_tags": lambda n: repeat("<div><span>", n // 2, PAGE) + "x" + repeat("</span></div>", n // 2),
    "capitalised_run": lambda n: repeat("Jane Roe ", n),
    "capitalised_token": lambda n: repeat("QUJD", n),  # base64, say
    "hyphenated_token": lambda n: repeat("Jean-Luc-", n),
    "said_clauses": lambda n: repeat("Jane Roe said that Ann Doe said that ", n),
    "names_with_commas": lambda n: numbered(lambda i: f"{name(i)}, ", n, "The film stars "),
    "initials": lambda n: repeat("A. Mr. ", n),
    "she_said": lambda n: repeat("“It was a good time for us,” she said. ", n, "Jane Roe is here. "),
    "cast_list": lambda n: numbered(lambda i: f"{name(i)} – {name(i * 7 + 1).split()[0]}\n", n, "Cast\n"),
    "actors_and_roles": lambda n: numbered(lambda i: f"{name(i)} ({name(i * 7 + 1)}) stars in the film. ", n),
    "who_plays_whom": lambda n: numbered(lambda i: f"{name(i)} plays {name(i * 7 + 1)}, who finds the keeper. ", n),
    "page_of_short_lines": lambda n: numbered(lambda i: f"<li>Item{i}</li>\n", n, PAGE + "<ul>"),
    "labelled_credits": lambda n: repeat("Director: Jane Roe\n", n),
    "unclosed_markdown": lambda n: repeat("*a _b [c](", n),
}
KINDS = [*TEXTS, "word_document", "utf16_without_bom"]


def article(kind: str, size: int) -> tuple[str, bytes]:
    """The file name and contents of an article of that kind and about that size."""
    if kind == "word_document":  # many paragraphs
        return "article.docx", word_document([f"{name(i)} plays Kit in the film." for i in range(size // 40)])
    if kind == "utf16_without_bom":
        return "article.txt", TEXTS["she_said"](size // 2).encode("utf-16-le")
    return "article.txt", TEXTS[kind](size).encode()


def word_document(paragraphs: list[str], prolog: str = "") -> bytes:
    """A minimal .docx holding these paragraphs (prolog goes before the root element: a DTD, say)."""
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document xmlns:w="{ns}"><w:body>{body}</w:body></w:document>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", xml)
    return buffer.getvalue()
