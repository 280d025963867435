"""Post URLs as embed widgets carry them: iframe embed URLs, AMP ids, permalinks.

An embed names its post in a form of its own (``youtube.com/embed/ID``,
``facebook.com/plugins/post.php?href=…``, ``platform.twitter.com/embed/
Tweet.html?id=…``, ``at://did/app.bsky.feed.post/KEY``). :func:`post_ref`
turns any of them into the post's :class:`PostRef` through
``_posturls.parse_post_url``, the one place that knows post URLs.

Until ``_posturls`` covers a form, a minimal fallback table here reads the
permalink forms widgets use, so an embed never loses its id; it gives way to
``parse_post_url`` wherever that recognises the URL.
"""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import regex

from socialcite import _posturls
from socialcite._embed_formats import EMBED_URL_TEMPLATES
from socialcite._model import Platform, PostRef
from socialcite._platforms import normalise_handle

__all__ = ["embed_post_url", "post_ref", "ref_from_id"]

# Embed URLs (iframe sources) -> the post URL they show.
_EMBED_URL_RE = regex.compile(
    r"""
    \A (?:https?:)?+ // (?:www\.|m\.|mobile\.)?+
    (?:
      (?:youtube(?:-nocookie)?+\.com)/embed/videoseries\?(?:[^#\s]{0,400}?&)?list=(?P<ytlist>[A-Za-z0-9_-]{2,64}+)  # playlist
    | (?:youtube(?:-nocookie)?+\.com)/embed/(?!videoseries|live_stream)  # YouTube player
      (?P<youtube>[A-Za-z0-9_-]{11})                 #   the video id: its first 11 characters
    | instagram\.com/(?:[A-Za-z0-9_.]{1,30}+/)?+(?P<igkind>p|reel|tv)/(?P<instagram>[A-Za-z0-9_-]{4,40}+)  # Instagram embed
    | platform\.twitter\.com/embed/(?:Tweet|index)\.html\?(?:[^#\s]{0,400}?[?&])?id=(?P<tweet>[0-9]{1,20}+)  # tweet iframe
    | twitframe\.com/show\?url=(?P<twitframe>[^&#\s]{1,500}+)    # twitframe.com proxy
    | (?:web\.)?+facebook\.com/plugins/(?:post|video)\.php\?(?P<fbquery>[^#\s]{1,2000}+)  # Facebook plugin
    | tiktok\.com/(?:embed(?:/v2)?+|player/v1)/(?P<tiktok>[0-9]{5,25}+)  # TikTok player
    | embed\.bsky\.app/embed/(?P<bskyrepo>[^/\s]{1,253}+)/app\.bsky\.feed\.post/(?P<bskykey>[A-Za-z0-9]{1,20}+)  # Bluesky
    | truthsocial\.com/@(?P<truthuser>[A-Za-z0-9_]{1,30}+)/(?:posts/)?+(?P<truth>[0-9]{5,25}+)/embed  # Truth Social
    | threads\.(?:net|com)/(?:@(?P<threadsuser>[A-Za-z0-9_.]{1,30}+)/)?+(?:post|t)/(?P<threads>[A-Za-z0-9_-]{5,20}+)  # Threads
    | (?P<mastohost>[A-Za-z0-9.-]{1,100}+\.[A-Za-z]{2,20}+)/@(?P<mastouser>[A-Za-z0-9_]{1,30}+)/(?P<masto>[0-9]{5,25}+)/embed  # Mastodon
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Permalink forms the widgets carry, read here only while _posturls does not.
_PERMALINK_RE = regex.compile(
    r"""
    \A (?:https?:)?+ // (?:www\.|m\.|mobile\.|web\.)?+
    (?:
      (?:twitter|x)\.com/(?P<twuser>[A-Za-z0-9_]{1,20}+)/status(?:es)?+/(?P<tweet>[0-9]{1,20}+)  # tweet
    | instagram\.com/(?:[A-Za-z0-9_.]{1,30}+/)?+(?:p|reel|tv)/(?P<instagram>[A-Za-z0-9_-]{4,40}+)  # Instagram post
    | facebook\.com/(?P<fbuser>[A-Za-z0-9_.-]{1,80}+)/(?:posts|videos)/(?:[^/\s?#]{1,200}+/)?+(?P<facebook>[0-9]{5,25}+)  # Facebook post
    | facebook\.com/(?P<fbphotouser>[A-Za-z0-9_.-]{1,80}+)/photos/[^/\s?#]{1,200}+/(?P<fbphoto>[0-9]{5,25}+)  # Facebook photo
    | facebook\.com/(?:permalink|story)\.php\?(?:[^\s#]{0,400}?&)?story_fbid=(?P<fbstory>[0-9]{5,25}+)  # Facebook story
    | facebook\.com/watch/?+\?v=(?P<fbwatch>[0-9]{5,25}+)    # Facebook watch
    | tiktok\.com/@(?P<ttuser>[A-Za-z0-9_.]{0,30}+)/video/(?P<tiktok>[0-9]{5,25}+)  # TikTok video
    | threads\.(?:net|com)/@(?P<thuser>[A-Za-z0-9_.]{1,30}+)/post/(?P<threads>[A-Za-z0-9_-]{5,20}+)  # Threads
    | bsky\.app/profile/(?P<bsuser>[^/\s]{1,253}+)/post/(?P<bluesky>[A-Za-z0-9]{1,20}+)  # Bluesky
    | youtube\.com/(?:watch\?(?:[^\s#]{0,400}?&)?v=|shorts/|live/)(?P<youtube>[A-Za-z0-9_-]{11})  # YouTube
    | youtu\.be/(?P<youtu>[A-Za-z0-9_-]{11})               # YouTube short link
    | truthsocial\.com/@(?P<truthuser>[A-Za-z0-9_]{1,30}+)/(?:posts/)?+(?P<truth>[0-9]{5,25}+)  # Truth Social
    | (?P<mastohost>[A-Za-z0-9.-]{1,100}+\.[A-Za-z]{2,20}+)/@(?P<mastouser>[A-Za-z0-9_]{1,30}+)/(?P<masto>[0-9]{5,25}+)  # Mastodon
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_AT_URI_RE = regex.compile(
    r"""
    \A at:// (?P<repo>[^/\s]{1,253}+)        # the account (a DID or a handle)
    /app\.bsky\.feed\.post/ (?P<key>[A-Za-z0-9]{1,20}+)  # the post's record key
    """,
    regex.VERBOSE,
)


def embed_post_url(url: str) -> tuple[Platform, str] | None:
    """The post an embed URL shows, as ``(platform, post URL)``; ``None`` for others.

    A YouTube playlist player gives the playlist's URL (no post URL knows it).

    >>> embed_post_url("https://www.youtube-nocookie.com/embed/EAKTYa0-iqk?rel=0")
    (<Platform.YOUTUBE: 'youtube'>, 'https://www.youtube.com/watch?v=EAKTYa0-iqk')
    >>> embed_post_url("https://platform.twitter.com/widgets/tweet_button.html") is None
    True
    """
    url = url.strip()
    at = _AT_URI_RE.match(url)
    if at:
        return Platform.BLUESKY, f"https://bsky.app/profile/{at['repo']}/post/{at['key']}"
    m = _EMBED_URL_RE.match(url)
    if m is None:
        return None
    if m["ytlist"]:
        return Platform.YOUTUBE, f"https://www.youtube.com/playlist?list={m['ytlist']}"
    if m["youtube"]:
        return Platform.YOUTUBE, f"https://www.youtube.com/watch?v={m['youtube']}"
    if m["instagram"]:
        return Platform.INSTAGRAM, f"https://www.instagram.com/{m['igkind']}/{m['instagram']}/"
    if m["tweet"]:
        return Platform.TWITTER, f"https://x.com/i/status/{m['tweet']}"
    if m["twitframe"]:
        return Platform.TWITTER, unquote(m["twitframe"])
    if m["fbquery"]:
        href = parse_qs(m["fbquery"]).get("href")
        return (Platform.FACEBOOK, href[0]) if href else None
    if m["tiktok"]:
        return Platform.TIKTOK, EMBED_URL_TEMPLATES[Platform.TIKTOK].format(id=m["tiktok"])
    if m["bskykey"]:
        return Platform.BLUESKY, f"https://bsky.app/profile/{m['bskyrepo']}/post/{m['bskykey']}"
    if m["truth"]:
        return Platform.TRUTHSOCIAL, f"https://truthsocial.com/@{m['truthuser']}/{m['truth']}"
    if m["threads"]:
        user = f"@{m['threadsuser']}/" if m["threadsuser"] else ""
        return Platform.THREADS, f"https://www.threads.com/{user}post/{m['threads']}"
    return Platform.MASTODON, f"https://{m['mastohost']}/@{m['mastouser']}/{m['masto']}"


def _fallback_ref(url: str) -> PostRef | None:
    m = _PERMALINK_RE.match(url.strip())
    if m is None:
        return None
    found = {k: v for k, v in m.groupdict().items() if v}

    def ref(platform: Platform, post_id: str, handle: str | None, canonical: str) -> PostRef:
        if handle is not None:
            handle = normalise_handle(platform, handle)
        return PostRef(platform=platform, handle=handle, post_id=post_id, url=canonical)

    if "tweet" in found:
        user = found["twuser"]
        handle = None if user == "i" else user
        return ref(
            Platform.TWITTER,
            found["tweet"],
            handle,
            f"https://x.com/{user}/status/{found['tweet']}",
        )
    if "instagram" in found:
        sc = found["instagram"]
        return ref(Platform.INSTAGRAM, sc, None, f"https://www.instagram.com/p/{sc}/")
    for key, user_key in (("facebook", "fbuser"), ("fbphoto", "fbphotouser")):
        if key in found:
            user, pid = found[user_key], found[key]
            return ref(Platform.FACEBOOK, pid, user, f"https://www.facebook.com/{user}/posts/{pid}")
    for key in ("fbstory", "fbwatch"):
        if key in found:
            return ref(Platform.FACEBOOK, found[key], None, url.strip())
    if "tiktok" in found:
        user, pid = found.get("ttuser", ""), found["tiktok"]
        return ref(
            Platform.TIKTOK, pid, user or None, f"https://www.tiktok.com/@{user}/video/{pid}"
        )
    if "threads" in found:
        user, code = found["thuser"], found["threads"]
        return ref(Platform.THREADS, code, user, f"https://www.threads.com/@{user}/post/{code}")
    if "bluesky" in found:
        user, key = found["bsuser"], found["bluesky"]
        handle = None if user.startswith("did:") else user
        return ref(Platform.BLUESKY, key, handle, f"https://bsky.app/profile/{user}/post/{key}")
    vid = found.get("youtube") or found.get("youtu")
    if vid:
        return ref(Platform.YOUTUBE, vid, None, f"https://www.youtube.com/watch?v={vid}")
    if "truth" in found:
        user, pid = found["truthuser"], found["truth"]
        return ref(Platform.TRUTHSOCIAL, pid, user, f"https://truthsocial.com/@{user}/{pid}")
    host, user, pid = found["mastohost"], found["mastouser"], found["masto"]
    if urlsplit(f"https://{host}").hostname in _NOT_MASTODON:
        return None
    return ref(Platform.MASTODON, pid, f"{user}@{host}", f"https://{host}/@{user}/{pid}")


# Hosts whose /@user/digits URLs are not Mastodon statuses.
_NOT_MASTODON = frozenset(
    {"www.tiktok.com", "tiktok.com", "www.threads.net", "www.threads.com", "medium.com"}
)


def post_ref(url: str) -> PostRef | None:
    """The post a permalink or embed URL points to; ``None`` for any other URL.

    >>> ref = post_ref("https://twitter.com/MrTopple/status/666959584536469509?ref_src=twsrc")
    >>> ref.platform.value, ref.post_id
    ('twitter', '666959584536469509')
    >>> post_ref("https://twitter.com/MrTopple") is None
    True
    """
    if len(url) > 4000:
        return None
    embedded = embed_post_url(url)
    target = embedded[1] if embedded else url
    try:
        found = _posturls.parse_post_url(target)
    except Exception:  # another module's bug must not lose the embed
        found = None
    if found is not None:
        return found
    return _fallback_ref(target)


def ref_from_id(platform: Platform, post_id: str) -> PostRef | None:
    """The post a widget names by its bare id (``data-tweetid``, ``data-shortcode`` …).

    >>> ref_from_id(Platform.YOUTUBE, "qdWvggmWkGE").url
    'https://www.youtube.com/watch?v=qdWvggmWkGE'
    """
    template = EMBED_URL_TEMPLATES.get(platform)
    if template is None or not post_id:
        return None
    url = template.format(id=post_id)
    return post_ref(url)
