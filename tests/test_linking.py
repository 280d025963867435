"""Linking citations of one post within a document (``_linking.link``).

The unit cases build citations by hand from anchors in real article snippets
(``tests/data/linking``), so they test linking alone, whatever the detectors
find. The end-to-end cases run ``socialcite.extract`` on the same snippets
and on whole pages, HTML and text.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import socialcite
from socialcite import Account, Citation, PostDate
from socialcite._linking import link
from tests.conftest import DATA
from tests.strategies import citations

LINKING = DATA / "linking"


def snippet(name: str) -> str:
    return (LINKING / f"{name}.txt").read_text(encoding="utf-8")


def cite(document: str, anchor: str, **fields: Any) -> Citation:
    """A citation whose span is *anchor*'s place in *document*."""
    start = document.index(anchor)
    fields.setdefault("platform", "twitter")
    return Citation(span=(start, start + len(anchor)), **fields)


def account(handle: str, name: str | None = None, platform: str = "twitter") -> Account:
    return Account(platform=platform, handle=handle.lower(), name=name, display="@" + handle)


def footer(text: str, value: date) -> PostDate:
    return PostDate(text=text, value=value, granularity="day", source="footer")


def prose_date(text: str, value: date | None, granularity: str | None = "day") -> PostDate:
    return PostDate(text=text, value=value, granularity=granularity, source="prose")


def name_words(name: str | None) -> set[str]:
    """A name's words, as the shared scorer compares them (``@keizi666`` is ``keizi666``)."""
    return {w.casefold() for w in re.findall(r"[\w']+", name or "")}


def handle_of(c: Citation) -> str | None:
    return None if c.author is None else c.author.handle


# --- real-world snippets, citations built by hand ------------------------------

GOLDSTEIN = snippet("timesofisrael-goldstein")
GOLDSTEIN_EMBED_TEXT = (
    "Honored to have offered the benediction today at this historic ceremony. "
    "The yarmulked head in the front row is mine. https://t.co/dLVatVHxRr"
)
WARREN = snippet("addictinginfo-warren")
SCHUKIN = snippet("theverge-schukin")
KEIZI = snippet("gaijinpot-keizi666")


def goldstein_citations() -> list[Citation]:
    return [
        cite(GOLDSTEIN, "Goldstein tweeted he was “honored”", kind="quote",
             speaker="Goldstein", text="honored", cue="tweeted"),
        cite(GOLDSTEIN, "— Seth Goldstein (@Rabbi_360) January 7, 2020", kind="embed",
             speaker="Seth Goldstein", text=GOLDSTEIN_EMBED_TEXT,
             author=account("Rabbi_360", "Seth Goldstein"),
             posted=footer("January 7, 2020", date(2020, 1, 7)),
             cue="— Seth Goldstein (@Rabbi_360) January 7, 2020"),
        cite(GOLDSTEIN, "— Drew Mikkelsen (@drewmikkelsenk5) January 6, 2020", kind="embed",
             speaker="Drew Mikkelsen", author=account("drewmikkelsenk5", "Drew Mikkelsen"),
             text="The state’s newest Supreme Court Justice, Raquel Montoya-Lewis, heading "
             "into courtroom to be sworn in. She is the first state justice of Native "
             "American heritage. pic.twitter.com/CIHDX5qmux",
             posted=footer("January 6, 2020", date(2020, 1, 6))),
    ]  # fmt: skip


def warren_citations() -> list[Citation]:
    return [
        cite(WARREN, "Warren tweeted Trump", kind="reference", speaker="Warren", cue="tweeted"),
        cite(WARREN, "— Elizabeth Warren (@elizabethforma) October 15, 2018", kind="embed",
             speaker="Elizabeth Warren", author=account("elizabethforma", "Elizabeth Warren"),
             text="By the way, @realDonaldTrump: Remember saying on 7/5 that you’d give $1M "
             "to a charity of my choice if my DNA showed Native American ancestry?"),
        cite(WARREN, "— Aaron Rupar (@atrupar) October 15, 2018", kind="embed",
             speaker="Aaron Rupar", author=account("atrupar", "Aaron Rupar"),
             text="MSNBC put together video of Trump unequivocally telling Elizabeth "
             "Warren in July that “I’ll give you a million dollars”"),
    ]  # fmt: skip


