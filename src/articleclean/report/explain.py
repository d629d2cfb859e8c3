"""The explain report: one page, what extraction kept and what it removed, each removal in place.

``explain_html(page, url=...)`` is the main function: it runs the extraction stage by stage
(:func:`~articleclean.report.trace.trace`) and renders one self-contained HTML file:

- the article as it reads, with every removed piece shown where it stood, struck through and
  coloured by the filter that removed it (filter and reason on hover);
- a legend with one checkbox per filter that shows or hides that filter's marks;
- the dom stage's decisions: the container chosen as the article, the regions left out;
- the metadata, each field with where it came from;
- every removal in a table.

``article_html(article)`` renders the same report from an :class:`Article` alone: the article
and its removals, but not their positions, which only a run over the page can tell.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..model import Article
from ..pipeline import Pipeline
from ..rules import Rules
from .html import esc, filter_colours, page
from .trace import DOM_STAGE, STRUCTURE_STAGE, Piece, Segment, Trace, trace

#: Record texts longer than this are cut in the tables (the marks in the text show them whole).
_TABLE_TEXT_CHARS = 240
#: Filters that belong to the dom stage rather than the filter pipeline.
_DOM_NAMES = frozenset({"main_content", "hidden", "forms", "rules"})

_CSS = """
.layout { display: flex; gap: 16px; align-items: flex-start; padding: 16px 24px; }
aside.legend { position: sticky; top: 12px; flex: 0 0 270px; max-height: calc(100vh - 24px); overflow: auto;
               background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px;
               font-size: 13px; }
aside.legend h2 { font-size: 15px; margin: 2px 0 6px; }
aside.legend ul { list-style: none; margin: 0; padding: 0; }
aside.legend li { margin: 0 0 8px; }
aside.legend label { cursor: pointer; font-weight: 600; }
aside.legend .reasons { margin: 2px 0 0 22px; color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
aside.legend .buttons { margin: 0 0 8px; }
aside.legend button { font: inherit; font-size: 12px; padding: 1px 8px; margin-right: 4px; cursor: pointer; }
main { flex: 1 1 auto; min-width: 0; }
#article .piece { margin: 0 0 10px; overflow-wrap: anywhere; }
#article .pre { white-space: pre-wrap; }
#article blockquote { border-left: 3px solid var(--line); margin-left: 0; padding-left: 12px; }
#article .caption { font-size: 13px; color: var(--muted); font-style: italic; }
#article .role { display: inline-block; font: 600 11px/1.6 system-ui, sans-serif; color: var(--muted);
                 border: 1px solid var(--line); border-radius: 9px; padding: 0 7px; margin-left: 6px;
                 vertical-align: middle; }
#article .subtitle { font-size: 17px; color: #3a3f47; }
del.m { text-decoration: line-through; text-decoration-thickness: 1px; border-radius: 3px; padding: 0 2px;
        cursor: help; }
