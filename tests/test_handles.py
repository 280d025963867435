"""Handles and mentions: ``parse_handle`` and ``find_mentions`` on every platform.

Rows are grouped by origin: real-world (sentences and profile URLs from the
development corpus and from the platforms' own pages), synthetic (each rule
of a platform's handle syntax), and negative (what must not be read as a
handle). The twitter-text conformance suite lives in
``test_mentions_conformance.py``.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from twitter_text import Extractor

from socialcite import (
    Account,
    InvalidOptionError,
    InvalidSourceError,
    Platform,
    find_mentions,
    parse_handle,
)

# --- parse_handle -------------------------------------------------------------
# (text, platform argument, expected platform, handle, display, profile URL)

REAL_HANDLES = [
    pytest.param(
        "@realDonaldTrump",
        None,
        "twitter",
        "realdonaldtrump",
        "@realDonaldTrump",
        "https://x.com/realdonaldtrump",
        id="twitter-at-name-keeps-written-case",
    ),
    pytest.param(
        "https://twitter.com/MattNavarra",
        None,
        "twitter",
        "mattnavarra",
        "@MattNavarra",
        "https://x.com/mattnavarra",
        id="twitter-profile-url",
    ),
    pytest.param(
        "https://x.com/elonmusk?lang=en",
        None,
        "twitter",
        "elonmusk",
        "@elonmusk",
        "https://x.com/elonmusk",
        id="x-profile-url-with-query",
    ),
    pytest.param(
        "http://twitter.com/#!/jetwick",
        None,
        "twitter",
        "jetwick",
        "@jetwick",
        "https://x.com/jetwick",
        id="twitter-hashbang-profile-url",
    ),
    pytest.param(
        "https://mobile.twitter.com/NOAASatellites/",
        None,
        "twitter",
        "noaasatellites",
        "@NOAASatellites",
        "https://x.com/noaasatellites",
        id="twitter-mobile-profile-url",
    ),
    pytest.param(
        "＠LucasNolan_",
        None,
        "twitter",
        "lucasnolan_",
        "＠LucasNolan_",
        "https://x.com/lucasnolan_",
        id="twitter-full-width-at-sign",
    ),
    pytest.param(
        "https://www.instagram.com/lewishamilton/",
        None,
        "instagram",
        "lewishamilton",
        "@lewishamilton",
        "https://www.instagram.com/lewishamilton/",
        id="instagram-profile-url",
    ),
    pytest.param(
        "@dussmann.official",
        "instagram",
        "instagram",
        "dussmann.official",
        "@dussmann.official",
        "https://www.instagram.com/dussmann.official/",
        id="instagram-dotted-name",
    ),
    pytest.param(
        "https://www.facebook.com/ejdionne",
        None,
        "facebook",
        "ejdionne",
        "ejdionne",
        "https://www.facebook.com/ejdionne",
        id="facebook-profile-url",
    ),
    pytest.param(
        "https://www.facebook.com/cnn/",
        None,
        "facebook",
        "cnn",
        "cnn",
        "https://www.facebook.com/cnn",
        id="facebook-short-page-name",
    ),
    pytest.param(
        "https://www.facebook.com/profile.php?id=100044238453210",
        None,
        "facebook",
        "100044238453210",
        "100044238453210",
        "https://www.facebook.com/profile.php?id=100044238453210",
        id="facebook-numeric-profile",
    ),
    pytest.param(
        "https://www.tiktok.com/@khaby.lame?lang=en",
        None,
        "tiktok",
        "khaby.lame",
        "@khaby.lame",
        "https://www.tiktok.com/@khaby.lame",
        id="tiktok-profile-url",
    ),
    pytest.param(
        "https://www.threads.net/@zuck",
        None,
        "threads",
        "zuck",
        "@zuck",
        "https://www.threads.com/@zuck",
        id="threads-net-profile-url",
    ),
    pytest.param(
        "@jay.bsky.team",
        None,
        "bluesky",
        "jay.bsky.team",
        "@jay.bsky.team",
        "https://bsky.app/profile/jay.bsky.team",
        id="bluesky-domain-handle",
    ),
    pytest.param(
        "https://bsky.app/profile/NYTimes.com",
        None,
        "bluesky",
        "nytimes.com",
        "@NYTimes.com",
        "https://bsky.app/profile/nytimes.com",
        id="bluesky-profile-url-custom-domain",
    ),
    pytest.param(
        "did:plc:z72i7hdynmk6r22z27h6tvur",
        None,
        "bluesky",
        "did:plc:z72i7hdynmk6r22z27h6tvur",
        "did:plc:z72i7hdynmk6r22z27h6tvur",
        "https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur",
        id="bluesky-did-plc",
    ),
    pytest.param(
        "https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur",
        None,
        "bluesky",
        "did:plc:z72i7hdynmk6r22z27h6tvur",
        "did:plc:z72i7hdynmk6r22z27h6tvur",
        "https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur",
        id="bluesky-profile-url-with-did",
    ),
    pytest.param(
        "@Gargron@mastodon.social",
        None,
        "mastodon",
        "gargron@mastodon.social",
        "@Gargron@mastodon.social",
        "https://mastodon.social/@gargron",
        id="mastodon-user-at-instance",
    ),
    pytest.param(
        "https://mastodon.social/@Gargron",
        None,
        "mastodon",
        "gargron@mastodon.social",
        "@Gargron@mastodon.social",
        "https://mastodon.social/@gargron",
        id="mastodon-profile-url",
    ),
    pytest.param(
        "Gargron@mastodon.social",
        "mastodon",
        "mastodon",
        "gargron@mastodon.social",
        "@Gargron@mastodon.social",
        "https://mastodon.social/@gargron",
        id="mastodon-without-leading-at-when-platform-given",
    ),
    pytest.param(
        "https://www.youtube.com/@MrBeast",
        None,
        "youtube",
        "mrbeast",
        "@MrBeast",
        "https://www.youtube.com/@mrbeast",
        id="youtube-at-handle-url",
    ),
    pytest.param(
        "https://www.youtube.com/channel/UCX6OQ3DkcsbYNE6H8uQQuVA",
        None,
        "youtube",
        "UCX6OQ3DkcsbYNE6H8uQQuVA",
        "UCX6OQ3DkcsbYNE6H8uQQuVA",
        "https://www.youtube.com/channel/UCX6OQ3DkcsbYNE6H8uQQuVA",
        id="youtube-channel-id-keeps-case",
    ),
    pytest.param(
        "https://www.youtube.com/c/NASA",
        None,
        "youtube",
        "c/NASA",
        "c/NASA",
        "https://www.youtube.com/c/NASA",
        id="youtube-legacy-custom-url",
    ),
    pytest.param(
        "https://www.youtube.com/user/NASAtelevision",
        None,
        "youtube",
        "user/NASAtelevision",
        "user/NASAtelevision",
        "https://www.youtube.com/user/NASAtelevision",
        id="youtube-legacy-user-url",
    ),
    pytest.param(
        "@MrBeast",
        "youtube",
        "youtube",
        "mrbeast",
        "@MrBeast",
        "https://www.youtube.com/@mrbeast",
        id="youtube-at-handle",
    ),
    pytest.param(
        "https://truthsocial.com/@realDonaldTrump",
        None,
        "truthsocial",
        "realdonaldtrump",
        "@realDonaldTrump",
        "https://truthsocial.com/@realdonaldtrump",
        id="truthsocial-profile-url",
    ),
    pytest.param(
        "@realDonaldTrump",
        "truthsocial",
        "truthsocial",
        "realdonaldtrump",
        "@realDonaldTrump",
        "https://truthsocial.com/@realdonaldtrump",
        id="truthsocial-at-name",
    ),
    pytest.param(
        "u/spez",
        None,
        "reddit",
        "spez",
        "u/spez",
        "https://www.reddit.com/user/spez/",
        id="reddit-u-slash",
    ),
    pytest.param(
        "/u/kn0thing",
        None,
        "reddit",
        "kn0thing",
        "u/kn0thing",
        "https://www.reddit.com/user/kn0thing/",
        id="reddit-slash-u-slash",
    ),
    pytest.param(
        "https://www.reddit.com/user/spez/",
        None,
        "reddit",
        "spez",
        "u/spez",
        "https://www.reddit.com/user/spez/",
        id="reddit-profile-url",
    ),
    pytest.param(
        "https://www.linkedin.com/in/satyanadella/",
        None,
        "linkedin",
        "satyanadella",
        "satyanadella",
        "https://www.linkedin.com/in/satyanadella/",
        id="linkedin-profile-url",
    ),
    pytest.param(
        "https://uk.linkedin.com/in/jane-doe-123",
        None,
        "linkedin",
        "jane-doe-123",
        "jane-doe-123",
        "https://www.linkedin.com/in/jane-doe-123/",
        id="linkedin-country-subdomain",
    ),
    pytest.param(
        "in/satyanadella",
        None,
        "linkedin",
        "satyanadella",
        "satyanadella",
        "https://www.linkedin.com/in/satyanadella/",
        id="linkedin-in-slash",
    ),
    pytest.param(
        "jack",
        "twitter",
        "twitter",
        "jack",
        "@jack",
        "https://x.com/jack",
        id="bare-name-with-platform",
    ),
]

INVALID_HANDLES = [
    pytest.param("", None, id="empty"),
    pytest.param("   ", None, id="spaces"),
    pytest.param("@", None, id="at-sign-alone"),
    pytest.param("jack", None, id="bare-name-names-no-platform"),
    pytest.param("hello world", None, id="words"),
    pytest.param("@example-name", "twitter", id="twitter-no-hyphen"),
    pytest.param("@" + "a" * 21, "twitter", id="twitter-over-20"),
    pytest.param("jo@example.com", None, id="e-mail-address"),
    pytest.param("https://twitter.com/home", None, id="twitter-site-page"),
    pytest.param("https://twitter.com/MattNavarra/status/1654247902070415360", None, id="post-url"),
    pytest.param("https://www.instagram.com/p/B8pT40EBjoK/", None, id="instagram-post-url"),
    pytest.param("@user..name", "instagram", id="instagram-double-dot"),
    pytest.param("@.user", "instagram", id="instagram-leading-dot"),
    pytest.param("@" + "a" * 31, "instagram", id="instagram-over-30"),
    pytest.param("https://www.facebook.com/sharer.php?u=x", None, id="facebook-share-dialog"),
    pytest.param("@a_b", "facebook", id="facebook-no-underscore"),
    pytest.param("@a", "tiktok", id="tiktok-under-2"),
    pytest.param("@jay", "bluesky", id="bluesky-needs-a-domain"),
    pytest.param("@-bad-.bsky.social", "bluesky", id="bluesky-edge-hyphen"),
    pytest.param("@user.123", "bluesky", id="bluesky-numeric-tld"),
    pytest.param("did:plc:short", None, id="bluesky-bad-did"),
    pytest.param("@Gargron@localhost", None, id="mastodon-instance-needs-a-domain"),
    pytest.param("@ab", "youtube", id="youtube-under-3"),
    pytest.param("u/ab", None, id="reddit-under-3"),
    pytest.param("https://www.instagram.com/nasa/", "twitter", id="platform-mismatch"),
    pytest.param("https://example.com/about", None, id="other-site"),
]


@pytest.mark.parametrize(("text", "platform", "on", "handle", "display", "url"), REAL_HANDLES)
def test_parse_handle(
    text: str, platform: str | None, on: str, handle: str, display: str, url: str
) -> None:
    account = parse_handle(text, platform)
    assert account is not None
    assert (account.platform.value, account.handle, account.display, account.url) == (
        on,
        handle,
        display,
        url,
    )


@pytest.mark.parametrize(
    ("text", "platform"), [pytest.param(*p.values[:2], id=p.id) for p in REAL_HANDLES]
)
def test_profile_url_reads_back_as_the_same_account(text: str, platform: str | None) -> None:
    account = parse_handle(text, platform)
    assert account is not None
    again = parse_handle(account.url)
    assert again is not None
    assert (again.platform, again.handle) == (account.platform, account.handle)


@pytest.mark.parametrize(("text", "platform"), INVALID_HANDLES)
def test_parse_handle_rejects(text: str, platform: str | None) -> None:
    assert parse_handle(text, platform) is None


def test_bare_mastodon_user_is_a_local_handle() -> None:
    """``@jack`` on Mastodon is valid: a user of the reader's own instance."""
    account = parse_handle("@jack", "mastodon")
    assert account is not None
    assert account.handle == "jack"


