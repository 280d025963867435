"""Hypothesis strategies for socialcite's result types."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import strategies as st

from socialcite import Account, Citation, CitationKind, Platform, PostDate
from socialcite._model import DateSource, Granularity

platforms = st.sampled_from(list(Platform))
handles = st.from_regex(r"[a-z0-9_]{1,15}", fullmatch=True)
short_text = st.text(max_size=40)

accounts = st.builds(
    Account,
    platform=platforms,
    handle=handles,
    name=st.none() | short_text,
    display=st.none() | handles.map(lambda h: "@" + h.upper()),
)

zones = st.sampled_from(
    [timezone.utc, timezone(timedelta(hours=-7)), timezone(timedelta(hours=5, minutes=30))]
)
date_values = (
    st.none()
    | st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))
    | st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2030, 12, 31))
    | st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2030, 12, 31), timezones=zones
    )
)

post_dates = st.builds(
    PostDate,
    text=st.none() | short_text,
    value=date_values,
    granularity=st.none() | st.sampled_from(list(Granularity)),
    source=st.sampled_from(list(DateSource)),
)

spans = st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)).map(sorted).map(tuple)

citations = st.builds(
    Citation,
    kind=st.sampled_from(list(CitationKind)),
    platform=st.none() | platforms,
    text=st.none() | short_text,
    speaker=st.none() | short_text,
    author=st.none() | accounts,
    cue=st.none() | short_text,
    posted=st.none() | post_dates,
    url=st.none() | short_text,
    post_id=st.none() | st.from_regex(r"[0-9]{1,19}", fullmatch=True),
    mentions=st.lists(accounts, max_size=3).map(tuple),
    span=spans,
)
