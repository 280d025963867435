"""Post URLs of every platform: which post a URL points to, in canonical form.

The URL forms themselves are data (``_platforms.POST_URL_FORMS``); this
module splits a URL into host and path with one regex, picks the platform by
host, and tries that platform's few path forms, each compiled once here.
Hosts no platform claims may be Mastodon instances (``/@user/ID``).
"""

from __future__ import annotations

from typing import Final

import regex

from socialcite._ids import post_id_date
from socialcite._model import Platform, PostRef
from socialcite._platforms import (
    PLATFORMS,
    POST_URL_FORMS,
    PostUrlForm,
    host_platform,
    normalise_handle,
)
from socialcite.exceptions import InvalidSourceError

__all__ = ["parse_post_url"]

# A URL (scheme optional) or an AT-protocol URI, split into host and the rest.
URL_RE: Final = regex.compile(
    r"""
    \A[\s<"']*+                                     # leading space or quoting
    (?:
        (?P<at>at://)                               # an AT-protocol URI: no host part
      | (?:(?i:https?+):)?+(?://)?+                 # the scheme and //, both optional
        (?P<host>
            [A-Za-z0-9](?:[A-Za-z0-9-]|\.(?=[A-Za-z0-9])){0,252}+   # dotted host name
        )
        \.?+                                        # a fully-qualified trailing dot
        (?::\d{1,5}+)?+                             # a port
        (?=[/?\#\s>"']|\Z)                           # and the host ends there
    )
    (?P<path>[^\s<>"']*+)                           # path, query and fragment, no spaces
    [\s>"']*+\Z                                     # trailing space or quoting
    """,
    regex.VERBOSE,
)

# Per platform (and the AT-URI pseudo-host), its compiled forms in table order.
_FORMS: Final[dict[Platform, tuple[tuple[regex.Pattern[str], PostUrlForm], ...]]] = {
    platform: tuple(
        (regex.compile(form.pattern, regex.VERBOSE), form)
        for form in POST_URL_FORMS
        if form.platform is platform
    )
    for platform in Platform
}
# Users in these path positions are site pages, not accounts.
_RESERVED: Final = {platform: info.reserved for platform, info in PLATFORMS.items()}


def _account(platform: Platform, user: str | None, remote: str | None, host: str) -> str | None:
    """The normalised handle for a URL's ``user`` group (``None`` for site pages)."""
    if user is None or user.lower() in _RESERVED[platform]:
        return None
    if platform is Platform.MASTODON:
        return f"{user}@{remote or host}".lower()
    return normalise_handle(platform, user)


def _match(platform: Platform, host: str, path: str) -> PostRef | None:
    for pattern, form in _FORMS[platform]:
        if form.hosts and host not in form.hosts:
            continue
        found = pattern.match(path)
        if found is None:
            continue
        groups = found.groupdict()
        post_id = groups["id"]
        remote = groups.get("remote")
        handle = _account(platform, groups.get("user"), remote, host)
        if handle is None and not form.canonical_no_user:
            continue
        template = form.canonical if handle is not None else form.canonical_no_user
        in_url = handle
        if platform is Platform.MASTODON and handle is not None:
            in_url = handle if remote else handle.partition("@")[0]
        url = template.format(
            id=post_id, user=in_url, host=host, remote=remote, group=groups.get("group")
        )
        posted = post_id_date(platform, post_id) if PLATFORMS[platform].ids_encode_time else None
        return PostRef(platform=platform, handle=handle, post_id=post_id, url=url, posted=posted)
    return None


def parse_post_url(url: str) -> PostRef | None:
    """The post a URL points to; ``None`` for anything that is not a post URL.

    Recognises every post URL form of Twitter/X (and its fxtwitter/vxtwitter
    mirrors), Instagram, Facebook, YouTube, TikTok, Threads, Bluesky (with
    ``at://`` URIs), Mastodon instances, Truth Social, Reddit and LinkedIn;
    the scheme is optional. ``posted`` is the creation time where the id
    encodes it. Never raises for a ``str``.

    >>> ref = parse_post_url("https://twitter.com/realDonaldTrump/status/1002637001554841600?s=20")
    >>> ref.platform.value, ref.handle, ref.post_id
    ('twitter', 'realdonaldtrump', '1002637001554841600')
    >>> ref.url
    'https://x.com/realdonaldtrump/status/1002637001554841600'
    >>> ref.posted.iso
    '2018-06-01T19:44:23+00:00'
    >>> parse_post_url("https://youtu.be/dQw4w9WgXcQ").url
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ'
    >>> parse_post_url("https://example.com/about") is None
    True

    Raises:
        InvalidSourceError: *url* is not a ``str``.
    """
    if not isinstance(url, str):
        raise InvalidSourceError(f"parse_post_url() takes a str, not {type(url).__name__}")
    if len(url) > 16_384:  # no real post URL is this long; skip the scan
        url = url.strip()
        if len(url) > 16_384:
            return None
    parts = URL_RE.match(url)
    if parts is None:
        return None
    path = parts["path"]
    if parts["at"] is not None:
        return _match(Platform.BLUESKY, "at", path)
    if not path:
        return None
    host = parts["host"].lower()
    platform = host_platform(host)
    if platform is not None:
        return _match(platform, host[4:] if host.startswith("www.") else host, path)
    # A Mastodon instance keeps its host whole: www.example.social is its name.
    if "." in host and path.startswith(("/@", "/users/")):
        return _match(Platform.MASTODON, host, path)
    return None
