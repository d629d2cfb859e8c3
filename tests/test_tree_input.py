"""A page another tool parsed already: an lxml element or tree, or a BeautifulSoup object, is
read like its markup, without parsing it again (lxml) and without changing the caller's tree."""

from __future__ import annotations

from pathlib import Path

import lxml.etree
import lxml.html
import pytest

from articleclean import InputError, extract

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "mars-partnerships.html"


def test_an_lxml_element_or_tree_reads_like_its_markup_and_stays_as_it_was() -> None:
    data = FIXTURE.read_bytes()
    expected = {**extract(data).to_dict(), "encoding": None}  # (a tree has no charset: it is text already)
    root = lxml.html.fromstring(data)
    before = lxml.etree.tostring(root)
    assert extract(root).to_dict() == expected
    assert extract(root.getroottree()).to_dict() == expected
    assert lxml.etree.tostring(root) == before  # the stages worked on a copy


def test_an_element_of_a_bigger_page_is_read_alone() -> None:
    root = lxml.html.fromstring(
        "<html><body><nav>Home News Sport</nav><div id='story'><h1>Bridge backed</h1><p>"
        + "The council met on Tuesday and voted to build a new bridge over the river. " * 3
        + "</p></div></body></html>"
    )
    article = extract(root.get_element_by_id("story"))
    assert article.title == "Bridge backed" and "Home News" not in article.text
    assert root.find(".//nav") is not None


def test_a_beautifulsoup_object_reads_like_its_markup() -> None:
    bs4 = pytest.importorskip("bs4")
    data = FIXTURE.read_text(encoding="utf-8")
    soup = bs4.BeautifulSoup(data, "html.parser")
    assert extract(soup).text == extract(data).text


@pytest.mark.parametrize("source", [42, None, ["<p>x</p>"], {"html": "<p>x</p>"}])
def test_anything_else_is_a_clear_error(source: object) -> None:
    with pytest.raises(InputError, match="expected str or bytes"):
        extract(source)  # type: ignore[arg-type]


def test_a_tree_is_html() -> None:
    with pytest.raises(InputError, match="input_type 'text'"):
        extract(lxml.html.fromstring("<p>Some words here.</p>"), input_type="text")
