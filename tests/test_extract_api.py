"""extract(): argument checks, format detection, empty results."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

import socialcite
from socialcite import (
    Extractor,
    ExtractorConfig,
    InvalidDateError,
    InvalidOptionError,
    InvalidSourceError,
    SocialciteError,
)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        pytest.param(b"Trump tweeted", "not bytes: decode it first", id="bytes"),
        pytest.param(bytearray(b"x"), "not bytes", id="bytearray"),
        pytest.param(None, "not NoneType", id="none"),
        pytest.param(42, "not int", id="int"),
        pytest.param(["text"], "not list", id="list"),
    ],
)
def test_non_str_source_is_a_type_error(source: object, message: str) -> None:
    with pytest.raises(InvalidSourceError, match=message) as info:
        socialcite.extract(source)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, SocialciteError)


@pytest.mark.parametrize(
    "published",
    [
        pytest.param("yesterday-ish", id="words"),
        pytest.param("2018-13-45", id="impossible-date"),
        pytest.param("31/05/2018", id="not-iso"),
        pytest.param(20180531, id="int"),
    ],
)
def test_unreadable_published_is_a_value_error_naming_it(published: object) -> None:
    with pytest.raises(InvalidDateError, match="published") as info:
        socialcite.extract("text", published=published)  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError)
    assert repr(published) in str(info.value) or type(published).__name__ in str(info.value)


@pytest.mark.parametrize(
    "published",
    [
        pytest.param("2018-05-31", id="iso-date"),
        pytest.param("2018-05-31T14:00:00Z", id="iso-datetime-z"),
        pytest.param("2018-05-31T14:00:00+02:00", id="iso-datetime-offset"),
        pytest.param(date(2018, 5, 31), id="date"),
        pytest.param(datetime(2018, 5, 31, 14, tzinfo=timezone.utc), id="datetime"),
        pytest.param(None, id="none"),
    ],
)
def test_readable_published_is_accepted(published: object) -> None:
    assert socialcite.extract("Nothing social here.", published=published) == []  # type: ignore[arg-type]


def test_bad_format_names_the_choices() -> None:
    with pytest.raises(InvalidOptionError, match="auto, text, html"):
        socialcite.extract("x", format="pdf")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "source",
    [
        pytest.param("", id="empty"),
        pytest.param(" \n\t ", id="whitespace"),
        pytest.param("<html><body><p>Unclosed", id="broken-html"),
        pytest.param("\x00\x01\ufffd" * 100, id="binary-noise"),
        pytest.param("<" * 1000 + ">" * 1000, id="angle-storm"),
        pytest.param('"' * 999, id="quote-storm"),
    ],
)
def test_any_string_is_valid_input(source: str) -> None:
    result = socialcite.extract(source)
    assert isinstance(result, list)


def test_config_kinds_filter_results() -> None:
    text = '"Hi," Ann tweeted. Bob posted a photo on Instagram.'
    only_refs = Extractor(ExtractorConfig(kinds={"reference"})).extract(
        text, published="2020-01-01"
    )
    assert {c.kind.value for c in only_refs} <= {"reference"}


def test_config_rejects_unknown_kind() -> None:
    with pytest.raises(InvalidOptionError, match="CitationKind"):
        ExtractorConfig(kinds={"retweet"})
