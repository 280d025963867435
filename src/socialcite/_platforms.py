"""Platform tables: per-platform facts kept as data, apart from the logic.

Everything the handle and URL parsers know about a platform is here, in one
place: how its handles are spelt (a regex fragment), whether case matters,
which hosts serve it, which of their paths are profiles and which are posts,
the canonical profile and post URLs, and whether its post ids encode a time
(decoded by ``_ids``). ``_handles`` and ``_posturls`` compile these fragments
once, at import, and hold no platform facts of their own.

Regex fragments are written for ``regex.VERBOSE`` and are built so they cannot
backtrack catastrophically: every repeat is bounded and possessive, and a
separator (``.``, ``-``) is only taken when a name character follows it.
"""

from __future__ import annotations

from typing import Final

import attrs

from socialcite._model import Platform

__all__ = [
    "BLUESKY_DID",
    "BLUESKY_HANDLE",
    "MASTODON_DOMAIN",
    "PLATFORMS",
    "POST_URL_FORMS",
    "PlatformInfo",
    "PostUrlForm",
    "display_handle",
    "host_platform",
    "normalise_handle",
    "profile_url",
]

# --- shared fragments ---------------------------------------------------------

# A DNS label: 1-63 letters, digits and inner hyphens (the hyphen rule is
# checked after matching, so the repeat stays possessive).
_LABEL = r"[A-Za-z0-9][A-Za-z0-9-]{0,62}+"
# A domain name of two or more labels (Bluesky handles, Mastodon instances).
_DOMAIN = _LABEL + r"(?:\.[A-Za-z0-9][A-Za-z0-9-]{0,62}+){1,126}+"
#: A Bluesky handle: a domain name (TLD and hyphens checked by the parser).
BLUESKY_HANDLE: Final = _DOMAIN
#: A Bluesky DID: ``did:plc:`` + 24 base32 characters, or ``did:web:`` + a domain.
BLUESKY_DID: Final = r"did:(?:plc:[a-z2-7]{24}+|web:" + _DOMAIN + r")"
#: A Mastodon instance: a domain name.
MASTODON_DOMAIN: Final = _DOMAIN
# Where a profile path ends: an optional slash, then the query, fragment or end.
_END = r"/?+(?=[?\#]|\Z)"
# Where a numeric id ends: not inside a longer word.
_NUM_END = r"(?![A-Za-z0-9_])"
# Where a base64-style code ends (Instagram, Threads, YouTube).
_CODE_END = r"(?![A-Za-z0-9_-])"


@attrs.frozen(kw_only=True)
class PlatformInfo:
    """Facts about one platform.

    Attributes:
        platform: The platform.
        label: Its name as prose writes it.
        case_insensitive: Whether handles compare without case (then they are
            stored lower-case).
        profile: Canonical profile URL, ``{handle}`` filled in.
        handle_prefix: How users write a handle (``@``, ``u/`` …).
        handle: Regex fragment (``VERBOSE``) for one handle, without prefix.
        continues: Regex fragment for what, right after a handle, shows it was
            cut short (a longer name or an e-mail address): no mention there.
        mention_prefix: Regex fragment for how a mention starts in text.
        hosts: Web hosts serving the platform (``www.`` removed).
        profile_paths: Regex fragments for the path (after the host) of a
            profile URL, the handle in group ``user``.
        reserved: First path segments that are site pages, not profiles.
        ids_encode_time: Whether post ids carry their creation time (``_ids``).

    >>> info = PLATFORMS[Platform.REDDIT]
    >>> info.label, info.handle_prefix, info.case_insensitive
    ('Reddit', 'u/', True)
    """

    platform: Platform
    label: str
    case_insensitive: bool
    profile: str
    handle_prefix: str = "@"
    handle: str = r"[A-Za-z0-9_]{1,30}+"
    continues: str = r"[A-Za-z0-9_]"
    mention_prefix: str = r"[@＠]"
    hosts: tuple[str, ...] = ()
    profile_paths: tuple[str, ...] = ()
    reserved: frozenset[str] = frozenset()
    ids_encode_time: bool = False


