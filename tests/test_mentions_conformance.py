"""twitter-text's conformance suite for mentions, replies, usernames and lists.

The YAML files in ``tests/data/twitter-text/`` are Twitter's own conformance
data (Apache-2.0, licence beside them). Every case of the groups that concern
handles runs here, and every one must pass: no xfail.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from socialcite import find_mentions
from socialcite._handles import is_valid_list, is_valid_username, reply_to

DATA = Path(__file__).parent / "data" / "twitter-text"


def _cases(filename: str, group: str) -> list[Any]:
    with (DATA / filename).open(encoding="utf-8") as handle:
        tests = yaml.safe_load(handle)["tests"][group]
    return [pytest.param(case, id=case["description"]) for case in tests]


def _screen_name(display: str | None) -> str:
    """twitter-text reports the name as written, without its at sign."""
    assert display is not None
    return display[1:]


@pytest.mark.parametrize("case", _cases("extract.yml", "mentions"))
def test_mentions(case: dict[str, Any]) -> None:
    found = [m for m in find_mentions(case["text"]) if m.list_slug is None]
    assert [_screen_name(m.account.display) for m in found] == case["expected"]


@pytest.mark.parametrize("case", _cases("extract.yml", "mentions_with_indices"))
def test_mentions_with_indices(case: dict[str, Any]) -> None:
    found = [m for m in find_mentions(case["text"]) if m.list_slug is None]
    got = [{"screen_name": _screen_name(m.account.display), "indices": list(m.span)} for m in found]
    assert got == case["expected"]


@pytest.mark.parametrize("case", _cases("extract.yml", "mentions_or_lists_with_indices"))
def test_mentions_or_lists_with_indices(case: dict[str, Any]) -> None:
    got = [
        {
            "screen_name": _screen_name(m.account.display),
            "list_slug": "" if m.list_slug is None else "/" + m.list_slug,
            "indices": list(m.span),
        }
        for m in find_mentions(case["text"])
    ]
    assert got == case["expected"]


@pytest.mark.parametrize("case", _cases("extract.yml", "replies"))
def test_replies(case: dict[str, Any]) -> None:
    account = reply_to(case["text"])
    got = None if account is None else _screen_name(account.display)
    assert got == case["expected"]


@pytest.mark.parametrize("case", _cases("validate.yml", "usernames"))
def test_valid_usernames(case: dict[str, Any]) -> None:
    assert is_valid_username(case["text"]) is case["expected"]


@pytest.mark.parametrize("case", _cases("validate.yml", "lists"))
def test_valid_lists(case: dict[str, Any]) -> None:
    assert is_valid_list(case["text"]) is case["expected"]


def test_every_group_is_present() -> None:
    """A renamed or emptied group must fail here, not silently run nothing."""
    counts = {
        group: len(_cases(name, group))
        for name, group in [
            ("extract.yml", "mentions"),
            ("extract.yml", "mentions_with_indices"),
            ("extract.yml", "mentions_or_lists_with_indices"),
            ("extract.yml", "replies"),
            ("validate.yml", "usernames"),
            ("validate.yml", "lists"),
        ]
    }
    assert counts == {
        "mentions": 23,
        "mentions_with_indices": 3,
        "mentions_or_lists_with_indices": 5,
        "replies": 13,
        "usernames": 4,
        "lists": 5,
    }
