"""Embeds in HTML widget markup: one widget per fixture, plus what is not an embed.

Fixtures live in ``tests/data/embeds/`` (see its README: real snippets from
the corpus, and snippets written from each platform's published embed code
for the platforms the corpus lacks).
"""

from __future__ import annotations

import unicodedata
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import socialcite
from socialcite._dates import DateResolver
from socialcite._embeds_html import find_embeds
from socialcite._html import parse_html
from socialcite._model import Citation
from tests.conftest import DATA

EMBEDS = DATA / "embeds"
REFERENCE = datetime(2024, 12, 1, 12, 0)


def _embeds(html: str) -> list[Citation]:
    return find_embeds(parse_html(html), DateResolver(REFERENCE))


def _one(html: str) -> Citation:
    found = _embeds(html)
    assert len(found) == 1, found
    return found[0]


# (fixture, platform, post_id, handle, display name, day, text start); the day
# is the footer's, else the time the post id encodes (tweets, Instagram and
# Threads shortcodes, TikTok, Mastodon and Truth Social ids, Bluesky keys).
WIDGETS = [
    # --- real widgets, copied from corpus pages --------------------------------------
    pytest.param(
        "twitter-blockquote.html", "twitter", "666959584536469509", "mrtopple", "Steve Topple",
        "2015-11-18", "MP's on both sides laughing", id="twitter-blockquote",
    ),
    pytest.param(
        "twitter-blockquote-ja.html", "twitter", "1220552769737592837", "keizi666", "マツモトケイジ",
        "2020-01-24", "みんなに知っておいて欲しい", id="twitter-japanese-name-multiline",
    ),
    pytest.param(
        "twitter-blockquote-ru.html", "twitter", "996650856568295425", "x_campos", "Javier Campos",
        "2018-05-16", "Súper HAPPY", id="twitter-russian-footer-date",
    ),
    pytest.param(
        "twitter-amp.html", "twitter", "1311697819384844290", None, None,
        "2020-10-01", None, id="amp-twitter-date-from-id",
    ),
    pytest.param(
        "instagram-blockquote-2015.html", "instagram", "99kB_8L00w", "lewishamilton",
        "Lewis Hamilton", "2015-11-11", "Dear TeamLH", id="instagram-photo-posted-by",
    ),
    pytest.param(
        "instagram-blockquote-de.html", "instagram", "CU-W6L2IdxU", "3ensta",
        "Benjamin Näßler (he/him)", "2021-10-13", None,
        id="instagram-german-name-with-parentheses",
    ),
    pytest.param(
        "instagram-amp.html", "instagram", "B1mHd6sHGXK", None, None, "2019-08-25", None,
        id="amp-instagram",
    ),
    pytest.param(
        "facebook-fb-post.html", "facebook", "443633579170356", "jonathanreynoldsmp",
        "Jonathan Reynolds MP", "2015-11-18", "I was as surprised", id="facebook-fb-post",
    ),
    pytest.param(
        "facebook-iframe.html", "facebook", "139298604287427", "egypt.mohp", None, None, None,
        id="facebook-plugins-post-iframe",
    ),
    pytest.param(
        "youtube-iframe-nocookie.html", "youtube", "Kd2q-MaHMWs", None, None, None, None,
        id="youtube-nocookie-iframe",
    ),
    pytest.param(
        "youtube-playlist.html", "youtube", None, None, None, None, None,
        id="youtube-playlist-no-post-id",
    ),
    # --- written from the platforms' published embed code ------------------------------
    pytest.param(
        "tiktok-blockquote.html", "tiktok", "6718335390845095173", "scout2015", None,
        "2019-07-27", "Scramble up ur name", id="tiktok-blockquote",
    ),
    pytest.param(
        "threads-blockquote.html", "threads", "C8YpXyYy9hP", "zuck", None, "2024-06-19", None,
        id="threads-blockquote",
    ),
    pytest.param(
        "bluesky-blockquote.html", "bluesky", "3l6oveex3ii2l", "bsky.app", "Bluesky",
        "2024-10-08", "Introducing the Bluesky embed", id="bluesky-blockquote",
    ),
    pytest.param(
        "mastodon-blockquote.html", "mastodon", "113283498203949562", "gargron@mastodon.social",
        None, "2024-10-10", None, id="mastodon-blockquote",
    ),
    pytest.param(
        "mastodon-iframe.html", "mastodon", "99662106175542726", "gargron@mastodon.social",
        None, "2018-03-10", None, id="mastodon-iframe",
    ),
    pytest.param(
        "truthsocial-iframe.html", "truthsocial", "114226466489012215", "realdonaldtrump",
        None, "2025-03-26", None, id="truthsocial-iframe",
    ),
    pytest.param(
        "instagram-blockquote-2023.html", "instagram", "CxQGQd7Ov0K", "nasa", "NASA", "2023-09-16",
        None,
        id="instagram-current-code-no-caption",
    ),
    pytest.param(
        "twitter-iframe.html", "twitter", "1002103497725173760", None, None, "2018-05-31", None,
        id="twitter-rendered-iframe",
    ),
    pytest.param(
        "youtube-lite.html", "youtube", "ogfYd705cRs", None, None, None, None, id="lite-youtube",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("fixture", "platform", "post_id", "handle", "name", "day", "text_start"), WIDGETS
)
def test_widget(
    fixture: str,
    platform: str,
    post_id: str | None,
    handle: str | None,
    name: str | None,
    day: str | None,
    text_start: str | None,
) -> None:
    html = (EMBEDS / fixture).read_text(encoding="utf-8")
    c = _one(html)
    assert (c.kind.value, c.platform and c.platform.value, c.post_id) == (
        "embed",
        platform,
        post_id,
    )
    assert (c.author.handle if c.author else None) == handle
    # Names as written; this page writes "ä" decomposed.
    written = c.author.name if c.author else None
    assert (unicodedata.normalize("NFC", written) if written else None) == name
    assert (c.posted.iso[:10] if c.posted and c.posted.iso else None) == day
    if text_start is None:
        assert c.text is None or not c.text.startswith(("View this post", "Sieh dir"))
    else:
        assert c.text is not None
        assert c.text.startswith(text_start)
    assert c.url is not None
    # The span is the widget element itself.
    start, end = c.span
    assert html[start] == "<"
    assert html[:end].rstrip().endswith(">")


def test_post_text_keeps_its_links_and_mentions() -> None:
    c = _one(
        '<blockquote class="twitter-tweet"><p lang="en">Thanks <a href="https://twitter.com/'
        'ParallelsMac">@ParallelsMac</a>! <a href="https://t.co/eDJu0qRTb8">pic.twitter.com/'
        'eDJu0qRTb8</a></p>&mdash; Sebastin Rothe (@port_noy) <a href="https://twitter.com/'
        'port_noy/status/996650856568295425">May 16, 2018</a></blockquote>'
    )
    assert c.text == "Thanks @ParallelsMac! pic.twitter.com/eDJu0qRTb8"
    assert [m.handle for m in c.mentions] == ["parallelsmac"]
    assert c.cue == "— Sebastin Rothe (@port_noy) May 16, 2018"
    assert c.speaker == "Sebastin Rothe"


def test_footer_date_beats_id_clock() -> None:
    # The footer says the day the widget shows; the id clock is the fallback.
    c = _one(
        '<blockquote class="twitter-tweet"><p>Hi</p>&mdash; Ann (@ann) <a href="https://twitter.com/'
        'ann/status/666959584536469509">November 18, 2015</a></blockquote>'
    )
    assert c.posted is not None
    assert c.posted.source.value == "footer"


@pytest.mark.parametrize(
    "between",
    [
        pytest.param("<p>Again:</p>", id="same-widget-twice"),
        pytest.param("", id="same-widget-back-to-back"),
    ],
)
def test_a_repeated_widget_is_one_embed_per_copy(between: str) -> None:
    # Copies of one widget are read once per page; each keeps its own span.
    widget = (EMBEDS / "twitter-blockquote.html").read_text()
    page = parse_html("<p>Look:</p>" + widget + between + widget)
    first, second = find_embeds(page, DateResolver(None))
    assert first.span != second.span
    assert page.source[first.span[0] : first.span[1]] == widget.strip()
    assert page.source[second.span[0] : second.span[1]] == widget.strip()
    assert {**first.to_dict(), "span": None} == {**second.to_dict(), "span": None}


def test_the_widget_is_not_prose() -> None:
    page = parse_html(
        "<p>Before.</p>" + (EMBEDS / "twitter-blockquote.html").read_text() + "<p>After.</p>"
    )
    assert page.prose == "Before.\nAfter."


def test_extract_finds_widget_embeds_in_document_order() -> None:
    html = (
        "<html><body><p>First:</p>"
        + (EMBEDS / "youtube-iframe-nocookie.html").read_text()
        + "<p>Then:</p>"
        + (EMBEDS / "twitter-blockquote.html").read_text()
        + "</body></html>"
    )
    cites = [c for c in socialcite.extract(html, format="html") if c.kind.value == "embed"]
    assert [c.platform.value for c in cites if c.platform] == ["youtube", "twitter"]


NOT_EMBEDS = [
    pytest.param(
        '<iframe src="http://platform.twitter.com/widgets/tweet_button.html?count=horizontal">'
        "</iframe>", id="tweet-share-button-iframe",
    ),
    pytest.param(
        '<iframe src="http://www.facebook.com/plugins/likebox.php?href=http%3A%2F%2Fwww.facebook.'
        'com%2Fnews" style="border:none"></iframe>', id="facebook-like-box",
    ),
    pytest.param(
        '<iframe src="https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fexample.com">'
        "</iframe>", id="facebook-like-button",
    ),
    pytest.param(
        '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
        id="widgets-js-alone",
    ),
    pytest.param(
        '<a href="https://twitter.com/nytimes" class="twitter-follow-button">Follow @nytimes</a>',
        id="twitter-follow-button",
    ),
    pytest.param(
        '<a class="twitter-share-button" href="https://twitter.com/intent/tweet?text=Hi">Tweet</a>',
        id="twitter-share-link",
    ),
    pytest.param(
        '<p>Follow us on <a href="https://www.instagram.com/natgeo/">Instagram</a></p>',
        id="follow-us-on-instagram",
    ),
    pytest.param(
        '<blockquote><p>"We will win," she said.</p>— Jane Doe</blockquote>',
        id="pull-quote-blockquote",
    ),
    pytest.param(
        '<script>var s = \'<blockquote class="twitter-tweet"><a href="https://twitter.com/a/'
        "status/1\">x</a></blockquote>';</script>", id="widget-in-script-string",
    ),
    pytest.param(
        '<template><blockquote class="instagram-media" data-instgrm-permalink="https://www.'
        'instagram.com/p/B1mHd6sHGXK/"></blockquote></template>', id="widget-in-template",
    ),
    pytest.param(
        '<!-- <iframe src="https://www.youtube.com/embed/Kd2q-MaHMWs"></iframe> -->',
        id="widget-in-comment",
    ),
    pytest.param(
        '<div class="fb-like" data-href="https://www.facebook.com/cnn"></div>',
        id="facebook-like-div",
    ),
    pytest.param(
        '<blockquote class="twitter-tweet-button"><a href="https://twitter.com/a">a</a></blockquote>',
        id="class-token-must-match-exactly",
    ),
    pytest.param(
        '<blockquote class="twitter-tweet"><p>no link, no footer</p></blockquote>',
        id="twitter-class-without-post-or-footer",
    ),
    pytest.param(
        '<iframe src="https://www.google.com/maps/embed?pb=1"></iframe>', id="other-iframe",
    ),
]  # fmt: skip


@pytest.mark.parametrize("html", NOT_EMBEDS)
def test_not_an_embed(html: str) -> None:
    assert _embeds(html) == []


HOSTILE = [
    pytest.param('<blockquote class="twitter-tweet">' * 2000, id="unclosed-widgets"),
    pytest.param("<iframe src=" * 5000, id="unclosed-iframe-tags"),
    pytest.param('<blockquote class="instagram-media" data-instgrm-permalink="' + "x" * 100_000,
                 id="unclosed-attribute"),
    pytest.param('<div class="fb-post">' * 3000 + "</div>" * 10, id="deep-fb-divs"),
    pytest.param("<" * 50_000 + ">", id="lt-storm"),
    pytest.param("&mdash; (@" * 20_000, id="footer-storm"),
]  # fmt: skip


@pytest.mark.parametrize("html", HOSTILE)
def test_hostile_markup_neither_raises_nor_hangs(html: str) -> None:
    for c in _embeds(html):
        assert 0 <= c.span[0] < c.span[1] <= len(html)


@given(st.text(alphabet="<>/=\"' abcfiqt-", max_size=400))
def test_any_markup_soup_gives_spans_inside_the_source(html: str) -> None:
    for c in _embeds(html):
        assert 0 <= c.span[0] < c.span[1] <= len(html)


# The same widget, as HTML and as the text an extractor keeps of it, gives the
# same platform, speaker, footer account and footer day (the text has no post
# URL, so no id, and no account or date that only the URL gives).
SAME_IN_TEXT = [
    "twitter-blockquote.html",
    "twitter-blockquote-ja.html",
    "twitter-blockquote-ru.html",
    "instagram-blockquote-2015.html",
    "instagram-blockquote-de.html",
    "instagram-blockquote-2023.html",
    "facebook-fb-post.html",
    "tiktok-blockquote.html",
    "threads-blockquote.html",
    "bluesky-blockquote.html",
    "mastodon-blockquote.html",
]


@pytest.mark.parametrize("fixture", SAME_IN_TEXT)
def test_html_and_its_text_give_the_same_embed(fixture: str) -> None:
    from socialcite._embeds_text import find_embeds as find_text_embeds

    html = (EMBEDS / fixture).read_text(encoding="utf-8")
    page = parse_html(html)
    from_html = _one(html)
    text = page.text_of(0, len(page.tags) - 1)
    (from_text,) = find_text_embeds(text, DateResolver(REFERENCE))

    assert (from_text.platform, from_text.speaker) == (from_html.platform, from_html.speaker)
    # A footer's handle is in both; a handle from the post URL only in HTML.
    if from_text.author is not None:
        assert from_html.author is not None
        assert from_text.author.handle == from_html.author.handle
    if from_text.posted is not None and from_text.posted.iso:
        assert from_html.posted is not None
        assert from_html.posted.iso
        assert from_text.posted.iso[:10] == from_html.posted.iso[:10]