# Handle syntax per platform (what each sign-up form accepts).
_TWITTER_NAME = r"[A-Za-z0-9_]{1,20}+"  # twitter-text extracts up to 20 (sign-up: 15)
_INSTAGRAM_NAME = (  # 1-30 letters, digits, _ and inner single dots
    r"[A-Za-z0-9_](?:[A-Za-z0-9_]|\.(?=[A-Za-z0-9_])){0,29}+"
)
_TIKTOK_NAME = r"[A-Za-z0-9_](?:[A-Za-z0-9_]|\.(?=[A-Za-z0-9_])){1,23}+"  # 2-24
# Usernames are 5-50 letters, digits and dots, but pages have shorter names
# (``cnn``) and old pages ``Name-Of-Page-123…`` slugs: 1-80, inner ``.`` or ``-``.
_FACEBOOK_NAME = r"[A-Za-z0-9](?:[A-Za-z0-9]|[.-](?=[A-Za-z0-9])){0,79}+"
_YOUTUBE_NAME = r"[A-Za-z0-9_](?:[A-Za-z0-9_-]|\.(?=[A-Za-z0-9_-])){2,29}+"  # 3-30
_MASTODON_USER = r"[A-Za-z0-9_](?:[A-Za-z0-9_]|[.-](?=[A-Za-z0-9_])){0,29}+"
_REDDIT_NAME = r"[A-Za-z0-9_-]{3,20}+"
_LINKEDIN_NAME = r"[\p{L}\p{N}](?:[\p{L}\p{N}_-]){2,99}+"
_NAME_OR_DOT = r"[A-Za-z0-9_]|\.[A-Za-z0-9_]"

