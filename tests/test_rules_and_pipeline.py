"""User rules (CSS/XPath, per host) and the pipeline: disabling, settings, custom filters, determinism."""

from __future__ import annotations

from pathlib import Path

import pytest

from articleclean import DEFAULT_FILTERS, ConfigError, Filter, FilterContext, Pipeline, Rules, extract
from articleclean.model import Block

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

PAGE = """<html><body>
<div class="promo-strip">Subscribe to our great newsletter today, it is free and full of news.</div>
<div class="story"><h1>Main Story Title</h1>
<p>The first paragraph of the story has plenty of words, commas, and clauses to score well.</p>
<p>The second paragraph continues the story, adding detail, quotes, and more context for readers.</p>
<div class="box">Box text: an aside with a sentence that should be removable by rules.</div>
</div>
<div class="other"><p>An unrelated block of text that a keep rule can choose instead, with enough words.</p></div>
</body></html>"""

BOX = "Box text: an aside with a sentence that should be removable by rules."
OTHER = "An unrelated block of text that a keep rule can choose instead, with enough words."


def rule_removals(article) -> list:
    return [r for r in article.removed if r.filter == "rules"]


# --- rules: hosts --------------------------------------------------------------------------------------


def test_without_rules_the_box_is_kept():
    assert BOX in extract(PAGE).text
    assert BOX in extract(PAGE, url="https://example.com/a").text


@pytest.mark.parametrize(
    ("url", "dropped"),
    [
        ("https://example.com/a", True),
        ("https://news.example.com/a", True),
        ("https://a.b.example.com/a", True),
        ("https://EXAMPLE.com/a", True),
        ("https://example.org/a", False),
        ("https://notexample.com/a", False),
        ("https://example.com.evil.test/a", False),
        (None, False),
    ],
)
def test_host_table_applies_to_host_and_subdomains_only(url, dropped):
    rules = Rules.from_dict({"example.com": {"drop": ["div.box"]}})
    article = extract(PAGE, url=url, rules=rules)
    assert (BOX not in article.text) is dropped
    assert len(rule_removals(article)) == (1 if dropped else 0)


@pytest.mark.parametrize("url", ["https://example.com/a", "https://anything.test/x", None])
def test_star_table_applies_to_every_page(url):
    rules = Rules.from_dict({"*": {"drop": ["div.box"]}})
    article = extract(PAGE, url=url, rules=rules)
    assert BOX not in article.text
    assert "The second paragraph continues the story" in article.text


def test_star_and_host_tables_merge():
    rules = Rules.from_dict({"*": {"drop": ["div.box"]}, "example.com": {"drop": ["h1"]}})
    on_host = extract(PAGE, url="https://www.example.com/", rules=rules)
    assert BOX not in on_host.text and on_host.title != "Main Story Title"
    assert {r.reason for r in rule_removals(on_host)} == {"drop rule 'div.box'", "drop rule 'h1'"}
    elsewhere = extract(PAGE, url="https://other.test/", rules=rules)
    assert BOX not in elsewhere.text and elsewhere.title == "Main Story Title"
    assert len(rule_removals(elsewhere)) == 1


def test_for_host_merges_matching_tables():
    rules = Rules.from_dict({"*": {"drop": ["p"]}, "example.com": {"drop": ["div"], "keep": ["main"]}})
    site = rules.for_host("news.example.com")
    assert site is not None
    assert [s.source for s in site.drop_rules] == ["p", "div"]
    assert [s.source for s in site.keep_rules] == ["main"]
    other = rules.for_host("example.net")
    assert other is not None and [s.source for s in other.drop_rules] == ["p"] and other.keep_rules == []
    assert Rules.from_dict({"example.com": {"drop": ["p"]}}).for_host("example.net") is None
    assert Rules.from_dict({"example.com": {"drop": ["p"]}}).for_host(None) is None


def test_host_keys_are_case_insensitive():
    rules = Rules.from_dict({"Example.COM": {"drop": ["div.box"]}})
    assert rules.for_host("example.com") is not None
    assert BOX not in extract(PAGE, url="https://example.com/", rules=rules).text


def test_for_host_ignores_case_of_the_host():
    rules = Rules.from_dict({"example.com": {"drop": ["div.box"]}})
    assert rules.for_host("News.Example.COM") is not None


# --- rules: drop and keep, CSS and XPath -----------------------------------------------------------


