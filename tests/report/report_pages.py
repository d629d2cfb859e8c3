"""Shared pieces of the report tests: the reference pages, and a batch of records made from them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import lxml.html

from articleclean import extract

FIXTURES = Path(__file__).resolve().parent.parent.parent / "fixtures"
MARS_HTML = FIXTURES / "mars-partnerships.html"
MARS_TXT = FIXTURES / "mars-partnerships.txt"
MARS_URL = "https://orbitaldispatch.example/2025/03/mars-partnerships/"

#: A page whose text, class names and metadata try to inject markup into the report.
HOSTILE_PAGE = """<html><head><title>&lt;script&gt;alert("title")&lt;/script&gt;</title>
<meta property="og:site_name" content="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">
</head><body>
<div class="site-header"><a href="/">Home</a> <a href="/x">News</a></div>
<div id="&quot;&gt;&lt;script&gt;alert('id')&lt;/script&gt;">Unrelated words beside the article</div>
<article><h1>Ordinary &lt;b&gt;headline&lt;/b&gt; for a hostile page</h1>
<p>The first paragraph of the story has plenty of words, commas, and clauses, so that it scores well enough.</p>
<p>Share this: &lt;script&gt;alert("removed")&lt;/script&gt;</p>
<p>The second paragraph continues the story, adding detail, quotes, and more context for the readers here.</p>
<p>Tags: &lt;img src="http://evil.example/x.png" onerror="alert(2)"&gt;</p>
</article></body></html>"""


def flat(text: str) -> str:
    return " ".join(text.split())


def parse(document: str) -> Any:
    return lxml.html.document_fromstring(document)


def mark_text(mark: Any) -> str:
    """A mark's removed text, without its filter label."""
    return flat("".join(t for t in mark.xpath(".//text()[not(ancestor::span[@class='lbl'])]")))


def resource_references(document: str) -> list[str]:
    """Every reference the document could load, or navigate to off the page."""
    doc = parse(document)
    refs = [v for el in doc.iter() for k, v in el.attrib.items() if k.lower() in ("src", "href", "srcset", "data",
                                                                                  "action", "poster", "xlink:href")]
    css = "".join(s.text or "" for s in doc.xpath("//style")) + "".join(
        el.get("style", "") for el in doc.iter() if isinstance(el.tag, str)
    )
    refs += re.findall(r"url\(([^)]*)\)", css) + re.findall(r"@import\s+(\S+)", css)
    return refs


def batch_records() -> list[tuple[dict[str, Any], bytes]]:
    """Records as ``articleclean batch`` writes them, each with its page."""
    html = MARS_HTML.read_bytes()
    txt = MARS_TXT.read_bytes()
    empty = b"<html><body><nav><a href='/'>Home</a></nav></body></html>"
    out: list[tuple[dict[str, Any], bytes]] = []
    for i, (url, page) in enumerate(
        [(MARS_URL, html), ("https://news.example/b", txt), ("https://www.broken.example/1", empty),
         ("https://www.broken.example/2", empty)]
    ):
        article = extract(page, url=url).to_dict()
        status = "ok" if article["text"] else "empty"
        out.append(({"id": f"page-{i}", "source": f"p{i}", "url": url, "status": status, "error": None,
                     "article": article}, page))
    out.append(({"id": "page-4", "source": "p4", "url": "https://www.broken.example/3", "status": "error",
                 "error": "InputError: binary data, not text", "article": None}, b"\x00\x01"))
    return out
