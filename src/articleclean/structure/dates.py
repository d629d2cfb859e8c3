"""Dates to ISO 8601."""

from __future__ import annotations

from datetime import datetime

import regex

from ..patterns import PATTERN_TIMEOUT

_ISO = regex.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_FORMATS = ("%Y/%m/%d", "%d.%m.%Y", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y%m%d",
            "%a, %d %b %Y %H:%M:%S %z")


def normalise_date(value: str) -> str | None:
    """``"2025-03-04T09:30:00+00:00"`` stays as it is; other common forms become ISO 8601."""
    value = (value or "").strip()
    if not value:
        return None
    iso = _ISO.match(value, timeout=PATTERN_TIMEOUT)
    if iso:
        year, month, day, hour, minute, second, zone = iso.groups()
        if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
            return None
        if hour is None:
            return f"{year}-{month}-{day}"
        out = f"{year}-{month}-{day}T{hour}:{minute}:{second or '00'}"
        if zone:
            out += "+00:00" if zone == "Z" else (zone if ":" in zone else f"{zone[:3]}:{zone[3:]}")
        return out
    for fmt in _FORMATS:
        try:
            parsed = datetime.strptime(value, fmt)
        except ValueError:
            continue
        return parsed.isoformat() if (parsed.hour or parsed.minute or parsed.tzinfo) else parsed.date().isoformat()
    return None