PLATFORMS: Final[dict[Platform, PlatformInfo]] = {
    info.platform: info
    for info in (
        PlatformInfo(
            platform=Platform.TWITTER,
            label="X (Twitter)",
            case_insensitive=True,
            profile="https://x.com/{handle}",
            handle=_TWITTER_NAME,
            hosts=(
                "twitter.com",
                "x.com",
                "mobile.twitter.com",
                "m.twitter.com",
                "mobile.x.com",
                "fxtwitter.com",
                "vxtwitter.com",
                "fixupx.com",
                "fixvx.com",
                "platform.twitter.com",
            ),
            profile_paths=(r"/(?:\#!/)?+@?+(?P<user>" + _TWITTER_NAME + ")" + _END,),
            reserved=frozenset(
                [
                    "i",
                    "home",
                    "search",
                    "explore",
                    "hashtag",
                    "intent",
                    "share",
                    "settings",
                    "login",
                    "logout",
                    "signup",
                    "notifications",
                    "messages",
                    "compose",
                    "tos",
                    "privacy",
                    "about",
                    "download",
                    "account",
                    "statuses",
                    "status",
                    "widgets",
                    "embed",
                    "oauth",
                    "jobs",
                ]
            ),
            ids_encode_time=True,
        ),
        PlatformInfo(
            platform=Platform.INSTAGRAM,
            label="Instagram",
            case_insensitive=True,
            profile="https://www.instagram.com/{handle}/",
            handle=_INSTAGRAM_NAME,
            continues=_NAME_OR_DOT,
            hosts=("instagram.com", "m.instagram.com", "instagr.am"),
            profile_paths=(r"/(?P<user>" + _INSTAGRAM_NAME + ")" + _END,),
            reserved=frozenset(
                [
                    "p",
                    "reel",
                    "reels",
                    "tv",
                    "explore",
                    "accounts",
                    "stories",
                    "direct",
                    "about",
                    "legal",
                    "developer",
                    "web",
                    "emails",
                    "challenge",
                ]
            ),
            ids_encode_time=True,
        ),
        PlatformInfo(
            platform=Platform.FACEBOOK,
            label="Facebook",
            case_insensitive=True,
            profile="https://www.facebook.com/{handle}",
            handle_prefix="",
            handle=_FACEBOOK_NAME,
            continues=_NAME_OR_DOT,
            hosts=(
                "facebook.com",
                "m.facebook.com",
                "web.facebook.com",
                "mbasic.facebook.com",
                "touch.facebook.com",
                "business.facebook.com",
                "graph.facebook.com",
                "fb.com",
            ),
            profile_paths=(
                r"/profile\.php\?(?:[^&;]{0,200}+[&;]){0,20}id=(?P<user>\d{1,25}+)" + _NUM_END,
                r"/people/[^/?\#]{1,200}+/(?P<user>\d{1,25}+)" + _END,
                r"/(?:pg/)?(?P<user>" + _FACEBOOK_NAME + ")" + _END,
            ),
            reserved=frozenset(
                [
                    "sharer",
                    "sharer.php",
                    "share.php",
                    "dialog",
                    "plugins",
                    "groups",
                    "events",
                    "pages",
                    "watch",
                    "photo.php",
                    "permalink.php",
                    "story.php",
                    "video.php",
                    "login",
                    "home.php",
                    "marketplace",
                    "gaming",
                    "help",
                    "policies",
                    "privacy",
                    "settings",
                    "hashtag",
                    "search",
                    "stories",
                    "reel",
                ]
            ),
        ),
        PlatformInfo(
            platform=Platform.TIKTOK,
            label="TikTok",
            case_insensitive=True,
            profile="https://www.tiktok.com/@{handle}",
            handle=_TIKTOK_NAME,
            continues=_NAME_OR_DOT,
            hosts=("tiktok.com", "m.tiktok.com"),
            profile_paths=(r"/@(?P<user>" + _TIKTOK_NAME + ")" + _END,),
            ids_encode_time=True,
        ),
        PlatformInfo(
            platform=Platform.THREADS,
            label="Threads",
            case_insensitive=True,
            profile="https://www.threads.com/@{handle}",
            handle=_INSTAGRAM_NAME,
            continues=_NAME_OR_DOT,
            hosts=("threads.net", "threads.com"),
            profile_paths=(r"/@(?P<user>" + _INSTAGRAM_NAME + ")" + _END,),
            ids_encode_time=True,
        ),
        PlatformInfo(
            platform=Platform.BLUESKY,
            label="Bluesky",
            case_insensitive=True,
            profile="https://bsky.app/profile/{handle}",
            handle=BLUESKY_HANDLE,
            continues=r"[A-Za-z0-9-]|\.[A-Za-z0-9]",
            hosts=("bsky.app", "embed.bsky.app"),
            profile_paths=(
                r"/profile/(?P<user>" + BLUESKY_DID + "|" + BLUESKY_HANDLE + ")" + _END,
            ),
            ids_encode_time=True,
        ),
        # Mastodon: user@instance; the instance is a domain (case-insensitive)
        # and usernames are matched case-insensitively by Mastodon too. It has
        # no hosts of its own: any host not in this table may be an instance.
        PlatformInfo(
            platform=Platform.MASTODON,
            label="Mastodon",
            case_insensitive=True,
            profile="https://{instance}/@{user}",
            handle=_MASTODON_USER,
            continues=r"[A-Za-z0-9_]|[.-][A-Za-z0-9_]",
            profile_paths=(
                r"/@(?P<user>" + _MASTODON_USER + ")" + _END,
                r"/users/(?P<user>" + _MASTODON_USER + ")" + _END,
            ),
            ids_encode_time=True,
        ),
        # YouTube @handles are case-insensitive; channel ids (UC…) are not,
        # so normalise_handle keeps those as written.
        PlatformInfo(
            platform=Platform.YOUTUBE,
            label="YouTube",
            case_insensitive=True,
            profile="https://www.youtube.com/@{handle}",
            handle=_YOUTUBE_NAME,
            continues=r"[A-Za-z0-9_-]|\.[A-Za-z0-9_-]",
            hosts=(
                "youtube.com",
                "m.youtube.com",
                "music.youtube.com",
                "youtu.be",
                "youtube-nocookie.com",
            ),
            profile_paths=(
                r"/@(?P<user>" + _YOUTUBE_NAME + ")" + _END,
                r"/channel/(?P<user>UC[A-Za-z0-9_-]{22}+)" + _END,
                r"/(?P<user>(?:c|user)/[A-Za-z0-9_.-]{1,100}+)" + _END,
            ),
        ),
        PlatformInfo(
            platform=Platform.TRUTHSOCIAL,
            label="Truth Social",
            case_insensitive=True,
            profile="https://truthsocial.com/@{handle}",
            hosts=("truthsocial.com",),
            profile_paths=(r"/@(?P<user>[A-Za-z0-9_]{1,30}+)" + _END,),
            ids_encode_time=True,
        ),
        PlatformInfo(
            platform=Platform.REDDIT,
            label="Reddit",
            case_insensitive=True,
            profile="https://www.reddit.com/user/{handle}/",
            handle_prefix="u/",
            handle=_REDDIT_NAME,
            continues=r"[A-Za-z0-9_-]",
            mention_prefix=r"/?+[uU]/",
            hosts=("reddit.com", "old.reddit.com", "new.reddit.com", "np.reddit.com", "redd.it"),
            profile_paths=(r"/(?:u|user)/(?P<user>" + _REDDIT_NAME + ")" + _END,),
        ),
        PlatformInfo(
            platform=Platform.LINKEDIN,
            label="LinkedIn",
            case_insensitive=True,
            profile="https://www.linkedin.com/in/{handle}/",
            handle_prefix="",
            handle=_LINKEDIN_NAME,
            continues=r"[\p{L}\p{N}_-]",
            hosts=("linkedin.com",),
            profile_paths=(r"/in/(?P<user>" + _LINKEDIN_NAME + ")" + _END,),
            ids_encode_time=True,
        ),
        PlatformInfo(
            platform=Platform.SNAPCHAT,
            label="Snapchat",
            case_insensitive=True,
            profile="https://www.snapchat.com/add/{handle}",
            handle=r"[A-Za-z](?:[A-Za-z0-9_]|[.-](?=[A-Za-z0-9_])){2,14}+",
            continues=r"[A-Za-z0-9_]|[.-][A-Za-z0-9_]",
            hosts=("snapchat.com",),
            profile_paths=(r"/add/(?P<user>[A-Za-z][A-Za-z0-9._-]{2,14}+)" + _END,),
        ),
        PlatformInfo(
            platform=Platform.TELEGRAM,
            label="Telegram",
            case_insensitive=True,
            profile="https://t.me/{handle}",
            handle=r"[A-Za-z](?:[A-Za-z0-9]|_(?=[A-Za-z0-9_])){4,31}+",
            hosts=("t.me", "telegram.me"),
            profile_paths=(r"/(?:s/)?(?P<user>[A-Za-z][A-Za-z0-9_]{4,31}+)" + _END,),
            reserved=frozenset({"joinchat", "share", "addstickers", "proxy", "iv"}),
        ),
        PlatformInfo(
            platform=Platform.WEIBO,
            label="Weibo",
            case_insensitive=False,
            profile="https://weibo.com/{handle}",
            handle_prefix="@",
            handle=r"[\p{Han}A-Za-z0-9_-]{2,30}+",
            continues=r"[\p{Han}A-Za-z0-9_-]",
            hosts=("weibo.com", "m.weibo.cn", "weibo.cn"),
            profile_paths=(r"/(?P<user>u/\d{5,15}+|[A-Za-z0-9_]{4,30}+)" + _END,),
            reserved=frozenset({"login", "signup", "search", "home"}),
        ),
    )
}

