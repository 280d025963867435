"""Speakers: names around a cue, titles dropped, pronouns and descriptions resolved."""

from __future__ import annotations

import pytest

from socialcite._speakers import SpeakerFinder, clean_name

NAMES = [
    pytest.param("Mr Shapps", "Shapps", id="title-mr"),
    pytest.param("Father James Martin", "James Martin", id="title-father"),
    pytest.param("President Donald Trump", "Donald Trump", id="title-president"),
    pytest.param("Trump’s", "Trump", id="possessive-curly"),
    pytest.param("Dion’s Instagram", "Dion", id="possessive-before-platform"),
    pytest.param("We’ve", None, id="pronoun-contraction"),
    pytest.param("The", None, id="stop-word"),
    pytest.param("In November Kardashian", "Kardashian", id="leading-words-dropped"),
]


@pytest.mark.parametrize(("raw", "name"), NAMES)
def test_clean_name(raw: str, name: str | None) -> None:
    assert clean_name(raw) == name


def _find(text: str, cue: str, **kw: object) -> str | None:
    start = text.index(cue)
    sentence = max(text.rfind(". ", 0, start) + 2, 0) if ". " in text[:start] else 0
    finder = SpeakerFinder(text)
    return finder.find(sentence, start, start + len(cue), sentence_end=len(text), **kw).name  # type: ignore[arg-type]


SPEAKERS = [
    pytest.param("Kardashian tweeted.", "tweeted", "Kardashian", id="name-before"),
    pytest.param("Trump also tweeted.", "tweeted", "Trump", id="adverb-between"),
    pytest.param("@realDonaldTrump tweeted.", "tweeted", "@realDonaldTrump", id="handle"),
    pytest.param(
        "Kardashian, who has built an empire, tweeted.", "tweeted", "Kardashian", id="who-clause"
    ),
    pytest.param(
        "Alberto Shiguematsu, a São Paulo resident who tweeted about it.",
        "tweeted",
        "Alberto Shiguematsu",
        id="appositive-who",
    ),
    pytest.param(
        "At the ceremony, a lawyer in attendance, Shannon Kilpatrick, tweeted that she spoke.",
        "tweeted",
        "Shannon Kilpatrick",
        id="appositive-name-last",
    ),
    pytest.param(
        "It was spotted by Mike Rundle on Twitter.", "spotted", "Mike Rundle", id="passive-by"
    ),
    pytest.param(
        "Kim Kardashian met Trump. She tweeted.", "tweeted", "Kim Kardashian", id="pronoun"
    ),
    pytest.param(
        "The Oakland Zoo lost a wolf. The zoo announced it on X.",
        "announced",
        "Oakland Zoo",
        id="description-to-name-ending-in-its-noun",
    ),
    pytest.param(
        "Meanwhile, Alley talked. Back in 2017 she was ill. And she wrote on Twitter.",
        "wrote",
        "Alley",
        id="pronoun-skips-capitalised-sentence-opener",
    ),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), SPEAKERS)
def test_speaker(text: str, cue: str, speaker: str) -> None:
    assert _find(text, cue) == speaker


def test_crowd_is_flagged() -> None:
    text = "People on Twitter tweeted their anger."
    start = text.index("tweeted")
    assert SpeakerFinder(text).find(0, start, start + 7).crowd


def test_owner_of_a_noun_cue() -> None:
    assert _find("Trump's tweet said it all.", "tweet", owner="Trump's") == "Trump"
