"""Reading article files: every common encoding and format in, clear refusals for the rest."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from presskit.extract import ArticleError, extract_file
from presskit.extract.loading import read_article

ARTICLE = "Zoë Laine stars in Café Noir, directed by José Álvarez.\n\nCafé Noir opens in theaters on May 3.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
def test_common_encodings_decode(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode(encoding))
    assert read_article(path).lstrip("\ufeff") == ARTICLE


def test_crlf_line_ends_give_the_same_facts(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.replace("\n", "\r\n").encode())
    result = extract_file(path)
    assert [d.value for d in result.directors] == ["José Álvarez"]
    assert result.release_date is not None and result.release_date.value == "May 3"


def test_markdown_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# Café Noir\n\n**Café Noir** is directed by [José Álvarez](https://example.com).\n")
    result = extract_file(path)
    assert [d.value for d in result.directors] == ["José Álvarez"]
    assert "**" not in result.text and "](" not in result.text


def test_word_documents_are_read(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    body = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in ARTICLE.splitlines() if line)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>'
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", xml)
    assert [d.value for d in extract_file(path).directors] == ["José Álvarez"]


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "is empty"),
        (b"   \n\n  ", "is empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "binary"),
        (b"PK\x03\x04 not really a zip", "not a Word document"),
    ],
)
def test_what_is_not_an_article_is_refused_by_name(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=reason) as err:
        read_article(path)
    assert "input.txt" in str(err.value)


def test_articles_over_20_mb_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(21 * 1024 * 1024)
    with pytest.raises(ArticleError, match="huge.txt.*20 MB"):
        read_article(path)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="nothere.txt"):
        read_article(tmp_path / "nothere.txt")


def test_the_command_line_prints_one_clear_line_and_exits_1(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    from presskit.cli import main

    path = tmp_path / "blank.txt"
    path.write_bytes(b"")
    assert main(["extract", str(path), "--json"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("presskit: ") and "blank.txt" in err and "Traceback" not in err
