"""Post URLs: every form of every platform, canonical URLs, and what is not a post.

Real-world rows are URLs found in the development corpus's pages (embeds,
links) and on the platforms' own pages; synthetic rows cover each remaining
form of ``_platforms.POST_URL_FORMS``; negative rows must give ``None``.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialcite import InvalidSourceError, PostRef, parse_post_url
from socialcite._platforms import POST_URL_FORMS

# (url, platform, handle, post_id, canonical url)
REAL_URLS = [
    pytest.param(
        "https://twitter.com/MattNavarra/status/1654247902070415360?ref_src=twsrc%5Etfw",
        "twitter",
        "mattnavarra",
        "1654247902070415360",
        "https://x.com/mattnavarra/status/1654247902070415360",
        id="twitter-embed-link-with-ref-src",
    ),
    pytest.param(
        "http://twitter.com/NGC6544/statuses/1227205508009988097",
        "twitter",
        "ngc6544",
        "1227205508009988097",
        "https://x.com/ngc6544/status/1227205508009988097",
        id="twitter-user-statuses",
    ),
    pytest.param(
        "https://mobile.twitter.com/noaasatellites/status/1161360217671532544",
        "twitter",
        "noaasatellites",
        "1161360217671532544",
        "https://x.com/noaasatellites/status/1161360217671532544",
        id="twitter-mobile",
    ),
    pytest.param(
        "https://twitter.com/#!/MarkLGoldberg/status/61438198559158272",
        "twitter",
        "marklgoldberg",
        "61438198559158272",
        "https://x.com/marklgoldberg/status/61438198559158272",
        id="twitter-hashbang-2011",
    ),
    pytest.param(
        "https://twitter.com/JuanPappierHRW/status/1516853150841507848?s=20&t=hjiPPG8lfmpKxZdGroNFJA",
        "twitter",
        "juanpappierhrw",
        "1516853150841507848",
        "https://x.com/juanpappierhrw/status/1516853150841507848",
        id="twitter-share-query",
    ),
    pytest.param(
        "https://twitter.com/Brevesdepresse/status/1081654022887608321/video/1",
        "twitter",
        "brevesdepresse",
        "1081654022887608321",
        "https://x.com/brevesdepresse/status/1081654022887608321",
        id="twitter-video-suffix",
    ),
    pytest.param(
        "http://twitter.com/SELFmagazine/status/551313046488875008/photo/1",
        "twitter",
        "selfmagazine",
        "551313046488875008",
        "https://x.com/selfmagazine/status/551313046488875008",
        id="twitter-photo-suffix",
    ),
    pytest.param(
        "http://instagram.com/p/xBDah_AR2M/",
        "instagram",
        None,
        "xBDah_AR2M",
        "https://www.instagram.com/p/xBDah_AR2M/",
        id="instagram-p-2014",
    ),
    pytest.param(
        "https://instagram.com/p/CGJQow8HBHl/media/?size=t",
        "instagram",
        None,
        "CGJQow8HBHl",
        "https://www.instagram.com/p/CGJQow8HBHl/",
        id="instagram-media-thumbnail",
    ),
    pytest.param(
        "http://www.facebook.com/ejdionne/posts/10150154175658687",
        "facebook",
        "ejdionne",
        "10150154175658687",
        "https://www.facebook.com/ejdionne/posts/10150154175658687",
        id="facebook-posts",
    ),
    pytest.param(
        "https://graph.facebook.com/Sozialdemokratie/videos/928812574504508/",
        "facebook",
        "sozialdemokratie",
        "928812574504508",
        "https://www.facebook.com/watch/?v=928812574504508",
        id="facebook-page-video",
    ),
    pytest.param(
        "http://www.youtube.com/watch?v=JWgf2VQ0KSo&list=PLvnBzZOjEg-EBCkakeTYuJgapDNwX8iQQ",
        "youtube",
        None,
        "JWgf2VQ0KSo",
        "https://www.youtube.com/watch?v=JWgf2VQ0KSo",
        id="youtube-watch-in-playlist",
    ),
    pytest.param(
        "http://www.youtube.com/embed/3fgCw8RU2zQ?version=3&#038;rel=1&#038;fs=1",
        "youtube",
        None,
        "3fgCw8RU2zQ",
        "https://www.youtube.com/watch?v=3fgCw8RU2zQ",
        id="youtube-embed-escaped-query",
    ),
    pytest.param(
        "http://www.youtube.com/embed/ItzAHkOw-0U?feature=oembed",
        "youtube",
        None,
        "ItzAHkOw-0U",
        "https://www.youtube.com/watch?v=ItzAHkOw-0U",
        id="youtube-oembed",
    ),
    pytest.param(
        "https://www.tiktok.com/@scout2015/video/6718335390845095173",
        "tiktok",
        "scout2015",
        "6718335390845095173",
        "https://www.tiktok.com/@scout2015/video/6718335390845095173",
        id="tiktok-oembed-docs-example",
    ),
    pytest.param(
        "https://www.threads.net/@zuck/post/CuP48CiS5sx",
        "threads",
        "zuck",
        "CuP48CiS5sx",
        "https://www.threads.com/@zuck/post/CuP48CiS5sx",
        id="threads-net",
    ),
    pytest.param(
        "https://mastodon.social/@Gargron/109372926478584539",
        "mastodon",
        "gargron@mastodon.social",
        "109372926478584539",
        "https://mastodon.social/@gargron/109372926478584539",
        id="mastodon-status",
    ),
    pytest.param(
        "https://truthsocial.com/@realDonaldTrump/posts/113546215051155542",
        "truthsocial",
        "realdonaldtrump",
        "113546215051155542",
        "https://truthsocial.com/@realdonaldtrump/posts/113546215051155542",
        id="truthsocial-posts",
    ),
    pytest.param(
        "https://www.reddit.com/r/IAmA/comments/z1c9z/i_am_barack_obama_president_of_the_united_states/",
        "reddit",
        None,
        "z1c9z",
        "https://www.reddit.com/comments/z1c9z/",
        id="reddit-comments",
    ),
]

SYNTHETIC_URLS = [
    pytest.param(
        "https://twitter.com/i/web/status/1002637001554841600",
        "twitter",
        None,
        "1002637001554841600",
        "https://x.com/i/status/1002637001554841600",
        id="twitter-i-web-status",
    ),
    pytest.param(
        "https://x.com/i/status/1002637001554841600",
        "twitter",
        None,
        "1002637001554841600",
        "https://x.com/i/status/1002637001554841600",
        id="x-i-status",
    ),
    pytest.param(
        "https://twitter.com/statuses/1002637001554841600",
        "twitter",
        None,
        "1002637001554841600",
        "https://x.com/i/status/1002637001554841600",
        id="twitter-statuses-without-user",
    ),
    pytest.param(
        "x.com/MattNavarra/status/1654247902070415360",
        "twitter",
        "mattnavarra",
        "1654247902070415360",
        "https://x.com/mattnavarra/status/1654247902070415360",
        id="x-without-scheme",
    ),
    pytest.param(
        "https://fxtwitter.com/MattNavarra/status/1654247902070415360",
        "twitter",
        "mattnavarra",
        "1654247902070415360",
        "https://x.com/mattnavarra/status/1654247902070415360",
        id="fxtwitter-mirror",
    ),
    pytest.param(
        "https://vxtwitter.com/MattNavarra/status/1654247902070415360",
        "twitter",
        "mattnavarra",
        "1654247902070415360",
        "https://x.com/mattnavarra/status/1654247902070415360",
        id="vxtwitter-mirror",
    ),
    pytest.param(
        "https://fixupx.com/MattNavarra/status/1654247902070415360",
        "twitter",
        "mattnavarra",
        "1654247902070415360",
        "https://x.com/mattnavarra/status/1654247902070415360",
        id="fixupx-mirror",
    ),
    pytest.param(
        "https://www.instagram.com/reel/C1a2b3c4d5E/",
        "instagram",
        None,
        "C1a2b3c4d5E",
        "https://www.instagram.com/p/C1a2b3c4d5E/",
        id="instagram-reel",
    ),
    pytest.param(
        "https://www.instagram.com/tv/B8pT40EBjoK/",
        "instagram",
        None,
        "B8pT40EBjoK",
        "https://www.instagram.com/p/B8pT40EBjoK/",
        id="instagram-tv",
    ),
    pytest.param(
        "https://www.instagram.com/lewishamilton/p/99kB_8L00w/",
        "instagram",
        "lewishamilton",
        "99kB_8L00w",
        "https://www.instagram.com/p/99kB_8L00w/",
        id="instagram-user-then-p",
    ),
    pytest.param(
        "https://www.facebook.com/nytimes/posts/pfbid02Zr7a4eXyXWzR6oYp3JdGxLq5Zz3s7hMgUuWd1bQfKc8xN2rPaZ1l",
        "facebook",
        "nytimes",
        "pfbid02Zr7a4eXyXWzR6oYp3JdGxLq5Zz3s7hMgUuWd1bQfKc8xN2rPaZ1l",
        "https://www.facebook.com/nytimes/posts/pfbid02Zr7a4eXyXWzR6oYp3JdGxLq5Zz3s7hMgUuWd1bQfKc8xN2rPaZ1l",
        id="facebook-pfbid",
    ),
    pytest.param(
        "https://www.facebook.com/photo.php?fbid=10157880553051030&set=a.1&type=3",
        "facebook",
        None,
        "10157880553051030",
        "https://www.facebook.com/photo.php?fbid=10157880553051030",
        id="facebook-photo-php",
    ),
    pytest.param(
        "https://www.facebook.com/permalink.php?story_fbid=10157880553051030&id=153080620724",
        "facebook",
        "153080620724",
        "10157880553051030",
        "https://www.facebook.com/permalink.php?story_fbid=10157880553051030&id=153080620724",
        id="facebook-permalink-php",
    ),
    pytest.param(
        "https://m.facebook.com/story.php?id=153080620724&story_fbid=10157880553051030",
        "facebook",
        "153080620724",
        "10157880553051030",
        "https://www.facebook.com/permalink.php?story_fbid=10157880553051030&id=153080620724",
        id="facebook-story-php-params-swapped",
    ),
    pytest.param(
        "https://www.facebook.com/watch/?v=928812574504508",
        "facebook",
        None,
        "928812574504508",
        "https://www.facebook.com/watch/?v=928812574504508",
        id="facebook-watch",
    ),
    pytest.param(
        "https://www.facebook.com/groups/1234567890/permalink/9876543210/",
        "facebook",
        None,
        "9876543210",
        "https://www.facebook.com/groups/1234567890/posts/9876543210",
        id="facebook-group-permalink",
    ),
    pytest.param(
        "https://youtu.be/dQw4w9WgXcQ?t=42",
        "youtube",
        None,
        "dQw4w9WgXcQ",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        id="youtu-be",
    ),
    pytest.param(
        "https://www.youtube.com/shorts/dQw4w9WgXcQ",
        "youtube",
        None,
        "dQw4w9WgXcQ",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        id="youtube-shorts",
    ),
    pytest.param(
        "https://www.youtube.com/live/dQw4w9WgXcQ?si=abc",
        "youtube",
        None,
        "dQw4w9WgXcQ",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        id="youtube-live",
    ),
    pytest.param(
        "https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ",
        "youtube",
        None,
        "dQw4w9WgXcQ",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        id="youtube-v-after-other-params",
    ),
    pytest.param(
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        "youtube",
        None,
        "dQw4w9WgXcQ",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        id="youtube-nocookie-embed",
    ),
    pytest.param(
        "https://www.tiktok.com/embed/v2/6718335390845095173",
        "tiktok",
        None,
        "6718335390845095173",
        "https://www.tiktok.com/embed/v2/6718335390845095173",
        id="tiktok-embed-without-user",
    ),
    pytest.param(
        "https://www.threads.com/@zuck/post/CuP48CiS5sx?xmt=1",
        "threads",
        "zuck",
        "CuP48CiS5sx",
        "https://www.threads.com/@zuck/post/CuP48CiS5sx",
        id="threads-com",
    ),
    pytest.param(
        "https://bsky.app/profile/jay.bsky.team/post/3juflu7eu5v2x",
        "bluesky",
        "jay.bsky.team",
        "3juflu7eu5v2x",
        "https://bsky.app/profile/jay.bsky.team/post/3juflu7eu5v2x",
        id="bluesky-handle-url",
    ),
    pytest.param(
        "https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3juflu7eu5v2x",
        "bluesky",
        "did:plc:z72i7hdynmk6r22z27h6tvur",
        "3juflu7eu5v2x",
        "https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3juflu7eu5v2x",
        id="bluesky-did-url",
    ),
    pytest.param(
        "at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3juflu7eu5v2x",
        "bluesky",
        "did:plc:z72i7hdynmk6r22z27h6tvur",
        "3juflu7eu5v2x",
        "https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3juflu7eu5v2x",
        id="bluesky-at-uri",
    ),
    pytest.param(
        "https://mastodon.social/users/Gargron/statuses/109372926478584539",
        "mastodon",
        "gargron@mastodon.social",
        "109372926478584539",
        "https://mastodon.social/@gargron/109372926478584539",
        id="mastodon-activitypub-uri",
    ),
    pytest.param(
        "https://mastodon.online/@Gargron@mastodon.social/109372926478584539",
        "mastodon",
        "gargron@mastodon.social",
        "109372926478584539",
        "https://mastodon.online/@gargron@mastodon.social/109372926478584539",
        id="mastodon-remote-account-seen-from-another-instance",
    ),
    pytest.param(
        "https://redd.it/z1c9z",
        "reddit",
        None,
        "z1c9z",
        "https://www.reddit.com/comments/z1c9z/",
        id="reddit-short-link",
    ),
    pytest.param(
        "https://www.linkedin.com/feed/update/urn:li:activity:7068236126453399552/",
        "linkedin",
        None,
        "7068236126453399552",
        "https://www.linkedin.com/feed/update/urn:li:activity:7068236126453399552/",
        id="linkedin-feed-update",
    ),
    pytest.param(
        "https://www.linkedin.com/posts/satyanadella_ai-activity-7068236126453399552-AbCd",
        "linkedin",
        "satyanadella",
        "7068236126453399552",
        "https://www.linkedin.com/feed/update/urn:li:activity:7068236126453399552/",
        id="linkedin-posts-slug",
    ),
]

SYNTHETIC_URLS += [
    pytest.param(
        "https://www.tiktok.com/@/video/6876424179084709126",
        "tiktok",
        None,
        "6876424179084709126",
        "https://www.tiktok.com/embed/v2/6876424179084709126",
        id="tiktok-empty-user",
    ),
    pytest.param(
        "https://www.example.social/@Bob/109372926478584539",
        "mastodon",
        "bob@www.example.social",
        "109372926478584539",
        "https://www.example.social/@bob/109372926478584539",
        id="mastodon-instance-keeps-its-www",
    ),
    pytest.param(
        "https://www.facebook.com/cnn/posts/10161960574041509",
        "facebook",
        "cnn",
        "10161960574041509",
        "https://www.facebook.com/cnn/posts/10161960574041509",
        id="facebook-short-page-name",
    ),
    pytest.param(
        "https://www.facebook.com/Some-Local-Page-123456789012345/posts/10161960574041509/",
        "facebook",
        "some-local-page-123456789012345",
        "10161960574041509",
        "https://www.facebook.com/some-local-page-123456789012345/posts/10161960574041509",
        id="facebook-old-page-slug",
    ),
]

EMBED_URLS = [
    pytest.param(
        "https://platform.twitter.com/embed/Tweet.html?dnt=false&id=1002637001554841600",
        "twitter",
        None,
        "1002637001554841600",
        "https://x.com/i/status/1002637001554841600",
        id="twitter-embed-iframe",
    ),
    pytest.param(
        "https://www.tiktok.com/player/v1/7380080137682881835?music_info=1&description=1",
        "tiktok",
        None,
        "7380080137682881835",
        "https://www.tiktok.com/embed/v2/7380080137682881835",
        id="tiktok-player-iframe",
    ),
    pytest.param(
        "https://embed.bsky.app/embed/did:plc:u5cwb2mwiv2bfq53cjufe6yn/app.bsky.feed.post/3k4duaz5vfs2b",
        "bluesky",
        "did:plc:u5cwb2mwiv2bfq53cjufe6yn",
        "3k4duaz5vfs2b",
        "https://bsky.app/profile/did:plc:u5cwb2mwiv2bfq53cjufe6yn/post/3k4duaz5vfs2b",
        id="bluesky-embed-iframe",
    ),
    pytest.param(
        "https://truthsocial.com/@realDonaldTrump/113546215051155542/embed",
        "truthsocial",
        "realdonaldtrump",
        "113546215051155542",
        "https://truthsocial.com/@realdonaldtrump/posts/113546215051155542",
        id="truthsocial-embed-iframe",
    ),
    pytest.param(
        "https://mastodon.social/@Gargron/109372926478584539/embed",
        "mastodon",
        "gargron@mastodon.social",
        "109372926478584539",
        "https://mastodon.social/@gargron/109372926478584539",
        id="mastodon-embed-iframe",
    ),
    pytest.param(
        "https://www.instagram.com/p/B8pT40EBjoK/embed/captioned/",
        "instagram",
        None,
        "B8pT40EBjoK",
        "https://www.instagram.com/p/B8pT40EBjoK/",
        id="instagram-embed-iframe",
    ),
]

NOT_POSTS = [
    pytest.param("", id="empty"),
    pytest.param("not a url", id="words"),
    pytest.param("javascript:alert(1)", id="javascript"),
    pytest.param("https://twitter.com/home?status=Currently", id="twitter-share-dialog"),
    pytest.param("https://publish.twitter.com/oembed?url=", id="twitter-oembed-endpoint"),
    pytest.param(
        "https://api.twitter.com/1/statuses/oembed.xml?id=665179987645964290", id="twitter-api"
    ),
    pytest.param("https://twitter.com/jack", id="twitter-profile"),
    pytest.param("https://twitter.com/jack/status/", id="twitter-no-id"),
    pytest.param("https://twitter.com/jack/status/12345678901234567890", id="twitter-id-too-long"),
    pytest.param("https://twitter.com/jack/status/123abc", id="twitter-id-not-digits"),
    pytest.param("https://x.com/jack/status/20 and more", id="url-followed-by-words"),
    pytest.param("https://www.instagram.com/explore/tags/cats/", id="instagram-tag-page"),
    pytest.param(
        "http://www.facebook.com/sharer.php?u=http%3A%2F%2Fwww.mlive.com%2Flions", id="fb-sharer"
    ),
    pytest.param("https://www.youtube.com/embed/videoseries?list=PL1234", id="youtube-playlist"),
    pytest.param("https://www.youtube.com/watch?v=short", id="youtube-id-too-short"),
    pytest.param("https://www.youtube.com/@MrBeast", id="youtube-channel"),
    pytest.param("https://www.tiktok.com/@scout2015", id="tiktok-profile"),
    pytest.param("https://vm.tiktok.com/ZMeAbCdEf/", id="tiktok-short-link-has-no-id"),
    pytest.param("https://bsky.app/profile/jay.bsky.team", id="bluesky-profile"),
    pytest.param("https://medium.com/@user/some-title-1234abcd", id="medium-story"),
    pytest.param("https://example.com/@user", id="mastodon-profile"),
    pytest.param("https://example.com/news/2018/05/31/story", id="news-article"),
]


@pytest.mark.parametrize(
    ("url", "platform", "handle", "post_id", "canonical"), REAL_URLS + SYNTHETIC_URLS + EMBED_URLS
)
def test_parse_post_url(
    url: str, platform: str, handle: str | None, post_id: str, canonical: str
) -> None:
    ref = parse_post_url(url)
    assert ref is not None
    assert (ref.platform.value, ref.handle, ref.post_id, ref.url) == (
        platform,
        handle,
        post_id,
        canonical,
    )


@pytest.mark.parametrize("url", NOT_POSTS)
def test_not_a_post_url(url: str) -> None:
    assert parse_post_url(url) is None


@pytest.mark.parametrize(
    "url",
    [pytest.param(p.values[0], id=p.id) for p in REAL_URLS + SYNTHETIC_URLS]
    + [
        pytest.param(form.example, id=f"table-example-{i}") for i, form in enumerate(POST_URL_FORMS)
    ],
)
def test_canonical_url_is_a_fixed_point(url: str) -> None:
    """Parsing the canonical URL gives the same post (some forms do not name the user)."""
    ref = parse_post_url(str(url))
    assert ref is not None
    again = parse_post_url(ref.url)
    assert again is not None
    assert (again.platform, again.post_id, again.url, again.posted) == (
        ref.platform,
        ref.post_id,
        ref.url,
        ref.posted,
    )
    assert again.handle in (ref.handle, None)


def test_every_table_form_has_a_working_example() -> None:
    for form in POST_URL_FORMS:
        ref = parse_post_url(form.example)
        assert ref is not None, form.example
        assert ref.platform is form.platform, form.example


def test_post_account_and_time() -> None:
    ref = parse_post_url("https://twitter.com/MattNavarra/status/1654247902070415360")
    assert ref is not None
    assert ref.account is not None
    assert ref.account.url == "https://x.com/mattnavarra"
    assert ref.posted is not None
    assert ref.posted.source.value == "post_id"
    assert ref.posted.iso is not None
    assert ref.posted.iso.startswith("2023-05-04T")  # the embed footer's date


def test_pre_snowflake_tweet_has_no_time() -> None:
    ref = parse_post_url("https://twitter.com/jack/status/20")
    assert ref is not None
    assert ref.posted is None


def test_round_trips_through_json() -> None:
    ref = parse_post_url("https://mastodon.social/@Gargron/109372926478584539")
    assert ref is not None
    assert PostRef.from_dict(ref.to_dict()) == ref


def test_bad_argument() -> None:
    with pytest.raises(InvalidSourceError, match="str"):
        parse_post_url(None)  # type: ignore[arg-type]


def test_huge_inputs() -> None:
    assert parse_post_url("https://x.com/" + "a" * 1_000_000) is None
    assert parse_post_url("https://www.youtube.com/watch?" + "a=1&" * 200_000) is None
    assert parse_post_url("https://" + "a." * 100_000 + "com/@user/1") is None
    ref = parse_post_url("  https://x.com/jack/status/1654247902070415360?" + "x" * 10_000 + "  ")
    assert ref is not None


_URLISH = st.text(alphabet="/@?&=#:.-_aZ09%! ", max_size=80)
_PREFIXES = st.sampled_from(
    [
        "",
        "https://x.com/",
        "https://twitter.com/jack/status/",
        "https://www.facebook.com/",
        "https://www.youtube.com/watch?",
        "https://bsky.app/profile/",
        "at://",
        "https://mastodon.social/@",
        "https://www.linkedin.com/posts/",
    ]
)


@given(_PREFIXES, _URLISH)
def test_never_raises_on_url_like_text(prefix: str, rest: str) -> None:
    ref = parse_post_url(prefix + rest)
    if ref is not None:
        assert ref.post_id
        assert ref.url.startswith("https://")


@given(st.text(max_size=200))
def test_never_raises_on_any_text(text: str) -> None:
    parse_post_url(text)
