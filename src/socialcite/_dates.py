"""Date resolution: footer dates, prose dates, reference dates.

A careful reader resolves "Wednesday" in an article published on Thursday
31 May 2018 to 30 May, "in November" to November 2017 and "hours later" to
nothing at all. :class:`DateResolver` does the same, fast: compiled regexes
for the forms news prose and platform footers use (tried in a fixed order,
explicit dates first), then, for what they do not cover, :mod:`dateparser`
(imported on first use, always given the reference date and zone).

Rules, in order:

1. An explicit full date anywhere in the text (a footer with words around
   it): ISO, ``May 30, 2018``, ``30 May 2018``, ``16 мая 2018 г.``,
   ``5/30/18``, with a time before or after it (``5:47 PM - 30 May 2018``,
   ``May 30, 2018 at 4:47pm PDT``); a zone converts the time to UTC.
2. A month and year (``in January 2019``).
3. Anaphoric (``hours later``, ``the next day``) or future (``tomorrow``)
   expressions: left unresolved, never guessed.
4. Seasons and holidays (``last summer``, ``Christmas 2016``), a bare year
   (``in a 2016 tweet``).
5. Relative to the reference: ``Tuesday last week``, ``yesterday``/``last
   night``, ``N days ago``, ``last/this week|weekend|month|year``, a month
   and day (``Sept. 12``), a month (``in November``), a weekday (``Tuesday
   night``), ``the 12th``, a time alone: the most recent past occurrence,
   the reference day itself included for weekdays.
6. dateparser, for short texts the rules do not know (other languages'
   relative words: ``hace 2 días``).

A prose date is never after the reference: one that would be is left
unresolved. Results are cached per (text, reference, options) in a bounded
LRU cache.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING, Any

import regex

from socialcite._datewords import (
    AMBIGUOUS_MONTHS,
    DAYS_AFTER_HOLIDAY,
    DAYS_BEFORE,
    FIXED_HOLIDAYS,
    MONTHS,
    NTH_WEEKDAY_HOLIDAYS,
    NUMBER_WORDS,
    SEASON_START_MONTH,
    WEEKDAYS,
    ZONE_OFFSETS_MINUTES,
)
from socialcite._model import DateSource, Granularity, PostDate
from socialcite.exceptions import InvalidDateError

if TYPE_CHECKING:  # pragma: no cover - typing only; dateparser is imported lazily
    from dateparser.date import DateDataParser

__all__ = ["DateResolver", "coerce_reference", "read_explicit", "resolve_date"]

# Text beyond this many characters is not searched: a date expression or
# footer is short, and the bound keeps any input cheap.
_MAX_CHARS = 2_000
# Only texts up to this long go to dateparser (long ones are not a date, and
# dateparser's cost grows with them).
_FALLBACK_MAX_CHARS = 80
# Languages dateparser may read in the fallback (detection among all of them
# is slow and finds dates in ordinary words).
_FALLBACK_LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "ru", "nl")
# Month abbreviations that are ordinary words in some language ("ago",
# "set", "out"): they count as months only next to a year.
_MONTHS_NEEDING_YEAR = frozenset({"ago", "out", "set", "gen", "mag", "sett"})


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of *words*, longest first (so ``sept`` beats ``sep``)."""
    names = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(n) for n in names)


# A month is matched as any short word and looked up in MONTHS afterwards:
# an alternation of ~200 names in eight languages costs ~50 ms to compile at
# import, a word pattern nothing.
_MONTH = r"\p{L}{3,11}+"
# Month names that stand alone ("in November"): full names, not "Nov".
_STANDALONE_MONTHS = frozenset(
    k
    for k in MONTHS
    if (len(k) > 3 or k in {"may", "mai", "mei", "май", "мая", "мае"})
    and k not in _MONTHS_NEEDING_YEAR
)
_WEEKDAY_FULL = _alternation(k for k in WEEKDAYS if k.endswith("day"))
_NUMBER = _alternation(NUMBER_WORDS)
_SEASON = _alternation(SEASON_START_MONTH)


def _holiday_key(name: str) -> str:
    """A holiday's name without apostrophes and dots ("valentines day")."""
    return name.lower().replace("’", "").replace("'", "").replace(".", "")