def schukin_citations() -> list[Citation]:
    return [
        cite(SCHUKIN, "spotted by Mike Rundle on Twitter", kind="reference",
             speaker="Mike Rundle", cue="on Twitter"),
        cite(SCHUKIN, "On Twitter, Dave Schukin explains", kind="reference",
             speaker="Dave Schukin", cue="On Twitter"),
        cite(SCHUKIN, "— Dave Schukin   (@schukin) July 3, 2019", kind="embed",
             speaker="Dave Schukin", author=account("schukin", "Dave Schukin"),
             text="How iOS 13 FaceTime Attention Correction works: it simply uses ARKit"),
    ]  # fmt: skip


def keizi_citations() -> list[Citation]:
    return [
        cite(KEIZI, "Twitter user @keizi666 wrote a series of tweets", kind="reference",
             speaker="keizi666", cue="wrote a series of tweets"),
        cite(KEIZI, "— マツモトケイジ (@keizi666) January 24, 2020", kind="embed",
             speaker="マツモトケイジ", author=account("keizi666", "マツモトケイジ"),
             text="みんなに知っておいて欲しいんだけど、目の前で痴漢してるやつを見つけることがあるんですよ。"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("prose", "found", "expected"),
    [
        pytest.param(GOLDSTEIN, goldstein_citations(), ["rabbi_360", "rabbi_360", "drewmikkelsenk5"],
                     id="timesofisrael-one-word-quote-takes-the-embeds-account"),
        pytest.param(WARREN, warren_citations(), ["elizabethforma", "elizabethforma", "atrupar"],
                     id="addictinginfo-surname-reference-takes-the-footer-account"),
        pytest.param(SCHUKIN, schukin_citations(), [None, "schukin", "schukin"],
                     id="theverge-full-name-reference-takes-the-footer-account"),
        pytest.param(KEIZI, keizi_citations(), ["keizi666", "keizi666"],
                     id="gaijinpot-handle-as-speaker-takes-the-account"),
    ],
)  # fmt: skip
def test_real_snippets_link_authors(prose: str, found: list[Citation], expected: list[str]) -> None:
    source_found, prose_found = link([], found, prose)
    assert source_found == []
    assert [handle_of(c) for c in prose_found] == expected


def test_quote_of_an_embed_takes_its_date_and_the_embed_keeps_its_speaker() -> None:
    _, (quote, embed, other) = link([], goldstein_citations(), GOLDSTEIN)
    assert quote.posted is not None
    assert quote.posted.iso == "2020-01-07"
    assert quote.speaker == "Goldstein"
    assert embed.speaker == "Seth Goldstein"
    assert other == goldstein_citations()[2]


def test_quote_of_an_html_widget_takes_its_url_and_id() -> None:
    quote, text_embed, _ = goldstein_citations()
    widget = attrs.evolve(
        text_embed,
        span=(91_000, 92_400),  # HTML offsets: not comparable with the prose
        url="https://x.com/rabbi_360/status/1214387633146564608",
        post_id="1214387633146564608",
    )
    (widget_after,), (linked,) = link([widget], [quote], GOLDSTEIN)
    assert linked.url == widget.url
    assert linked.post_id == "1214387633146564608"
    assert handle_of(linked) == "rabbi_360"
    assert widget_after == widget
    assert linked.span == quote.span


def test_reference_gets_an_account_but_never_a_post() -> None:
    reference, embed, _ = warren_citations()
    embed = attrs.evolve(embed, url="https://x.com/elizabethforma/status/1", post_id="1")
    _, (linked, _) = link([], [reference, embed], WARREN)
    assert handle_of(linked) == "elizabethforma"
    assert (linked.url, linked.post_id, linked.posted) == (None, None, None)


# --- synthetic: the editorial changes a quote makes --------------------------------

TRUMP_TWEET = (
    "Great meeting with @KimKardashian today, talked about prison reform and sentencing. "
    "https://t.co/abc pic.twitter.com/xyz"
)
TRUMP = account("realDonaldTrump", "Donald J. Trump")


def trump_embed(**changes: Any) -> Citation:
    embed = Citation(
        kind="embed", platform="twitter", text=TRUMP_TWEET, speaker="Donald J. Trump",
        author=TRUMP, url="https://x.com/realdonaldtrump/status/1001961235838103552",
        post_id="1001961235838103552", posted=footer("May 31, 2018", date(2018, 5, 31)),
        span=(500, 640),
    )  # fmt: skip
    return attrs.evolve(embed, **changes)


def quote(text: str, speaker: str | None = "Trump", **changes: Any) -> Citation:
    return Citation(
        kind="quote", platform=changes.pop("platform", "twitter"), text=text,
        speaker=speaker, cue="tweeted", span=(0, 120), **changes,
    )  # fmt: skip


@pytest.mark.parametrize(
    "quoted",
    [
        pytest.param("Great meeting with [Kim Kardashian] today, talked about prison reform and sentencing",
                     id="bracketed-name-for-a-handle"),
        pytest.param("GREAT MEETING with Kim Kardashian today", id="case-and-inserted-name-unbracketed"),
        pytest.param("talked about prison reform … and sentencing.", id="ellipsis-between-runs"),
        pytest.param("Great meeting with [her] today... prison reform and sentencing",
                     id="typed-ellipsis-and-insertion"),
        pytest.param("sentencing. https://t.co/abc talked about prison reform", id="trimmed-link-and-reordered-fragments"),
        pytest.param("prison reform", id="two-words-with-agreeing-speaker"),
    ],
)  # fmt: skip
def test_quote_matches_the_embed_despite_editing(quoted: str) -> None:
    _, (linked, embed) = link([], [quote(quoted), trump_embed()], "")
    assert linked.post_id == "1001961235838103552"
    assert linked.url == trump_embed().url
    assert linked.author == TRUMP
    assert embed == trump_embed()


@pytest.mark.parametrize(
    ("quoted", "speaker", "platform"),
    [
        pytest.param("prison reform", None, "twitter", id="two-words-speaker-unknown"),
        pytest.param("today", "Kardashian", "twitter", id="one-word-other-speaker"),
        pytest.param("Great meeting with Kim Kardashian today, talked about prison reform",
                     "Ava DuVernay", "twitter", id="long-run-but-speakers-disagree"),
        pytest.param("Great meeting with Kim Kardashian today, talked about prison reform",
                     "Trump", "instagram", id="other-platform"),
        pytest.param("The system has failed", "Trump", "twitter", id="words-not-in-the-post"),
        pytest.param("meeting prison reform sentencing the system has failed",
                     "Trump", "twitter", id="overlap-under-the-share"),
        pytest.param("…", "Trump", "twitter", id="no-words-at-all"),
    ],
)  # fmt: skip
def test_quote_that_does_not_quote_the_embed_stays_apart(
    quoted: str, speaker: str | None, platform: str
) -> None:
    original = quote(quoted, speaker, platform=platform)
    _, (linked, embed) = link([], [original, trump_embed()], "")
    assert (linked.url, linked.post_id) == (None, None)
    assert embed.speaker == "Donald J. Trump"


def test_quote_with_another_post_id_is_another_post() -> None:
    original = quote("Great meeting with Kim Kardashian today", post_id="99")
    _, (linked, _) = link([], [original, trump_embed()], "")
    assert (linked.url, linked.post_id, linked.posted) == (None, "99", None)


@pytest.mark.parametrize(
    ("own", "expected_iso"),
    [
        pytest.param(None, "2018-05-31", id="no-date-takes-the-footer"),
        pytest.param(prose_date("hours later", None, None), "2018-05-31",
                     id="unresolved-date-takes-the-footer"),
        pytest.param(prose_date("on Wednesday", date(2018, 5, 30)), "2018-05-30",
                     id="resolved-prose-date-stands"),
        pytest.param(prose_date("in May", date(2018, 5, 1), "month"), "2018-05",
                     id="coarser-prose-date-stands"),
    ],
)  # fmt: skip
def test_quote_keeps_its_own_resolved_date(own: PostDate | None, expected_iso: str) -> None:
    original = quote("Great meeting with Kim Kardashian today", posted=own)
    _, (linked, _) = link([], [original, trump_embed()], "")
    assert linked.posted is not None
    assert linked.posted.iso == expected_iso


def test_embed_without_speaker_or_date_takes_the_quotes() -> None:
    bare = trump_embed(speaker=None, posted=None)
    said = quote(
        "Great meeting with Kim Kardashian today", posted=prose_date("Thursday", date(2018, 5, 31))
    )
    _, (_, embed) = link([], [said, bare], "")
    assert embed.speaker == "Trump"
    assert embed.posted == said.posted


def test_quote_on_social_media_takes_the_embeds_platform() -> None:
    original = quote("Great meeting with Kim Kardashian today", platform=None)
    _, (linked, _) = link([], [original, trump_embed()], "")
    assert linked.platform is not None
    assert linked.platform.value == "twitter"


def test_tie_between_posts_goes_to_the_nearest_embed_in_the_prose() -> None:
    far = trump_embed(span=(5_000, 5_100))
    near = trump_embed(span=(150, 260), post_id="2", url="https://x.com/realdonaldtrump/status/2")
    _, (linked, *_) = link([], [quote("prison reform"), far, near], "")
    assert linked.post_id == "2"


def test_tie_between_widgets_links_nothing() -> None:
    other = trump_embed(post_id="2", url="https://x.com/realdonaldtrump/status/2")
    _, (linked,) = link([trump_embed(), other], [quote("prison reform")], "")
    assert linked.post_id is None


# --- synthetic: speakers and accounts named elsewhere ---------------------------------

PROSE_ACCOUNT = (
    "President Donald Trump (@realDonaldTrump) tweeted a picture from the Oval Office.\n"
    "Later, Trump tweeted that the meeting went well.\n"
    "Kardashian posted a photo on Instagram.\n"
)


def prose_reference(anchor: str, speaker: str, platform: str = "twitter") -> Citation:
    return cite(PROSE_ACCOUNT, anchor, kind="reference", speaker=speaker, platform=platform)


def test_name_with_handle_in_prose_gives_the_account() -> None:
    found = [
        prose_reference("President Donald Trump (@realDonaldTrump) tweeted", "Donald Trump"),
        prose_reference("Trump tweeted that", "Trump"),
    ]
    _, linked = link([], found, PROSE_ACCOUNT)
    assert [handle_of(c) for c in linked] == ["realdonaldtrump", "realdonaldtrump"]
    assert linked[1].author is not None
    assert str(linked[1].author) == "@realDonaldTrump"


def test_name_with_handle_on_a_line_without_citation_is_not_used() -> None:
    prose = "Donald Trump (@realDonaldTrump) is president.\nTrump tweeted that it went well.\n"
    found = [cite(prose, "Trump tweeted", kind="reference", speaker="Trump")]
    _, (linked,) = link([], found, prose)
    assert linked.author is None


@pytest.mark.parametrize(
    ("speaker", "accounts", "prose", "expected"),
    [
        pytest.param("Kardashian", [account("KimKardashian", "Kim Kardashian West")], "",
                     "kimkardashian", id="surname-inside-a-longer-name"),
        pytest.param("Kim Kardashian", [account("KimKardashian", "Kim Kardashian West")], "",
                     "kimkardashian", id="full-name-inside-a-longer-name"),
        pytest.param("Sen. Elizabeth Warren", [account("elizabethforma", "Elizabeth Warren")], "",
                     "elizabethforma", id="title-left-out"),
        pytest.param("@KimKardashian", [account("KimKardashian", "Kim")], "", "kimkardashian",
                     id="handle-as-speaker"),
        pytest.param("Trump", [TRUMP, account("EricTrump", "Eric Trump")], "", None,
                     id="ambiguous-surname"),
        pytest.param("Donald Trump", [TRUMP, account("EricTrump", "Eric Trump")], "",
                     "realdonaldtrump", id="full-name-settles-a-shared-surname"),
        pytest.param("Trump", [account("EricTrump", "Eric Trump")],
                     "President Donald Trump met Kardashian.", None,
                     id="surname-of-another-person-named-in-the-article"),
        pytest.param("Trump", [account("EricTrump", "Eric Trump")],
                     "Eric Trump met Kardashian.", "erictrump",
                     id="surname-of-the-same-person-named-in-the-article"),
        pytest.param("Warren", [account("elizabethforma", "Elizabeth Warren")],
                     "Massachusetts Sen. Elizabeth Warren released her results.", "elizabethforma",
                     id="surname-in-a-longer-run-of-capitals"),
        pytest.param("Warren", [account("elizabethforma", "Elizabeth Warren")],
                     "Elizabeth Warren met Warren Buffett.", None,
                     id="surname-also-a-first-name-in-the-article"),
        pytest.param("Warren", [account("elizabethforma", "Elizabeth Warren")],
                     "Trump Denies Donation He Promised If Elizabeth Warren Releases DNA Results\n"
                     "Warren tweeted Trump.", "elizabethforma",
                     id="headline-capitals-are-not-rival-names"),
        pytest.param("Kardashian", [account("KimKardashian", "Kim Kardashian", "instagram")], "",
                     None, id="account-on-another-platform"),
        pytest.param("Warren", [account("atrupar", "Aaron Rupar")], "", None, id="no-fitting-account"),
    ],
)  # fmt: skip
def test_speaker_gets_the_one_fitting_account(
    speaker: str, accounts: list[Account], prose: str, expected: str | None
) -> None:
    embeds = [
        Citation(kind="embed", platform=a.platform, author=a, speaker=a.name, span=(900 + i, 950))
        for i, a in enumerate(accounts)
    ]
    reference = Citation(kind="reference", platform="twitter", speaker=speaker, span=(0, 40))
    _, (linked, *_) = link([], [reference, *embeds], prose)
    assert handle_of(linked) == expected


def test_widget_accounts_count_too() -> None:
    widget = Citation(kind="embed", platform="twitter", author=TRUMP, span=(9_000, 9_500))
    reference = Citation(kind="reference", platform="twitter", speaker="Trump", span=(0, 40))
    (widget_after,), (linked,) = link([widget], [reference], "")
    assert handle_of(linked) == "realdonaldtrump"
    assert widget_after == widget


def test_author_given_in_prose_is_kept() -> None:
    own = account("KimKardashian", "Kim Kardashian")
    reference = Citation(
        kind="reference", platform="twitter", speaker="Kardashian", author=own, span=(0, 9)
    )
    embed = Citation(
        kind="embed", platform="twitter", author=account("kimk", "Kim Kardashian"), span=(50, 99)
    )
    _, (linked, _) = link([], [reference, embed], "")
    assert linked.author == own


def test_nothing_to_link_returns_the_lists_as_they_are() -> None:
    embeds = goldstein_citations()[1:]
    assert link(embeds, [], GOLDSTEIN) == (embeds, [])
    assert link([], embeds, GOLDSTEIN) == ([], embeds)


# --- invariants ----------------------------------------------------------------------

_FIELDS = (
    "platform",
    "text",
    "speaker",
    "author",
    "cue",
    "url",
    "post_id",
    "mentions",
    "span",
    "kind",
)


@given(
    st.lists(citations, max_size=5),
    st.lists(citations, max_size=5),
    st.text(max_size=300),
)
def test_link_only_fills_gaps(
    source_found: list[Citation], prose_found: list[Citation], prose: str
) -> None:
    after_source, after_prose = link(source_found, prose_found, prose)
    assert len(after_source) == len(source_found)
    assert len(after_prose) == len(prose_found)
    for before, after in zip(source_found + prose_found, after_source + after_prose, strict=True):
        for name in _FIELDS:
            old = getattr(before, name)
            if old is not None:
                assert getattr(after, name) == old, name
        if before.posted is not None and before.posted.value is not None:
            assert after.posted == before.posted
        if before.kind.value == "reference":
            assert (after.url, after.post_id) == (before.url, before.post_id)


@given(st.text(max_size=400), st.text(max_size=400), st.text(max_size=40))
def test_any_text_links_without_error(quoted: str, posted: str, speaker: str) -> None:
    q = Citation(kind="quote", platform="twitter", text=quoted, speaker=speaker, span=(0, 1))
    e = Citation(kind="embed", platform="twitter", text=posted, author=TRUMP, span=(2, 3))
    r = Citation(kind="reference", platform="twitter", speaker=speaker, span=(4, 5))
    link([e], [q, r], quoted + "\n" + posted)


# --- end to end: extract() on the snippets (needs the embed and prose detectors) ---------


@pytest.mark.parametrize(
    ("name", "published", "kind", "speaker", "handle"),
    [
        pytest.param("timesofisrael-goldstein", "2020-01-08", "quote", "Goldstein", "rabbi_360",
                     id="timesofisrael-quote-linked-to-embed"),
        pytest.param("addictinginfo-warren", "2018-10-15", "reference", "Warren", "elizabethforma",
                     id="addictinginfo-reference-linked-to-footer"),
        pytest.param("theverge-schukin", "2019-07-03", "reference", "Dave Schukin", "schukin",
                     id="theverge-reference-linked-to-footer"),
    ],
)  # fmt: skip
def test_extract_links_prose_to_embeds(
    name: str, published: str, kind: str, speaker: str, handle: str
) -> None:
    found = socialcite.extract(snippet(name), published=published)
    prose = [c for c in found if c.kind.value == kind and c.speaker == speaker]
    assert prose, [(c.kind.value, c.speaker) for c in found]
    assert [handle_of(c) for c in prose] == [handle] * len(prose)


def test_extract_links_html_quotes_to_the_widget_they_quote() -> None:
    html = (LINKING / "cnn-hamilton.html").read_text(encoding="utf-8")
    found = socialcite.extract(html)
    (widget,) = [c for c in found if c.kind.value == "embed"]
    quotes = [c for c in found if c.kind.value == "quote"]
    assert widget.post_id == "99kB_8L00w"
    assert len(quotes) == 2
    for quote in quotes:
        assert quote.speaker == "Hamilton"
        assert (handle_of(quote), quote.post_id, quote.url) == (
            "lewishamilton",
            widget.post_id,
            widget.url,
        )
        assert quote.posted == widget.posted


# --- end to end: one page, HTML or text, the same citations --------------------------------

PAGES = json.loads((LINKING / "pages.json").read_text(encoding="utf-8"))


def _post_key(c: Citation) -> tuple[str | None, ...]:
    """What must agree between a page's HTML and its text: all but spans and ids.

    A tweet's id is in its widget but not in the extracted text (trafilatura
    keeps the attribution line, not the status link), so ids are compared on
    their own, as a subset.
    """
    day = None if c.posted is None or c.posted.iso is None else c.posted.iso[:10]
    return (
        c.kind.value,
        None if c.platform is None else c.platform.value,
        handle_of(c),
        c.speaker,
        day,
    )


@pytest.mark.parametrize("page", [pytest.param(p, id=p["id"].split("--")[1]) for p in PAGES])
def test_html_and_text_give_the_same_citations(page: dict[str, Any]) -> None:
    html = (LINKING / f"{page['id']}.html").read_text(encoding="utf-8", errors="replace")
    text = (LINKING / f"{page['id']}.txt").read_text(encoding="utf-8")
    from_html = socialcite.extract(html, published=page["published"], format="html")
    from_text = socialcite.extract(text, published=page["published"], format="text")
    # Not an empty agreement: the text holds the page's embeds and linked prose.
    assert sorted(handle_of(c) or "" for c in from_text if c.kind.value == "embed") == sorted(
        page["embed_handles"]
    )
    for want in page["linked"]:
        assert any(
            c.kind.value == want["kind"]
            and name_words(c.speaker) == name_words(want["speaker"])
            and handle_of(c) == want["handle"]
            for c in from_text
        ), want
    html_keys = Counter(_post_key(c) for c in from_html)
    text_keys = Counter(_post_key(c) for c in from_text)
    assert html_keys - text_keys == Counter(), "only from HTML"
    assert text_keys - html_keys == Counter(), "only from text"
    html_ids = {c.post_id for c in from_html if c.post_id}
    assert {c.post_id for c in from_text if c.post_id} <= html_ids
