"""Event dates as written ('March 3', 'last Tuesday') -> ISO 8601, partial allowed.

Explicit dates go through the text layer's date reader (`newsbrief.text.dates`, the same
one the baseline backend uses): a day and month without a year take the year of the
article's anchor (its publication date, else a full date written in the text; a
day-month more than a month after the anchor belongs to the year before). Relative
expressions ('last Tuesday', 'yesterday', 'on Monday') need a full anchor date and go to
`dateparser`, whose precision (day, month, year) becomes the ISO precision. Measured on
this machine: the reader ~0.02 ms per value, dateparser ~0.7 ms per value (0.15 s on its
first call), so dateparser is only asked what the reader cannot read.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from newsbrief.schemas.briefing import PARTIAL_ISO_DATE
from newsbrief.text.dates import anchor_date, find_dates, resolve_year

__all__ = ["article_anchor", "iso_date"]

_ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")
_ISO_SLASHED = re.compile(r"^(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?$")
_RELATIVE_HINT = re.compile(
    r"\b(yesterday|today|tonight|tomorrow|last|this|next|ago|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)


def article_anchor(text: str, published: str | None) -> date | int | None:
    """The date undated days and months are read against (see module docstring)."""
    return anchor_date(text, published)


@lru_cache(maxsize=64)
def _dateparser(anchor: date) -> Any:
    """A parser reading relative dates against `anchor` (one per anchor, reused)."""
    from dateparser.date import DateDataParser  # imported on first use: ~0.1 s

    settings = {
        "RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day),
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


def _relative(value: str, anchor: date) -> str | None:
    data = _dateparser(anchor).get_date_data(value)
    if data.date_obj is None or "time" in (getattr(data, "parts", None) or ()):
        return None
    found = data.date_obj.date()
    if data.period == "year":
        return f"{found.year:04d}"
    if data.period == "month":
        return f"{found.year:04d}-{found.month:02d}"
    return found.isoformat()


def iso_date(value: str, anchor: date | int | None) -> str | None:
    """ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD) for a date as written, or None."""
    value = value.strip()
    if PARTIAL_ISO_DATE.match(value):
        return value
    stamped = _ISO_DATETIME.match(value)
    if stamped:
        return stamped.group(1)
    slashed = _ISO_SLASHED.match(value)
    if slashed:
        year, month, day = slashed.groups()
        iso = f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
        return iso if PARTIAL_ISO_DATE.match(iso) else None
    mentions = find_dates(value)
    if mentions:
        return resolve_year(mentions[0], anchor)
    if isinstance(anchor, date) and _RELATIVE_HINT.search(value):
        return _relative(value, anchor)
    return None