def test_parse_handle_bad_arguments() -> None:
    with pytest.raises(InvalidSourceError, match="str"):
        parse_handle(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidOptionError, match="myspace"):
        parse_handle("@jack", "myspace")


# --- find_mentions ------------------------------------------------------------

REAL_MENTIONS = [
    pytest.param(
        "Follow him on Twitter @LucasNolan_ or email him at lnolan@breitbart.com",
        "twitter",
        ["lucasnolan_"],
        id="twitter-mention-beside-e-mail",
    ),
    pytest.param(
        "@KevinColeman .@Angry_Drunk @s_bielefeld @marcoarment Wow",
        "twitter",
        ["kevincoleman", "angry_drunk", "s_bielefeld", "marcoarment"],
        id="twitter-dot-reply-chain",
    ),
    pytest.param(
        "we process @marcoarment’s apps",
        "twitter",
        ["marcoarment"],
        id="twitter-before-curly-apostrophe",
    ),
    pytest.param(
        "Ihr findet uns auf Instagram als @dussmann.official und auf Facebook",
        "instagram",
        ["dussmann.official"],
        id="instagram-dotted-name",
    ),
    pytest.param(
        "Ihr findet uns auf Instagram als @dussmann.official und auf Facebook",
        "twitter",
        ["dussmann"],
        id="twitter-stops-at-the-dot",
    ),
]

