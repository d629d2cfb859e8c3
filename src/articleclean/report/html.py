"""What both reports share: escaping, colours per filter, and a self-contained page around a body.

Every page is one file that loads nothing: inline CSS, at most one inline script, and a
Content-Security-Policy that forbids every fetch and lets only that script (by its hash) run,
so text from a hostile page can never execute or reach the network, even if it slipped past
the escaping.
"""

from __future__ import annotations

import base64
import hashlib
import html

#: Shared CSS of both reports.
BASE_CSS = """
:root { --ink: #1d1f23; --muted: #5f6670; --line: #d9dde3; --paper: #ffffff; --tint: #f5f6f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: var(--ink); background: var(--tint); }
header.top { padding: 14px 24px; background: var(--paper); border-bottom: 1px solid var(--line); }
header.top h1 { margin: 0 0 4px; font-size: 20px; }
header.top p { margin: 0; color: var(--muted); font-size: 13px; overflow-wrap: anywhere; }
section { background: var(--paper); border: 1px solid var(--line); border-radius: 6px;
          padding: 12px 20px; margin: 0 0 16px; }
section > h2 { font-size: 16px; margin: 4px 0 10px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.text { overflow-wrap: anywhere; }
code, .path { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; vertical-align: -1px;
          border: 1px solid rgba(0,0,0,.25); }
"""


def esc(text: object) -> str:
    """``text`` as HTML text or attribute value: every ``<``, ``>``, ``&`` and quote escaped."""
    return html.escape(str(text), quote=True)


#: Hues far enough apart to tell filters apart side by side; more filters reuse them darker.
_HUES = (210, 0, 130, 32, 280, 180, 330, 55, 245, 95, 15, 305, 195, 150, 345, 75)


def filter_colours(index: int) -> tuple[str, str]:
    """(light background, dark ink) for the ``index``-th filter."""
    hue = _HUES[index % len(_HUES)]
    lap = index // len(_HUES)
    return f"hsl({hue} 85% {87 - 8 * lap % 24}%)", f"hsl({hue} 60% {30 + 8 * lap % 24}%)"


def page(title: str, body: str, *, css: str = "", script: str = "") -> str:
    """A complete HTML document around ``body`` (already escaped HTML)."""
    script_src = "'none'"
    script_tag = ""
    if script:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
        script_src = f"'sha256-{digest}'"
        script_tag = f"<script>{script}</script>"
    policy = (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src {script_src}; img-src data:; "
        "form-action 'none'; base-uri 'none'"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(policy)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{esc(title)}</title>\n"
        f"<style>{BASE_CSS}{css}</style>\n"
        f"</head>\n<body>\n{body}\n{script_tag}\n</body>\n</html>\n"
    )
