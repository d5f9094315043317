"""Reading a stranger's file costs time in proportion to its size, at every stage.

Each kind of article in tests/pathological.py once made some stage quadratic (an unclosed <script>,
blank lines, 'He said "yes" and …' over and over, a long cast list…). Each is read by the whole
pipeline -- loading, HTML and Markdown cleaning, sentences, names, quotations, credits, cast, title,
release, synopsis, page furniture -- at SMALL and at four times SMALL, in a fresh process under a
hang guard. Linear work costs about four times as much CPU for four times the text and quadratic
work sixteen times, so the larger must cost less than eight times the smaller. CPU time (not the
wall clock), the best of a few runs, after a warm-up, keeps the ratio steady on a busy machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pathological import KINDS, word_document

from presskit.extract import ArticleError
from presskit.extract.loading import read_article

SMALL = 40_000
GUARD = 120  # seconds for a kind's whole measurement: linear code needs a few; quadratic code, minutes
MEASURE = """
import json, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, {tests!r})
from pathological import article
from presskit.extract import extract_file

def cpu(size, runs):
    name, data = article({kind!r}, size)
    path = Path(tempfile.mkdtemp()) / name
    path.write_bytes(data)
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        extract_file(path)
        best = min(best, time.process_time() - start)
    return best

cpu({small} // 8, 1)  # warm up: patterns compiled, modules loaded
small = cpu({small}, 3)
large = cpu(4 * {small}, 1)
if large > 8 * small:
    large = min(large, cpu(4 * {small}, 1))  # a busy moment? once more
print(json.dumps([small, large]))
"""


@pytest.mark.parametrize("kind", KINDS)
def test_four_times_the_text_costs_less_than_eight_times_the_work(kind: str) -> None:
    code = MEASURE.format(tests=str(Path(__file__).parent), kind=kind, small=SMALL)
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=GUARD, check=True)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{kind}: {4 * SMALL // 1000} kB did not finish in {GUARD} s")
    small, large = json.loads(done.stdout)
    assert large < 8 * max(small, 0.01), f"{kind}: {small:.3f} s of CPU for {SMALL // 1000} kB, {large:.3f} s for 4x"


def test_a_word_document_declaring_entities_is_refused_in_a_sentence(tmp_path: Path) -> None:
    laughs = (
        '<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    )
    outside = '<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    for prolog, text in ((laughs, "&lol3;"), (outside, "&secret;")):
        path = tmp_path / "laughs.docx"
        path.write_bytes(word_document([text], prolog))
        with pytest.raises(ArticleError) as err:
            read_article(path)
        assert str(err.value) == "“laughs.docx” is not a Word document Presskit can read (it declares XML entities)."


@pytest.mark.parametrize(
    "paragraphs, reason",
    [
        (["a"] * 60_000, "more than 50,000 paragraphs"),  # a 150 kB zip of empty paragraphs once took minutes
        (["word " * 300_000] * 15, "more than 20 MB of text"),
    ],
)
def test_a_huge_word_document_is_refused_quickly_by_name(tmp_path: Path, paragraphs: list[str], reason: str) -> None:
    path = tmp_path / "huge.docx"
    path.write_bytes(word_document(paragraphs))
    with pytest.raises(ArticleError, match=f"“huge.docx” .*{reason}"):
        read_article(path)


@pytest.mark.parametrize(
    "member, xml, reason",
    [
        ("word/other.xml", "<a/>", "is not a Word document Presskit can read."),
        ("word/document.xml", "<w:document><w:p>", "is not a Word document Presskit can read (its text is damaged)."),
    ],
)
def test_a_broken_word_document_is_one_sentence_naming_it(tmp_path: Path, member: str, xml: str, reason: str) -> None:
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(member, xml)
    with pytest.raises(ArticleError) as err:
        read_article(path)
    assert str(err.value) == f"“broken.docx” {reason}"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_decoded(tmp_path: Path, encoding: str) -> None:
    text = "Zoë Laine stars in Café Noir, directed by José Álvarez.\n\nΗ ταινία βγαίνει στις 3 Μαΐου.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    assert read_article(path) == text