_HOST_PLATFORM: Final[dict[str, Platform]] = {
    host: info.platform for info in PLATFORMS.values() for host in info.hosts
}


def host_platform(host: str) -> Platform | None:
    """The platform a (lower-case) web host belongs to; ``None`` for others.

    ``www.`` and country subdomains of LinkedIn are accepted.

    >>> host_platform("www.x.com"), host_platform("uk.linkedin.com"), host_platform("example.org")
    (<Platform.TWITTER: 'twitter'>, <Platform.LINKEDIN: 'linkedin'>, None)
    """
    if host.startswith("www."):
        host = host[4:]
    found = _HOST_PLATFORM.get(host)
    if found is None and host.endswith(".linkedin.com"):
        return Platform.LINKEDIN
    return found


# --- post URL forms -------------------------------------------------------------


@attrs.frozen(kw_only=True)
class PostUrlForm:
    """One shape of post URL on one platform.

    Attributes:
        platform: The platform.
        pattern: Regex fragment (``VERBOSE``) matched at the start of the URL
            path (what follows the host, query included). Groups: ``id`` (the
            post id), optional ``user`` (the account) and ``remote`` (a
            Mastodon account's home instance).
        canonical: The canonical post URL; ``{id}``, ``{user}``, ``{host}``
            and ``{remote}`` filled in.
        canonical_no_user: The canonical URL when ``user`` did not match.
        hosts: Only these hosts (``www.`` removed) have this form; empty for
            every host of the platform. ``at`` is the AT-URI scheme.
        example: A real URL of this form, for the docs and tests.

    >>> form = next(f for f in POST_URL_FORMS if f.platform is Platform.YOUTUBE)
    >>> form.example, form.canonical
    ('https://youtu.be/dQw4w9WgXcQ?t=42', 'https://www.youtube.com/watch?v={id}')
    """

    platform: Platform
    pattern: str
    canonical: str
    example: str
    canonical_no_user: str = ""
    hosts: frozenset[str] = frozenset()


