"""Containment: parsing reads nothing it was not given, and every pattern on page text is bounded.

* No file, DTD, external entity, XInclude or network address named by a page is ever read.
* Every regex call in the package passes ``timeout=`` (checked on the source, so a new call
  without one fails here), and a pattern that times out costs a warning and a skipped step,
  never a crash.
"""

from __future__ import annotations

import ast
import json
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import articleclean
from articleclean import ExtractionTimeout, Filter, Pipeline, extract
from articleclean.model import Block

SRC = Path(articleclean.__file__).resolve().parent
SECRET = "HOSTILE-SECRET-5f0c2e71"
_REGEX_METHODS = {"search", "match", "fullmatch", "sub", "subn", "split", "splititer", "findall", "finditer"}
BODY = "<p>Before the entity, an article paragraph long enough, with commas, to be kept as text.</p>"


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET + "\n", encoding="utf-8")
    return path


@pytest.fixture
def listener() -> Iterator[tuple[str, list[bytes]]]:
    """A local TCP server that records every connection made to it (there must be none)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    hits: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(0.5)
                try:
                    hits.append(conn.recv(1024))
                    conn.sendall(b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n" + SECRET.encode())
                except OSError:
                    hits.append(b"")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    host, port = server.getsockname()
    yield f"http://{host}:{port}", hits
    stop.set()
    thread.join(2)
    server.close()


def _documents(uri: str) -> dict[str, str]:
    """Pages that ask a parser to fetch ``uri`` in every way XML and HTML offer."""
    return {
        "system entity": f'<!DOCTYPE html [<!ENTITY e SYSTEM "{uri}">]><html><body>{BODY}<p>&e;</p></body></html>',
        "system entity, xml decl": (
            f'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY e SYSTEM "{uri}">]>'
            f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{BODY}<p>&e;</p></body></html>'
        ),
        "parameter entity": (
            f'<!DOCTYPE html [<!ENTITY % p SYSTEM "{uri}"> %p;]><html><body>{BODY}</body></html>'
        ),
        "external dtd": f'<!DOCTYPE html SYSTEM "{uri}"><html><body>{BODY}<p>&secret;</p></body></html>',
        "xinclude": (
            '<html xmlns:xi="http://www.w3.org/2001/XInclude"><body>'
            f'{BODY}<xi:include href="{uri}" parse="text"/></body></html>'
        ),
        "xml stylesheet": f'<?xml-stylesheet href="{uri}"?><html><body>{BODY}</body></html>',
        "late doctype": (
            f"<html><body>{BODY}" + "<p>filler paragraph text.</p>" * 5000
            + f'<!DOCTYPE x [<!ENTITY e SYSTEM "{uri}">]><p>&e;</p></body></html>'
        ),
    }


@pytest.mark.parametrize("as_bytes", [False, True])
def test_no_local_file_is_read(secret_file: Path, as_bytes: bool):
    for name, page in _documents(secret_file.as_uri()).items():
        for kind in ("auto", "html"):
            article = extract(page.encode() if as_bytes else page, input_type=kind)
            out = json.dumps(article.to_dict(), ensure_ascii=False)
            assert SECRET not in out, name
            assert "Before the entity, an article paragraph" in article.text, name


def test_no_network_access(listener: tuple[str, list[bytes]]):
    url, hits = listener
    for name, page in _documents(url + "/x.dtd").items():
        article = extract(page)
        assert SECRET not in json.dumps(article.to_dict()), name
    assert hits == []


def test_entity_expansion_bomb_stays_small():
    entities = ['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)]
    page = f"<!DOCTYPE lolz [{''.join(entities)}]><html><body>{BODY}<p>&l9;</p></body></html>"
    for source in (page, '<?xml version="1.0"?>\n' + page, page.encode("utf-16")):
        article = extract(source)
        assert "lollol" not in article.text
        assert len(json.dumps(article.to_dict())) < 10_000


# --- every pattern has a timeout ---------------------------------------------------------------


def _calls_without_timeout(path: Path, root: Path = SRC) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    compiled: set[str] = set()
    for node in ast.walk(tree):
        value = getattr(node, "value", None)
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(value, (ast.Call, ast.List, ast.Tuple)):
            calls = value.elts if isinstance(value, (ast.List, ast.Tuple)) else [value]
            if any(isinstance(c, ast.Call) and ast.unparse(c.func) in ("regex.compile", "re.compile") for c in calls):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                compiled.update(ast.unparse(t) for t in targets)
    missing = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _REGEX_METHODS:
            owner = ast.unparse(node.func.value)
            bounded = any(k.arg == "timeout" for k in node.keywords)
            if (owner in compiled or owner in ("regex", "re", "pattern")) and not bounded:
                missing.append(f"{path.relative_to(root)}:{node.lineno} {owner}.{node.func.attr}")
    return missing


def test_the_package_uses_regex_not_re():
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                assert "re" not in [a.name for a in node.names], f"{path}: the re module has no timeouts"


def test_every_regex_call_passes_a_timeout():
    missing = [m for path in sorted(SRC.rglob("*.py")) for m in _calls_without_timeout(path)]
    assert missing == []


def test_the_timeout_check_sees_a_missing_timeout(tmp_path: Path):
    path = tmp_path / "probe.py"
    path.write_text("import regex\n_X = regex.compile('a+')\n_X.search('aaa')\n_X.search('a', timeout=1)\n")
    assert _calls_without_timeout(path, tmp_path) == ["probe.py:3 _X.search"]


# --- a timeout is a warning and a skipped step ------------------------------------------------


class _HalfThenTimeout(Filter):
    """Removes the first block, then gives up as a timed-out pattern would."""

    name = "half_then_timeout"
    description = "test filter"

    def apply(self, blocks: list[Block], ctx):
        ctx.remove(blocks[0].text, "first block")
        raise TimeoutError("regex timed out")


PAGE = (
    "<html><head><title>A Story</title></head><body><article><h1>A Story</h1>"
    "<p>The first paragraph of the story has plenty of words, commas, and clauses to score well.</p>"
    "<p>“We will keep going,” said Jane Doe, who leads the team, adding more detail to the story.</p>"
    "</article></body></html>"
)


def test_a_filter_timing_out_is_skipped_and_its_partial_removals_are_undone():
    pipeline = Pipeline().add(_HalfThenTimeout())
    article = extract(PAGE, pipeline=pipeline)
    assert any("half_then_timeout" in w and "skipped" in w for w in article.warnings)
    assert not [r for r in article.removed if r.filter == "half_then_timeout"]
    assert "The first paragraph of the story" in article.text


@pytest.mark.parametrize(
    ("target", "step"),
    [
        ("articleclean.structure.find_quotes", "quotes"),
        ("articleclean.structure.take_byline", "byline"),
        ("articleclean.structure.find_dateline", "dateline"),
        ("articleclean.structure.take_title", "title"),
        ("articleclean.structure.take_subtitle", "subtitle"),
        ("articleclean.api.read_metadata", "metadata"),
    ],
)
def test_a_structure_step_timing_out_is_skipped_with_a_warning(monkeypatch, target: str, step: str):
    def times_out(*args, **kwargs):
        raise TimeoutError("regex timed out")

    module, _, name = target.rpartition(".")
    monkeypatch.setattr(sys.modules[module], name, times_out)
    article = extract(PAGE)
    assert article.quotes == [] or step != "quotes"  # (quotes are found, or skipped, when first read)
    assert f"{step} skipped: a pattern took too long on this page" in article.warnings
    assert "The first paragraph of the story" in article.text


def test_a_timeout_in_the_dom_stage_is_an_extraction_timeout(monkeypatch):
    def times_out(*args, **kwargs):
        raise TimeoutError("regex timed out")

    monkeypatch.setattr(sys.modules["articleclean.chain"].dom, "prepare", times_out)
    with pytest.raises(ExtractionTimeout, match="pattern took too long"):
        extract(PAGE)


def _tiny_pattern_timeout(monkeypatch) -> None:
    """Every module's PATTERN_TIMEOUT (imported by value) set so small that long texts time out."""
    for name, module in list(sys.modules.items()):
        if name.startswith("articleclean") and hasattr(module, "PATTERN_TIMEOUT"):
            monkeypatch.setattr(module, "PATTERN_TIMEOUT", 1e-9)


def test_real_pattern_timeouts_become_warnings(monkeypatch):
    _tiny_pattern_timeout(monkeypatch)
    words = " ".join(f"Word{i} said “quote number {i} here,” and Dr Jane Doe{i} agreed." for i in range(3000))
    page = (
        "<html><body><article><h1>Timeouts</h1>"
        f"<p>{words}</p><p>Share this: Facebook Twitter Email {'x ' * 50}</p>"
        "<p>This site uses cookies to improve your experience. Accept all cookies.</p>"
        "</article></body></html>"
    )
    for source, kind in ((page, "html"), (words + "\n\n" + words, "text")):
        try:
            article = extract(source, input_type=kind)
        except ExtractionTimeout as exc:
            assert "pattern took too long" in str(exc)
            continue
        assert any("a pattern took too long on this page" in w for w in article.warnings), article.warnings
