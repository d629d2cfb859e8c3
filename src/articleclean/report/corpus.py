"""The corpus report: one HTML page about a batch run, and explain reports for a sample of it.

``write_corpus_report(records, "report.html", templates=..., explain_pages=...)`` is what
``articleclean batch … --report report.html`` calls. The page shows: pages ok, empty and in
error; pages per kind of page and per extraction path; a histogram of body lengths;
removals per filter (counts and characters); the sites
with the most empty or error pages, and the commonest errors; the learned templates per
site; links to explain reports for a sample of pages. Plots are inline SVG drawn here; the
page loads nothing and runs no script.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import regex

from ..patterns import timeout_for
from .explain import write_explain
from .html import esc, page

#: Upper edges (characters) of the body-length histogram's bins; the last bin is open.
LENGTH_BINS = (0, 250, 500, 1000, 2000, 4000, 8000, 16000, 32000)
#: How many sites, errors and filters the tables show at most.
_TOP_SITES = 20
_TOP_ERRORS = 10
#: A template's text is cut to this many characters on the page.
_TEMPLATE_CHARS = 300
_UNSAFE_NAME = regex.compile(r"[^A-Za-z0-9._-]+")

_CSS = """
main.corpus { padding: 16px 24px; max-width: 1100px; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 0 0 16px; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 10px 16px;
        min-width: 140px; }
