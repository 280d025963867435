"""Quoted posts in prose: real sentences, grouped by phenomenon.

Each row: the text (often a real sentence from the development corpus, with
the sentence before it when a pronoun needs it), the article's date, and what
the last quote found must say. Negative rows must find no quote at all.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialcite._dates import DateResolver, coerce_reference
from socialcite._model import Citation, CitationKind
from socialcite._prose import find_citations


def _cites(text: str, published: str = "2018-05-31") -> list[Citation]:
    return find_citations(text, DateResolver(coerce_reference(published)))


def _quotes(text: str, published: str = "2018-05-31") -> list[Citation]:
    return [c for c in _cites(text, published) if c.kind is CitationKind.QUOTE]


# (text, platform, speaker, start of the quoted text)
FRAMES = [
    pytest.param(
        '"The system has failed," Kardashian tweeted in November.',
        "twitter", "Kardashian", "The system has failed",
        id="real-seed-quote-then-name-tweeted",
    ),
    pytest.param(
        '"QUIET CAR. Window seat. Polite seatmate. I have hit the Amtrak travel trifecta. '
        '#blessed," Ellie Hall tweeted early Wednesday.',
        "twitter", "Ellie Hall", "QUIET CAR.",
        id="real-cnn-multi-sentence-quote",
    ),
    pytest.param(
        "\"I've not been well with a fever but I also had a road accident in Monaco on "
        'Monday night," Hamilton explained on his Instagram account.',
        "instagram", "Hamilton", "I've not been well",
        id="real-cnn-explained-on-his-instagram-account",
    ),
    pytest.param(
        "Mr Shapps said on Twitter: “The latest data indicates we need to remove Turkey, "
        "Poland, and Bonaire, St Eustatius and Saba from the #TravelCorridor list this week.”",
        "twitter", "Shapps", "The latest data",
        id="real-standard-said-on-twitter-colon-title-dropped",
    ),
    pytest.param(
        "Limon's poem has been praised by such peers as the poet Brenda Shaughnessy, who "
        "tweeted, “I can hardly believe it’s real, it’s so right.”",
        "twitter", "Brenda Shaughnessy", "I can hardly believe",
        id="real-htmldate-name-comma-who-tweeted",
    ),
    pytest.param(
        "In the midst of the fear, Uber stepped in and tweeted this announcement: “We are all "
        "concerned with events in CBD.”",
        "twitter", "Uber", "We are all concerned",
        id="real-mozilla-stepped-in-and-tweeted-colon",
    ),
    pytest.param(
        "In a Facebook video posted after the killings, Mateen said: \"I don't know what "
        'caused him to shoot last night."',
        "facebook", "Mateen", "I don't know",
        id="real-ap-in-a-facebook-video-then-subject",
    ),
    pytest.param(
        "Goldstein tweeted he was “honored” to offer the benediction:",
        "twitter", "Goldstein", "honored",
        id="real-timesofisrael-quoted-word-in-indirect-speech",
    ),
    pytest.param(
        '"We did it," tweeted Kardashian on Monday.',
        "twitter", "Kardashian", "We did it",
        id="synthetic-inverted-tweeted-name",
    ),
    pytest.param(
        '"Hello," @realDonaldTrump tweeted.',
        "twitter", "@realDonaldTrump", "Hello",
        id="synthetic-handle-as-speaker",
    ),
    pytest.param(
        "The Oakland Zoo cares for wolves. \"Siskiyou was loved,\" the zoo said in a post on X.",
        "twitter", "Oakland Zoo", "Siskiyou was loved",
        id="synthetic-description-resolved-post-on-x",
    ),
    pytest.param(
        "Jane Doe read the report. She called it \"misleading\" in a tweet.",
        "twitter", "Jane Doe", "misleading",
        id="synthetic-ruling-3-quoted-word-in-a-tweet",
    ),
    pytest.param(
        "Meanwhile, Alley also talked about her health. Back in 2017 she was diagnosed with "
        "Lyme disease. And she wrote an angry post about it on Twitter, calling the illness a "
        "“miserable, hideous creepazoid” and adding “f**k ticks.”",
        "twitter", "Alley", "miserable",
        id="real-pawszilla-pronoun-to-earlier-subject",
    ),
    pytest.param(
        "\"We will not back down,\" said Jane Smith, the company's chief executive, in a tweet.",
        "twitter", "Jane Smith", "We will not back down",
        id="synthetic-opening-quote-frames-cue-after-appositive",
    ),
    pytest.param(
        '"Why now?" Smith, who was in Paris at the time, asked on Twitter.',
        "twitter", "Smith", "Why now?",
        id="synthetic-question-split-off-still-frames",
    ),
    pytest.param(
        "«Wir sind da», schrieb der Verein auf Twitter.",
        "twitter", None, "Wir sind da",
        id="real-german-guillemets-schrieb-auf-twitter",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "platform", "speaker", "words"), FRAMES)
def test_quote_frame(text: str, platform: str, speaker: str | None, words: str) -> None:
    quotes = _quotes(text)
    assert quotes, "no quote found"
    cite = quotes[-1]
    assert cite.platform is not None
    assert cite.platform.value == platform
    assert cite.speaker == speaker
    assert cite.text is not None
    assert cite.text.startswith(words)
    assert cite.span[0] <= text.index(words) < cite.span[1]


FRAGMENTS = [
    pytest.param(
        '"My heart is filled with sadness for all the families involved in QZ8501," airline '
        'boss Tony Fernandes tweeted. "On behalf of AirAsia, my condolences to all."',
        ["My heart is filled", "On behalf of AirAsia"],
        id="real-reuters-two-fragments-one-post",
    ),
    pytest.param(
        '"Happy Birthday Alice Marie Johnson," Kardashian tweeted on Wednesday. "Today is for you."',
        ["Happy Birthday", "Today is for you"],
        id="real-seed-fragment-after-cue-sentence",
    ),
    pytest.param(
        '"One," she tweeted, "two."',
        ["One", "two"],
        id="synthetic-quote-split-by-cue",
    ),
    pytest.param(
        'Kardashian wrote on Instagram: "First paragraph.\n"Second paragraph."',
        ["First paragraph", "Second paragraph"],
        id="synthetic-multi-paragraph-quote",
    ),
]


@pytest.mark.parametrize(("text", "parts"), FRAGMENTS)
def test_fragments_are_one_citation(text: str, parts: list[str]) -> None:
    quotes = _quotes(text)
    assert len(quotes) == 1
    assert quotes[0].text is not None
    for part in parts:
        assert part in quotes[0].text


def test_quote_date_is_the_posting_date() -> None:
    (cite,) = _quotes('"The system has failed," Kardashian tweeted in November.', "2018-05-31")
    assert cite.posted is not None
    assert cite.posted.text == "in November"
    assert cite.posted.iso == "2017-11"


def test_handle_speaker_gives_author() -> None:
    (cite,) = _quotes('"Hello," @realDonaldTrump tweeted.')
    assert cite.author is not None
    assert cite.author.handle == "realdonaldtrump"


def test_commenter_quote_borrows_the_platform_of_the_passage() -> None:
    text = (
        "Photos that the star posted on Instagram in January 2019, for instance, were met with "
        "a rather mixed response. “Goodness, what happened to you, Celine??!? You look "
        "starved!” read one comment."
    )
    quotes = _quotes(text, "2020-01-01")
    assert [q.platform.value for q in quotes if q.platform] == ["instagram"]
    assert quotes[0].speaker is None


@pytest.mark.parametrize(
    ("text", "platform", "speaker"),
    [
        pytest.param(
            'Swift shared a photo on Instagram on Sunday. "Best day ever," she wrote in the '
            "caption.",
            "instagram", "Swift",
            id="synthetic-wrote-in-the-caption",
        ),
        pytest.param(
            'Smith posted on Facebook. "I am done," he added in a post.',
            "facebook", "Smith",
            id="synthetic-added-in-a-post",
        ),
        pytest.param(
            "On the social media site Reddit, a user who goes by the name Lindsey posted a story. "
            '"Eleven days ago, an older woman was found dead," Lindsey wrote.',
            "reddit", "Lindsey",
            id="real-uproxx-known-poster-wrote",
        ),
    ],
)  # fmt: skip
def test_quote_in_a_post_named_in_the_sentence_before(
    text: str, platform: str, speaker: str
) -> None:
    quotes = _quotes(text, "2023-01-01")
    assert len(quotes) == 1
    assert quotes[0].platform is not None
    assert quotes[0].platform.value == platform
    assert quotes[0].speaker == speaker


def test_handle_blocks_in_a_passage_about_tweets_are_quotes() -> None:
    text = (
        "It’s all there in Samantha’s Twitter Feed.\n"
        "                                        @timkeller: Unfair to begrudge a person for "
        "leveraging past success.\n"
    )
    (cite,) = _quotes(text)
    assert cite.speaker == "timkeller"
    assert cite.author is not None
    assert cite.author.handle == "timkeller"


def test_comment_thread_handles_are_not_tweets() -> None:
    # a blog's comment thread: not indented, no intro colon, not a reply
    text = (
        "He produces himself on Mumble and Twitter.\n"
        "@owner: Not sure if Troll or not.\n"
        "@jeuys: You expect me to apologise to you for this.\n"
    )
    assert _quotes(text) == []


def test_reply_block_in_a_passage_about_tweets_is_a_quote() -> None:
    text = (
        "It is all there in her Twitter feed.\n"
        "@s_bielefeld: @timkeller I plainly stated that I don’t hold it against him.\n"
    )
    (cite,) = _quotes(text)
    assert cite.speaker == "s_bielefeld"


def test_german_indirect_speech_with_quoted_words() -> None:
    text = "Der US-Präsident schrieb auf Twitter, er sei „glücklich“, dass Kim zurück sei."
    (cite,) = _quotes(text, "2020-05-03")
    assert cite.platform is not None
    assert cite.platform.value == "twitter"
    assert cite.text == "glücklich"


NOT_SOCIAL = [
    pytest.param(
        '"I made the biggest mistake of my life to make ends meet," Johnson wrote in her CNN '
        "piece.",
        id="real-seed-op-ed-piece",
    ),
    pytest.param('"We are thrilled," she said in an interview.', id="synthetic-interview"),
    pytest.param('"It is over," Smith said on Tuesday.', id="synthetic-no-medium"),
    pytest.param('"It is a scandal," he told CNN on Tuesday.', id="synthetic-television"),
    pytest.param(
        'People on Twitter pointed out that "it was obvious".', id="synthetic-crowd-on-twitter"
    ),
    pytest.param('"This is outrageous," Twitter users argued.', id="synthetic-crowd-users"),
    pytest.param(
        'Twitter said on Tuesday that it would "review the policy".', id="synthetic-company"
    ),
    pytest.param(
        'The film, "Brand X," was shot on location.', id="synthetic-brand-x-is-not-a-platform"
    ),
    pytest.param(
        'Ava DuVernay, who directed "13th," a 2016 documentary on mass incarceration, '
        "addressed the meeting in a series of tweets along with clips from her film.",
        id="real-seed-title-in-appositive-is-not-the-post",
    ),
    pytest.param(
        "Those accounts shared suspicious links, and one called it “a scam” in an email.",
        id="synthetic-email",
    ),
    pytest.param(
        '"It is over," Smith told CNN, hours after he tweeted about the deal.',
        id="synthetic-cue-in-subordinate-clause-is-not-the-frame",
    ),
    pytest.param(
        '"Countryside residents started complaining," Alberto Shiguematsu, a São Paulo resident '
        "who tweeted about the smoke, said.",
        id="real-vice-relative-clause-cue-is-not-the-frame",
    ),
    pytest.param(
        'Smith, who posted on Instagram last week, wrote in an email: "I stand by it."',
        id="synthetic-email-after-a-posting-cue",
    ),
]


@pytest.mark.parametrize("text", NOT_SOCIAL)
def test_not_a_social_quote(text: str) -> None:
    assert _quotes(text) == []


KNOWN_FAILURES = [
    pytest.param(
        "On the podcast, Alley explained, “When I got it, I posted, like, ‘Oh great, now I "
        "have Lyme disease,’ and I didn’t know.” So then I just took it off my Twitter.",
        id="known-nested-single-quote-post-inside-interview",
        marks=pytest.mark.xfail(strict=True, reason="a post quoted inside an interview quote"),
    ),
    pytest.param(
        "This one comment in her feed made me smile (warning, Twitter timelines are not easy "
        "to put together):\n    Don’t worry guys, we process his apps in proportion.\n",
        id="known-comment-in-feed-introduces-block",
        marks=pytest.mark.xfail(strict=True, reason="'comment in her feed' is not a cue"),
    ),
]


@pytest.mark.parametrize("text", KNOWN_FAILURES)
def test_known_failures(text: str) -> None:
    assert _quotes(text)


@given(st.text(max_size=300))
def test_any_text_never_raises_and_spans_are_inside(text: str) -> None:
    for cite in _cites(text):
        assert 0 <= cite.span[0] <= cite.span[1] <= len(text)


@given(
    st.lists(
        st.sampled_from(
            ['"', "“", "”", "«", "»", " tweeted ", "Ann", ". ", ":", "\n", "on X", "@a: ", ","]
        ),
        max_size=40,
    )
)
def test_quote_marks_and_cues_in_any_order_never_raise(parts: list[str]) -> None:
    text = "".join(parts)
    for cite in _cites(text):
        assert 0 <= cite.span[0] <= cite.span[1] <= len(text)


def test_nothing_is_found_inside_claimed_spans() -> None:
    # an embed's own text says "tweeted"; the embed detector claimed it
    embed = '"We did it," Ann tweeted.\n— Ann (@ann) May 30, 2018\n'
    text = "Bob won.\n" + embed + '"Great," Bob tweeted.\n'
    start = text.index(embed)
    found = find_citations(text, DateResolver(None), claimed=[(start, start + len(embed))])
    assert [c.speaker for c in found] == ["Bob"]


@given(st.integers(0, 60), st.integers(0, 60))
def test_claimed_spans_hold_no_citation_start(a: int, b: int) -> None:
    text = '"One," Ann tweeted. "Two," Bob wrote on Instagram. Cid posted to X.'
    lo, hi = sorted((a, b))
    for cite in find_citations(text, DateResolver(None), claimed=[(lo, hi)]):
        assert not lo <= cite.span[0] < hi