@pytest.mark.parametrize("selector", ["div.box", "//div[@class='box']", "(//div[@class='box'])[1]"])
def test_drop_rule_css_and_xpath_recorded_under_rules(selector):
    article = extract(PAGE, rules=Rules.from_dict({"*": {"drop": [selector]}}))
    assert BOX not in article.text
    removed = rule_removals(article)
    assert len(removed) == 1
    assert removed[0].text == BOX
    assert removed[0].reason == f"drop rule {selector!r}"


def test_drop_rule_string_instead_of_list():
    article = extract(PAGE, rules=Rules.from_dict({"*": {"drop": "div.box"}}))
    assert BOX not in article.text


def test_drop_rule_matching_nested_elements_records_once():
    rules = Rules.from_dict({"*": {"drop": ["div.story div", "div.box"]}})
    article = extract(PAGE, rules=rules)
    assert BOX not in article.text
    assert [r.text for r in rule_removals(article)] == [BOX]


@pytest.mark.parametrize("selector", ["div.other", "//div[@class='other']"])
def test_keep_rule_chooses_the_container(selector):
    default = extract(PAGE)
    assert OTHER not in default.text and "The first paragraph of the story" in default.text
    article = extract(PAGE, rules=Rules.from_dict({"*": {"keep": [selector]}}))
    assert article.text == OTHER
    # what lies outside the chosen container is recorded, not silently lost
    assert any("The first paragraph of the story" in r.text for r in article.removed)


def test_several_keep_rules_give_containers_in_page_order():
    rules = Rules.from_dict({"*": {"keep": ["div.other", "div.box"]}})
    assert extract(PAGE, rules=rules).text == f"{BOX}\n\n{OTHER}"


def test_keep_rule_nested_matches_use_the_outermost():
    rules = Rules.from_dict({"*": {"keep": ["div.story p", "div.story"]}})
    text = extract(PAGE, rules=rules).text
    assert text.count("The first paragraph of the story") == 1
    assert BOX in text


def test_keep_rule_that_matches_nothing_falls_back_to_locate():
    rules = Rules.from_dict({"*": {"keep": ["div.does-not-exist"]}})
    assert extract(PAGE, rules=rules).to_dict() == extract(PAGE).to_dict()


def test_drop_runs_before_keep():
    rules = Rules.from_dict({"*": {"keep": ["div.story"], "drop": ["div.box"]}})
    article = extract(PAGE, rules=rules)
    assert "The first paragraph of the story" in article.text
    assert BOX not in article.text
    assert OTHER not in article.text


def test_rules_apply_only_to_html():
    text = "A Title Line\nThe first paragraph of the story has plenty of words, commas, and clauses.\n"
    rules = Rules.from_dict({"*": {"drop": ["p"]}})
    assert extract(text, rules=rules).to_dict() == extract(text).to_dict()


def test_rules_on_a_pipeline():
    pipeline = Pipeline(rules=Rules.from_dict({"*": {"drop": ["div.box"]}}))
    assert BOX not in extract(PAGE, pipeline=pipeline).text


