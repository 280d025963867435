"""Handles and @mentions, by each platform's own rules.

Twitter/X mentions follow twitter-text, the reference extractor, exactly (its
conformance suite passes in full): ``@`` or full-width ``＠``; 1 to 20 of
``[A-Za-z0-9_]``; nothing after a letter, digit, ``_``, ``!#$%&*`` or another
at sign (so e-mail addresses do not match), except a retweet marker
(``RT@name``, ``RT:@name``); dropped when the name runs into another at sign,
an accented Latin letter or ``://``; ``@name/slug`` is a list. Other
platforms use their own handle syntax from ``_platforms`` with the same
context rules. Every regex here is compiled once, at import, and matched only
where ``str.find`` sees an at sign: most text has none, and finding them is
the bulk of the work.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from socialcite._model import Account, Mention, Platform
from socialcite._platforms import (
    BLUESKY_DID,
    BLUESKY_HANDLE,
    MASTODON_DOMAIN,
    PLATFORMS,
    display_handle,
    host_platform,
    normalise_handle,
)
from socialcite._posturls import URL_RE
from socialcite.exceptions import InvalidSourceError

__all__ = ["find_mentions", "is_valid_list", "is_valid_username", "parse_handle", "reply_to"]

# --- data: character sets of the reference extractor ----------------------------

# Latin letters with accents (twitter-text's latinAccentChars): a name running
# into one of these is part of a longer non-ASCII word, not a mention.
_LATIN_ACCENTS: Final = (
    "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257"
    "\u0259\u025b\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)
# Unicode spaces as twitter-text counts them (for replies).
_SPACES: Final = (
    "\u0009-\u000d\u0020\u0085\u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
)

# --- regexes ----------------------------------------------------------------

# A Twitter/X mention or list, twitter-text's validMentionOrList + endMentionMatch.
# It is matched at each at sign (found with str.find), so the at sign comes
# first and a lookbehind checks what precedes it (the at sign included).
TWITTER_MENTION_RE: Final = regex.compile(
    r"""
    [@＠]                                   # the at sign, ASCII or full-width
    (?<=                                    # and what comes before it:
        (?:\A|[^A-Za-z0-9_!\#$%&*@＠])[@＠]  #   the start, or no name char, !#$%&* or at sign
      | (?:\A|[^A-Za-z0-9_+~.-])            #   or a retweet marker at a word start,
        [Rr][Tt]:?+[@＠]                     #   RT@name or RT:@name, any case
    )
    (?P<name>[A-Za-z0-9_]{1,20}+)           # the screen name: at most 20, no backtracking
    (?:/(?P<slug>[A-Za-z][A-Za-z0-9_-]{0,24}+))?+  # a list: @name/slug
    (?![@＠"""
    + _LATIN_ACCENTS
    + r"""]|://)                            # not running into an at sign, accent or ://
    """,
    regex.VERBOSE,
)

# Leading spaces of a reply (a tweet that starts with a mention).
REPLY_LEAD_RE: Final = regex.compile("[" + _SPACES + "]*+")


# What may not come right before a mention: a word, an e-mail address, a URL path.
_NOT_BEFORE: Final = r"[A-Za-z0-9_!\#$%&*@＠/]"
_AT_SIGN: Final = r"[@＠]"


def _mention_re(platform: Platform) -> regex.Pattern[str]:
    """The mention regex of a platform other than Twitter/X, from its table row.

    With an at-sign prefix the at sign comes first and the lookbehind after
    it, so it can be matched at each at sign (as for Twitter/X).
    """
    info = PLATFORMS[platform]
    if info.mention_prefix == _AT_SIGN:
        lead = _AT_SIGN + "(?<!" + _NOT_BEFORE + _AT_SIGN + ")"
    else:
        lead = "(?<!" + _NOT_BEFORE + ")(?:" + info.mention_prefix + ")"
    instance = (
        r"(?:@(?P<instance>" + MASTODON_DOMAIN + r"))?+  # @instance, for federated handles"
        if platform is Platform.MASTODON
        else ""
    )
    return regex.compile(
        lead
        + r"""                              # the prefix (@, u/ …), not inside a word
        (?P<name>"""
        + info.handle
        + r""")                             # the handle by the platform's syntax
        """
        + instance
        + r"""
        (?!"""
        + info.continues
        + r"""|[@＠])                       # the whole name, not an e-mail or a longer name
        """,
        regex.VERBOSE,
    )


_MENTION_RES: Final[dict[Platform, regex.Pattern[str]]] = {
    platform: _mention_re(platform) for platform in Platform if platform is not Platform.TWITTER
}

# Whole-handle syntax per platform, for parse_handle.
_HANDLE_RES: Final[dict[Platform, regex.Pattern[str]]] = {
    platform: regex.compile(r"(?:" + info.handle + r")\Z", regex.VERBOSE)
    for platform, info in PLATFORMS.items()
}
_YOUTUBE_CHANNEL_RE: Final = regex.compile(r"UC[A-Za-z0-9_-]{22}+\Z")
_BLUESKY_DID_RE: Final = regex.compile(r"(?:" + BLUESKY_DID + r")\Z", regex.VERBOSE)
_BLUESKY_HANDLE_RE: Final = regex.compile(r"(?:" + BLUESKY_HANDLE + r")\Z", regex.VERBOSE)
# @user@instance (Mastodon's federated form), the leading at sign optional.
_FEDIVERSE_RE: Final = regex.compile(
    r"""
    (?P<at>[@＠])?+                         # the leading at sign
    (?P<user>"""
    + PLATFORMS[Platform.MASTODON].handle
    + r""")                                 # the username
    [@＠](?P<instance>"""
    + MASTODON_DOMAIN
    + r""")\Z                               # @ and the home instance
    """,
    regex.VERBOSE,
)
# Reddit u/name and /u/name, LinkedIn in/name: handles written as paths.
_PATH_HANDLE_RE: Final = regex.compile(
    r"""
    /?+(?:(?P<reddit>u|user)|(?P<linkedin>in))/   # the platform's path prefix
    (?P<user>[^/?\#\s]{1,100}+)/?+\Z             # the name (syntax checked after)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# Per platform, its profile URL paths, compiled.
_PROFILE_RES: Final[dict[Platform, tuple[regex.Pattern[str], ...]]] = {
    platform: tuple(regex.compile(p, regex.VERBOSE) for p in info.profile_paths)
    for platform, info in PLATFORMS.items()
}


# --- logic --------------------------------------------------------------------


def _valid_domain(name: str) -> bool:
    """A DNS name: labels without edge hyphens, a TLD that starts with a letter."""
    if len(name) > 253:
        return False
    labels = name.split(".")
    return (
        len(labels) >= 2
        and labels[-1][:1].isalpha()
        and not any(label.startswith("-") or label.endswith("-") for label in labels)
    )


def _at_signs(text: str) -> list[int]:
    """Offsets of every at sign, in order.

    ``str.find`` runs at memory speed; a regex scan for ``[@＠]`` is some
    fifteen times slower, and most of the text has no at sign at all.
    """
    find = text.find
    offsets = []
    at = find("@")
    while at != -1:
        offsets.append(at)
        at = find("@", at + 1)
    if "＠" in text:
        at = find("＠")
        while at != -1:
            offsets.append(at)
            at = find("＠", at + 1)
        offsets.sort()
    return offsets


def _matches(pattern: regex.Pattern[str], text: str) -> list[regex.Match[str]]:
    """What ``pattern.finditer(text)`` gives, for a pattern that starts with an at sign.

    Names hold no at sign, so no match can cover the next one.
    """
    match = pattern.match
    return [m for m in (match(text, at) for at in _at_signs(text)) if m is not None]


def _twitter_mentions(text: str) -> list[Mention]:
    found = []
    for match in _matches(TWITTER_MENTION_RE, text):
        start = match.start()
        account = Account(
            platform=Platform.TWITTER,
            handle=match["name"].lower(),
            display=text[start : match.end("name")],
        )
        found.append(Mention(account=account, span=(start, match.end()), list_slug=match["slug"]))
    return found


def _platform_mentions(text: str, platform: Platform) -> list[Mention]:
    pattern = _MENTION_RES[platform]
    if PLATFORMS[platform].mention_prefix == _AT_SIGN:
        matches: Iterable[regex.Match[str]] = _matches(pattern, text)
    else:
        matches = pattern.finditer(text)
    found = []
    for match in matches:
        name = match["name"]
        if platform is Platform.BLUESKY and not _valid_domain(name):
            continue
        instance = match.groupdict().get("instance")
        if instance and not _valid_domain(instance):
            continue
        handle = f"{name}@{instance}" if instance else name
        account = Account(
            platform=platform,
            handle=normalise_handle(platform, handle),
            display=match[0],
        )
        found.append(Mention(account=account, span=match.span()))
    return found


def find_mentions(text: str, platform: Platform | str = Platform.TWITTER) -> list[Mention]:
    """Every ``@handle`` in *text* by *platform*'s rules, in text order.

    Twitter/X follows twitter-text; a list (``@user/slug``) is a mention of its
    owner with ``list_slug`` set. Mastodon mentions may carry their instance
    (``@user@instance``), Reddit's are ``u/name``.

    >>> [(m.account.handle, m.span) for m in find_mentions("RT @POTUS: thanks @FLOTUS!")]
    [('potus', (3, 9)), ('flotus', (18, 25))]
    >>> find_mentions("mail me at jo@example.com")
    []
    >>> m = find_mentions("cc @Gargron@mastodon.social", "mastodon")[0]
    >>> m.account.handle, str(m.account)
    ('gargron@mastodon.social', '@Gargron@mastodon.social')

    Raises:
        InvalidSourceError: *text* is not a ``str``.
        InvalidOptionError: *platform* is not a platform name.
    """
    if not isinstance(text, str):
        raise InvalidSourceError(f"find_mentions() takes a str, not {type(text).__name__}")
    chosen: Platform = Platform.parse(platform)
    if chosen is Platform.TWITTER:
        return _twitter_mentions(text)
    return _platform_mentions(text, chosen)


def reply_to(text: str) -> Account | None:
    """The account a tweet replies to: a mention that opens it, after spaces only.

    >>> reply_to("@jack thanks").handle
    'jack'
    >>> reply_to(".@jack thanks") is None
    True
    """
    lead = REPLY_LEAD_RE.match(text)
    start = 0 if lead is None else lead.end()
    first = TWITTER_MENTION_RE.match(text, start)
    if first is None:
        return None
    return Account(platform=Platform.TWITTER, handle=first["name"].lower(), display=first[0])


def is_valid_username(text: str) -> bool:
    """Whether *text* is exactly one Twitter/X ``@username``.

    >>> is_valid_username("@example_name"), is_valid_username("@example-name")
    (True, False)
    """
    found = TWITTER_MENTION_RE.match(text)
    return found is not None and found.end() == len(text) and found["slug"] is None


def is_valid_list(text: str) -> bool:
    """Whether *text* is exactly one Twitter/X list, ``@username/slug``.

    >>> is_valid_list("@username/list"), is_valid_list("@username")
    (True, False)
    """
    found = TWITTER_MENTION_RE.match(text)
    return found is not None and found.end() == len(text) and found["slug"] is not None


def _account(platform: Platform, name: str, written: str | None = None) -> Account:
    """An account from a validated *name*; ``display`` keeps its written case."""
    handle = normalise_handle(platform, name)
    if written is None:
        plain = platform is Platform.YOUTUBE and (handle == name and "/" in name)
        channel = platform is Platform.YOUTUBE and _YOUTUBE_CHANNEL_RE.match(name) is not None
        did = platform is Platform.BLUESKY and name.startswith("did:")
        written = name if plain or channel or did else display_handle(platform, name)
    return Account(platform=platform, handle=handle, display=written)


def _valid_name(platform: Platform, name: str) -> bool:
    if platform is Platform.BLUESKY:
        if name.startswith("did:"):
            return _BLUESKY_DID_RE.match(name) is not None
        return _BLUESKY_HANDLE_RE.match(name) is not None and _valid_domain(name)
    if platform is Platform.YOUTUBE and _YOUTUBE_CHANNEL_RE.match(name) is not None:
        return True
    return _HANDLE_RES[platform].match(name) is not None


def _from_url(text: str, wanted: Platform | None) -> Account | None:
    parts = URL_RE.match(text)
    if parts is None or parts["at"] is not None or not parts["path"]:
        return None
    host = parts["host"].lower()  # a Mastodon instance keeps a www. as its name
    platform = host_platform(host)
    if platform is None:
        if "." not in host or wanted not in (None, Platform.MASTODON):
            return None
        for pattern in _PROFILE_RES[Platform.MASTODON]:
            found = pattern.match(parts["path"])
            if found is not None:
                user = found["user"]
                return _account(Platform.MASTODON, f"{user}@{host}", f"@{user}@{host}")
        return None
    if wanted is not None and platform is not wanted:
        return None
    for pattern in _PROFILE_RES[platform]:
        found = pattern.match(parts["path"])
        if found is None:
            continue
        user = found["user"]
        if user.lower() in PLATFORMS[platform].reserved:
            return None
        if platform is Platform.BLUESKY and not _valid_name(platform, user):
            return None
        return _account(platform, user)
    return None


def _from_text(text: str, wanted: Platform | None) -> Account | None:
    at = text[:1] in ("@", "＠")
    name = text[1:] if at else text
    if wanted is None:
        if name.startswith("did:"):
            wanted = Platform.BLUESKY
        elif not at:
            return None  # a bare name names no platform
        elif _HANDLE_RES[Platform.TWITTER].match(name):
            wanted = Platform.TWITTER
        else:
            wanted = Platform.BLUESKY
    if not _valid_name(wanted, name):
        return None
    prefix = PLATFORMS[wanted].handle_prefix
    return _account(wanted, name, text if at and prefix == "@" else None)


def parse_handle(text: str, platform: Platform | str | None = None) -> Account | None:
    """One handle, profile URL or ``@user@instance``; ``None`` when it is not a valid handle.

    Reads ``@name`` (Twitter/X when no *platform* is given; a dotted
    ``@name.domain`` is Bluesky), ``did:plc:…``, ``@user@instance``
    (Mastodon), ``u/name`` (Reddit), ``in/name`` (LinkedIn), and profile URLs
    of every platform. A bare name needs *platform*. ``handle`` is
    normalised, ``display`` keeps the written case.

    >>> a = parse_handle("@realDonaldTrump")
    >>> a.handle, a.display, a.url
    ('realdonaldtrump', '@realDonaldTrump', 'https://x.com/realdonaldtrump')
    >>> parse_handle("https://www.instagram.com/NASA/").handle
    'nasa'
    >>> parse_handle("@Gargron@mastodon.social").url
    'https://mastodon.social/@gargron'
    >>> parse_handle("@jay.bsky.team").platform.value
    'bluesky'
    >>> parse_handle("@not-a-twitter-name", "twitter") is None
    True

    Raises:
        InvalidSourceError: *text* is not a ``str``.
        InvalidOptionError: *platform* is not a platform name.
    """
    if not isinstance(text, str):
        raise InvalidSourceError(f"parse_handle() takes a str, not {type(text).__name__}")
    wanted: Platform | None = None if platform is None else Platform.parse(platform)
    text = text.strip()
    if not text or len(text) > 2048:
        return None
    fediverse = _FEDIVERSE_RE.match(text)
    if fediverse is not None and (
        wanted is Platform.MASTODON or (wanted is None and fediverse["at"] is not None)
    ):
        user, instance = fediverse["user"], fediverse["instance"]
        if not _valid_domain(instance):
            return None
        return _account(Platform.MASTODON, f"{user}@{instance}", f"@{user}@{instance}")
    by_path = _PATH_HANDLE_RE.match(text)
    if by_path is not None:
        path_platform = Platform.REDDIT if by_path["reddit"] else Platform.LINKEDIN
        if wanted not in (None, path_platform) or not _valid_name(path_platform, by_path["user"]):
            return None
        return _account(path_platform, by_path["user"])
    if "/" in text or "://" in text:
        return _from_url(text, wanted)
    if "@" in text[1:] or "＠" in text[1:]:
        return None  # an e-mail address, or a fediverse handle for another platform
    return _from_text(text, wanted)
