"""Date resolution: the shared expression table, real gold dates, rules, invariants."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialcite import DateSource, Granularity, InvalidDateError, PostDate, resolve_date
from socialcite._dates import DateResolver, coerce_reference
from tests.conftest import DATA

EXPRESSIONS = DATA / "dates" / "expressions.tsv"


def _expected_form(posted: PostDate) -> tuple[str, str]:
    """``(iso, granularity)`` as the tables write them (UTC as ``Z``, ``unresolved``)."""
    iso = (posted.iso or "").replace("+00:00", "Z")
    granularity = "unresolved" if posted.granularity is None else posted.granularity.value
    return iso, granularity


def _table_rows() -> list[pytest.ParameterSet]:
    with EXPRESSIONS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [
        pytest.param(
            row["text"],
            row["reference"],
            row["expected"],
            row["granularity"],
            id=f"{row['text'][:40]}",
        )
        for row in rows
    ]


@pytest.mark.parametrize(("text", "reference", "expected", "granularity"), _table_rows())
def test_expression_table(text: str, reference: str, expected: str, granularity: str) -> None:
    posted = resolve_date(text, reference)
    assert _expected_form(posted) == (expected, granularity)
    assert posted.text == text


# Date expressions as the corpus's gold annotations give them: (text, article date, expected).
GOLD = [
    pytest.param("on Thursday, Nov. 2", "2023-11-02", "2023-11-02", id="weekday-and-month-day"),
    pytest.param("Jan. 11, 2014", "2016-06-13", "2014-01-11", id="abbreviated-month-with-year"),
    pytest.param("early Wednesday", "2013-11-27", "2013-11-27", id="early-publication-weekday"),
    pytest.param("in January 2019", "2019-07-18", "2019-01", id="in-month-year"),
    pytest.param("In June 2019", "2019-07-18", "2019-06", id="capitalised-in-month-year"),
    pytest.param("on Dec. 19", "2019-12-30", "2019-12-19", id="on-month-day"),
    pytest.param("earlier this month", "2020-01-08", "2020-01", id="earlier-this-month"),
    pytest.param("on Sunday", "2014-12-29", "2014-12-28", id="on-sunday-from-monday"),
    pytest.param("Monday", "2016-06-13", "2016-06-13", id="weekday-is-publication-day"),
    pytest.param("16 мая 2018 г.", "2020-02-03", "2018-05-16", id="russian-footer-may"),
    pytest.param("7 января 2018 г.", "2020-02-03", "2018-01-07", id="russian-footer-january"),
    pytest.param("11 de abril", "2022-04-21", "2022-04-11", id="spanish-day-de-month"),
    pytest.param("December 22, 2014", "2014-12-22", "2014-12-22", id="twitter-footer"),
    pytest.param("in November", "2018-05-31", "2017-11", id="month-after-reference-month"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), GOLD)
def test_real_gold_dates(text: str, reference: str, expected: str) -> None:
    assert _expected_form(resolve_date(text, reference))[0] == expected


# Footers of other platforms and languages, as embeds print them (reference 2018-06-01).
FOOTERS = [
    pytest.param("30. Mai 2018", "2018-05-30", id="german"),
    pytest.param("30 mai 2018", "2018-05-30", id="french"),
    pytest.param("30 de mayo de 2018", "2018-05-30", id="spanish"),
    pytest.param("30 de maio de 2018", "2018-05-30", id="portuguese"),
    pytest.param("30 maggio 2018", "2018-05-30", id="italian"),
    pytest.param("30 mei 2018", "2018-05-30", id="dutch"),
    pytest.param("2018年5月30日", "2018-05-30", id="japanese"),
    pytest.param("5:47 PM · May 30, 2018", "2018-05-30T17:47", id="twitter-middle-dot"),
    pytest.param("May 30, 2018 at 10:00 AM", "2018-05-30T10:00", id="bluesky-at-time"),
    pytest.param("Nov 11, 2015 at 2:50pm PST", "2015-11-11T22:50Z", id="instagram-pst"),
    pytest.param(
        "Wed May 30 21:47:00 +0000 2018", "2018-05-30T21:47Z", id="twitter-api-created-at"
    ),
    pytest.param("2018-05-30T21:47:00-04:00", "2018-05-31T01:47Z", id="iso-offset-to-utc"),
    pytest.param("2015-11-11T22:50:35+00:00", "2015-11-11T22:50:35Z", id="iso-seconds-kept"),
    pytest.param("23:10 - 30. Mai 2018", "2018-05-30T23:10", id="german-24-hour-footer"),
    pytest.param("Tue, 03 Mar 2015 20:42:10 -0500", "2015-03-04T01:42:10Z", id="rfc-2822-offset"),
    pytest.param("30.05.2018", "2018-05-30", id="european-numeric"),
    pytest.param("30/5/18", "2018-05-30", id="day-first-numeric"),
    pytest.param("Posted by SPÖ on Wednesday, May 30, 2018", "2018-05-30", id="facebook-posted-by"),
    pytest.param("May 30 2018", "2018-05-30", id="no-comma"),
    pytest.param("30th May 2018", "2018-05-30", id="ordinal-day-first"),
]


@pytest.mark.parametrize(("text", "expected"), FOOTERS)
def test_footer_formats(text: str, expected: str) -> None:
    posted = resolve_date(text, "2018-06-01", source="footer")
    assert _expected_form(posted)[0] == expected
    assert posted.source is DateSource.FOOTER


# Synthetic rules, all against Thursday 31 May 2018 unless said.
RULES = [
    pytest.param("the day before yesterday", "2018-05-31", "2018-05-29", id="day-before-yesterday"),
    pytest.param("last Thursday", "2018-05-31", "2018-05-24", id="last-weekday-on-that-day"),
    pytest.param("this summer", "2018-07-31", "2018-06-01", id="this-summer-in-july"),
    pytest.param("last summer", "2018-10-01", "2018-06-01", id="last-summer-in-october"),
    pytest.param("last winter", "2018-05-31", "2017-12-01", id="last-winter"),
    pytest.param("in the fall of 2016", "2018-01-01", "2016-09-01", id="season-with-year"),
    pytest.param("Feb. 29", "2018-05-31", "2016-02-29", id="leap-day-back-to-leap-year"),
    pytest.param("a few days ago", "2018-05-31", "2018-05-28", id="a-few-days-ago"),
    pytest.param("three months ago", "2018-05-31", "2018-02", id="months-ago"),
    pytest.param("an hour ago", "2018-05-31", "2018-05-31", id="hours-ago-same-day"),
    pytest.param("last weekend", "2018-06-03", "2018-05-26", id="last-weekend-on-sunday"),
    pytest.param("over the weekend", "2018-06-02", "2018-06-02", id="weekend-on-saturday"),
    pytest.param("late last year", "2018-05-31", "2017", id="late-last-year"),
    pytest.param("earlier this week", "2018-05-31", "2018-05-28", id="earlier-this-week"),
    pytest.param("last month", "2018-01-15", "2017-12", id="last-month-across-year"),
    pytest.param("8 p.m. Tuesday", "2018-05-31", "2018-05-29", id="time-then-weekday"),
    pytest.param("Tues.", "2018-05-31", "2018-05-29", id="abbreviated-weekday"),
    pytest.param("le 30 mai", "2018-05-31", "2018-05-30", id="french-month-day"),
    pytest.param("5 июня", "2018-05-31", "2017-06-05", id="russian-month-day-last-year"),
    pytest.param("the summer of 2016", "2018-05-31", "2016-06-01", id="summer-of-year"),
    pytest.param("last November", "2018-11-20", "2017-11", id="last-month-name-in-that-month"),
    pytest.param("on Christmas Eve", "2018-05-31", "2017-12-24", id="fixed-holiday-last-year"),
    pytest.param("last Christmas", "2018-12-25", "2017-12-25", id="last-holiday-on-that-day"),
    pytest.param("Christmas 2016", "2018-05-31", "2016-12-25", id="holiday-with-year"),
    pytest.param("on New Year’s Eve", "2018-05-31", "2017-12-31", id="holiday-curly-apostrophe"),
    pytest.param("Memorial Day", "2018-05-31", "2018-05-28", id="last-monday-of-may"),
    pytest.param("Thanksgiving", "2018-05-31", "2017-11-23", id="fourth-thursday-of-november"),
    pytest.param("Black Friday", "2018-12-01", "2018-11-23", id="day-after-thanksgiving"),
    pytest.param("mid-2016", "2018-05-31", "2016", id="mid-year"),
    pytest.param("at 3 p.m.", "2018-05-31", "2018-05-31", id="time-only-is-reference-day"),
    pytest.param("on the 12th", "2018-05-31", "2018-05-12", id="nth-day-this-month"),
    pytest.param("the 31st", "2018-06-15", "2018-05-31", id="nth-day-last-month"),
    pytest.param("earlier in the week", "2018-05-31", "2018-05-28", id="earlier-in-the-week"),
    pytest.param("the 12th of May", "2018-05-31", "2018-05-12", id="nth-of-month"),
    pytest.param("Tuesday last week", "2018-05-31", "2018-05-22", id="weekday-last-week"),
    pytest.param("last week's Friday", "2018-05-31", "2018-05-25", id="last-weeks-weekday"),
    pytest.param("over the long weekend", "2018-05-31", "2018-05-26", id="long-weekend"),
    pytest.param("in late May", "2018-05-31", "2018-05", id="late-month"),
    pytest.param("jeudi", "2018-05-31", "2018-05-31", id="french-publication-weekday"),
    pytest.param("el lunes", "2018-05-31", "2018-05-28", id="spanish-weekday"),
    pytest.param("в среду", "2018-05-31", "2018-05-30", id="russian-weekday-accusative"),
    pytest.param("quinta-feira", "2018-05-31", "2018-05-31", id="portuguese-weekday"),
    pytest.param("в ноябре", "2018-05-31", "2017-11", id="russian-month-prepositional"),
    pytest.param("im November", "2018-05-31", "2017-11", id="german-in-month"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), RULES)
def test_synthetic_rules(text: str, reference: str, expected: str) -> None:
    assert _expected_form(resolve_date(text, reference))[0] == expected


# Not resolved: anaphoric, future, not a date (reference 2018-05-31).
UNRESOLVED = [
    pytest.param("moments later", id="moments-later"),
    pytest.param("the following morning", id="following-morning"),
    pytest.param("later that day", id="later-that-day"),
    pytest.param("a day earlier", id="a-day-earlier"),
    pytest.param("that night", id="that-night"),
    pytest.param("tomorrow", id="tomorrow"),
    pytest.param("next week", id="next-week"),
    pytest.param("this summer", id="this-summer-not-begun"),
    pytest.param("in 2025", id="year-after-reference"),
    pytest.param("June 12, 2018", id="full-date-after-reference"),
    pytest.param("may have", id="modal-may"),
    pytest.param("", id="empty"),
    pytest.param("Tres días después de la aprobación de esa ley mordaza", id="spanish-anaphoric"),
    pytest.param("recently", id="recently"),
    pytest.param("Saturday this week", id="weekday-later-this-week"),
    pytest.param("the weekend before", id="the-weekend-before"),
    pytest.param("the morning after", id="the-morning-after"),
    pytest.param("earlier in the day", id="earlier-in-the-day"),
]


@pytest.mark.parametrize("text", UNRESOLVED)
def test_unresolved(text: str) -> None:
    posted = resolve_date(text, "2018-05-31")
    assert (posted.text, posted.value, posted.granularity) == (text, None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("May 31, 2018", "2018-05-31", id="full-date"),
        pytest.param("5:47 PM - 30 May 2018", "2018-05-30T17:47", id="footer-time"),
        pytest.param("in a 2016 tweet", "2016", id="year"),
        pytest.param("in January 2019", "2019-01", id="month-year"),
        pytest.param("yesterday", "", id="relative-stays-unresolved"),
        pytest.param("Sept. 12", "", id="month-day-needs-reference"),
        pytest.param("last summer", "", id="season-needs-reference"),
    ],
)
def test_without_reference(text: str, expected: str) -> None:
    assert _expected_form(resolve_date(text))[0] == expected


def test_footer_may_be_after_reference() -> None:
    # The footer is the post's own date: a wrong article date does not move it.
    assert resolve_date("June 12, 2018", "2018-05-31", source="footer").iso == "2018-06-12"


def test_dateparser_fallback_and_switch() -> None:
    assert resolve_date("hace 2 días", "2018-05-31").iso == "2018-05-29"
    assert resolve_date("hace 2 días", "2018-05-31", fallback=False).value is None


def test_fallback_without_reference_keeps_only_absolute_dates() -> None:
    assert resolve_date("il y a deux jours").value is None


def test_resolver_accepts_date_and_postdate_references() -> None:
    from_date = DateResolver(date(2018, 5, 31))  # type: ignore[arg-type]
    from_post_date = DateResolver(
        PostDate(text="x", value=date(2018, 5, 31), granularity="day", source="metadata")  # type: ignore[arg-type]
    )
    assert from_date.resolve("Friday").iso == from_post_date.resolve("Friday").iso == "2018-05-25"


def test_aware_reference_uses_its_local_day() -> None:
    reference = datetime(2018, 5, 31, 1, 0, tzinfo=timezone(timedelta(hours=-4)))
    assert DateResolver(reference).resolve("yesterday").iso == "2018-05-30"


def test_same_instant_other_zone_is_not_served_from_cache() -> None:
    new_york = datetime(2018, 5, 31, 1, 0, tzinfo=timezone(timedelta(hours=-4)))
    london = new_york.astimezone(timezone.utc)  # equal instant, local day 31 May
    assert DateResolver(new_york).resolve("yesterday").iso == "2018-05-30"
    assert DateResolver(london).resolve("yesterday").iso == "2018-05-30"
    paris_evening = datetime(2018, 5, 30, 23, 0, tzinfo=timezone.utc)
    tokyo = paris_evening.astimezone(timezone(timedelta(hours=9)))  # 31 May 08:00 local
    assert DateResolver(paris_evening).resolve("today").iso == "2018-05-30"
    assert DateResolver(tokyo).resolve("today").iso == "2018-05-31"


def test_resolver_never_raises_on_non_strings() -> None:
    posted = DateResolver(None).resolve(None)  # type: ignore[arg-type]
    assert posted.value is None


@pytest.mark.parametrize(
    ("text", "reference", "message"),
    [
        pytest.param(None, None, "text must be a str", id="none-text"),
        pytest.param("May 30", "31/05/2018", "not an ISO 8601", id="unreadable-reference"),
        pytest.param("May 30", 20180531, "must be a date", id="number-reference"),
    ],
)
def test_bad_arguments(text: object, reference: object, message: str) -> None:
    with pytest.raises(InvalidDateError, match=message):
        resolve_date(text, reference)  # type: ignore[arg-type]


def test_coerce_reference_reads_dates_at_noon() -> None:
    assert coerce_reference(date(2018, 5, 31)) == datetime(2018, 5, 31, 12)


def test_import_socialcite_leaves_dateparser_unimported() -> None:
    code = "import sys, socialcite; print('dateparser' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_relative_dates_without_a_reference_never_reach_dateparser() -> None:
    # Text-mode extraction without published= hands such dates over on every
    # article: they have no value, and dateparser must stay off that hot path.
    code = (
        "import sys, socialcite\n"
        "text = 'Kim tweeted on Sunday. Bob posted on Instagram earlier this month. '\n"
        "text += 'Ann tweeted in November, and Joe tweeted last week.'\n"
        "cites = socialcite.extract(text)\n"
        "assert cites and all(c.posted is None or c.posted.value is None for c in cites)\n"
        "print('dateparser' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


# --- invariants ----------------------------------------------------------------------

references = st.datetimes(min_value=datetime(2005, 1, 1), max_value=datetime(2030, 12, 31))
words = st.sampled_from(
    [
        "yesterday", "last", "this", "week", "weekend", "month", "year", "Monday", "Friday",
        "night", "May", "Sept.", "November", "12", "31", "2016", "2031", "in", "on", "ago",
        "two", "days", "summer", "winter", "later", "the", "next", "day", "at", "4:47pm",
        "PDT", "-", ",", "мая", "de", "abril", "2018-05-30T21:47:00Z", "5/30/18",
    ]
)  # fmt: skip
expressions = st.lists(words, min_size=1, max_size=6).map(" ".join)


@given(expressions, references)
def test_prose_dates_never_after_reference(text: str, reference: datetime) -> None:
    posted = DateResolver(reference, fallback=False).resolve(text)
    if posted.value is not None:
        value = posted.value
        day = value.date() if isinstance(value, datetime) else value
        assert day <= reference.date()


@given(expressions | st.text(max_size=120), st.none() | references, st.booleans())
def test_same_input_same_output_and_never_raises(
    text: str, reference: datetime | None, as_footer: bool
) -> None:
    source = DateSource.FOOTER if as_footer else DateSource.PROSE
    first = DateResolver(reference, fallback=False).resolve(text, source)
    again = DateResolver(reference, fallback=False).resolve(text, source)
    assert isinstance(first, PostDate)
    assert first == again
    assert first.text == text
    assert (first.value is None) == (first.granularity is None)
    if first.granularity in (Granularity.MONTH, Granularity.YEAR):
        assert first.value is not None
        assert first.value.day == 1


@given(st.text(max_size=60))
def test_fallback_on_any_text_returns_postdate(text: str) -> None:
    assert isinstance(resolve_date(text, "2018-05-31"), PostDate)