def test_rules_load_from_toml(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text('["*"]\ndrop = ["div.box"]\n\n["example.com"]\nkeep = ["div.other"]\n', encoding="utf-8")
    rules = Rules.load(path)
    assert sorted(rules.by_host) == ["*", "example.com"]
    assert extract(PAGE, url="https://example.com/story", rules=rules).text == OTHER
    elsewhere = extract(PAGE, url="https://example.org/story", rules=rules)
    assert BOX not in elsewhere.text and OTHER not in elsewhere.text


@pytest.mark.parametrize(
    "data",
    [
        pytest.param({"*": {"drop": ["p["]}}, id="bad-css"),
        pytest.param({"*": {"drop": ["div >> > p"]}}, id="bad-css-combinator"),
        pytest.param({"*": {"keep": ["//p["]}}, id="bad-xpath"),
        pytest.param({"*": {"dorp": ["p"]}}, id="unknown-key"),
        pytest.param({"*": ["p"]}, id="not-a-table"),
        pytest.param({"*": {"drop": [1]}}, id="not-a-string"),
        pytest.param({"*": {"drop": [""]}}, id="empty"),
    ],
)
def test_bad_rules_raise_config_error(data):
    with pytest.raises(ConfigError):
        Rules.from_dict(data)


def test_bad_toml_raises_config_error(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text('["*"\ndrop = ', encoding="utf-8")
    with pytest.raises(ConfigError, match="TOML"):
        Rules.load(path)
    with pytest.raises(ConfigError):
        Rules.load(tmp_path / "missing.toml")


# --- pipeline -------------------------------------------------------------------------------------

ARTICLE = """<html><body><article><h1>Story</h1>
<p>The first paragraph of the story has plenty of words, commas, and clauses to score well.</p>
<p>This post is SPONSORED by Acme, so buy the amazing widget now, the best in the whole wide world.</p>
<p>The second paragraph continues the story, adding detail, quotes, and more context for readers.</p>
<p>No products in the cart.</p>
<blockquote>The first paragraph of the story has plenty of words, commas, and clauses to score well.</blockquote>
</article></body></html>"""
REPEAT = "The first paragraph of the story has plenty of words"


class Sponsored(Filter):
    name = "sponsored"
    description = "Blocks marked SPONSORED."
    marker = "SPONSORED"

    def apply(self, blocks: list[Block], ctx: FilterContext) -> list[Block]:
        kept = []
        for block in blocks:
            if self.marker in block.text:
                ctx.remove(block.text, "sponsored block")
            else:
                kept.append(block)
        return kept


class Spy(Filter):
    name = "spy"
    description = "Records the texts it sees."

    def __init__(self, **settings):
        super().__init__(**settings)
        self.seen: list[str] = []

    def apply(self, blocks, ctx):
        self.seen = [b.text for b in blocks]
        return blocks


def test_default_pipeline_is_default_filters_in_order():
    assert Pipeline().names == [cls.name for cls in DEFAULT_FILTERS]


def test_default_extraction_removes_cart_and_repeat_but_not_sponsored():
    article = extract(ARTICLE)
    assert "SPONSORED" in article.text
    assert "No products in the cart" not in article.text
    assert article.text.count(REPEAT) == 1
    assert {r.filter for r in article.removed} >= {"cart_notice", "duplicate_sentences"}


def test_disable():
    pipeline = Pipeline(disable=["cart_notice", "duplicate_sentences"])
    assert "cart_notice" not in pipeline.names and "duplicate_sentences" not in pipeline.names
    article = extract(ARTICLE, pipeline=pipeline)
    assert "No products in the cart." in article.text
    assert article.text.count(REPEAT) == 2
    assert not {"cart_notice", "duplicate_sentences"} & {r.filter for r in article.removed}
    keyword = extract(ARTICLE, disable=["cart_notice", "duplicate_sentences"])
    assert keyword.to_dict() == article.to_dict()


def test_disable_also_disables_the_element_vocabulary():
    page = (
        "<html><body><main><p>The first paragraph of the story has plenty of words, commas, and clauses.</p>"
        "<div class='widget_shopping_cart'><p>Your basket holds a single hat in it.</p></div></main></body></html>"
    )
    assert "single hat" not in extract(page).text
    assert "single hat" in extract(page, disable=["cart_notice"]).text


def test_settings():
    pipeline = Pipeline(settings={"duplicate_sentences": {"min_chars": 1000}})
    assert pipeline.filters[pipeline.names.index("duplicate_sentences")].min_chars == 1000
    assert extract(ARTICLE, pipeline=pipeline).text.count(REPEAT) == 2
    assert extract(ARTICLE, settings={"duplicate_sentences": {"min_chars": 1000}}).text.count(REPEAT) == 2
    assert Pipeline()._named("duplicate_sentences").min_chars == 30  # settings do not leak into the class


def test_settings_with_an_explicit_pipeline_are_not_ignored():
    article = extract(ARTICLE, pipeline=Pipeline(), settings={"duplicate_sentences": {"min_chars": 1000}})
    assert article.text.count(REPEAT) == 2


def test_custom_filter_after_cart_notice():
    pipeline = Pipeline().add(Sponsored(), after="cart_notice")
    assert pipeline.names[:3] == ["cart_notice", "sponsored", "read_more_teaser"]
    article = extract(ARTICLE, pipeline=pipeline)
    assert "SPONSORED" not in article.text
    mine = [r for r in article.removed if r.filter == "sponsored"]
    assert len(mine) == 1
    assert mine[0].text.startswith("This post is SPONSORED by Acme")
    assert mine[0].reason == "sponsored block"
    assert "No products in the cart" not in article.text  # the defaults still run
    order = [r.filter for r in article.removed]
    assert order.index("cart_notice") < order.index("sponsored") < order.index("duplicate_sentences")


def test_custom_filter_before_and_at_end():
    assert Pipeline().add(Sponsored(), before="cart_notice").names[:2] == ["sponsored", "cart_notice"]
    assert Pipeline().add(Sponsored()).names[-2:] == [DEFAULT_FILTERS[-1].name, "sponsored"]


def test_custom_filter_settings():
    pipeline = Pipeline().add(Sponsored(marker="NOT IN THE PAGE"), after="cart_notice")
    assert "SPONSORED" in extract(ARTICLE, pipeline=pipeline).text
    pipeline = Pipeline().add(Sponsored(marker="Acme"), after="cart_notice")
    assert "SPONSORED" not in extract(ARTICLE, pipeline=pipeline).text
    with pytest.raises(ConfigError):
        Sponsored(nosuch=1)


def test_custom_filter_sees_blocks_after_earlier_filters():
    spy = Spy()
    extract(ARTICLE, pipeline=Pipeline().add(spy, after="cart_notice"))
    assert spy.seen and not any("No products in the cart" in t for t in spy.seen)
    late = Spy()
    extract(ARTICLE, pipeline=Pipeline().add(late, before="cart_notice"))
    assert any("No products in the cart" in t for t in late.seen)


def test_custom_filter_survives_disable_keyword():
    pipeline = Pipeline().add(Sponsored(), after="cart_notice")
    article = extract(ARTICLE, pipeline=pipeline, disable=["cart_notice"])
    assert "SPONSORED" not in article.text
    assert "No products in the cart." in article.text
    assert "cart_notice" in pipeline.names  # the caller's pipeline is not changed


def test_pipeline_disable_method_chains():
    pipeline = Pipeline().disable("cart_notice").disable("tag_list")
    assert "cart_notice" not in pipeline.names and "tag_list" not in pipeline.names
    assert len(pipeline.names) == len(DEFAULT_FILTERS) - 2


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: Pipeline(disable=["nosuch"]), id="disable"),
        pytest.param(lambda: Pipeline().disable("nosuch"), id="disable-method"),
        pytest.param(lambda: Pipeline(settings={"nosuch": {"x": 1}}), id="settings-filter"),
        pytest.param(lambda: Pipeline(settings={"duplicate_sentences": {"nosuch": 1}}), id="settings-key"),
        pytest.param(lambda: Pipeline(settings={"duplicate_sentences": {"apply": 1}}), id="settings-method"),
        pytest.param(lambda: Pipeline().add(Sponsored(), after="nosuch"), id="add-after"),
        pytest.param(lambda: Pipeline().add(Sponsored(), before="nosuch"), id="add-before"),
        pytest.param(lambda: Pipeline().add(Sponsored()).add(Sponsored()), id="add-twice"),
        pytest.param(lambda: Pipeline().add("sponsored"), id="add-not-a-filter"),  # type: ignore[arg-type]
        pytest.param(lambda: Pipeline([Sponsored(), Sponsored()]), id="duplicate-names"),
        pytest.param(lambda: extract(ARTICLE, disable=["nosuch"]), id="extract-disable"),
        pytest.param(lambda: extract(ARTICLE, settings={"nosuch": {}}), id="extract-settings"),
    ],
)
def test_unknown_names_raise_config_error(make):
    with pytest.raises(ConfigError):
        make()