_HOLIDAY_NAMES = [*FIXED_HOLIDAYS, *NTH_WEEKDAY_HOLIDAYS, *DAYS_AFTER_HOLIDAY]
_HOLIDAY_BY_KEY = {_holiday_key(name): name for name in _HOLIDAY_NAMES}
# "valentine's day" -> valentine['’]?s\x20day: either apostrophe or none.
_HOLIDAY = "|".join(
    regex.escape(name).replace("'", "['’]?").replace(r"\ ", r"\x20").replace(r"\.", r"\.?")
    for name in sorted(_HOLIDAY_NAMES, key=len, reverse=True)
)

# --- explicit dates ----------------------------------------------------------

FULL_DATE_RE = regex.compile(
    rf"""
    (?<![\w/.-])                                   # not inside a word or number
    (?:
        (?P<iso_y>\d{{4}})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)   # ISO date
        (?:[T\x20](?P<iso_H>[0-2]\d):(?P<iso_M>[0-5]\d)           # ISO time
            (?::(?P<iso_S>[0-5]\d)(?:[.,]\d{{1,9}})?)?            # seconds, fraction
            \x20?(?P<iso_z>Z|[+-][01]\d:?[0-5]\d)?                # zone
        )?
      |
        (?P<month>{_MONTH})\.?,?\x20                # May / Sept.
        (?P<day>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?     # 30th
        (?:,\x20?|\x20)(?P<year>(?:1[89]|2[01])\d\d)  # , 2018
      |
        (?P<day>[0-3]?\d)(?!\d)(?:st|nd|rd|th|er|º)?\.?\x20  # 30 / 30. / 1er
        (?:de\x20)?(?P<month>{_MONTH})\.?,?\x20     # (de) mayo / Mai
        (?:de\x20|del\x20)?(?P<year>(?:1[89]|2[01])\d\d)  # (de) 2018
        (?:\x20?г\.?|\x20?года)?                    # Russian "г."
      |
        (?P<year>(?:1[89]|2[01])\d\d)\x20?[年년]\x20?  # 2018年 / 2018년
        (?P<num_m>[01]?\d)\x20?[月월]\x20?           # 5月
        (?P<day>[0-3]?\d)\x20?[日일]                 # 30日
      |
        (?P<month>{_MONTH})\x20{{1,2}}(?P<day>[0-3]?\d)\x20  # Twitter API, ctime: May 30
        (?P<iso_H>[0-2]\d):(?P<iso_M>[0-5]\d):(?P<iso_S>[0-5]\d)\x20  # 21:47:00
        (?:(?P<iso_z>[+-][01]\d[0-5]\d)\x20|(?P<utc>UTC|GMT)\x20)?  # +0000 / UTC
        (?P<year>(?:1[89]|2[01])\d\d)                # 2018
      |
        (?P<num_m>[0-3]?\d)/(?P<day>[0-3]?\d)/      # US 5/30/ (30/5/ read day first)
        (?P<short_y>\d\d(?!\d)|(?:1[89]|2[01])\d\d)  # 18 or 2018
      |
        (?P<day>[0-3]?\d)\.(?P<num_m>[01]?\d)\.     # European 30.05.
        (?P<year>(?:1[89]|2[01])\d\d)               # 2018
    )
    (?![\w/-])                                     # not followed by more digits
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.VERSION0,
)

# A clock time, for the time a footer prints before or after its date.
_TIME = r"""
    (?<![\d:])                                     # a whole number
    (?P<hour>2[0-3]|[01]?\d)(?!\d)                # hour
    (?:[:h](?P<minute>[0-5]\d))?                   # :47 (optional with am/pm)
    (?::(?P<second>[0-5]\d))?                      # :05
    (?:\x20?(?P<ampm>[ap])\.?\x20?m\b\.?)?         # PM / p.m.
    (?:\x20?(?P<zone>[a-z]{1,5})\b                 # PDT
      | \x20?(?P<offset>[+-][01]\d:?[0-5]\d)(?!\d)  # or -0500
    )?
"""

TIME_AFTER_DATE_RE = regex.compile(
    rf"""
    (?:,|\x20|\x20?[-·–—|]\x20?){{1,2}}?           # separator
    (?:(?:at|à|um|a\x20las|alle|às|в|om)\x20)?     # "at" in footer languages
    {_TIME}
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

TIME_BEFORE_DATE_RE = regex.compile(
    rf"""
    {_TIME}
    \x20?(?:[-·–—|,]\x20?)?+                       # separator
    (?:on\x20)?+                                   # "on"
    \Z                                             # right before the date
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

MONTH_YEAR_RE = regex.compile(
    rf"""
    (?<!\w)
    (?P<month>{_MONTH})\.?,?\x20                   # January
    (?:of\x20|de\x20|del\x20)?                     # of / de
    (?P<year>(?:1[89]|2[01])\d\d)                  # 2019
    (?!\w)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# --- left unresolved -----------------------------------------------------------

ANAPHORIC_RE = regex.compile(
    rf"""
    \b(?:
        (?:\d{{1,3}}|{_NUMBER}|few|many|some)\x20   # two / a few
        (?:second|minute|hour|day|week|month|year)s?\x20  # days
        (?:later|earlier|after|before|afterwards?|on)   # later
      | (?:seconds|minutes|hours|days|weeks|months|years|moments)\x20
        (?:later|earlier|after|before)             # hours later
      | (?:shortly|soon|just|not\x20long)\x20(?:after|before|afterwards?)  # shortly after
      | (?:the|that|a)\x20(?:next|following|previous|preceding|same|prior)\x20
        (?:day|morning|afternoon|evening|night|week|weekend|month|year)  # the next day
      | the\x20(?:day|night|morning|afternoon|evening|week|weekend|month|year)\x20  # the day
        (?:before|after|prior)                     # before
        (?!\x20yesterday)                          # (not "the day before yesterday")
      | (?:later|earlier)\x20that                  # later that day
      | that\x20(?:same\x20)?(?:day|morning|afternoon|evening|night|week|weekend|month|year)
      | next\x20(?:day|morning)                    # next morning
    )\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

FUTURE_RE = regex.compile(
    rf"""
    \b(?:
        tomorrow                                   # tomorrow
      | next\x20(?:week|weekend|month|year|{_WEEKDAY_FULL}|{_SEASON})  # next week
      | (?:coming|upcoming)\x20(?:week|weekend|month|year|days)  # the coming week
      | in\x20(?:\d{{1,3}}|{_NUMBER})\x20(?:day|week|month|year)s?\b(?!\x20ago)  # in two weeks
    )\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# --- relative to the reference -------------------------------------------------

SEASON_RE = regex.compile(
    rf"""
    (?<!\w)
    (?:(?P<mod>last|this|past|in\x20the|during\x20the|over\x20the|the|early|late|mid)\x20)?  # last
    (?P<season>{_SEASON})                          # summer
    (?:\x20(?:of\x20)?(?P<year>(?:1[89]|2[01])\d\d))?  # of 2016
    (?!\w)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

HOLIDAY_RE = regex.compile(
    rf"""
    (?<!\w)
    (?:(?P<mod>last|this|past|on|at)\x20)?          # last
    (?P<holiday>{_HOLIDAY})                        # Christmas Eve
    (?:,?\x20(?P<year>(?:1[89]|2[01])\d\d))?       # 2016
    (?!\w)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

NTH_DAY_RE = regex.compile(
    r"""
    \bthe\x20(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b   # the 12th
    (?!\x20of)                                     # (not "the 12th of May")
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

CLOCK_ONLY_RE = regex.compile(
    r"""
    \b[0-2]?\d:[0-5]\d\b                           # 4:47
    | \b[01]?\d\x20?[ap]\.?m\b                     # 4pm / 4 p.m.
    | \b(?:noon|midnight)\b                        # noon
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

YEAR_RE = regex.compile(
    r"""
    (?<![\w/.,:]|\d-)                              # not part of a number or date
    (?P<year>(?:1[89]|20)\d\d)                     # 2016
    (?![\w/:-]|[.,]\d)                             # and not followed by one
    """,
    regex.VERBOSE,
)

DAY_WORD_RE = regex.compile(
    r"""
    \b(?:
        the\x20day\x20before\x20yesterday          # two days back
      | yesterday | today | tonight                # one word
      | last\x20night                              # the evening before
      | (?:earlier\x20)?this\x20(?:morning|afternoon|evening)  # earlier this morning
      | earlier\x20today                           # earlier today
    )\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

AGO_RE = regex.compile(
    rf"""
    \b(?P<n>\d{{1,3}}|{_NUMBER})\x20               # two / a / 3
    (?P<unit>minute|hour|day|week|fortnight|month|year)s?\x20  # days
    ago\b                                          # ago
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

PERIOD_RE = regex.compile(
    r"""
    \b(?P<mod>
        (?:earlier|early|late|later)\x20(?:this|last|in\x20the)  # earlier this
      | last | this | past                         # last
    )\x20
    (?P<unit>weekend|week|month|year)\b            # week
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

WEEKEND_RE = regex.compile(
    r"""
    \bthe\x20                                      # over the weekend
    (?:(?:long|holiday|past|recent)\x20)?          # the long weekend
    weekend\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

WEEKDAY_OF_WEEK_RE = regex.compile(
    rf"""
    \b(?:
        (?P<weekday>{_WEEKDAY_FULL})\x20(?:of\x20)?   # Tuesday (of)
        (?P<which>last|this)\x20week\b            # last week
      | (?P<which>last|this)\x20week['’]s\x20       # last week's
        (?P<weekday>{_WEEKDAY_FULL})\b             # Tuesday
    )
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.VERSION0,
)

MONTH_DAY_RE = regex.compile(
    rf"""
    (?<![\w/.-])
    (?:
        (?P<month>{_MONTH})\.?\x20         # Sept.
        (?P<day>[0-3]?\d)(?:st|nd|rd|th)?          # 12
      |
        (?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º)?\.?\x20  # 16 / 1st / 30.
        (?:de\x20|of\x20)?(?P<month>{_MONTH})\.?  # (de) abril / мая
    )
    (?![\w/-]|\.\d)                                # a whole token
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.VERSION0,
)

MONTH_RE = regex.compile(
    rf"""
    (?<!\w)
    (?:(?P<mod>last|this|past|earlier\x20this|early|late|mid|in)\x20)?  # last
    (?P<month>{_MONTH})\.?                    # November / Sept.
    (?!\w)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

WEEKDAY_RE = regex.compile(
    r"""
    (?<![\w-])
    (?:(?P<mod>last|this|past|early|earlier|late|later)\x20)?  # last
    (?P<weekday>\p{L}{3,12}+(?:-feira)?)           # a word, looked up in WEEKDAYS
    (?![\w-])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A time anywhere: whether dateparser's answer carries one.
ANY_TIME_RE = regex.compile(
    r"""
    \b[0-2]?\d:[0-5]\d\b                           # 4:47
    | \b[01]?\d\x20?[ap]\.?m\b                     # 4pm
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

SPACES_RE = regex.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]++")


# --- public ---------------------------------------------------------------------


def coerce_reference(value: object, *, argument: str = "reference") -> datetime | None:
    """Read a publication/reference date into a ``datetime`` (``None`` stays ``None``).

    A ``date`` becomes noon of that day; an ISO string is read as ISO.

    >>> coerce_reference("2018-05-31")
    datetime.datetime(2018, 5, 31, 12, 0)

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
    """Resolves date expressions against one reference date (one per document).

    Args:
        reference: The article's publication date (a ``datetime``; a ``date``
            or a :class:`PostDate` with a value are accepted too). ``None``:
            relative expressions stay unresolved, explicit ones still resolve.
        fallback: Hand expressions the fast rules do not know to
            :mod:`dateparser`.

    Results are cached (bounded), so resolving the same footer twice is free.

    >>> from datetime import datetime
    >>> resolver = DateResolver(datetime(2018, 5, 31, 12))
    >>> resolver.resolve("on Wednesday").iso
    '2018-05-30'
    >>> resolver.resolve("Tuesday night").iso
    '2018-05-29'
    >>> resolver.resolve("hours later").value is None
    True
    """

    def __init__(self, reference: datetime | None, *, fallback: bool = True) -> None:
        self.reference = _as_datetime(reference)
        self.fallback = fallback
        self._offset = None if self.reference is None else self.reference.utcoffset()

    def __repr__(self) -> str:
        return f"DateResolver({self.reference!r}, fallback={self.fallback})"

    def resolve(self, text: str, source: DateSource = DateSource.PROSE) -> PostDate:
        """Resolve *text*; unresolvable text keeps its text with ``value=None``.

        Never raises: any string gives a :class:`PostDate`.

        >>> from datetime import datetime
        >>> DateResolver(datetime(2018, 5, 31, 12)).resolve(
        ...     "A post shared by Kim (@kim) on May 30, 2018 at 4:47pm PDT", "footer"
        ... ).iso
        '2018-05-30T23:47+00:00'
        """
        try:
            kind = DateSource.parse(source)
        except ValueError:
            kind = DateSource.PROSE
        given: object = text  # callers' types are not checked at run time
        if not isinstance(given, str):
            return PostDate(text=None, value=None, granularity=None, source=kind)
        try:
            return _resolve_cached(given, self.reference, self._offset, self.fallback, kind)
        except Exception:  # pragma: no cover - a bug must not stop extraction
            return PostDate(text=text, value=None, granularity=None, source=kind)


def resolve_date(
    text: str,
    reference: date | datetime | str | None = None,
    *,
    source: DateSource | str = DateSource.PROSE,
    fallback: bool = True,
) -> PostDate:
    """Resolve a date expression against the article's date.

    Args:
        text: A date as an article or a post's footer writes it (``in
            November``, ``May 30, 2018 at 4:47pm PDT``); words around a
            footer's date are allowed.
        reference: The article's publication date (``date``, ``datetime`` or
            ISO 8601 string). Without it, relative expressions keep their text
            with ``value=None``.
        source: ``"prose"`` (the default: a resolved date is never after the
            reference) or ``"footer"``.
        fallback: Hand what the fast rules do not know to :mod:`dateparser`.

    Returns:
        A :class:`PostDate`; ``value`` is ``None`` when the text cannot be
        resolved (``hours later``).

    Raises:
        InvalidDateError: *text* is not a string, or *reference* cannot be read.

    >>> resolve_date("in November", "2018-05-31").iso
    '2017-11'
    >>> resolve_date("Sept. 12", "2018-05-31").iso
    '2017-09-12'
    >>> resolve_date("over the weekend", "2018-05-31").iso
    '2018-05-26'
    >>> resolve_date("5:47 PM - 30 May 2018").iso
    '2018-05-30T17:47'
    >>> d = resolve_date("the next day", "2018-05-31")
    >>> d.text, d.value
    ('the next day', None)

    .. versionadded:: 0.1.0
    """
    given: object = text  # callers' types are not checked at run time
    if not isinstance(given, str):
        raise InvalidDateError(f"text must be a str, not {type(given).__name__}")
    kind = DateSource.parse(source)
    return DateResolver(coerce_reference(reference), fallback=fallback).resolve(text, kind)


# --- resolution ------------------------------------------------------------------


def _as_datetime(value: object) -> datetime | None:
    """The reference as a ``datetime`` (dates at noon; a PostDate by its value)."""
    if isinstance(value, PostDate):
        value = value.value
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time(12, 0))
    return None


def _unresolved(text: str, source: DateSource) -> PostDate:
    return PostDate(text=text, value=None, granularity=None, source=source)


@functools.lru_cache(maxsize=8192)
def _resolve_cached(
    text: str,
    reference: datetime | None,
    offset: timedelta | None,
    fallback: bool,
    source: DateSource,
) -> PostDate:
    """Pure and bounded-cached: the same text and reference give the same result.

    *offset* is the reference's UTC offset: aware datetimes of the same
    instant are equal (and hash alike) even when their local days differ.
    """
    clean = SPACES_RE.sub(" ", text[:_MAX_CHARS]).strip(" ,;:()[]—–-")
    found = _explicit(clean)
    if found is None:
        if ANAPHORIC_RE.search(clean) or FUTURE_RE.search(clean):
            return _unresolved(text, source)
        found = _relative(clean, reference)
        if found is None and fallback and reference is not None:
            found = _with_dateparser(clean, reference)
        elif found is None and fallback and _relative(clean, _PROBE_REFERENCE) is None:
            # Without a reference, an expression the fast rules know to be
            # relative ("on Sunday") has no value; only the rest, which may be
            # absolute in a form they do not know, is worth dateparser's time.
            found = _absolute_with_dateparser(clean)
    if found is None:
        return _unresolved(text, source)
    value, granularity = found
    if source is DateSource.PROSE and reference is not None and _after(value, reference):
        return _unresolved(text, source)
    return PostDate(text=text, value=value, granularity=granularity, source=source)


_Found = tuple[date, Granularity]
_Clock = tuple[tuple[int, int], int, tzinfo | None]


def _after(value: date, reference: datetime) -> bool:
    """Whether *value* falls on a later calendar day than *reference*."""
    if isinstance(value, datetime):
        if value.tzinfo is not None and reference.tzinfo is not None:
            value = value.astimezone(reference.tzinfo)
        return value.date() > reference.date()
    return value > reference.date()


def read_explicit(text: str, *, keep_zone: bool = False) -> tuple[date, Granularity] | None:
    """The full date (year included) *text* gives, with its time and zone if any.

    For :mod:`socialcite._pubdate`: with *keep_zone* a time keeps the offset
    the text gives instead of moving to UTC (the article's local day counts).

    >>> read_explicit("Tue, 03 Mar 2015 20:42:10 -0500", keep_zone=True)[0].isoformat()
    '2015-03-03T20:42:10-05:00'
    """
    return _explicit(SPACES_RE.sub(" ", text[:_MAX_CHARS]).strip(), keep_zone=keep_zone)


def _explicit(text: str, *, keep_zone: bool = False) -> _Found | None:
    """A date the text gives in full (year included), wherever it is."""
    for match in FULL_DATE_RE.finditer(text, overlapped=True):
        found = _full_date(match, text, keep_zone=keep_zone)
        if found is not None:
            return found
    for month_year in MONTH_YEAR_RE.finditer(text, overlapped=True):
        month = MONTHS.get(month_year["month"].lower())
        if month is not None:
            return date(int(month_year["year"]), month, 1), Granularity.MONTH
    return None


def _full_date(match: Any, text: str, *, keep_zone: bool = False) -> _Found | None:
    if match["iso_y"]:
        year, month, day = int(match["iso_y"]), int(match["iso_m"]), int(match["iso_d"])
    elif match["short_y"]:
        year = int(match["short_y"])
        year += 2000 if year < 100 else 0
        first, second = int(match["num_m"]), int(match["day"])
        month, day = (first, second) if first <= 12 else (second, first)  # 30/5/18
    else:
        year = int(match["year"])
        day = int(match["day"])
        month = int(match["num_m"]) if match["num_m"] else MONTHS.get(match["month"].lower(), 0)
    try:
        day_value = date(year, month, day)
    except ValueError:
        return None
    if match["iso_H"]:  # a machine-written time: ISO or ctime
        clock: _Clock | None = _machine_clock(match)
    else:
        clock = _time_near(text, match.start(), match.end())
    if clock is None:
        return day_value, Granularity.DAY
    (hour, minute), second, zone = clock
    try:
        stamp = datetime.combine(day_value, time(hour, minute, second))
    except ValueError:
        return None
    if zone is not None:
        stamp = stamp.replace(tzinfo=zone)
        stamp = stamp if keep_zone else stamp.astimezone(timezone.utc)
    return stamp, Granularity.SECOND if second else Granularity.MINUTE


def _machine_clock(match: Any) -> _Clock:
    zone: tzinfo | None = None
    if match["iso_z"]:
        zone = _offset_zone(match["iso_z"])
    elif match["utc"]:
        zone = timezone.utc
    hour_minute = (int(match["iso_H"]), int(match["iso_M"]))
    return hour_minute, int(match["iso_S"] or 0), zone


def _offset_zone(text: str) -> tzinfo:
    if text.upper() == "Z":
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _time_near(text: str, start: int, end: int) -> _Clock | None:
    """The clock time printed right after or right before a footer's date."""
    match = TIME_AFTER_DATE_RE.match(text, end)
    clock = _clock(match)
    if clock is None:
        match = TIME_BEFORE_DATE_RE.search(text, max(0, start - 40), start)
        clock = _clock(match)
    return clock


def _clock(match: Any) -> _Clock | None:
    if match is None or (match["minute"] is None and match["ampm"] is None):
        return None
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    ampm = (match["ampm"] or "").lower()
    if ampm:
        if hour > 12 or hour == 0:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    zone_name = (match["zone"] or "").lower()
    zone: tzinfo | None = None
    if match["offset"]:
        zone = _offset_zone(match["offset"])
    elif zone_name in ZONE_OFFSETS_MINUTES:
        zone = timezone(timedelta(minutes=ZONE_OFFSETS_MINUTES[zone_name]))
    return (hour, minute), int(match["second"] or 0), zone


def _relative(text: str, reference: datetime | None) -> _Found | None:
    """A date the text gives relative to the reference (or a bare year)."""
    season = SEASON_RE.search(text)
    if season is not None and _is_season(season):
        return _season(season, reference)
    holiday = HOLIDAY_RE.search(text)
    if holiday is not None:
        return _holiday(holiday, reference)
    year = YEAR_RE.search(text)
    if year is not None:
        return date(int(year["year"]), 1, 1), Granularity.YEAR
    if reference is None:
        return None
    today = reference.date()
    for rule in _RELATIVE_RULES:
        found = rule(text, today)
        if found is not None:
            return found
    return None


def _holiday_on(name: str, year: int) -> date:
    """The day of holiday *name* in *year*."""
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return date(year, month, day)
    if name in DAYS_AFTER_HOLIDAY:
        base, days = DAYS_AFTER_HOLIDAY[name]
        return _holiday_on(base, year) + timedelta(days=days)
    month, weekday, nth = NTH_WEEKDAY_HOLIDAYS[name]
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = _add_months(date(year, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _holiday(match: Any, reference: datetime | None) -> _Found | None:
    name = _HOLIDAY_BY_KEY[_holiday_key(match["holiday"])]
    if match["year"]:
        return _holiday_on(name, int(match["year"])), Granularity.DAY
    if reference is None:
        return None
    today = reference.date()
    day = _holiday_on(name, today.year)
    last = (match["mod"] or "").lower() == "last"
    if day > today or (last and day == today):
        day = _holiday_on(name, today.year - 1)
    return day, Granularity.DAY


def _is_season(match: Any) -> bool:
    # "fall" and "spring" are also verbs and nouns: a season only with a
    # modifier or a year ("last fall", "spring 2016").
    name = match["season"].lower()
    return name not in ("fall", "spring") or bool(match["mod"] or match["year"])


def _season(match: Any, reference: datetime | None) -> _Found | None:
    start_month = SEASON_START_MONTH[match["season"].lower()]
    if match["year"]:
        return date(int(match["year"]), start_month, 1), Granularity.SEASON
    if reference is None:
        return None
    today = reference.date()
    start = date(today.year, start_month, 1)
    if start > today:
        start = date(today.year - 1, start_month, 1)
    mod = (match["mod"] or "").lower()
    in_progress = _months_between(start, today) < 3
    if mod == "last" and in_progress:
        start = date(start.year - 1, start_month, 1)
    elif mod == "this" and not in_progress:
        return None  # this summer, said in May: still to come
    return start, Granularity.SEASON


def _months_between(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def _day_word(text: str, today: date) -> _Found | None:
    match = DAY_WORD_RE.search(text)
    if match is None:
        return None
    days = DAYS_BEFORE[SPACES_RE.sub(" ", match[0].lower()).removeprefix("earlier ")]
    return today - timedelta(days=days), Granularity.DAY


def _ago(text: str, today: date) -> _Found | None:
    match = AGO_RE.search(text)
    if match is None:
        return None
    word = match["n"].lower()
    count = int(word) if word.isdigit() else NUMBER_WORDS[word]
    unit = match["unit"].lower()
    if unit in ("minute", "hour"):
        return today, Granularity.DAY  # same day as the reference, as far as we know
    if unit in ("day", "week", "fortnight"):
        days = count * {"day": 1, "week": 7, "fortnight": 14}[unit]
        return today - timedelta(days=days), Granularity.DAY
    if unit == "month":
        return _add_months(date(today.year, today.month, 1), -count), Granularity.MONTH
    return date(today.year - count, 1, 1), Granularity.YEAR


def _add_months(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _period(text: str, today: date) -> _Found | None:
    match = PERIOD_RE.search(text)
    if match is None:
        if WEEKEND_RE.search(text):
            return _weekend(today, last=False)
        return None
    last = match["mod"].lower().endswith(("last", "past"))
    unit = match["unit"].lower()
    if unit == "week":
        monday = today - timedelta(days=today.weekday())
        return monday - timedelta(days=7 if last else 0), Granularity.WEEK
    if unit == "weekend":
        return _weekend(today, last=last)
    if unit == "month":
        first = date(today.year, today.month, 1)
        return _add_months(first, -1 if last else 0), Granularity.MONTH
    return date(today.year - (1 if last else 0), 1, 1), Granularity.YEAR


def _weekend(today: date, *, last: bool) -> _Found:
    """The Saturday of the most recent weekend begun by *today* (a completed one if *last*)."""
    saturday = today - timedelta(days=(today.weekday() - 5) % 7)
    if last and today.weekday() >= 5:
        saturday -= timedelta(days=7)
    return saturday, Granularity.WEEKEND


def _month_day(text: str, today: date) -> _Found | None:
    for match in MONTH_DAY_RE.finditer(text, overlapped=True):
        name = match["month"].lower()
        if name in MONTHS and name not in _MONTHS_NEEDING_YEAR and 1 <= int(match["day"]) <= 31:
            return _most_recent_day(MONTHS[name], int(match["day"]), today)
    return None


def _most_recent_day(month: int, day: int, today: date) -> _Found | None:
    year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
    for candidate in range(year, year - 8, -1):  # 29 February: back to a leap year
        try:
            return date(candidate, month, day), Granularity.DAY
        except ValueError:
            continue
    return None


def _month(text: str, today: date) -> _Found | None:
    for match in MONTH_RE.finditer(text, overlapped=True):
        name = match["month"]
        if name.lower() not in _STANDALONE_MONTHS:
            continue
        if name.lower() in AMBIGUOUS_MONTHS and not name[0].isupper():
            continue  # "may", "march" as words
        month = MONTHS[name.lower()]
        year = today.year if month <= today.month else today.year - 1
        if (match["mod"] or "").lower() == "last" and month == today.month:
            year -= 1
        return date(year, month, 1), Granularity.MONTH
    return None


def _weekday_of_week(text: str, today: date) -> _Found | None:
    """ "Tuesday last week": that weekday in the week named."""
    match = WEEKDAY_OF_WEEK_RE.search(text)
    if match is None:
        return None
    monday = today - timedelta(days=today.weekday())
    if match["which"].lower() == "last":
        monday -= timedelta(days=7)
    return monday + timedelta(days=WEEKDAYS[match["weekday"].lower()]), Granularity.DAY


def _weekday(text: str, today: date) -> _Found | None:
    match = next(
        (m for m in WEEKDAY_RE.finditer(text, overlapped=True) if m["weekday"].lower() in WEEKDAYS),
        None,
    )
    if match is None:
        return None
    weekday = WEEKDAYS[match["weekday"].lower()]
    back = (today.weekday() - weekday) % 7
    if back == 0 and (match["mod"] or "").lower() == "last":
        back = 7  # "last Thursday", said on a Thursday
    return today - timedelta(days=back), Granularity.DAY


def _nth_day(text: str, today: date) -> _Found | None:
    """ "On the 12th": the most recent 12th of a month."""
    match = NTH_DAY_RE.search(text)
    if match is None:
        return None
    day = int(match["day"])
    first = date(today.year, today.month, 1)
    if day > today.day:
        first = _add_months(first, -1)
    for _ in range(3):  # "the 31st": back to a month that has one
        if 1 <= day <= 31:
            try:
                return first.replace(day=day), Granularity.DAY
            except ValueError:
                first = _add_months(first, -1)
    return None


def _clock_only(text: str, today: date) -> _Found | None:
    """A time with no day ("at 3 p.m."): the reference day, as far as we know."""
    return (today, Granularity.DAY) if CLOCK_ONLY_RE.search(text) else None


_RELATIVE_RULES = (
    _weekday_of_week,
    _day_word,
    _ago,
    _period,
    _month_day,
    _month,
    _weekday,
    _nth_day,
    _clock_only,
)


# --- dateparser fallback ----------------------------------------------------------


@functools.lru_cache(maxsize=16)
def _dateparser_for(base: datetime) -> DateDataParser:
    """One parser per reference (dateparser reads its settings per parser)."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=list(_FALLBACK_LANGUAGES),
        # False: with True a parser reads later texts in the locale of an earlier
        # one ("3/4" day-first after a French date), so results would depend on
        # which articles came before.
        try_previous_locales=False,
        settings={
            "RELATIVE_BASE": base,
            "TIMEZONE": "UTC",
            "PREFER_DATES_FROM": "past",
            "PREFER_DAY_OF_MONTH": "first",
        },
    )


def _fallback_candidate(text: str) -> bool:
    return 0 < len(text) <= _FALLBACK_MAX_CHARS and any(c.isalnum() for c in text)


def _parse_with(text: str, base: datetime) -> _Found | None:
    try:
        data = _dateparser_for(base).get_date_data(text)
    except Exception:  # dateparser raises on odd input; a miss, not an error
        return None
    value = data.date_obj
    if value is None:
        return None
    if ANY_TIME_RE.search(text):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc)
        return value, Granularity.MINUTE
    period = data.period or "day"
    day = value.date()
    if period == "year":
        return date(day.year, 1, 1), Granularity.YEAR
    if period == "month":
        return date(day.year, day.month, 1), Granularity.MONTH
    if period == "week":
        return day - timedelta(days=day.weekday()), Granularity.WEEK
    return day, Granularity.DAY


def _with_dateparser(text: str, reference: datetime) -> _Found | None:
    if not _fallback_candidate(text):
        return None
    base = reference.replace(tzinfo=None)
    return _parse_with(text, base)


# Any fixed day serves to ask whether the fast rules read a text as relative.
_PROBE_REFERENCE = datetime(2011, 9, 15, 12)

# Two far-apart bases: a text that resolves the same against both is absolute.
_PROBE_BASES = (datetime(2001, 3, 15, 12), datetime(2011, 9, 15, 12))


def _absolute_with_dateparser(text: str) -> _Found | None:
    """dateparser's reading of *text* when it does not depend on the reference."""
    if not _fallback_candidate(text):
        return None
    first = _parse_with(text, _PROBE_BASES[0])
    if first is None or first != _parse_with(text, _PROBE_BASES[1]):
        return None
    return first