div.removed, div.region { font-size: 14px; }
div.region del.m { border-style: dashed; }
del.m.blk { display: block; white-space: pre-wrap; padding: 3px 8px; border-left: 4px solid; }
del.m .lbl { display: inline-block; text-decoration: none; font: 600 11px/1.5 ui-monospace, monospace;
             color: #fff; border-radius: 3px; padding: 0 5px; margin-right: 6px; }
.note { background: #fff8e1; border: 1px solid #f0d98c; border-radius: 4px; padding: 6px 10px; font-size: 13px; }
"""

_SCRIPT = """
document.querySelectorAll("input[data-toggle]").forEach(function (box) {
  box.addEventListener("change", function () {
    document.body.classList.toggle("hide-" + box.dataset.toggle, !box.checked);
  });
});
document.querySelectorAll("button[data-all]").forEach(function (button) {
  button.addEventListener("click", function () {
    var on = button.dataset.all === "on";
    document.querySelectorAll("input[data-toggle]").forEach(function (box) {
      box.checked = on;
      document.body.classList.toggle("hide-" + box.dataset.toggle, !on);
    });
  });
});
"""


def explain_html(
    source: str | bytes,
    *,
    url: str | None = None,
    input_type: str = "auto",
    encoding: str | None = None,
    pipeline: Pipeline | None = None,
    disable: Iterable[str] = (),
    settings: Mapping[str, Mapping[str, Any]] | None = None,
    rules: Rules | None = None,
) -> str:
    """The explain report of a page (HTML or scraped text) as one self-contained HTML document.

    Takes the options of :func:`articleclean.extract`; the article shown is the one ``extract``
    returns for them.
    """
    traced = trace(
        source, url=url, input_type=input_type, encoding=encoding, pipeline=pipeline,
        disable=disable, settings=settings, rules=rules,
    )
    return render(traced)


def write_explain(source: str | bytes, path: str | Path, **options: Any) -> Path:
    """Write the explain report of ``source`` to ``path`` (UTF-8); ``options`` as for ``explain_html``."""
    out = Path(path)
    out.write_text(explain_html(source, **options), encoding="utf-8")
    return out


def article_html(article: Article) -> str:
    """The explain report made from an :class:`Article` alone: removals listed, not placed."""
    pieces: list[Piece] = []
    if article.title:
        pieces.append(Piece("heading", "title", [Segment(article.title)], level=1))
    if article.subtitle:
        pieces.append(Piece("paragraph", "subtitle", [Segment(article.subtitle)]))
    for section in article.sections:
        if section.heading:
            pieces.append(Piece("heading", "heading", [Segment(section.heading)], level=section.level))
        for block in section.blocks:
            pieces.append(
                Piece(block.kind, "body", [Segment(block.text)], level=block.level,
                      items=list(block.items), rows=[list(r) for r in block.rows])
            )
    stage_of = [_guess_stage(r.filter, r.reason) for r in article.removed]
    stages = list(dict.fromkeys(stage_of))
    traced = Trace(
        article=article, pieces=pieces, removed=list(article.removed), unplaced=list(range(len(article.removed))),
        stages=stages, stage_of=stage_of, input_kind="unknown",
    )
    return render(traced, placed=False)


def _guess_stage(name: str, reason: str) -> str:
    if name in _DOM_NAMES or reason.startswith("outside the article"):
        return DOM_STAGE
    if name == "byline":
        return STRUCTURE_STAGE
    return name


# -- rendering ----------------------------------------------------------------------------


def render(traced: Trace, *, placed: bool = True) -> str:
    """The HTML document for a :class:`Trace`."""
    names = _filter_order(traced)
    classes = {name: f"f{i}" for i, name in enumerate(names)}
    article = traced.article
    title = article.title or "(no title)"
    total_chars = sum(len(r.text) for r in traced.removed)
    facts = [
        esc(article.url) if article.url else "no url",
        f"{len(traced.removed)} removals, {total_chars:,} characters removed",
        f"{len(article.text):,} characters kept",
    ]
    body = [
        '<header class="top">',
        f"<h1>Explain: {esc(title)}</h1>",
        f"<p>{' · '.join(facts)}</p>",
        "</header>",
        '<div class="layout">',
        _legend(traced, names, classes),
        "<main>",
        _article_section(traced, classes, placed),
        _dom_section(traced, classes),
        _metadata_section(article),
        _removals_section(traced, classes),
        _warnings_section(article),
        "</main>",
        "</div>",
    ]
    return page(f"Explain: {title}", "\n".join(body), css=_CSS + _filter_css(classes), script=_SCRIPT)


def _filter_order(traced: Trace) -> list[str]:
    """Filters that removed something: dom-stage names first, then in pipeline order."""
    stage_rank = {stage: i for i, stage in enumerate(traced.stages)}
    first_seen: dict[str, tuple[int, int]] = {}
    for i, (record, stage) in enumerate(zip(traced.removed, traced.stage_of, strict=True)):
        rank = stage_rank.get(stage, len(stage_rank))
        first_seen.setdefault(record.filter, (rank, i))
    for p in traced.pieces:
        for s in p.segments:
            if s.filter and s.filter not in first_seen:
                first_seen[s.filter] = (stage_rank.get(s.filter, len(stage_rank)), len(traced.removed))
    return sorted(first_seen, key=lambda name: first_seen[name])


def _filter_css(classes: Mapping[str, str]) -> str:
    rules = []
    for i, cls in enumerate(classes.values()):
        light, dark = filter_colours(i)
        rules.append(
            f".{cls}.m {{ background: {light}; border: 1px solid {dark}; }}\n"
            f".{cls}.m.blk {{ border-left-color: {dark}; }}\n"
            f".{cls} .lbl, .swatch.{cls} {{ background: {dark}; }}\n"
            f"body.hide-{cls} .m.{cls} {{ display: none; }}"
        )
    return "\n".join(rules)


def _legend(traced: Trace, names: list[str], classes: Mapping[str, str]) -> str:
    counts: Counter[str] = Counter()
    chars: Counter[str] = Counter()
    reasons: dict[str, Counter[str]] = {name: Counter() for name in names}
    for record in traced.removed:
        counts[record.filter] += 1
        chars[record.filter] += len(record.text)
        reasons.setdefault(record.filter, Counter())[_reason_kind(record.reason)] += 1
    items = []
    for name in names:
        cls = classes[name]
        listed = reasons.get(name, Counter()).most_common(4)
        why = "<br>".join(f"{esc(r)}{f' ×{n}' if n > 1 else ''}" for r, n in listed)
        items.append(
            f'<li><label><input type="checkbox" checked data-toggle="{cls}" data-filter="{esc(name)}"> '
            f'<span class="swatch {cls}"></span> {esc(name)}</label> '
            f'<span class="muted">{counts[name]} · {chars[name]:,} chars</span>'
            f'<div class="reasons">{why}</div></li>'
        )
    if not items:
        items.append('<li class="muted">Nothing was removed.</li>')
    return (
        '<aside class="legend"><h2>Removed by</h2>'
        '<div class="buttons"><button type="button" data-all="on">show all</button>'
        '<button type="button" data-all="off">hide all</button></div>'
        f"<ul>{''.join(items)}</ul>"
        '<p class="muted">Struck-through text was removed; hover it for the filter and the reason. '
        "Untick a filter to read the article without its marks.</p></aside>"
    )


def _reason_kind(reason: str) -> str:
    """A reason without the page-specific tail, to group the legend's reasons."""
    return reason if len(reason) <= 90 else reason[:87] + "…"


def _article_section(traced: Trace, classes: Mapping[str, str], placed: bool) -> str:
    out = ['<section id="article"><h2>The article, with what was removed where it stood</h2>']
    if not placed:
        out.append(
            '<p class="note">Made from an Article alone, which does not keep where removals stood: they are listed '
            "after the article. Give the page to see them in place: <code>articleclean explain PAGE -o "
            "report.html</code> or <code>articleclean.report.explain_html(page)</code>.</p>"
        )
    seen: set[int] = set()
    for piece in _merge_removed(traced.pieces):
        out.append(_piece(piece, traced, classes, seen))
    if traced.unplaced:
        out.append(f'<h3 id="unplaced">Removed, position not known ({len(traced.unplaced)})</h3>')
        for i in traced.unplaced:
            record = traced.removed[i]
            piece = Piece("paragraph", "removed", [Segment(record.text, record.filter, (i,))])
            out.append(_piece(piece, traced, classes, seen))
    out.append("</section>")
    return "\n".join(out)


def _merge_removed(pieces: list[Piece]) -> list[Piece]:
    """Consecutive whole blocks taken by one record (a teaser card's label, title, excerpt and
    marker) shown as one mark."""
    out: list[Piece] = []
    for piece in pieces:
        last = out[-1] if out else None
        if (
            last is not None
            and piece.role == last.role == "removed"
            and len(piece.segments) == len(last.segments) == 1
            and piece.segments[0].removals
            and (piece.segments[0].filter, piece.segments[0].removals)
            == (last.segments[0].filter, last.segments[0].removals)
        ):
            merged = Segment(last.segments[0].text + "\n" + piece.segments[0].text, *_key(piece.segments[0]))
            out[-1] = Piece(last.kind, "removed", [merged])
        else:
            out.append(piece)
    return out


def _key(segment: Segment) -> tuple[str | None, tuple[int, ...]]:
    return segment.filter, segment.removals


def _piece(piece: Piece, traced: Trace, classes: Mapping[str, str], seen: set[int]) -> str:
    if piece.role in ("removed", "region") and all(s.filter for s in piece.segments if s.text.strip()):
        marks = "".join(_mark(s, traced, classes, seen, block=True) for s in piece.segments if s.text.strip())
        return f'<div class="piece {piece.role}">{marks}</div>'
    links = list(piece.links)
    inner = "".join(_mark(s, traced, classes, seen) if s.filter else _linked(s.text, links) for s in piece.segments)
    role = ""
    if piece.role in ("title", "subtitle"):
        source = traced.article.sources.get(piece.role)
        role = f'<span class="role">{piece.role}{f" · {esc(source)}" if source else ""}</span>'
    if piece.kind == "heading":
        level = 1 if piece.role == "title" else max(2, min(piece.level + 1, 6))
        return f'<h{level} class="piece {piece.role}">{inner}{role}</h{level}>'
    if piece.role == "subtitle":
        return f'<p class="piece subtitle">{inner}{role}</p>'
    if piece.kind == "list" and not piece.has_marks and piece.items:
        return '<ul class="piece">' + "".join(f"<li>{esc(item)}</li>" for item in piece.items) + "</ul>"
    if piece.kind == "table" and not piece.has_marks and piece.rows:
        rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in piece.rows)
        return f'<table class="piece">{rows}</table>'
    if piece.kind == "blockquote":
        return f'<blockquote class="piece pre">{inner}</blockquote>'
    if piece.kind == "code":
        return f'<pre class="piece">{inner}</pre>'
    if piece.kind == "figure":  # (named, not shown: the report loads nothing from the network)
        return f'<p class="piece figure">[figure: {inner}]</p>'
    if piece.kind == "caption":
        return f'<p class="piece caption">{inner}</p>'
    return f'<p class="piece pre {esc(piece.kind)}">{inner}</p>'


def _linked(text: str, links: list[tuple[str, str]]) -> str:
    """``text`` escaped, with the links of its words (taken from the front of ``links``, in
    order) as the page had them."""
    out: list[str] = []
    at = 0
    while links:
        words, href = links[0]
        found = text.find(words, at)
        if found < 0:
            break
        out.append(esc(text[at:found]))
        out.append(f'<a href="{esc(href)}" rel="noopener noreferrer">{esc(words)}</a>')
        at = found + len(words)
        links.pop(0)
    out.append(esc(text[at:]))
    return "".join(out)


def _mark(segment: Segment, traced: Trace, classes: Mapping[str, str], seen: set[int], *, block: bool = False) -> str:
    name = segment.filter or ""
    cls = classes.get(name, "f-none")
    if segment.removals:
        why = "\n".join(f"{traced.removed[i].filter}: {traced.removed[i].reason}" for i in segment.removals)
    else:
        why = f"{name}: removed (no recorded reason matched this piece)"
    # The first mark of each record is where the tables' links lead.
    anchors = "".join(f'<span id="r{i}"></span>' for i in segment.removals if i not in seen)
    seen.update(segment.removals)
    rids = " ".join(str(i) for i in segment.removals)
    label = f'<span class="lbl">{esc(name)}</span>' if block else ""
    extra = " blk" if block else ""
    return (
        f'{anchors}<del class="m {cls}{extra}" data-filter="{esc(name)}" data-r="{rids}" title="{esc(why)}">'
        f"{label}{esc(segment.text)}</del>"
    )


def _dom_section(traced: Trace, classes: Mapping[str, str]) -> str:
    out = ['<section id="dom"><h2>Finding the article</h2>']
    if traced.input_kind == "text":
        out.append("<p>Text input: there is no markup to search, every line of the text was read as a block.</p>")
    elif traced.input_kind == "unknown":
        out.append('<p class="muted">Not known from an Article alone.</p>')
    else:
        article = traced.article
        out.append(
            f'<p id="page-type">A page of kind <b>{esc(article.page_type)}</b> '
            f'({esc(article.sources.get("page_type", ""))}), read by the path '
            f'<b id="extraction">{esc(article.extraction)}</b>: {esc(_PATHS.get(article.extraction, ""))}.</p>'
        )
        if traced.container:
            out.append(
                "<p>The dom stage took the article from the element "
                f'<code class="path" id="container">{esc(traced.container)}</code> '
                f"({traced.dom_blocks} blocks, {traced.dom_chars:,} characters); "
                "the filters then worked on those blocks.</p>"
            )
        elif article.extraction != "structured":
            out.append("<p>The dom stage found no article text in the page.</p>")
    dom_records = [i for i, stage in enumerate(traced.stage_of) if stage == DOM_STAGE]
    if dom_records:
        out.append("<p>Left out by the dom stage, before any filter ran:</p>")
        out.append(_records_table(traced, dom_records, classes))
    out.append("</section>")
    return "\n".join(out)


#: What each extraction path means (``Article.extraction``, ``chain.py``).
_PATHS = {
    "located": "its article, located by scoring the page's paragraphs",
    "wide": "the page less its furniture (menus, headers, footers, sidebars), as for listings and products",
    "rules": "the elements a keep rule names",
    "fallback": "the page less its furniture, because the located article kept too little of its prose",
    "scored": "the blocks the block scorer takes for the page's content",
    "baseline": "every visible block of the page, unfiltered, because every other reading came out empty",
    "structured": "the article's text from the page's structured data (JSON-LD articleBody), because the page "
                  "shows no text without its scripts",
}

_METADATA_FIELDS = (
    "page_type", "title", "subtitle", "authors", "author_roles", "date", "date_modified", "dateline", "url",
    "site_name", "language", "description", "image", "tags", "categories", "encoding",
)


def _metadata_section(article: Article) -> str:
    rows = []
    for name in _METADATA_FIELDS:
        value: Any = getattr(article, name)
        if name == "dateline" and value is not None:
            value = value.raw or value.location
        if isinstance(value, list):
            value = ", ".join(value)
        elif isinstance(value, dict):
            value = "; ".join(f"{k}: {v}" for k, v in value.items())
        source = article.sources.get(name)
        if name == "dateline" and value:
            source = source or "first paragraph"
        shown = esc(value) if value else '<span class="muted">—</span>'
        rows.append(
            f'<tr data-field="{name}"><th>{name}</th><td class="text">{shown}</td>'
            f'<td>{esc(source) if source and value else ""}</td></tr>'
        )
    return (
        '<section id="metadata"><h2>Metadata, and where each field came from</h2>'
        '<table><tr><th>field</th><th>value</th><th>source</th></tr>' + "".join(rows) + "</table></section>"
    )


def _removals_section(traced: Trace, classes: Mapping[str, str]) -> str:
    if not traced.removed:
        return '<section id="removals"><h2>Every removal</h2><p>Nothing was removed.</p></section>'
    table = _records_table(traced, list(range(len(traced.removed))), classes, stage=True)
    return f'<section id="removals"><h2>Every removal, in the order it was made</h2>{table}</section>'


def _records_table(traced: Trace, indexes: list[int], classes: Mapping[str, str], *, stage: bool = False) -> str:
    head = "<tr><th>#</th><th>filter</th>" + ("<th>stage</th>" if stage else "") + (
        '<th>reason</th><th class="num">chars</th><th>text</th></tr>'
    )
    rows = []
    for i in indexes:
        record = traced.removed[i]
        text = " ".join(record.text.split())
        if len(text) > _TABLE_TEXT_CHARS:
            text = text[: _TABLE_TEXT_CHARS - 1] + "…"
        cls = classes.get(record.filter, "f-none")
        stage_cell = f"<td>{esc(traced.stage_of[i])}</td>" if stage else ""
        rows.append(
            f'<tr><td class="num"><a href="#r{i}">{i + 1}</a></td>'
            f'<td><span class="swatch {cls}"></span> {esc(record.filter)}</td>{stage_cell}'
            f'<td class="text">{esc(record.reason)}</td><td class="num">{len(record.text):,}</td>'
            f'<td class="text">{esc(text)}</td></tr>'
        )
    return f"<table>{head}{''.join(rows)}</table>"


def _warnings_section(article: Article) -> str:
    if not article.warnings:
        return ""
    items = "".join(f"<li>{esc(w)}</li>" for w in article.warnings)
    return f'<section id="warnings"><h2>Warnings</h2><ul>{items}</ul></section>'