def test_nameless_filter_is_refused():
    class Nameless(Filter):
        def apply(self, blocks, ctx):
            return blocks

    with pytest.raises(ConfigError):
        Pipeline().add(Nameless())


def test_config_error_message_names_the_bad_filter():
    with pytest.raises(ConfigError, match="nosuch"):
        Pipeline(disable=["nosuch"])


# --- determinism -----------------------------------------------------------------------------------


def test_extraction_is_deterministic():
    html = (FIXTURES / "mars-partnerships.html").read_bytes()
    text = (FIXTURES / "mars-partnerships.txt").read_text(encoding="utf-8")
    first = extract(html).to_dict()
    assert extract(html).to_dict() == first
    extract(text)
    extract(ARTICLE)
    extract(PAGE, rules=Rules.from_dict({"*": {"keep": ["div.other"]}}))
    assert extract(html).to_dict() == first
    assert first["removed"]  # a real extraction with removals, not an empty one


def test_extraction_is_deterministic_with_a_shared_pipeline():
    pipeline = Pipeline().add(Sponsored(), after="cart_notice")
    text = (FIXTURES / "mars-partnerships.txt").read_text(encoding="utf-8")
    first = extract(ARTICLE, pipeline=pipeline).to_dict()
    second_text = extract(text, pipeline=pipeline).to_dict()
    assert extract(ARTICLE, pipeline=pipeline).to_dict() == first
    assert extract(text, pipeline=pipeline).to_dict() == second_text
    assert any(r["filter"] == "sponsored" for r in first["removed"])


def test_str_and_bytes_give_the_same_article_but_encoding():
    as_str = extract(ARTICLE).to_dict()
    as_bytes = extract(ARTICLE.encode("utf-8")).to_dict()
    assert as_bytes.pop("encoding") == "utf-8"
    assert as_str.pop("encoding") is None
    assert as_bytes == as_str
