"""Reading dates people type, with errors that say which field and what was wrong."""

from __future__ import annotations

import datetime as dt

from onward.errors import InvalidInput


def parse_date(text: str | None, field: str) -> dt.date | None:
    if text is None or str(text).strip() == "":
        return None
    value = str(text).strip()
    if value == "today":
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidInput({field: f"{value!r} is not a date; use YYYY-MM-DD"}) from None


def parse_datetime(text: str | None, field: str) -> dt.datetime | None:
    if text is None or str(text).strip() == "":
        return None
    value = str(text).strip()
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInput({field: f"{value!r} is not a date and time; use YYYY-MM-DDTHH:MM"}) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
