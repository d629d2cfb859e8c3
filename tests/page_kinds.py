"""Small realistic pages of the kinds a crawl holds, built inline for the extraction tests.

Each builder returns a whole HTML page: site header and navigation, the page's main content,
and a footer, so that the dom stage has something to tell the content from.
"""

from __future__ import annotations

HEADER = """<header class="site-header"><a class="logo" href="/">Northwind</a>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/shop">Shop</a></li>
<li><a href="/community">Community</a></li><li><a href="/help">Help</a></li></ul></nav></header>"""

FOOTER = """<footer class="site-footer"><p>© 2026 Northwind Ltd. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>"""

STORY = (
    "The harbour authority announced on Monday that the northern pier, closed since the storm in March, "
    "will reopen to fishing boats, ferries and pleasure craft by the end of the summer.",
    "Engineers found that the old timber piles, some of them more than a century old, had rotted below "
    "the waterline, and the repairs took longer than the authority had hoped.",
    "The reopening comes as a relief to the town's fishermen, who have had to land their catch at a "
    "neighbouring port, adding hours, fuel costs and paperwork to every trip.",
    "Local businesses, from the chandlery to the cafés along the quay, say the closure cost them a large "
    "share of their summer trade, and some had cut staff as a result.",
)


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>\n" for t in texts)


def page(body: str, *, head: str = "", title: str = "Northwind", body_attrs: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head}</head>
<body{body_attrs}>
{HEADER}
{body}
{FOOTER}
</body></html>"""


def story_page(*, wrapper: str = '<main id="main">{}</main>', head: str = "", extra: str = "") -> str:
    """A news story (headline and four paragraphs) inside ``wrapper``, with ``extra`` after it."""
    article = f'<article class="story"><h1>Northern pier to reopen</h1>{paras(*STORY)}</article>'
    return page(wrapper.format(article) + extra, head=head)


#: A forum thread's posts: (user name, text).
POSTS = [
    ("harbourfan", "Does anyone know whether the northern pier will be open for the regatta in August? "
     "We had planned to moor there for the whole week with the club."),
    ("old_salt", "The authority says the end of the summer, which in my experience means September at "
     "the earliest. I would book a berth in the marina as a fallback."),
    ("skipper_jo", "We asked at the harbour office on Monday: the pontoons go in first, in July, so "
     "mooring should be possible even if the pier itself is still fenced off."),
    ("harbourfan", "Thanks both, that is really helpful. We will book the marina for two nights and "
     "move across if the pontoons are ready by then."),
]
