"""Publication date of an HTML page from its metadata.

Called on every HTML page, so it reads only what is cheap and reliable: the
``<meta>`` tags of the ``<head>`` (Open Graph ``article:published_time`` and
its relatives, Dublin Core, Parse.ly, Sailthru …), JSON-LD
``"datePublished"``, ``itemprop="datePublished"`` and a ``<time>`` marked as
the publication time, all within a bounded prefix of the page and by
compiled regexes (no HTML parser). The best-ranked source wins; a value that
does not read as a date is skipped.

The value keeps the page's own UTC offset (``2018-05-31T08:00:00-04:00``):
the article's local day is what its "yesterday" counts from.
"""

from __future__ import annotations

import html as html_lib
import re
from datetime import date, datetime, time, timedelta, timezone

import regex

from socialcite._dates import read_explicit
from socialcite._model import DateSource, Granularity, PostDate

__all__ = ["find_published_date"]

# --- data ---------------------------------------------------------------------------

# <meta> keys (its property, name or itemprop, lower-cased) that give the
# publication date, best first. Modification dates are left out on purpose.
META_KEYS: tuple[str, ...] = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "date_published",
    "published_time",
    "published-date",
    "publish_date",
    "publish-date",
    "publishdate",
    "pub_date",
    "pubdate",
    "article_date_original",
    "original-publish-date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "dc.date.issued",
    "dcterms.issued",
    "citation_publication_date",
    "cxenseparse:recs:publishtime",
    "dcterms.created",
    "dc.date.created",
    "dcterms.date",
    "dc.date",
    "date",
)
# A meta tag whose text has none of these is skipped unparsed.
_META_WORDS = ("date", "publish", "time", "created", "issued")
_META_RANK = {key: rank for rank, key in enumerate(META_KEYS)}
# Ranks of the other sources, between the trusted meta keys and the generic ones.
_JSON_LD_RANK = _META_RANK["dc.date.issued"]
_ITEMPROP_RANK = _JSON_LD_RANK
_TIME_TAG_RANK = len(META_KEYS)

# The page is scanned up to here (some heads carry 500k characters of
# inline CSS and scripts); literal anchors are found with ``str.find``,
# which is many times faster than a regex scan, and only small windows
# around them go through regexes.
_SCAN_CHARS = 1_000_000
# A tag longer than this is not a tag we read.
_TAG_CHARS = 3_000
# At most this many <meta> and <time> tags are read.
_MAX_TAGS = 400
# Publication years outside this range are a parsing accident.
_YEARS = range(1990, 2100)

# --- regexes ------------------------------------------------------------------------

