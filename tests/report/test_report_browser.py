"""Both reports in a real browser (headless Chromium): what a person sees, and that nothing is fetched.

Chromium is Debian's ``chromium`` package (``.ci/run`` installs it when missing), driven by
playwright from the ``test`` extra without playwright's own browser download. The test is
skipped only when no Chromium binary can be found; set ``ARTICLECLEAN_CHROMIUM`` to point at
one elsewhere. Screenshots of both reports are saved under the test's ``tmp_path``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from report_pages import HOSTILE_PAGE, MARS_URL, batch_records

from articleclean.report import write_corpus_report, write_explain

CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-default-apps", "--disable-extensions",
]


def _chromium() -> str | None:
    candidates = [os.environ.get("ARTICLECLEAN_CHROMIUM", "")]
    candidates += [shutil.which(n) or "" for n in ("chromium", "chromium-browser", "google-chrome", "chrome")]
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


CHROMIUM = _chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium found (apt-get install chromium, or set ARTICLECLEAN_CHROMIUM)"
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory) -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # the test extra brings it: its absence is a broken install, not a skip
        pytest.fail("playwright is not installed: pip install -e '.[test]'")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": 900},
        )
        yield context
        context.close()


@pytest.fixture
def requests(browser) -> Iterator[list[str]]:
    """Every request the pages make; any that is not file: or data: is refused."""
    seen: list[str] = []

    def handle(route: Any) -> None:
        url = route.request.url
        seen.append(url)
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            route.abort()

    browser.route("**/*", handle)
    yield seen
    browser.unroute("**/*")


def _visible_marks(page: Any, name: str | None = None) -> list[Any]:
    selector = "#article del.m" + (f'[data-filter="{name}"]' if name else "")
    return [m for m in page.query_selector_all(selector) if m.is_visible()]


def test_explain_report_in_a_browser(browser, requests, tmp_path: Path, mars_html: bytes):
    report = write_explain(mars_html, tmp_path / "explain.html", url=MARS_URL)
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    # A load the page's Content-Security-Policy refused shows as a console error, not a request.
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(report.as_uri())
    page.screenshot(path=str(tmp_path / "explain.png"), full_page=True)

    marks = page.query_selector_all("#article del.m")
    assert len(marks) >= 15
    for mark in marks:
        assert mark.is_visible()
        style = mark.evaluate("m => getComputedStyle(m).textDecorationLine")
        assert "line-through" in style
    # Marks of different filters look different.
    colours = {
        m.get_attribute("data-filter"): m.evaluate("m => getComputedStyle(m).backgroundColor") for m in marks
    }
    assert len(set(colours.values())) == len(colours)
    teaser = page.query_selector('#article del.m[data-filter="read_more_teaser"]')
    assert "related-post card" in teaser.get_attribute("title")
    assert page.is_visible("text=Personal Development")

    others = len(_visible_marks(page)) - len(_visible_marks(page, "read_more_teaser"))
    toggle = page.locator('aside.legend input[data-filter="read_more_teaser"]')
    toggle.click()
    assert not toggle.is_checked()
    assert _visible_marks(page, "read_more_teaser") == []
    assert len(_visible_marks(page)) == others
    assert not page.is_visible("text=Personal Development")
    page.screenshot(path=str(tmp_path / "explain-teasers-hidden.png"))
    toggle.click()
    assert len(_visible_marks(page, "read_more_teaser")) == 3

    page.click("button[data-all=off]")
    assert _visible_marks(page) == []
    page.click("button[data-all=on]")
    assert len(_visible_marks(page)) == len(marks)

    # The hostile page's scripts and handlers are text: no dialog opens, the text shows.
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    hostile = write_explain(HOSTILE_PAGE, tmp_path / "hostile.html")
    page.goto(hostile.as_uri())
    page.wait_for_timeout(200)
    assert dialogs == []
    assert page.is_visible('text=<script>alert("removed")</script>')
    page.screenshot(path=str(tmp_path / "hostile.png"))

    assert errors == []
    assert requests and all(u.startswith(("file:", "data:")) for u in requests), requests
    page.close()


def test_corpus_report_in_a_browser(browser, requests, tmp_path: Path):
    batch = batch_records()
    out = write_corpus_report(
        [r for r, _ in batch], tmp_path / "report.html", templates={"orbitaldispatch.example": ["Share this:"]},
        explain_pages=batch,
    )
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    # A load the page's Content-Security-Policy refused shows as a console error, not a request.
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(out.as_uri())
    page.screenshot(path=str(tmp_path / "corpus.png"), full_page=True)

    assert page.is_visible("#length-histogram")
    heights = [float(r.get_attribute("height")) for r in page.query_selector_all("#length-histogram rect.bar")]
    assert sum(1 for h in heights if h > 0) == 2  # the empty pages, and the two articles' bin
    box = page.query_selector("#length-histogram").bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100
    assert page.is_visible("#removals tr[data-filter=read_more_teaser]")
    assert page.is_visible("text=broken.example")
    page.click("#templates summary")
    assert page.is_visible("#templates li")

    page.click("#explain a >> nth=0")
    page.wait_for_load_state()
    assert page.url.startswith("file:") and "report-explain" in page.url
    assert _visible_marks(page)
    page.screenshot(path=str(tmp_path / "corpus-linked-explain.png"))

    assert errors == []
    assert requests and all(u.startswith(("file:", "data:")) for u in requests), requests
    page.close()
