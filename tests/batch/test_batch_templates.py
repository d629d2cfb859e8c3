"""Site-level template learning: blocks that recur across a site's pages are removed and recorded."""

from __future__ import annotations

from pathlib import Path

import pytest
from batch_corpus import story, write_jsonl

from articleclean import ConfigError, extract
from articleclean.batch import TemplateCounter, Templates, clean
from articleclean.batch.templates import (
    NAME,
    SiteFingerprints,
    fingerprint,
    site_of,
    template_pipeline,
)

ABOUT = "Example News is an independent newsroom covering the valley since 1999. Support our work today."
CORRECTION = "Correction: an earlier version of this story misspelled the name of a council member."
RARE = "This week the newsroom also published a long investigation into the harbour authority budget."


def site_corpus(tmp_path: Path) -> Path:
    """12 pages of example.com sharing ABOUT (and CORRECTION on 5), RARE on 2; 4 of other.org with ABOUT."""
    items = []
    for i in range(12):
        extra = [ABOUT]
        if i < 5:
            extra.insert(0, CORRECTION)
        if i in (3, 7):
            extra.insert(0, RARE)
        items.append({"html": story(i, *extra), "url": f"https://www.example.com/news/{i}", "id": f"ex{i}"})
    for i in range(4):
        items.append({"html": story(100 + i, ABOUT), "url": f"https://other.org/{i}", "id": f"other{i}"})
    return write_jsonl(tmp_path / "sites.jsonl", items)


def by_id(records) -> dict:
    return {r.id: r.to_dict() for r in records}


def removed_by_template(record: dict) -> list[str]:
    return [r["text"] for r in record["article"]["removed"] if r["filter"] == NAME]


def test_a_block_on_every_page_of_a_site_is_removed_and_recorded(tmp_path: Path) -> None:
    records = by_id(clean([site_corpus(tmp_path)], jobs=2, learn_templates=True))
    assert len(records) == 16
    for i in range(12):
        record = records[f"ex{i}"]
        assert ABOUT not in record["article"]["text"]
        assert removed_by_template(record) == ([CORRECTION] if i < 5 else []) + [ABOUT]
        assert f"story {i})" in record["article"]["text"]  # the article itself stays
    reasons = [r["reason"] for r in records["ex0"]["article"]["removed"] if r["filter"] == NAME]
    assert reasons == ["recurs on 5 of 12 pages of example.com", "recurs on 12 of 12 pages of example.com"]
    # A block on 2 pages is not a template; nor is anything on a site of 4 pages (< 5 pages).
    assert RARE in records["ex3"]["article"]["text"]
    assert all(ABOUT in records[f"other{i}"]["article"]["text"] for i in range(4))


def test_without_learning_nothing_is_removed_as_a_template(tmp_path: Path) -> None:
    records = by_id(clean([site_corpus(tmp_path)], jobs=2))
    assert all(ABOUT in r["article"]["text"] and not removed_by_template(r) for r in records.values())


def test_the_allow_list_keeps_a_recurring_block(tmp_path: Path) -> None:
    records = by_id(clean([site_corpus(tmp_path)], jobs=2, learn_templates=True, allow=(r"^correction:",)))
    assert CORRECTION in records["ex0"]["article"]["text"]
    assert ABOUT not in records["ex0"]["article"]["text"]
    with pytest.raises(ConfigError, match="allow-list"):
        list(clean([site_corpus(tmp_path)], allow=("(unclosed",)))


def test_thresholds_are_settings(tmp_path: Path) -> None:
    # CORRECTION is on 5 of 12 pages: 42 %. Asking for 50 % keeps it; asking for 3 pages of a
    # site makes other.org's ABOUT (4 of 4 pages) a template too.
    records = by_id(clean([site_corpus(tmp_path)], jobs=2, learn_templates=True, min_share=0.5, min_pages=3))
    assert CORRECTION in records["ex0"]["article"]["text"]
    assert ABOUT not in records["other0"]["article"]["text"]


def test_saved_templates_clean_a_later_crawl(tmp_path: Path) -> None:
    saved = tmp_path / "templates.json"
    list(clean([site_corpus(tmp_path)], jobs=1, learn_templates=True, templates_file=saved))
    templates = Templates.load(saved)
    assert set(templates.sites) == {"example.com"}
    assert templates.sites["example.com"].pages == 12
    assert templates.sites["example.com"].blocks == {fingerprint(ABOUT): 12, fingerprint(CORRECTION): 5}
    later = write_jsonl(tmp_path / "later.jsonl", [
        {"html": story(50, ABOUT), "url": "https://example.com/later", "id": "later"},
    ])
    [record] = clean([later], jobs=1, templates=saved)
    assert removed_by_template(record.to_dict()) == [ABOUT]


def test_a_bad_templates_file_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    for text in ("not json", '{"articleclean_templates": 1, "sites": {"a": {"pages": "x"}}}', "[]"):
        bad.write_text(text)
        with pytest.raises(ConfigError):
            Templates.load(bad)
    with pytest.raises(ConfigError, match="cannot read"):
        Templates.load(tmp_path / "missing.json")


def test_fingerprints_ignore_case_and_spacing_only() -> None:
    assert fingerprint("Support  our work\nToday.") == fingerprint("support our work today.")
    assert fingerprint("Page 1 of the story") != fingerprint("Page 2 of the story")
    assert site_of("https://WWW.Example.com/x") == site_of("example.com") == "example.com"
    assert site_of(None) is None


def test_counters_merge_like_one_count() -> None:
    pages = [SiteFingerprints("a.com", frozenset({"x", "y"})), SiteFingerprints("a.com", frozenset({"x"})),
             SiteFingerprints("b.com", frozenset({"x"}))]
    whole = TemplateCounter()
    for p in pages:
        whole.add(p)
    left, right = TemplateCounter(), TemplateCounter()
    left.add(pages[0])
    right.add(pages[1])
    right.add(pages[2])
    assert left.merge(right) == whole
    assert whole.templates(min_pages=2, min_share=0.3).sites["a.com"].blocks == {"x": 2}


def test_the_filter_sits_before_dangling_headings_and_learning_takes_every_block() -> None:
    pipeline = template_pipeline(None, learning=True)
    assert pipeline.names.index(NAME) == pipeline.names.index("dangling_headings") - 1
    article = extract(story(1, ABOUT), url="https://example.com/1", pipeline=pipeline)
    assert article.text == ""
    assert ABOUT in [r.text for r in article.removed if r.filter == NAME]