SYNTHETIC_MENTIONS = [
    pytest.param("Photo: @bumble.bff.", "instagram", ["bumble.bff"], id="instagram-trailing-dot"),
    pytest.param("by @khaby.lame!", "tiktok", ["khaby.lame"], id="tiktok-dotted"),
    pytest.param("follow @jay.bsky.team.", "bluesky", ["jay.bsky.team"], id="bluesky-domain"),
    pytest.param("ask @jay about it", "bluesky", [], id="bluesky-needs-a-domain"),
    pytest.param("mail jay@bsky.team", "bluesky", [], id="bluesky-not-an-e-mail"),
    pytest.param(
        "cc @Gargron@mastodon.social and @alice",
        "mastodon",
        ["gargron@mastodon.social", "alice"],
        id="mastodon-federated-and-local",
    ),
    pytest.param(
        "as u/spez said, and /u/kn0thing", "reddit", ["spez", "kn0thing"], id="reddit-u-slash"
    ),
    pytest.param("menu/spez", "reddit", [], id="reddit-inside-a-word"),
    pytest.param("@MrBeast's new video", "youtube", ["mrbeast"], id="youtube-handle"),
    pytest.param("@realDonaldTrump posted", "truthsocial", ["realdonaldtrump"], id="truth-social"),
    pytest.param("@nytimes shared", "facebook", ["nytimes"], id="facebook-username"),
    pytest.param("join @durov_says", "telegram", ["durov_says"], id="telegram"),
    pytest.param("medium.com/@user", "instagram", [], id="not-in-a-url-path"),
]


