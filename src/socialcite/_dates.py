"""Date resolution: footer dates, prose dates, reference dates.

(Foundation version: ISO dates only. The dates issue fills in the fast
paths and the dateparser fallback.)
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone

from socialcite._model import DateSource, Granularity, PostDate
from socialcite.exceptions import InvalidDateError

__all__ = ["DateResolver", "coerce_reference", "resolve_date"]


def coerce_reference(value: object, *, argument: str = "reference") -> datetime | None:
    """Read a publication/reference date into a ``datetime`` (``None`` stays ``None``).

    Raises:
        InvalidDateError: *value* is not a date, datetime or ISO 8601 string.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time(12, 0))
    if isinstance(value, str):
        text = value.strip()
        try:
            if "T" in text or " " in text or len(text) > 10:
                return datetime.fromisoformat(text.replace("Z", "+00:00"))
            return datetime.combine(date.fromisoformat(text), time(12, 0))
        except ValueError:
            pass
        raise InvalidDateError(
            f"{argument}={value!r} is not an ISO 8601 date or datetime "
            "(e.g. '2018-05-31' or '2018-05-31T14:00:00+00:00')"
        )
    raise InvalidDateError(
        f"{argument} must be a date, datetime or ISO 8601 string, not {type(value).__name__}"
    )


class DateResolver:
    """Resolves date expressions against one reference date (one per document)."""

    def __init__(self, reference: datetime | None, *, fallback: bool = True) -> None:
        self.reference = reference
        self.fallback = fallback

    def resolve(self, text: str, source: DateSource = DateSource.PROSE) -> PostDate:
        """Resolve *text*; unresolvable text keeps its text with ``value=None``."""
        try:
            value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
        except ValueError:
            return PostDate(text=text, value=None, granularity=None, source=source)
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc)
        return PostDate(text=text, value=value, granularity=Granularity.MINUTE, source=source)


def resolve_date(text: str, reference: date | datetime | str | None = None) -> PostDate:
    """Resolve a date expression against the article's date."""
    return DateResolver(coerce_reference(reference)).resolve(text)