HEAD_TAG_RE = regex.compile(
    r"""
    <(?:
        (?P<meta>meta)                             # a meta tag
      | /head | body                               # or the end of the head
    )\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Where HEAD_TAG_RE can match: the same words, each letter in either case
# (none of them has a case variant outside ASCII). The stdlib engine finds
# that there is none twice as fast as a scan for the tags themselves, on a
# page with no head (a fragment, a page of bare tags).
HEAD_TAG_HINT_RE = re.compile(
    r"""
    <(?: [Mm][Ee][Tt][Aa]                          # <meta
       | /[Hh][Ee][Aa][Dd]                         # </head
       | [Bb][Oo][Dd][Yy]                          # <body
    )
    """,
    re.VERBOSE,
)

TIME_TAG_RE = regex.compile(
    r"""
    <time\b                                        # a <time> element
    (?P<attrs>[^<>]{0,1000}+)                      # its attributes, bounded
    >
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

ATTR_RE = regex.compile(
    r"""
    (?P<name>[\w:.-]{1,60}+)                       # attribute name
    \s*+=\s*+
    (?:
        "(?P<dq>[^"]{0,1000}+)"                    # "double-quoted"
      | '(?P<sq>[^']{0,1000}+)'                    # 'single-quoted'
      | (?P<bare>[^\s"'>]{1,200}+)                 # bare
    )
    """,
    regex.VERBOSE,
)

JSON_LD_VALUE_RE = regex.compile(
    r"""
    ["']\s*+:\s*+                                  # the key's closing quote, colon
    ["'](?P<value>[^"'<>]{4,60}+)["']              # its string value
    """,
    regex.VERBOSE,
)

ITEMPROP_BEFORE_RE = regex.compile(
    r"""
    itemprop\s*+=\s*+["']?                         # itemprop= right before the key
    \Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# What marks a <time> as the article's publication time, not any time.
PUBLISHED_MARK_RE = regex.compile(
    r"""
    \bpubdate\b                                    # the HTML5 draft attribute
    | publish                                      # class="published", "publish-date"
    | \bentry-date\b | \bpost-date\b               # WordPress bylines
    | \bbyline                                     # byline__time
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

DATE_VALUE_RE = regex.compile(
    r"""
    \A\s*+
    (?P<y>\d{4})(?P<sep>[-/.]?)(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)  # 2018-05-31 / 20180531
    (?:
        [T\x20]++(?P<H>[0-2]\d):?(?P<M>[0-5]\d)    # T08:00
        (?::?(?P<S>[0-5]\d)(?:[.,]\d{1,9}+)?)?     # :00.000
        \s*+(?P<z>Z|UTC|GMT|[+-][01]\d(?::?[0-5]\d)?)?  # zone
    )?
    (?![\d])                                       # the whole number
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


# --- logic --------------------------------------------------------------------------


def find_published_date(html: str) -> PostDate | None:
    """The publication date the page's metadata gives (``source="metadata"``).

    ``value`` is a ``date`` or a ``datetime`` (aware when the metadata gives
    an offset, which it keeps), ``granularity`` ``day``, ``minute`` or
    ``second``, ``text`` the raw attribute value. ``None`` when the page
    gives none. Never raises; any string is valid input.

    >>> page = '<head><meta property="article:published_time" content="2018-05-31T08:00:00-04:00"></head>'
    >>> posted = find_published_date(page)
    >>> posted.iso, posted.granularity.value, posted.source.value
    ('2018-05-31T08:00:00-04:00', 'second', 'metadata')
    >>> find_published_date('<script type="application/ld+json">{"datePublished": "2019-07-18"}</script>').iso
    '2019-07-18'
    >>> find_published_date("<p>no metadata</p>") is None
    True

    .. versionadded:: 0.1.0
    """
    given: object = html  # callers' types are not checked at run time
    if not isinstance(given, str):
        return None
    end = min(len(html), _SCAN_CHARS)
    best = _best(_head_candidates(html, end))
    # The body is scanned only when the head has no trusted date: a scan of
    # the whole page costs more than everything else together.
    if best is None or best[0] > _JSON_LD_RANK:
        best = _best(_body_candidates(html, end), best)
    return None if best is None else best[1]


def _best(
    candidates: list[tuple[int, str]], best: tuple[int, PostDate] | None = None
) -> tuple[int, PostDate] | None:
    """The best-ranked candidate that reads as a date (earlier ones win ties)."""
    for rank, raw in candidates:
        if best is not None and rank >= best[0]:
            continue
        posted = read_date_value(raw)
        if posted is not None:
            best = (rank, posted)
    return best


def _tag_text(html: str, start: int, end: int) -> str | None:
    """The attributes of the tag whose name ends at *start* (``None``: no ``>`` near)."""
    close = html.find(">", start, min(end, start + _TAG_CHARS))
    return None if close < 0 else html[start:close]


def _head_candidates(html: str, end: int) -> list[tuple[int, str]]:
    """``(rank, content)`` of the publication-date ``<meta>`` tags of the head."""
    found: list[tuple[int, str]] = []
    if not HEAD_TAG_HINT_RE.search(html, 0, end):
        return found  # no head tag to read, nor its end
    for count, tag in enumerate(HEAD_TAG_RE.finditer(html, 0, end)):
        if tag["meta"] is None or count >= _MAX_TAGS:
            break  # the head has ended
        text = _tag_text(html, tag.end(), end)
        if text is None or not any(word in text.lower() for word in _META_WORDS):
            continue  # most meta tags: skipped without parsing their attributes
        attrs = _attributes(text)
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or ""
        rank = _META_RANK.get(key.strip().lower())
        if rank is not None and attrs.get("content"):
            found.append((rank, attrs["content"]))
    return found


def _body_candidates(html: str, end: int) -> list[tuple[int, str]]:
    """JSON-LD ``datePublished``, ``itemprop="datePublished"``, else a marked ``<time>``.

    The first of each kind. ``str.find`` finds the literal key many times
    faster than a regex scan of the page.
    """
    json_ld: str | None = None
    itemprop: str | None = None
    key = "datePublished"
    start, count = html.find(key, 0, end), 0
    while start >= 0 and json_ld is None and count < _MAX_TAGS:
        after = start + len(key)
        value = JSON_LD_VALUE_RE.match(html, after, min(end, after + 80))
        if value is not None:
            json_ld = value["value"]
        elif itemprop is None and ITEMPROP_BEFORE_RE.search(html, max(0, start - 20), start):
            itemprop = _itemprop_value(html, start, after, end)
        start, count = html.find(key, after, end), count + 1
    found = [
        (rank, raw) for rank, raw in ((_JSON_LD_RANK, json_ld), (_ITEMPROP_RANK, itemprop)) if raw
    ]
    return found or _time_tag_candidates(html, end)


def _time_tag_candidates(html: str, end: int) -> list[tuple[int, str]]:
    """The ``datetime`` of the first ``<time>`` marked as the publication time."""
    for count, tag in enumerate(TIME_TAG_RE.finditer(html, 0, end)):
        if count >= _MAX_TAGS:
            break
        attrs = tag["attrs"]
        if "datetime" in attrs.lower() and PUBLISHED_MARK_RE.search(attrs):
            raw = _attributes(attrs).get("datetime")
            if raw:
                return [(_TIME_TAG_RANK, raw)]
    return []


def _itemprop_value(html: str, start: int, after: int, end: int) -> str | None:
    """``content`` or ``datetime`` of the tag holding ``itemprop="datePublished"``."""
    tag_start = html.rfind("<", max(0, start - _TAG_CHARS), start)
    tag_end = html.find(">", after, min(end, after + _TAG_CHARS))
    if tag_start < 0 or tag_end < 0:
        return None
    attrs = _attributes(html[tag_start:tag_end])
    return attrs.get("content") or attrs.get("datetime") or None


def _attributes(text: str) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for match in ATTR_RE.finditer(text):
        value = match["dq"] if match["dq"] is not None else match["sq"] or match["bare"] or ""
        attrs.setdefault(match["name"].lower(), html_lib.unescape(value))
    return attrs


def read_date_value(raw: str) -> PostDate | None:
    """A metadata date value (ISO 8601 and its usual variants) as a :class:`PostDate`.

    Other forms (``Wed, 30 May 2018 21:47:00 GMT``) go to the footer rules of
    :mod:`socialcite._dates` without the dateparser fallback.

    >>> read_date_value("20110920").iso
    '2011-09-20'
    >>> read_date_value("2018-05-30 21:47 +0200").iso
    '2018-05-30T21:47+02:00'
    """
    match = DATE_VALUE_RE.match(raw)
    if match is None:
        return _read_other(raw)
    try:
        day = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    if day.year not in _YEARS:
        return None
    if not match["H"]:
        return _metadata(raw, day, Granularity.DAY)
    try:
        clock = time(int(match["H"]), int(match["M"]), int(match["S"] or 0))
    except ValueError:
        return _metadata(raw, day, Granularity.DAY)
    stamp = datetime.combine(day, clock)
    zone = (match["z"] or "").upper()
    if zone in ("Z", "UTC", "GMT"):
        stamp = stamp.replace(tzinfo=timezone.utc)
    elif zone:
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
        stamp = stamp.replace(tzinfo=timezone(sign * timedelta(minutes=minutes)))
    granularity = Granularity.SECOND if match["S"] else Granularity.MINUTE
    return _metadata(raw, stamp, granularity)


def _read_other(raw: str) -> PostDate | None:
    found = read_explicit(raw[:200], keep_zone=True)  # the footer rules, no fallback
    if found is None:
        return None
    value, granularity = found
    if value.year not in _YEARS:
        return None
    if granularity not in (Granularity.DAY, Granularity.MINUTE, Granularity.SECOND):
        return None
    return _metadata(raw, value, granularity)


def _metadata(raw: str, value: date, granularity: Granularity) -> PostDate:
    return PostDate(text=raw, value=value, granularity=granularity, source=DateSource.METADATA)