_TWEET_ID = r"(?P<id>\d{1,19}+)" + _NUM_END
_FB_ID = r"(?P<id>pfbid0[A-Za-z0-9]{20,80}+|\d{1,25}+)" + _NUM_END
_YT_ID = r"(?!videoseries)(?P<id>[A-Za-z0-9_-]{11}+)" + _CODE_END
_SHORTCODE = r"(?P<id>[A-Za-z0-9_-]{5,60}+)" + _CODE_END
_MASTO_ID = r"(?P<id>\d{1,20}+)" + _NUM_END
# A query string may carry a parameter after others: skip whole parameters.
_PARAMS = r"(?:[^&;]{0,2000}+[&;]){0,50}"  # not possessive: the wanted one may be any
_TWEET_CANONICAL = "https://x.com/{user}/status/{id}"
_FB_VIDEO = "https://www.facebook.com/watch/?v={id}"
_FB_PHOTO = "https://www.facebook.com/photo.php?fbid={id}"
_YT_CANONICAL = "https://www.youtube.com/watch?v={id}"

#: Every recognised post URL shape, tried in order per platform.
POST_URL_FORMS: Final[tuple[PostUrlForm, ...]] = (
    # --- Twitter/X: /user/status/ID, /i/web/status/ID, /statuses/ID, #! paths
    PostUrlForm(
        platform=Platform.TWITTER,
        pattern=r"/(?:\#!/)?+i/(?:web/)?+status(?:es)?+/" + _TWEET_ID,
        canonical=_TWEET_CANONICAL,
        canonical_no_user="https://x.com/i/status/{id}",
        example="https://twitter.com/i/web/status/1002637001554841600",
    ),
    PostUrlForm(
        platform=Platform.TWITTER,
        pattern=r"/(?:\#!/)?+statuses/" + _TWEET_ID,
        canonical=_TWEET_CANONICAL,
        canonical_no_user="https://x.com/i/status/{id}",
        example="https://twitter.com/statuses/1002637001554841600",
    ),
    PostUrlForm(
        platform=Platform.TWITTER,
        pattern=r"/embed/(?:Tweet|index)\.html\?" + _PARAMS + r"id=" + _TWEET_ID,
        canonical=_TWEET_CANONICAL,
        canonical_no_user="https://x.com/i/status/{id}",
        hosts=frozenset({"platform.twitter.com"}),
        example="https://platform.twitter.com/embed/Tweet.html?dnt=false&id=1002637001554841600",
    ),
    PostUrlForm(
        platform=Platform.TWITTER,
        pattern=r"/(?:\#!/)?+(?P<user>" + _TWITTER_NAME + r")/status(?:es)?+/" + _TWEET_ID,
        canonical=_TWEET_CANONICAL,
        canonical_no_user="https://x.com/i/status/{id}",
        example="https://twitter.com/realDonaldTrump/status/1002637001554841600?s=20",
    ),
    # --- Instagram: /p/, /reel/, /reels/, /tv/, with or without the user first
    PostUrlForm(
        platform=Platform.INSTAGRAM,
        pattern=r"/(?:(?P<user>" + _INSTAGRAM_NAME + r")/)?(?:p|reels?+|tv)/" + _SHORTCODE,
        canonical="https://www.instagram.com/p/{id}/",
        canonical_no_user="https://www.instagram.com/p/{id}/",
        example="https://www.instagram.com/p/B8pT40EBjoK/?utm_source=ig_embed",
    ),
    # --- Facebook: one canonical form per URL shape
    PostUrlForm(
        platform=Platform.FACEBOOK,
        pattern=r"/groups/(?P<group>[^/?\#]{1,100}+)/(?:posts|permalink)/" + _FB_ID,
        canonical="https://www.facebook.com/groups/{group}/posts/{id}",
        canonical_no_user="https://www.facebook.com/groups/{group}/posts/{id}",
        example="https://www.facebook.com/groups/nytimesfood/posts/1234567890123456/",
    ),
    PostUrlForm(
        platform=Platform.FACEBOOK,
        pattern=r"/(?:permalink|story)\.php\?"
        r"(?=" + _PARAMS + r"story_fbid=" + _FB_ID + r")"
        r"(?:(?=" + _PARAMS + r"id=(?P<user>\d{1,25}+)" + _NUM_END + r"))?",
        canonical="https://www.facebook.com/permalink.php?story_fbid={id}&id={user}",
        canonical_no_user="https://www.facebook.com/permalink.php?story_fbid={id}",
        example="https://www.facebook.com/permalink.php?story_fbid=10157880553051030&id=153080620724",
    ),
    PostUrlForm(
        platform=Platform.FACEBOOK,
        pattern=r"/(?:photo\.php|photo/?+)\?" + _PARAMS + r"fbid=" + _FB_ID,
        canonical=_FB_PHOTO,
        canonical_no_user=_FB_PHOTO,
        example="https://www.facebook.com/photo.php?fbid=10157880553051030&set=a.1&type=3",
    ),
    PostUrlForm(
        platform=Platform.FACEBOOK,
        pattern=r"/(?P<user>" + _FACEBOOK_NAME + r")/photos/(?:[^/?\#]{1,200}+/)?+" + _FB_ID,
        canonical=_FB_PHOTO,
        canonical_no_user=_FB_PHOTO,
        example="https://www.facebook.com/nytimes/photos/a.10150256793174999/10157880553051030/",
    ),
    PostUrlForm(
        platform=Platform.FACEBOOK,
        pattern=r"/(?:(?P<user>" + _FACEBOOK_NAME + r")/)?videos/(?:[^/?\#]{1,200}+/)?" + _FB_ID,
        canonical=_FB_VIDEO,
        canonical_no_user=_FB_VIDEO,
        example="https://www.facebook.com/Sozialdemokratie/videos/928812574504508/",
    ),
    PostUrlForm(
        platform=Platform.FACEBOOK,
        pattern=r"/(?:watch/?+|video\.php)\?" + _PARAMS + r"v=" + _FB_ID,
        canonical=_FB_VIDEO,
        canonical_no_user=_FB_VIDEO,
        example="https://www.facebook.com/watch/?v=928812574504508",
    ),
    PostUrlForm(
        platform=Platform.FACEBOOK,
        pattern=r"/reel/" + _FB_ID,
        canonical="https://www.facebook.com/reel/{id}",
        canonical_no_user="https://www.facebook.com/reel/{id}",
        example="https://www.facebook.com/reel/1085371942555408",
    ),
    PostUrlForm(
        platform=Platform.FACEBOOK,
        pattern=r"/(?P<user>" + _FACEBOOK_NAME + r")/posts/(?:[^/?\#]{1,200}+/)?" + _FB_ID,
        canonical="https://www.facebook.com/{user}/posts/{id}",
        example="https://www.facebook.com/ejdionne/posts/10150154175658687",
    ),
    # --- YouTube: watch?v=, youtu.be/, /shorts/, /embed/, /live/, /v/
    PostUrlForm(
        platform=Platform.YOUTUBE,
        pattern=r"/(?P<id>[A-Za-z0-9_-]{11}+)" + _CODE_END,
        canonical=_YT_CANONICAL,
        canonical_no_user=_YT_CANONICAL,
        hosts=frozenset({"youtu.be"}),
        example="https://youtu.be/dQw4w9WgXcQ?t=42",
    ),
    PostUrlForm(
        platform=Platform.YOUTUBE,
        pattern=r"/watch/?+\?" + _PARAMS + r"v=" + _YT_ID,
        canonical=_YT_CANONICAL,
        canonical_no_user=_YT_CANONICAL,
        example="http://www.youtube.com/watch?v=JWgf2VQ0KSo&list=PLvnBzZOjEg-EBCkakeTYuJgapDNwX8iQQ",
    ),
    PostUrlForm(
        platform=Platform.YOUTUBE,
        pattern=r"/(?:shorts|embed|live|v|e|watch)/" + _YT_ID,
        canonical=_YT_CANONICAL,
        canonical_no_user=_YT_CANONICAL,
        example="http://www.youtube.com/embed/ItzAHkOw-0U?feature=oembed",
    ),
    # --- TikTok: /@user/video/ID, /embed/v2/ID, /v/ID.html
    PostUrlForm(
        platform=Platform.TIKTOK,
        pattern=r"/@(?P<user>" + _TIKTOK_NAME + r")?/(?:video|photo)/(?P<id>\d{10,20}+)" + _NUM_END,
        canonical="https://www.tiktok.com/@{user}/video/{id}",
        canonical_no_user="https://www.tiktok.com/embed/v2/{id}",
        example="https://www.tiktok.com/@scout2015/video/6718335390845095173",
    ),
    PostUrlForm(
        platform=Platform.TIKTOK,
        pattern=r"/(?:embed(?:/v2)?+|player/v1|v|share/video)/(?P<id>\d{10,20}+)" + _NUM_END,
        canonical="https://www.tiktok.com/embed/v2/{id}",
        canonical_no_user="https://www.tiktok.com/embed/v2/{id}",
        example="https://www.tiktok.com/embed/v2/6718335390845095173",
    ),
    # --- Threads: threads.net and threads.com
    PostUrlForm(
        platform=Platform.THREADS,
        pattern=r"/@(?P<user>" + _INSTAGRAM_NAME + r")/post/" + _SHORTCODE,
        canonical="https://www.threads.com/@{user}/post/{id}",
        example="https://www.threads.net/@zuck/post/CuP48CiS5sx",
    ),
    PostUrlForm(
        platform=Platform.THREADS,
        pattern=r"/t/" + _SHORTCODE,
        canonical="https://www.threads.com/t/{id}",
        canonical_no_user="https://www.threads.com/t/{id}",
        example="https://www.threads.net/t/CuP48CiS5sx",
    ),
    # --- Bluesky: bsky.app/profile/HANDLE-OR-DID/post/RKEY and at:// URIs
    PostUrlForm(
        platform=Platform.BLUESKY,
        pattern=r"/profile/(?P<user>" + BLUESKY_DID + "|" + BLUESKY_HANDLE + r")"
        r"/post/(?P<id>[A-Za-z0-9._:~-]{1,512}+)(?=[/?\#]|\Z)",
        canonical="https://bsky.app/profile/{user}/post/{id}",
        example="https://bsky.app/profile/jay.bsky.team/post/3juflu7eu5v2x",
    ),
    PostUrlForm(
        platform=Platform.BLUESKY,
        pattern=r"/embed/(?P<user>" + BLUESKY_DID + "|" + BLUESKY_HANDLE + r")"
        r"/app\.bsky\.feed\.post/(?P<id>[A-Za-z0-9._:~-]{1,512}+)(?=[/?\#]|\Z)",
        canonical="https://bsky.app/profile/{user}/post/{id}",
        hosts=frozenset({"embed.bsky.app"}),
        example="https://embed.bsky.app/embed/did:plc:u5cwb2mwiv2bfq53cjufe6yn/app.bsky.feed.post/3k4duaz5vfs2b",
    ),
    PostUrlForm(
        platform=Platform.BLUESKY,
        pattern=r"(?P<user>" + BLUESKY_DID + "|" + BLUESKY_HANDLE + r")"
        r"/app\.bsky\.feed\.post/(?P<id>[A-Za-z0-9._:~-]{1,512}+)(?=[/?\#]|\Z)",
        canonical="https://bsky.app/profile/{user}/post/{id}",
        hosts=frozenset({"at"}),
        example="at://did:plc:oky5czdrnfjpqslsw2a5iclo/app.bsky.feed.post/3juflu7eu5v2x",
    ),
    # --- Truth Social: /@user/posts/ID (also /@user/ID and ActivityPub paths)
    PostUrlForm(
        platform=Platform.TRUTHSOCIAL,
        pattern=r"/(?:@|users/)(?P<user>[A-Za-z0-9_]{1,30}+)/(?:posts?+/|statuses/)?+" + _MASTO_ID,
        canonical="https://truthsocial.com/@{user}/posts/{id}",
        example="https://truthsocial.com/@realDonaldTrump/posts/113546215051155542",
    ),
    # --- Reddit: /r/sub/comments/ID/slug, redd.it/ID
    PostUrlForm(
        platform=Platform.REDDIT,
        pattern=r"/(?:(?:r|u|user)/[A-Za-z0-9_-]{2,21}+/)?comments/(?P<id>[a-z0-9]{1,12}+)"
        + _NUM_END,
        canonical="https://www.reddit.com/comments/{id}/",
        canonical_no_user="https://www.reddit.com/comments/{id}/",
        example="https://www.reddit.com/r/IAmA/comments/z1c9z/i_am_barack_obama_president_of_the_united_states/",
    ),
    PostUrlForm(
        platform=Platform.REDDIT,
        pattern=r"/(?P<id>[a-z0-9]{4,12}+)" + _NUM_END,
        canonical="https://www.reddit.com/comments/{id}/",
        canonical_no_user="https://www.reddit.com/comments/{id}/",
        hosts=frozenset({"redd.it"}),
        example="https://redd.it/z1c9z",
    ),
    # --- LinkedIn: /feed/update/urn:li:activity:ID, /posts/user_slug-activity-ID
    PostUrlForm(
        platform=Platform.LINKEDIN,
        pattern=r"/feed/update/urn:li:(?:activity|share|ugcPost):(?P<id>\d{10,20}+)" + _NUM_END,
        canonical="https://www.linkedin.com/feed/update/urn:li:activity:{id}/",
        canonical_no_user="https://www.linkedin.com/feed/update/urn:li:activity:{id}/",
        example="https://www.linkedin.com/feed/update/urn:li:activity:7068236126453399552/",
    ),
    PostUrlForm(
        platform=Platform.LINKEDIN,
        pattern=r"/posts/(?P<user>[A-Za-z0-9%_-]{1,100}?)_[^/?\#]{0,300}?-activity-(?P<id>\d{10,20}+)"
        + _NUM_END,
        canonical="https://www.linkedin.com/feed/update/urn:li:activity:{id}/",
        example="https://www.linkedin.com/posts/satyanadella_ai-activity-7068236126453399552-AbCd",
    ),
    # --- Mastodon: any other host, /@user/ID, /@user@home/ID, /users/user/statuses/ID
    PostUrlForm(
        platform=Platform.MASTODON,
        pattern=r"/@(?P<user>"
        + _MASTODON_USER
        + r")(?:@(?P<remote>"
        + MASTODON_DOMAIN
        + r"))?+/"
        + _MASTO_ID,
        canonical="https://{host}/@{user}/{id}",
        example="https://mastodon.social/@Gargron/109372926478584539",
    ),
    PostUrlForm(
        platform=Platform.MASTODON,
        pattern=r"/users/(?P<user>" + _MASTODON_USER + r")/statuses/" + _MASTO_ID,
        canonical="https://{host}/@{user}/{id}",
        example="https://mastodon.social/users/Gargron/statuses/109372926478584539",
    ),
)


