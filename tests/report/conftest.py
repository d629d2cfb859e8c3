"""Fixtures of the report tests; the pages and helpers they share are in ``report_pages``."""

from __future__ import annotations

import pytest
from report_pages import MARS_HTML


@pytest.fixture(scope="session")
def mars_html() -> bytes:
    return MARS_HTML.read_bytes()
