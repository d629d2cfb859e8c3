"""``--report``: the corpus report of a finished batch, read back from what the batch wrote.

The records are streamed from the output (the JSON Lines file, or the folder's ``index.jsonl``,
whose records carry no article), so the report costs no memory per page. Explain reports are
written for the first ``sample`` pages that did not fail: their sources are noted in one pass
over the records, and their bytes read again from the inputs.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..report.corpus import write_corpus_report
from .inputs import JsonlFields, read_pages
from .output import INDEX_NAME


def write_batch_report(
    output: str | Path,
    inputs: Iterable[str | Path],
    path: str | Path,
    *,
    fields: JsonlFields | None = None,
    sample: int = 20,
) -> Path:
    """Write the corpus report of the batch whose output is ``output`` to ``path``."""
    wanted: set[str] = set()
    for record in _records(output):
        if len(wanted) >= sample:
            break
        if record.get("status") != "error" and record.get("source"):
            wanted.add(record["source"])
    return write_corpus_report(
        _records(output), path, sample=sample, explain_pages=_pages_of(output, inputs, wanted, fields)
    )


def _records(output: str | Path) -> Iterator[dict[str, Any]]:
    """The batch's records, as written; a line that does not parse is passed over."""
    out = Path(output)
    file = out / INDEX_NAME if out.is_dir() else out
    opener = gzip.open if file.suffix.lower() == ".gz" else open
    with opener(file, "rt", encoding="utf-8") as lines:  # type: ignore[operator]
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict):
                yield record


def _pages_of(
    output: str | Path, inputs: Iterable[str | Path], wanted: set[str], fields: JsonlFields | None
) -> Iterator[tuple[dict[str, Any], bytes | str]]:
    """(record, page) for the pages whose source is in ``wanted``, in input order."""
    if not wanted:
        return
    records = {r["source"]: r for r in _records(output) if r.get("source") in wanted}
    for page in read_pages(inputs, fields):
        if page.source in records:
            page = page.parsed()
            yield records.pop(page.source), page.data
            if not records:
                return
