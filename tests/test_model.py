"""The result types: conversions, round-trips, immutability."""

from __future__ import annotations

import json
import pickle
from datetime import date, datetime, timezone

import attrs
import pytest
from hypothesis import given

from socialcite import Account, Citation, CitationKind, InvalidOptionError, Platform, PostDate
from tests.strategies import accounts, citations, post_dates


@given(citations)
def test_citation_round_trips_through_json(citation: Citation) -> None:
    data = json.loads(json.dumps(citation.to_dict()))
    assert Citation.from_dict(data) == citation


@given(citations)
def test_citation_pickles_unchanged(citation: Citation) -> None:
    assert pickle.loads(pickle.dumps(citation)) == citation


@given(post_dates)
def test_post_date_round_trips(posted: PostDate) -> None:
    assert PostDate.from_dict(json.loads(json.dumps(posted.to_dict()))) == posted


@given(accounts)
def test_account_round_trips(account: Account) -> None:
    assert Account.from_dict(account.to_dict()) == account


def test_results_are_frozen_and_slotted() -> None:
    c = Citation(kind="quote", span=(0, 1))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        c.kind = CitationKind.EMBED  # type: ignore[misc]
    assert not hasattr(c, "__dict__")


def test_fields_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Citation("quote", None, span=(0, 1))  # type: ignore[call-arg]


def test_enums_accept_their_values_and_print_them() -> None:
    c = Citation(kind="embed", platform="TikTok", span=(3, 9))
    assert c.kind is CitationKind.EMBED
    assert c.platform is Platform.TIKTOK
    assert str(c.platform) == "tiktok"
    assert c.to_dict()["platform"] == "tiktok"


def test_unknown_platform_names_the_choices() -> None:
    with pytest.raises(InvalidOptionError, match=r"myspace.*twitter"):
        Citation(kind="quote", platform="myspace", span=(0, 1))


@pytest.mark.parametrize(
    ("account", "written", "url"),
    [
        pytest.param(Account(platform="twitter", handle="realdonaldtrump", display="@realDonaldTrump"),
                     "@realDonaldTrump", "https://x.com/realdonaldtrump", id="twitter-display-keeps-case"),
        pytest.param(Account(platform="instagram", handle="kimkardashian"),
                     "@kimkardashian", "https://www.instagram.com/kimkardashian/", id="instagram"),
        pytest.param(Account(platform="reddit", handle="spez"),
                     "u/spez", "https://www.reddit.com/user/spez/", id="reddit-u-prefix"),
        pytest.param(Account(platform="mastodon", handle="gargron@mastodon.social"),
                     "@gargron@mastodon.social", "https://mastodon.social/@gargron", id="mastodon-instance"),
        pytest.param(Account(platform="bluesky", handle="jay.bsky.team"),
                     "@jay.bsky.team", "https://bsky.app/profile/jay.bsky.team", id="bluesky-domain"),
    ],
)  # fmt: skip
def test_account_written_form_and_url(account: Account, written: str, url: str) -> None:
    assert str(account) == written
    assert account.url == url


@pytest.mark.parametrize(
    ("posted", "iso"),
    [
        pytest.param(PostDate(text="2017", value=date(2017, 1, 1), granularity="year", source="prose"), "2017", id="year"),
        pytest.param(PostDate(text="in November", value=date(2017, 11, 1), granularity="month", source="prose"), "2017-11", id="month"),
        pytest.param(PostDate(text="on Wednesday", value=date(2018, 5, 30), granularity="day", source="prose"), "2018-05-30", id="day"),
        pytest.param(PostDate(text=None, value=datetime(2018, 5, 30, 23, 47, tzinfo=timezone.utc), granularity="minute", source="post_id"),
                     "2018-05-30T23:47+00:00", id="minute-aware"),
        pytest.param(PostDate(text="hours later", value=None, granularity=None, source="prose"), None, id="unresolved"),
    ],
)  # fmt: skip
def test_post_date_iso_is_cut_to_granularity(posted: PostDate, iso: str | None) -> None:
    assert posted.iso == iso