# --- logic ------------------------------------------------------------------


def _is_youtube_channel_id(handle: str) -> bool:
    return handle.startswith("UC") and len(handle) == 24


def normalise_handle(platform: Platform, handle: str) -> str:
    """The stored form of *handle*: no leading ``@``, lower-case where case is ignored.

    >>> normalise_handle(Platform.TWITTER, "@realDonaldTrump")
    'realdonaldtrump'
    >>> normalise_handle(Platform.YOUTUBE, "UCBR8-60-B28hp2BmDPdntcQ")
    'UCBR8-60-B28hp2BmDPdntcQ'
    >>> normalise_handle(Platform.BLUESKY, "did:plc:oky5czdrnfjpqslsw2a5iclo")
    'did:plc:oky5czdrnfjpqslsw2a5iclo'
    """
    handle = handle.lstrip("@＠")
    if platform is Platform.YOUTUBE and (_is_youtube_channel_id(handle) or "/" in handle):
        return handle
    if platform is Platform.BLUESKY and handle.startswith("did:"):
        return handle
    if PLATFORMS[platform].case_insensitive:
        return handle.lower()
    return handle


def profile_url(platform: Platform, handle: str) -> str:
    """Canonical profile URL of *handle* on *platform*.

    >>> profile_url(Platform.BLUESKY, "jay.bsky.team")
    'https://bsky.app/profile/jay.bsky.team'
    >>> profile_url(Platform.YOUTUBE, "UCBR8-60-B28hp2BmDPdntcQ")
    'https://www.youtube.com/channel/UCBR8-60-B28hp2BmDPdntcQ'
    >>> profile_url(Platform.FACEBOOK, "100044238453210")
    'https://www.facebook.com/profile.php?id=100044238453210'
    """
    if platform is Platform.MASTODON:
        user, _, instance = handle.partition("@")
        return f"https://{instance or 'mastodon.social'}/@{user}"
    if platform is Platform.YOUTUBE:
        if _is_youtube_channel_id(handle):
            return f"https://www.youtube.com/channel/{handle}"
        if "/" in handle:  # legacy /c/name and /user/name forms, kept whole
            return f"https://www.youtube.com/{handle}"
    if platform is Platform.FACEBOOK and handle.isdigit():
        return f"https://www.facebook.com/profile.php?id={handle}"
    return PLATFORMS[platform].profile.format(handle=handle)


def display_handle(platform: Platform, handle: str) -> str:
    """The handle as users write it (``@name``, ``u/name``, ``@user@instance``).

    >>> display_handle(Platform.REDDIT, "spez")
    'u/spez'
    >>> display_handle(Platform.MASTODON, "gargron@mastodon.social")
    '@gargron@mastodon.social'
    """
    return PLATFORMS[platform].handle_prefix + handle
