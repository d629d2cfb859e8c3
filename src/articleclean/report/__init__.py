"""Reports that show what extraction removed and why: one page (explain), or a batch run (corpus)."""

from __future__ import annotations

from .trace import Trace, trace

__all__ = ["Trace", "trace"]
