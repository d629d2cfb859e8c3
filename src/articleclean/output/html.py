"""An article as a small, safe, semantic HTML document.

Title, subtitle, byline and date, then each section's heading and blocks as the elements they
are (``p``, ``ul``/``li``, ``blockquote``, ``table``, ``pre``/``code``, a caption as
``figcaption``), with the links, emphasis and code of their words (``Block.inline``). Every
text is escaped; the only attributes are ``href`` (http, https, mailto, ftp, tel: what
``dom/inline.py`` lets through), ``src`` and ``alt`` of a figure's image, ``lang``,
``datetime`` and ``class`` on the byline and subtitle. No script, no style, no event handler: nothing in it runs.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Article, Block, Inline


def to_html(article: Article, *, links: bool = True, images: bool = True) -> str:
    """The article as an HTML document; without ``links``, linked words are plain text; without
    ``images``, figures are left out."""
    lang = f' lang="{escape(article.language)}"' if article.language else ""
    title = escape(article.title or "")
    body: list[str] = []
    if article.title:
        body.append(f"<h1>{title}</h1>")
    if article.subtitle:
        body.append(f'<p class="subtitle">{escape(article.subtitle)}</p>')
    if article.authors:
        body.append(f'<p class="byline">{escape(", ".join(article.authors))}</p>')
    if article.date:
        body.append(f'<p class="date"><time datetime="{escape(article.date)}">{escape(article.date)}</time></p>')
    for section in article.sections:
        if section.heading:
            level = min(max(section.level, 2), 6)
            body.append(f"<h{level}>{escape(section.heading)}</h{level}>")
        blocks = [b for b in section.blocks if images or b.kind != "figure"]
        for k, block in enumerate(blocks):
            if block.kind == "caption" and k and blocks[k - 1].kind == "figure":
                continue  # (said in the figure before it)
            following = blocks[k + 1] if k + 1 < len(blocks) and blocks[k + 1].kind == "caption" else None
            html = _figure(block, following, links) if block.kind == "figure" else _block(block, links)
            if html:
                body.append(html)
    return (
        f'<!DOCTYPE html>\n<html{lang}>\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n</head>\n'
        "<body>\n<article>\n" + "\n".join(body) + "\n</article>\n</body>\n</html>\n"
    )


def _figure(block: Block, caption: Block | None, links: bool) -> str:
    if block.image is None:
        return ""
    image = f'<img src="{escape(block.image.src)}" alt="{escape(block.image.alt)}">'
    said = f"\n<figcaption>{_marked(caption, links)}</figcaption>" if caption is not None else ""
    return f"<figure>{image}{said}</figure>"


def _block(block: Block, links: bool) -> str:
    if not block.text:
        return ""
    if block.kind == "list":
        items = block.items or block.text.split("\n")
        return "<ul>\n" + "\n".join(f"<li>{escape(item)}</li>" for item in items) + "\n</ul>"
    if block.kind == "table" and block.rows:
        rows = "\n".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in block.rows)
        return f"<table>\n{rows}\n</table>"
    if block.kind == "code":
        return f"<pre><code>{escape(block.text)}</code></pre>"
    inner = _marked(block, links)
    if block.kind == "heading":
        level = min(max(block.level or 3, 2), 6)
        return f"<h{level}>{inner}</h{level}>"
    if block.kind == "blockquote":
        return f"<blockquote><p>{inner}</p></blockquote>"
    if block.kind == "caption":
        return f"<figure><figcaption>{inner}</figcaption></figure>"
    return f"<p>{inner}</p>"


def _marked(block: Block, links: bool) -> str:
    runs = block.inline
    text = "".join(_run(run, links) for run in runs) if runs else escape(block.text)
    return text.replace("\n", "<br>\n")


def _run(run: Inline, links: bool) -> str:
    out = escape(run.text)
    if run.code:
        out = f"<code>{out}</code>"
    if run.em:
        out = f"<em>{out}</em>"
    if run.strong:
        out = f"<strong>{out}</strong>"
    if links and run.href:
        out = f'<a href="{escape(run.href)}">{out}</a>'
    return out
