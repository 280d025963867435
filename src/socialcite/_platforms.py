"""Platform table: per-platform facts kept as data, apart from the logic.

One row per platform: how its handles are written and compared, its
canonical profile URL. URL forms of posts and handle syntax live next to
the parsers that use them (``_posturls``, ``_handles``) but read this table
for case rules and canonical hosts.
"""

from __future__ import annotations

from typing import Final

import attrs

from socialcite._model import Platform

__all__ = ["PLATFORMS", "PlatformInfo", "display_handle", "normalise_handle", "profile_url"]


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
    """

    platform: Platform
    label: str
    case_insensitive: bool
    profile: str
    handle_prefix: str = "@"


PLATFORMS: Final[dict[Platform, PlatformInfo]] = {
    info.platform: info
    for info in (
        PlatformInfo(
            platform=Platform.TWITTER,
            label="X (Twitter)",
            case_insensitive=True,
            profile="https://x.com/{handle}",
        ),
        PlatformInfo(
            platform=Platform.INSTAGRAM,
            label="Instagram",
            case_insensitive=True,
            profile="https://www.instagram.com/{handle}/",
        ),
        PlatformInfo(
            platform=Platform.FACEBOOK,
            label="Facebook",
            case_insensitive=True,
            profile="https://www.facebook.com/{handle}",
            handle_prefix="",
        ),
        PlatformInfo(
            platform=Platform.TIKTOK,
            label="TikTok",
            case_insensitive=True,
            profile="https://www.tiktok.com/@{handle}",
        ),
        PlatformInfo(
            platform=Platform.THREADS,
            label="Threads",
            case_insensitive=True,
            profile="https://www.threads.com/@{handle}",
        ),
        PlatformInfo(
            platform=Platform.BLUESKY,
            label="Bluesky",
            case_insensitive=True,
            profile="https://bsky.app/profile/{handle}",
        ),
        # Mastodon: user@instance; the instance is a domain (case-insensitive)
        # and usernames are matched case-insensitively by Mastodon too.
        PlatformInfo(
            platform=Platform.MASTODON,
            label="Mastodon",
            case_insensitive=True,
            profile="https://{instance}/@{user}",
        ),
        # YouTube @handles are case-insensitive; channel ids (UC…) are not,
        # so normalise_handle keeps those as written.
        PlatformInfo(
            platform=Platform.YOUTUBE,
            label="YouTube",
            case_insensitive=True,
            profile="https://www.youtube.com/@{handle}",
        ),
        PlatformInfo(
            platform=Platform.TRUTHSOCIAL,
            label="Truth Social",
            case_insensitive=True,
            profile="https://truthsocial.com/@{handle}",
        ),
        PlatformInfo(
            platform=Platform.REDDIT,
            label="Reddit",
            case_insensitive=True,
            profile="https://www.reddit.com/user/{handle}/",
            handle_prefix="u/",
        ),
        PlatformInfo(
            platform=Platform.LINKEDIN,
            label="LinkedIn",
            case_insensitive=True,
            profile="https://www.linkedin.com/in/{handle}/",
            handle_prefix="",
        ),
        PlatformInfo(
            platform=Platform.SNAPCHAT,
            label="Snapchat",
            case_insensitive=True,
            profile="https://www.snapchat.com/add/{handle}",
        ),
        PlatformInfo(
            platform=Platform.TELEGRAM,
            label="Telegram",
            case_insensitive=True,
            profile="https://t.me/{handle}",
        ),
        PlatformInfo(
            platform=Platform.WEIBO,
            label="Weibo",
            case_insensitive=False,
            profile="https://weibo.com/{handle}",
            handle_prefix="@",
        ),
    )
}


def _is_youtube_channel_id(handle: str) -> bool:
    return handle.startswith("UC") and len(handle) == 24


def normalise_handle(platform: Platform, handle: str) -> str:
    """The stored form of *handle*: no leading ``@``, lower-case where case is ignored.

    >>> normalise_handle(Platform.TWITTER, "@realDonaldTrump")
    'realdonaldtrump'
    >>> normalise_handle(Platform.YOUTUBE, "UCBR8-60-B28hp2BmDPdntcQ")
    'UCBR8-60-B28hp2BmDPdntcQ'
    """
    handle = handle.lstrip("@＠")
    if platform is Platform.YOUTUBE and (_is_youtube_channel_id(handle) or "/" in handle):
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
    """
    if platform is Platform.MASTODON:
        user, _, instance = handle.partition("@")
        return f"https://{instance or 'mastodon.social'}/@{user}"
    if platform is Platform.YOUTUBE:
        if _is_youtube_channel_id(handle):
            return f"https://www.youtube.com/channel/{handle}"
        if "/" in handle:  # legacy /c/name and /user/name forms, kept whole
            return f"https://www.youtube.com/{handle}"
    return PLATFORMS[platform].profile.format(handle=handle)


def display_handle(platform: Platform, handle: str) -> str:
    """The handle as users write it (``@name``, ``u/name``, ``@user@instance``).

    >>> display_handle(Platform.REDDIT, "spez")
    'u/spez'
    """
    return PLATFORMS[platform].handle_prefix + handle