.card .n { font-size: 26px; font-weight: 700; font-variant-numeric: tabular-nums; }
.card.ok .n { color: #1d7a3a; } .card.empty .n { color: #9a6a00; } .card.error .n { color: #b3261e; }
svg text { font: 11px system-ui, sans-serif; fill: #444; }
svg .bar { fill: #4a78c2; } svg .bar.empty { fill: #d9a400; }
details { margin: 0 0 6px; } summary { cursor: pointer; }
ol.templates li { margin: 0 0 4px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 13px; }
"""


@dataclass
class _Tally:
    """What the page needs of the records, gathered in one pass (records are not kept)."""

    total: int = 0
    status: Counter[str] = field(default_factory=Counter)
    lengths: list[int] = field(default_factory=list)
    removal_count: Counter[str] = field(default_factory=Counter)
    removal_chars: Counter[str] = field(default_factory=Counter)
    removal_pages: Counter[str] = field(default_factory=Counter)
    site_pages: Counter[str] = field(default_factory=Counter)
    site_empty: Counter[str] = field(default_factory=Counter)
    site_error: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    #: Pages per kind of page, per kind and status, and per extraction path.
    page_types: Counter[str] = field(default_factory=Counter)
    type_status: Counter[tuple[str, str]] = field(default_factory=Counter)
    extractions: Counter[str] = field(default_factory=Counter)
    #: (id, url, status, body characters) of records that have an explain link.
    linked: list[tuple[str, str, str, int, str]] = field(default_factory=list)

    def add(self, record: Mapping[str, Any], links: Mapping[str, str]) -> None:
        self.total += 1
        status = str(record.get("status") or "error")
        self.status[status] += 1
        host = site_of(record.get("url"))
        self.site_pages[host] += 1
        article = record.get("article") or {}
        length = len(article.get("text") or "") if status != "error" else 0
        if status != "error":
            kind = str(record.get("page_type") or article.get("page_type") or "?")
            self.page_types[kind] += 1
            self.type_status[kind, status] += 1
            self.extractions[str(record.get("extraction") or article.get("extraction") or "?")] += 1
        if status == "empty":
            self.site_empty[host] += 1
        if status == "error":
            self.site_error[host] += 1
            self.errors[_error_kind(record.get("error"))] += 1
        else:
            self.lengths.append(length)
        seen: set[str] = set()
        for removal in article.get("removed") or ():
            name = str(removal.get("filter", "?"))
            self.removal_count[name] += 1
            self.removal_chars[name] += len(removal.get("text") or "")
            seen.add(name)
        self.removal_pages.update(seen)
        key = record_key(record)
        if key in links:
            self.linked.append((key, str(record.get("url") or ""), status, length, links[key]))


def site_of(url: object) -> str:
    """The host of ``url``, lower-case, without ``www.``; ``"(no url)"`` when there is none."""
    if not url:
        return "(no url)"
    host = urlsplit(str(url)).hostname or "(no url)"
    return host[4:] if host.startswith("www.") else host


def record_key(record: Mapping[str, Any]) -> str:
    """A record's identity in the report: its ``id``, else its ``source``, else its ``url``."""
    for name in ("id", "source", "url"):
        if record.get(name) not in (None, ""):
            return str(record[name])
    return ""


def write_explain_sample(
    pages: Iterable[tuple[Mapping[str, Any], str | bytes]],
    directory: str | Path,
    *,
    sample: int = 20,
) -> dict[str, Path]:
    """Write explain reports for the first ``sample`` pages of ``pages`` into ``directory``.

    ``pages`` yields (batch record, the page's bytes or text); records whose status is
    ``"error"`` are passed over, and so is a page whose report fails. Files are named
    ``NNNN-<id>.html``. Returns {record key: path written}; the iterable is read no further
    than needed.
    """
    out = Path(directory)
    written: dict[str, Path] = {}
    if sample <= 0:
        return written
    for record, data in pages:
        if record.get("status") == "error":
            continue
        key = record_key(record)
        name = _UNSAFE_NAME.sub("_", key, timeout=timeout_for(key))[-60:].strip("._") or "page"
        path = out / f"{len(written) + 1:04d}-{name}.html"
        try:
            out.mkdir(parents=True, exist_ok=True)
            write_explain(data, path, url=record.get("url") or None)
        except Exception:  # a page the batch could extract but the report cannot: no link
            continue
        written[key] = path
        if len(written) >= sample:
            break
    return written


def write_corpus_report(
    records: Iterable[Mapping[str, Any]],
    path: str | Path,
    templates: Mapping[str, Sequence[str]] | None = None,
    sample: int = 20,
    explain_pages: Iterable[tuple[Mapping[str, Any], str | bytes]] | None = None,
    explain_links: Mapping[str, str] | None = None,
) -> Path:
    """Write the corpus report of a batch run to ``path`` (one self-contained HTML file).

    - ``records``: the batch's records, each a mapping with ``id``, ``source``, ``url``,
      ``status`` (``"ok"``, ``"empty"`` or ``"error"``), ``error`` (a message or None) and
      ``article`` (``Article.to_dict()``, or None on error). Read once, in one pass, and not
      kept: a generator over a JSON Lines file is fine.
    - ``templates``: learned templates, {host: [template text, …]}, shown per site.
    - ``sample``: how many explain reports to write and link (default 20; 0 for none).
    - ``explain_pages``: (record, page bytes or text) pairs; the first ``sample`` of them
      that are not errors get an explain report, written to the folder ``<stem>-explain/``
      next to ``path`` (see :func:`write_explain_sample`), and linked from the page.
    - ``explain_links``: {record key: href} of explain reports written elsewhere, linked as
      given (relative to the report's folder); a record's key is its ``id`` (else ``source``,
      else ``url``).

    Returns the path written. Folders are created as needed.
    """
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    links: dict[str, str] = dict(explain_links or {})
    if explain_pages is not None and sample > 0:
        folder = out.parent / f"{out.stem}-explain"
        for key, written in write_explain_sample(explain_pages, folder, sample=sample).items():
            links[key] = f"{folder.name}/{written.name}"
    out.write_text(corpus_html(records, templates=templates, explain_links=links), encoding="utf-8")
    return out


def corpus_html(
    records: Iterable[Mapping[str, Any]],
    *,
    templates: Mapping[str, Sequence[str]] | None = None,
    explain_links: Mapping[str, str] | None = None,
) -> str:
    """The corpus report as an HTML document (see :func:`write_corpus_report`)."""
    tally = _Tally()
    links = explain_links or {}
    for record in records:
        tally.add(record, links)
    body = [
        '<header class="top"><h1>articleclean: batch report</h1>'
        f"<p>{tally.total:,} pages · {sum(tally.removal_count.values()):,} removals</p></header>",
        '<main class="corpus">',
        _status_cards(tally),
        _page_types_section(tally),
        _lengths_section(tally),
        _removals_section(tally),
        _sites_section(tally),
        _templates_section(templates or {}),
        _explain_section(tally),
        "</main>",
    ]
    return page("articleclean: batch report", "\n".join(body), css=_CSS)


def _status_cards(tally: _Tally) -> str:
    cards = [f'<div class="card" id="pages"><div class="n">{tally.total:,}</div>pages</div>']
    for status in ("ok", "empty", "error"):
        n = tally.status[status]
        share = f" ({100 * n / tally.total:.1f}%)" if tally.total else ""
        cards.append(f'<div class="card {status}" id="status-{status}"><div class="n">{n:,}</div>{status}{share}</div>')
    return f'<div class="cards">{"".join(cards)}</div>'


def _page_types_section(tally: _Tally) -> str:
    """Pages per kind of page (ok and empty), and per extraction path."""
    if not tally.page_types:
        return '<section id="page-types"><h2>Kinds of page</h2><p class="muted">No page was read.</p></section>'
    rows = "".join(
        f'<tr data-type="{esc(kind)}"><td>{esc(kind)}</td><td class="num">{n:,}</td>'
        f'<td class="num">{tally.type_status[kind, "ok"]:,}</td>'
        f'<td class="num">{tally.type_status[kind, "empty"]:,}</td></tr>'
        for kind, n in tally.page_types.most_common()
    )
    paths = ", ".join(f"{esc(path)} {n:,}" for path, n in tally.extractions.most_common())
    return (
        '<section id="page-types"><h2>Kinds of page</h2>'
        '<table><tr><th>page_type</th><th class="num">pages</th><th class="num">ok</th><th class="num">empty</th></tr>'
        f'{rows}</table><p id="extractions">Read by: {paths} (<code>Article.extraction</code>).</p></section>'
    )


def _bin_label(i: int) -> str:
    if i == 0:
        return "0"
    if i == len(LENGTH_BINS):
        return f"> {_short(LENGTH_BINS[-1])}"
    return f"{_short(LENGTH_BINS[i - 1])}–{_short(LENGTH_BINS[i])}"


def _short(n: int) -> str:
    return f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else str(n)


def length_histogram(lengths: Iterable[int]) -> list[int]:
    """How many lengths fall in each bin of :data:`LENGTH_BINS` (plus the open last bin)."""
    counts = [0] * (len(LENGTH_BINS) + 1)
    for n in lengths:
        i = 0
        while i < len(LENGTH_BINS) and n > LENGTH_BINS[i]:
            i += 1
        counts[i] += 1
    return counts


def _lengths_section(tally: _Tally) -> str:
    counts = length_histogram(tally.lengths)
    width, height, left, bottom, top = 760, 220, 40, 40, 16
    slot = (width - left) / len(counts)
    peak = max(counts) or 1
    parts = [
        f'<svg id="length-histogram" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="histogram of body lengths">',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width}" y2="{height - bottom}" stroke="#999"/>',
    ]
    for i, n in enumerate(counts):
        h = (height - bottom - top) * n / peak
        x = left + i * slot + 4
        y = height - bottom - h
        label = _bin_label(i)
        cls = "bar empty" if i == 0 else "bar"
        parts.append(
            f'<rect class="{cls}" x="{x:.1f}" y="{y:.1f}" width="{slot - 8:.1f}" height="{h:.1f}">'
            f"<title>{esc(label)} characters: {n:,} pages</title></rect>"
        )
        if n:
            parts.append(f'<text x="{x + (slot - 8) / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle">{n:,}</text>')
        parts.append(
            f'<text x="{x + (slot - 8) / 2:.1f}" y="{height - bottom + 14}" text-anchor="middle">{esc(label)}</text>'
        )
    parts.append(
        f'<text x="{left + (width - left) / 2:.0f}" y="{height - 6}" text-anchor="middle">'
        "body length (characters of Article.text)</text></svg>"
    )
    median = sorted(tally.lengths)[len(tally.lengths) // 2] if tally.lengths else 0
    return (
        '<section id="lengths"><h2>Body lengths</h2>'
        f'<p class="muted">Pages ok or empty ({len(tally.lengths):,}); median {median:,} characters.</p>'
        + "".join(parts) + "</section>"
    )


def _removals_section(tally: _Tally) -> str:
    if not tally.removal_count:
        return '<section id="removals"><h2>Removals per filter</h2><p>Nothing was removed.</p></section>'
    names = sorted(tally.removal_count, key=lambda n: (-tally.removal_chars[n], n))
    peak = max(tally.removal_chars.values()) or 1
    bar_width = 260
    rows = []
    for name in names:
        chars = tally.removal_chars[name]
        w = max(1.0, bar_width * chars / peak) if chars else 0.0
        bar = (
            f'<svg width="{bar_width}" height="12">'
            f'<rect class="bar" x="0" y="1" width="{w:.1f}" height="10"/></svg>'
        )
        rows.append(
            f'<tr data-filter="{esc(name)}"><td>{esc(name)}</td>'
            f'<td class="num count">{tally.removal_count[name]:,}</td>'
            f'<td class="num chars">{chars:,}</td><td class="num">{tally.removal_pages[name]:,}</td><td>{bar}</td></tr>'
        )
    return (
        '<section id="removals"><h2>Removals per filter</h2><table>'
        '<tr><th>filter</th><th class="num">removals</th><th class="num">characters</th>'
        '<th class="num">pages</th><th>characters, relative</th></tr>' + "".join(rows) + "</table></section>"
    )


def _sites_section(tally: _Tally) -> str:
    bad = [h for h in tally.site_pages if tally.site_empty[h] or tally.site_error[h]]
    bad.sort(key=lambda h: (-(tally.site_empty[h] + tally.site_error[h]), -tally.site_pages[h], h))
    out = ['<section id="sites"><h2>Sites with the most empty or error pages</h2>']
    if not bad:
        out.append("<p>No site has an empty or error page.</p>")
    else:
        rows = "".join(
            f'<tr><td>{esc(h)}</td><td class="num">{tally.site_pages[h]:,}</td>'
            f'<td class="num">{tally.site_empty[h]:,}</td><td class="num">{tally.site_error[h]:,}</td>'
            f'<td class="num">{100 * (tally.site_empty[h] + tally.site_error[h]) / tally.site_pages[h]:.0f}%</td></tr>'
            for h in bad[:_TOP_SITES]
        )
        more = f'<p class="muted">and {len(bad) - _TOP_SITES:,} more sites.</p>' if len(bad) > _TOP_SITES else ""
        out.append(
            '<table><tr><th>site</th><th class="num">pages</th><th class="num">empty</th>'
            f'<th class="num">error</th><th class="num">share</th></tr>{rows}</table>{more}'
        )
    if tally.errors:
        rows = "".join(
            f'<tr><td class="num">{n:,}</td><td class="text">{esc(message)}</td></tr>'
            for message, n in tally.errors.most_common(_TOP_ERRORS)
        )
        out.append(f'<h3>Commonest errors</h3><table><tr><th class="num">pages</th><th>error</th></tr>{rows}</table>')
    out.append("</section>")
    return "\n".join(out)


def _error_kind(message: object) -> str:
    text = " ".join(str(message or "unknown error").split())
    return text if len(text) <= 160 else text[:159] + "…"


def _templates_section(templates: Mapping[str, Sequence[str]]) -> str:
    out = ['<section id="templates"><h2>Learned templates per site</h2>']
    if not templates:
        out.append('<p class="muted">No templates were learned (or none were given to the report).</p>')
    for host in sorted(templates, key=lambda h: (-len(templates[h]), h)):
        texts = templates[host]
        items = "".join(f"<li>{esc(_cut(t, _TEMPLATE_CHARS))}</li>" for t in texts)
        out.append(
            f'<details data-site="{esc(host)}"><summary>{esc(host)} <span class="muted">'
            f"({len(texts)} template{'s' if len(texts) != 1 else ''})</span></summary>"
            f'<ol class="templates">{items}</ol></details>'
        )
    out.append("</section>")
    return "\n".join(out)


def _explain_section(tally: _Tally) -> str:
    out = ['<section id="explain"><h2>Explain reports for a sample of pages</h2>']
    if not tally.linked:
        out.append('<p class="muted">No explain reports were written for this run.</p>')
    else:
        rows = "".join(
            f'<tr><td><a href="{esc(_href(href))}">{esc(key)}</a></td><td class="text">{esc(url)}</td>'
            f'<td>{esc(status)}</td><td class="num">{length:,}</td></tr>'
            for key, url, status, length, href in tally.linked
        )
        out.append(
            '<table><tr><th>page (opens its report)</th><th>url</th><th>status</th>'
            f'<th class="num">body chars</th></tr>{rows}</table>'
        )
    out.append("</section>")
    return "\n".join(out)


def _href(link: str) -> str:
    """A link to a local report: percent-encoded, never to another site."""
    if "://" in link or link.startswith("//"):
        raise ValueError(f"explain links are local paths, not {link!r}")
    return quote(link)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
