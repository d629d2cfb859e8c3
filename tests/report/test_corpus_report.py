"""The corpus report of a batch run, without a browser."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from report_pages import batch_records, parse, resource_references

from articleclean.report import corpus_html, write_corpus_report
from articleclean.report.corpus import LENGTH_BINS, length_histogram, site_of


@pytest.fixture(scope="module")
def batch():
    return batch_records()


def test_counts_lengths_and_removals(batch):
    records = [r for r, _ in batch]
    doc = parse(corpus_html(iter(records)))
    status = {s: doc.cssselect(f"#status-{s} .n")[0].text for s in ("ok", "empty", "error")}
    assert status == {"ok": "2", "empty": "2", "error": "1"}
    bars = doc.cssselect("#length-histogram rect.bar")
    assert len(bars) == len(LENGTH_BINS) + 1
    titles = [b.cssselect("title")[0].text for b in bars]
    assert titles[0] == "0 characters: 2 pages"
    counts = Counter()
    chars = Counter()
    for record in records:
        for removal in (record["article"] or {}).get("removed", []):
            counts[removal["filter"]] += 1
            chars[removal["filter"]] += len(removal["text"])
    rows = {r.get("data-filter"): r for r in doc.cssselect("#removals tr[data-filter]")}
    assert set(rows) == set(counts)
    for name, row in rows.items():
        assert row.cssselect(".count")[0].text == f"{counts[name]:,}"
        assert row.cssselect(".chars")[0].text == f"{chars[name]:,}"


def test_pages_per_kind_of_page_and_per_extraction_path(batch):
    records = [r for r, _ in batch]
    doc = parse(corpus_html(iter(records)))
    expected = Counter(r["article"]["page_type"] for r in records if r["status"] != "error")
    rows = {r.get("data-type"): r for r in doc.cssselect("#page-types tr[data-type]")}
    assert {kind: int(row.cssselect("td.num")[0].text) for kind, row in rows.items()} == dict(expected)
    assert rows["article"].cssselect("td.num")[1].text == "2"  # both reference pages, ok
    paths = doc.cssselect("#extractions")[0].text_content()
    assert "located 3" in paths and "text 1" in paths
    # A record that names its kind at the top (as the batch writes it) is counted by it.
    named = [{**r, "page_type": "forum"} if r["status"] == "ok" else r for r in records]
    rows = {r.get("data-type") for r in parse(corpus_html(iter(named))).cssselect("#page-types tr[data-type]")}
    assert "forum" in rows


def test_histogram_bins():
    assert length_histogram([0, 1, 250, 251, 999_999]) == [1, 2, 1, 0, 0, 0, 0, 0, 0, 1]


def test_sites_with_empty_or_error_pages_come_first(batch):
    doc = parse(corpus_html(r for r, _ in batch))
    first = doc.cssselect("#sites table tr")[1]
    assert [td.text for td in first.cssselect("td")][:4] == ["broken.example", "3", "2", "1"]
    assert "InputError: binary data, not text" in doc.cssselect("#sites")[0].text_content()
    assert site_of("https://WWW.Example.com:8080/x") == "example.com"
    assert site_of(None) == "(no url)"


def test_templates_are_shown_per_site_and_escaped(batch):
    templates = {"orbitaldispatch.example": ["No products in the cart.", "<script>alert(1)</script>"], "b.example": []}
    doc = parse(corpus_html((r for r, _ in batch), templates=templates))
    site = doc.cssselect('#templates details[data-site="orbitaldispatch.example"]')[0]
    assert [li.text for li in site.cssselect("li")] == templates["orbitaldispatch.example"]
    assert len(doc.xpath("//script")) == 0


def test_write_corpus_report_links_explain_reports_for_a_sample(tmp_path: Path, batch):
    out = write_corpus_report((r for r, _ in batch), tmp_path / "run" / "report.html", sample=20,
                              explain_pages=iter(batch))
    doc = parse(out.read_text(encoding="utf-8"))
    links = doc.cssselect("#explain a")
    # Every page but the one in error has a report.
    assert [a.text for a in links] == ["page-0", "page-1", "page-2", "page-3"]
    for a in links:
        target = out.parent / a.get("href")
        assert target.is_file() and target.parent.name == "report-explain"
        assert "Explain:" in target.read_text(encoding="utf-8")
    assert all(not r.startswith(("http:", "https:", "//")) and "://" not in r for r in resource_references(
        out.read_text(encoding="utf-8")))


def test_the_sample_size_is_respected(tmp_path: Path, batch):
    out = write_corpus_report([r for r, _ in batch], tmp_path / "report.html", sample=1, explain_pages=batch)
    assert len(parse(out.read_text(encoding="utf-8")).cssselect("#explain a")) == 1
    assert len(list((tmp_path / "report-explain").iterdir())) == 1
    out = write_corpus_report([r for r, _ in batch], tmp_path / "none.html", sample=0, explain_pages=batch)
    assert not (tmp_path / "none-explain").exists()


def test_explain_links_given_from_outside(batch):
    doc = parse(corpus_html((r for r, _ in batch), explain_links={"page-1": "reports/page 1.html"}))
    assert [a.get("href") for a in doc.cssselect("#explain a")] == ["reports/page%201.html"]
    with pytest.raises(ValueError):
        corpus_html((r for r, _ in batch), explain_links={"page-1": "https://elsewhere.example/r.html"})
