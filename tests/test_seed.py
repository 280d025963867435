"""The seed article: its 8 annotated citations, each right, and nothing else."""

from __future__ import annotations

import json
import re

import pytest

import socialcite
from tests.conftest import DATA

SEED_TEXT = (DATA / "prose" / "seed.txt").read_text(encoding="utf-8")
SEED_GOLD = json.loads((DATA / "prose" / "seed.json").read_text(encoding="utf-8"))
WORD_RE = re.compile(r"[\w']+")


def _found() -> list[socialcite.Citation]:
    return socialcite.extract(SEED_TEXT, published=SEED_GOLD["published"], format="text")


def _match(gold: dict[str, object], found: list[socialcite.Citation]) -> socialcite.Citation:
    anchor = str(gold["anchor"])
    start = SEED_TEXT.index(anchor)
    end = start + len(anchor)
    for c in found:
        if c.kind.value == gold["kind"] and c.span[0] < end and c.span[1] > start:
            return c
    raise AssertionError(f"no {gold['kind']} found at {anchor!r}")


@pytest.mark.parametrize(
    "gold",
    [
        pytest.param(c, id=f"{c['kind']}-{c['cue']}-{i}")
        for i, c in enumerate(SEED_GOLD["citations"])
    ],
)
def test_seed_citation_is_found_with_its_fields(gold: dict[str, object]) -> None:
    cite = _match(gold, _found())
    assert cite.platform is not None
    assert cite.platform.value == gold["platform"]
    allowed = {w.lower() for w in WORD_RE.findall(f"{gold['speaker']} {gold['speaker_full']}")}
    got = {w.lower() for w in WORD_RE.findall(cite.speaker or "")}
    assert got, "no speaker"
    assert got <= allowed
    if gold["date"] is None:
        assert cite.posted is None or cite.posted.value is None
    else:
        assert cite.posted is not None
        assert cite.posted.iso == gold["date"]
    if gold["kind"] == "quote":
        assert cite.text is not None
        assert str(gold["text"]) in cite.text


def test_seed_has_nothing_else() -> None:
    found = _found()
    assert len(found) == len(SEED_GOLD["citations"])
    kinds = sorted(c.kind.value for c in found)
    assert kinds == sorted(str(c["kind"]) for c in SEED_GOLD["citations"])


def test_seed_fragments_are_joined_into_one_quote() -> None:
    # "The system has failed," Kardashian tweeted in November. "It's heartbreaking …"
    texts = [c.text for c in _found() if c.text and c.text.startswith("The system has failed")]
    assert len(texts) == 1
    assert "It's heartbreaking" in str(texts[0])
    assert "I've called my attorneys yesterday" in str(texts[0])


def test_seed_op_ed_quote_is_not_social() -> None:
    # ``Johnson wrote in her CNN piece`` names a medium that is not a platform.
    assert not [c for c in _found() if c.speaker and "Johnson" in c.speaker]
