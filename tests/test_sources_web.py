"""A web address as a source: the article and who published it, and one sentence for every way a
stranger's server can fail us — never a hang."""

from __future__ import annotations

import socket

import pytest
from web_site import Handler, site  # noqa: F401 - the fixture

from presskit import __version__
from presskit.extract.loading import ArticleError
from presskit.merge import apply_plans, plan_source
from presskit.model import FilmInfo, PressKit
from presskit.sources import load_source


def test_a_review_page_becomes_praise_with_its_outlet_critic_and_date(site: str) -> None:  # noqa: F811
    kit = PressKit(film=FilmInfo(title="Bad Santa 2"))
    plan = plan_source(f"{site}/review", kit)
    doc = plan.document
    assert (doc.kind, doc.outlet, doc.byline, doc.published) == ("web", "The Guardian", "Mike McCahill", "2016-11-24")
    assert doc.name == f"{site}/review" and doc.title.startswith("Bad Santa 2 review")
    assert Handler.agents[-1] == f"Presskit/{__version__} (+press kit editor)"
    merged = apply_plans(kit, [plan])
    praise = [q for q in merged.quotes if q.kind == "press"]
    assert praise and {(q.speaker, q.outlet) for q in praise} == {("Mike McCahill", "The Guardian")}
    assert any("wrings occasional snickers" in q.text for q in praise)
    assert "Guardian News" not in merged.documents[0].text and "Home" not in merged.documents[0].text.split()


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/slow", "did not answer within 1 s"),
        ("/huge", "is larger than 1 MB; refused."),
        ("/loop", "redirects too many times"),
        ("/file.pdf", "is not a web page (application/pdf)"),
        ("/missing", "answered 404"),
    ],
)
def test_a_page_that_cannot_be_read_is_one_sentence(site: str, path: str, message: str, monkeypatch) -> None:  # noqa: ANN001, F811
    monkeypatch.setattr("presskit.sources.web.TIMEOUT_S", 1.0)
    monkeypatch.setattr("presskit.sources.web.MAX_PAGE_BYTES", 1024 * 1024)
    with pytest.raises(ArticleError) as err:
        load_source(f"{site}{path}")
    assert message in str(err.value) and "\n" not in str(err.value)


def test_no_network_is_a_sentence_not_a_hang() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ArticleError, match=r"^Cannot reach 127\.0\.0\.1:\d+: no network, or the address is wrong"):
        load_source(f"http://127.0.0.1:{port}/review")


def test_only_web_addresses_are_fetched() -> None:
    from presskit.sources.web import fetch

    with pytest.raises(ArticleError, match="only http:// and https://"):
        fetch("file:///etc/passwd")
