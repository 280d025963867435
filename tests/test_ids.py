"""Creation times decoded from post ids: real ids with known dates, and each clock's layout.

Real-world rows: every tweet and Instagram post embedded in the development
corpus whose widget footer shows a date (``data/handles/embed_footer_dates.jsonl``;
the footer prints the viewer's local date, so one day either way is agreement),
and ids whose posting time is published. Synthetic rows build ids from a
chosen time with each platform's bit layout and decode them back.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialcite import Platform
from socialcite._ids import (
    FIRST_SNOWFLAKE,
    INSTAGRAM_EPOCH_MS,
    TWITTER_EPOCH_MS,
    bluesky_tid_time,
    instagram_code_time,
    mastodon_id_time,
    post_id_date,
    tiktok_id_time,
    tweet_id_time,
)

DATA = Path(__file__).parent / "data" / "handles"
UNIX = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _footer_rows() -> list[Any]:
    with (DATA / "embed_footer_dates.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return [
        pytest.param(row, id=f"{row['platform']}-{row['post_id']}-{row['page'][:40]}")
        for row in rows
    ]


@pytest.mark.parametrize("row", _footer_rows())
def test_decoded_date_agrees_with_embed_footer(row: dict[str, str]) -> None:
    posted = post_id_date(Platform(row["platform"]), row["post_id"])
    assert posted is not None
    assert posted.value is not None
    assert isinstance(posted.value, datetime)
    footer = date.fromisoformat(row["footer_date"])
    assert abs((posted.value.date() - footer).days) <= 1


def test_footer_data_covers_both_platforms() -> None:
    platforms = {p.values[0]["platform"] for p in _footer_rows()}
    assert platforms == {"twitter", "instagram"}
    assert len(_footer_rows()) >= 100


# (decoder, id, the known UTC time it was posted, tolerance)
KNOWN_TIMES = [
    pytest.param(
        bluesky_tid_time,
        "3k4duaz5vfs2b",
        datetime(2023, 8, 7, 5, 31, 12, 156888, tzinfo=timezone.utc),
        timedelta(seconds=2),
        # docs.bsky.app "Posts" guide: a record with createdAt
        # 2023-08-07T05:31:12.156888Z came back as .../app.bsky.feed.post/3k4duaz5vfs2b
        id="bluesky-docs-create-record-example",
    ),
    pytest.param(
        tiktok_id_time,
        "6876424179084709126",
        datetime(2020, 9, 25, tzinfo=timezone.utc),
        timedelta(days=1),
        # @420doggface208's skateboarding "Dreams" video, posted 25 September 2020
        id="tiktok-dreams-video",
    ),
    pytest.param(
        tweet_id_time,
        "1654247902070415360",
        datetime(2023, 5, 4, tzinfo=timezone.utc),
        timedelta(days=1),
        id="tweet-embed-footer-2023",
    ),
    pytest.param(
        tweet_id_time,
        "30774883466088448",
        datetime(2011, 1, 27, tzinfo=timezone.utc),
        timedelta(days=1),
        # an early snowflake, linked from a corpus page (twitter.com/JohnThornton/status/…)
        id="tweet-early-snowflake-2011",
    ),
]


@pytest.mark.parametrize(("decode", "post_id", "known", "tolerance"), KNOWN_TIMES)
def test_known_post_times(decode: Any, post_id: str, known: datetime, tolerance: timedelta) -> None:
    when = decode(post_id)
    assert when is not None
    assert abs(when - known) <= tolerance


NO_TIME = [
    pytest.param(tweet_id_time, "20", id="tweet-20-sequential-2006"),
    pytest.param(tweet_id_time, "29700000000", id="tweet-last-sequential-ids"),
    pytest.param(tweet_id_time, "", id="tweet-empty"),
    pytest.param(tweet_id_time, "12345678901234567890", id="tweet-20-digits"),
    pytest.param(tweet_id_time, "１２３４５６７８９０１２３４５６７", id="tweet-full-width-digits"),
    pytest.param(tweet_id_time, "-1002637001554841600", id="tweet-signed"),
    pytest.param(mastodon_id_time, "4817", id="mastodon-sequential-pre-2-0"),
    pytest.param(mastodon_id_time, "abc", id="mastodon-not-digits"),
    pytest.param(tiktok_id_time, "12345", id="tiktok-too-small"),
    pytest.param(bluesky_tid_time, "self", id="bluesky-rkey-self"),
    pytest.param(bluesky_tid_time, "zzzzzzzzzzzzz", id="bluesky-top-bit-set"),
    pytest.param(bluesky_tid_time, "3k4duaz5vfs2B", id="bluesky-upper-case"),
    pytest.param(bluesky_tid_time, "2222222222222", id="bluesky-1970"),
    pytest.param(instagram_code_time, "ABC!", id="instagram-bad-character"),
    pytest.param(
        instagram_code_time, "CpG3x9bLkCz4-MfWt0aYQ2xV8nS1", id="instagram-private-long-code"
    ),
]


@pytest.mark.parametrize(("decode", "post_id"), NO_TIME)
def test_ids_without_a_time(decode: Any, post_id: str) -> None:
    assert decode(post_id) is None


def test_post_id_date_shape() -> None:
    posted = post_id_date(Platform.TIKTOK, "6876424179084709126")
    assert posted is not None
    assert (posted.text, posted.granularity, posted.source) == (None, "second", "post_id")
    assert isinstance(posted.value, datetime)
    assert posted.value.tzinfo is timezone.utc


@pytest.mark.parametrize("platform", [Platform.YOUTUBE, Platform.FACEBOOK, Platform.REDDIT])
def test_platforms_without_clock_ids(platform: Platform) -> None:
    assert post_id_date(platform, "1002637001554841600") is None


# --- each clock's bit layout, from a chosen time ---------------------------------

# Through 2060: the 41-bit clocks of snowflakes and Instagram ids run out around 2080.
_TIMES = st.datetimes(
    min_value=datetime(2023, 1, 1), max_value=datetime(2060, 1, 1), timezones=st.just(timezone.utc)
)


def _ms(when: datetime) -> int:
    return (when - UNIX) // timedelta(milliseconds=1)


@given(_TIMES, st.integers(0, 2**22 - 1))
def test_snowflake_layout(when: datetime, low_bits: int) -> None:
    post_id = (_ms(when) - TWITTER_EPOCH_MS) << 22 | low_bits
    assert post_id >= FIRST_SNOWFLAKE
    decoded = tweet_id_time(str(post_id))
    assert decoded is not None
    assert _ms(decoded) == _ms(when)


@given(_TIMES, st.integers(0, 2**16 - 1))
def test_mastodon_layout(when: datetime, low_bits: int) -> None:
    decoded = mastodon_id_time(str(_ms(when) << 16 | low_bits))
    assert decoded is not None
    assert _ms(decoded) == _ms(when)


@given(_TIMES, st.integers(0, 2**32 - 1))
def test_tiktok_layout(when: datetime, low_bits: int) -> None:
    seconds = (when - UNIX) // timedelta(seconds=1)
    decoded = tiktok_id_time(str(seconds << 32 | low_bits))
    assert decoded is not None
    assert (decoded - UNIX) // timedelta(seconds=1) == seconds


@given(_TIMES, st.integers(0, 2**10 - 1))
def test_tid_layout(when: datetime, clock_id: int) -> None:
    micros = (when - UNIX) // timedelta(microseconds=1)
    value = micros << 10 | clock_id
    alphabet = "234567abcdefghijklmnopqrstuvwxyz"
    tid = "".join(alphabet[(value >> shift) & 31] for shift in range(60, -1, -5))
    assert len(tid) == 13
    assert bluesky_tid_time(tid) == when


@given(_TIMES, st.integers(0, 2**23 - 1))
def test_instagram_layout(when: datetime, low_bits: int) -> None:
    value = (_ms(when) - INSTAGRAM_EPOCH_MS) << 23 | low_bits
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    code = ""
    while value:
        value, digit = divmod(value, 64)
        code = alphabet[digit] + code
    decoded = instagram_code_time(code)
    assert decoded is not None
    assert _ms(decoded) == _ms(when)


@given(st.text(max_size=40), st.sampled_from(list(Platform)))
def test_never_raises(post_id: str, platform: Platform) -> None:
    post_id_date(platform, post_id)