@pytest.mark.parametrize(("text", "platform", "handles"), REAL_MENTIONS + SYNTHETIC_MENTIONS)
def test_find_mentions(text: str, platform: str, handles: list[str]) -> None:
    assert [m.account.handle for m in find_mentions(text, platform)] == handles


def test_mention_keeps_written_form_and_span() -> None:
    text = "Thanks to @ParallelsMac for this"
    (mention,) = find_mentions(text)
    assert mention.account.display == "@ParallelsMac"
    assert text[slice(*mention.span)] == "@ParallelsMac"
    assert str(mention.account) == "@ParallelsMac"
    assert mention.account.url == "https://x.com/parallelsmac"


def test_list_mention_names_its_owner() -> None:
    (mention,) = find_mentions("see @nytimes/politics today")
    assert (mention.account.handle, mention.list_slug, mention.span) == (
        "nytimes",
        "politics",
        (4, 21),
    )


def test_find_mentions_bad_arguments() -> None:
    with pytest.raises(InvalidSourceError, match="str"):
        find_mentions(b"@jack")  # type: ignore[arg-type]
    with pytest.raises(InvalidOptionError, match="myspace"):
        find_mentions("@jack", "myspace")


def test_find_mentions_survives_huge_inputs() -> None:
    assert len(find_mentions("@" * 200_000)) == 0
    assert len(find_mentions("@a " * 50_000)) == 50_000
    # twitter-text takes the first 20 characters of an over-long name
    (long,) = find_mentions("@" + "a" * 200_000)
    assert long.span == (0, 21)
    for platform in Platform:
        find_mentions("@a.b" * 20_000 + "@x", platform)


# --- properties -----------------------------------------------------------------


@given(st.text(max_size=300), st.sampled_from(list(Platform)))
def test_mentions_are_well_formed(text: str, platform: Platform) -> None:
    for mention in find_mentions(text, platform):
        start, end = mention.span
        assert 0 <= start < end <= len(text)
        assert isinstance(mention.account, Account)
        assert mention.account.platform is platform
        assert mention.account.display is not None
        assert text[start:].startswith(mention.account.display)


# No "r"/"t" (PyPI twitter-text 3.0 gets lower-case "rt@" wrong), no "h" (it
# drops names starting "http"), no "/" (it loses a mention right after a
# dropped list): elsewhere the two must agree exactly.
_PEER_TEXT = st.text(alphabet="@＠ aAbB_19!#.:-é\nの", max_size=60)


@given(_PEER_TEXT)
def test_twitter_mentions_agree_with_twitter_text(text: str) -> None:
    ours = [(m.account.display[1:], list(m.span)) for m in find_mentions(text)]  # type: ignore[index]
    theirs = [
        (m["screen_name"], m["indices"])
        for m in Extractor(text).extract_mentions_or_lists_with_indices()
    ]
    assert ours == theirs


@given(st.text(max_size=200), st.sampled_from([None, *Platform]))
def test_parse_handle_never_raises(text: str, platform: Platform | None) -> None:
    account = parse_handle(text, platform)
    if account is not None:
        assert account.handle
        assert account.url.startswith("https://")
