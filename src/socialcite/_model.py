"""The public result types: frozen, slotted, keyword-only attrs classes.

Every result keeps the raw text it came from next to the normalised value
(``PostDate.text`` beside ``PostDate.value``, ``Citation.span`` beside the
fields), and converts to JSON-ready data with ``to_dict()`` and back with
``from_dict()``.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import attrs

from socialcite.exceptions import InvalidOptionError

__all__ = [
    "Account",
    "Citation",
    "CitationKind",
    "DateSource",
    "Granularity",
    "Mention",
    "Platform",
    "PostDate",
    "PostRef",
]


class _StrEnum(str, enum.Enum):
    """A ``str`` enum whose ``str()`` is its value on every Python we support."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: object) -> Any:
        """Return the member for *value* (a member or its string value).

        Raises:
            InvalidOptionError: *value* names no member; the message lists them.
        """
        if isinstance(value, cls):
            return value
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            choices = ", ".join(m.value for m in cls)
            raise InvalidOptionError(
                f"{value!r} is not a {cls.__name__}; use one of: {choices}"
            ) from None


class Platform(_StrEnum):
    """A social platform, by the lower-case id of ``citations.md``.

    >>> Platform("twitter") is Platform.TWITTER
    True
    >>> str(Platform.TRUTHSOCIAL)
    'truthsocial'
    """

    TWITTER = "twitter"
    INSTAGRAM = "instagram"
    FACEBOOK = "facebook"
    TIKTOK = "tiktok"
    THREADS = "threads"
    BLUESKY = "bluesky"
    MASTODON = "mastodon"
    YOUTUBE = "youtube"
    TRUTHSOCIAL = "truthsocial"
    REDDIT = "reddit"
    LINKEDIN = "linkedin"
    SNAPCHAT = "snapchat"
    TELEGRAM = "telegram"
    WEIBO = "weibo"


class CitationKind(_StrEnum):
    """How an article cites a post.

    ``embed``: the post is reproduced (widget markup, or what survives of it
    in extracted text). ``quote``: the prose quotes the post's words and names
    the platform. ``reference``: the prose says someone posted, without
    quoting.
    """

    EMBED = "embed"
    QUOTE = "quote"
    REFERENCE = "reference"


class Granularity(_StrEnum):
    """How precise a :class:`PostDate` is; for a period, ``value`` is its first day."""

    YEAR = "year"
    SEASON = "season"
    MONTH = "month"
    WEEK = "week"
    WEEKEND = "weekend"
    DAY = "day"
    MINUTE = "minute"
    SECOND = "second"


class DateSource(_StrEnum):
    """Where a :class:`PostDate` came from."""

    FOOTER = "footer"
    PROSE = "prose"
    POST_ID = "post_id"
    METADATA = "metadata"


def _to_platform(value: object) -> Platform:
    return Platform.parse(value)  # type: ignore[no-any-return]


def _to_platform_or_none(value: object) -> Platform | None:
    return None if value is None else _to_platform(value)


def _to_kind(value: object) -> CitationKind:
    return CitationKind.parse(value)  # type: ignore[no-any-return]


def _to_granularity_or_none(value: object) -> Granularity | None:
    return None if value is None else Granularity.parse(value)


def _to_source(value: object) -> DateSource:
    return DateSource.parse(value)  # type: ignore[no-any-return]


def _to_span(value: Any) -> tuple[int, int]:
    start, end = value
    return (int(start), int(end))


@attrs.frozen(kw_only=True)
class Account:
    """An account on a platform.

    Attributes:
        platform: The platform the account is on.
        handle: The normalised handle: no ``@``, lower-case where the platform
            ignores case (Twitter/X, Instagram, TikTok, Threads, Bluesky,
            Truth Social, Reddit …); Mastodon handles are ``user@instance``.
        name: The display name shown beside the handle, when known.
        display: The handle as the article wrote it (``@realDonaldTrump``);
            ``None`` when it was not written (``str()`` then builds it).

    >>> a = Account(platform=Platform.TWITTER, handle="realdonaldtrump",
    ...             display="@realDonaldTrump")
    >>> str(a), a.url
    ('@realDonaldTrump', 'https://x.com/realdonaldtrump')
    """

    platform: Platform = attrs.field(converter=_to_platform)
    handle: str
    name: str | None = None
    display: str | None = None

    @property
    def url(self) -> str:
        """The canonical profile URL.

        >>> Account(platform="mastodon", handle="gargron@mastodon.social").url
        'https://mastodon.social/@gargron'
        """
        from socialcite._platforms import profile_url

        return profile_url(self.platform, self.handle)

    def __str__(self) -> str:
        if self.display:
            return self.display
        from socialcite._platforms import display_handle

        return display_handle(self.platform, self.handle)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data; :meth:`from_dict` reverses it."""
        return {
            "platform": self.platform.value,
            "handle": self.handle,
            "name": self.name,
            "display": self.display,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Account:
        """Rebuild an :class:`Account` from :meth:`to_dict` output."""
        return cls(
            platform=data["platform"],
            handle=data["handle"],
            name=data.get("name"),
            display=data.get("display"),
        )


def _date_to_json(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date_from_json(value: str | None) -> date | None:
    if value is None:
        return None
    if "T" in value:
        return datetime.fromisoformat(value)
    return date.fromisoformat(value)


@attrs.frozen(kw_only=True)
class PostDate:
    """When a post was made, as written and as resolved.

    Attributes:
        text: The date as written (``in November``, ``May 31, 2018``), or
            ``None`` when it was derived from a post id.
        value: A ``date``, or a ``datetime`` for times (timezone-aware when the
            text or id gives the zone); for a period, its first day. ``None``
            when the text cannot be resolved (``hours later``).
        granularity: How precise ``value`` is; ``None`` when unresolved.
        source: Where the date came from.

    >>> from datetime import date
    >>> PostDate(text="in November", value=date(2017, 11, 1),
    ...          granularity="month", source="prose").iso
    '2017-11'
    """

    text: str | None
    value: date | None
    granularity: Granularity | None = attrs.field(converter=_to_granularity_or_none)
    source: DateSource = attrs.field(converter=_to_source)

    @property
    def iso(self) -> str | None:
        """``value`` in ISO form cut to its granularity (``2017``, ``2017-11``, ``2018-05-30``).

        Times keep minutes or seconds and their zone.
        """
        if self.value is None:
            return None
        gran = self.granularity
        if gran is Granularity.YEAR:
            return f"{self.value.year:04d}"
        if gran is Granularity.MONTH:
            return f"{self.value.year:04d}-{self.value.month:02d}"
        if isinstance(self.value, datetime) and gran in (Granularity.MINUTE, Granularity.SECOND):
            return self.value.isoformat(
                timespec="minutes" if gran is Granularity.MINUTE else "seconds"
            )
        if isinstance(self.value, datetime):
            return self.value.date().isoformat()
        return self.value.isoformat()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data; :meth:`from_dict` reverses it."""
        return {
            "text": self.text,
            "value": _date_to_json(self.value),
            "granularity": None if self.granularity is None else self.granularity.value,
            "source": self.source.value,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PostDate:
        """Rebuild a :class:`PostDate` from :meth:`to_dict` output."""
        return cls(
            text=data.get("text"),
            value=_date_from_json(data.get("value")),
            granularity=data.get("granularity"),
            source=data["source"],
        )


def _optional_from_dict(cls: Any, data: Mapping[str, Any] | None) -> Any:
    return None if data is None else cls.from_dict(data)


@attrs.frozen(kw_only=True)
class PostRef:
    """A post identified from its URL.

    Attributes:
        platform: The platform.
        handle: The posting account's normalised handle when the URL names it.
        post_id: The platform's id of the post.
        url: The canonical post URL.
        posted: The exact creation time when the id encodes it (tweet
            snowflakes since November 2010, Bluesky TIDs, TikTok and Mastodon
            ids), with ``source="post_id"``; else ``None``.
    """

    platform: Platform = attrs.field(converter=_to_platform)
    handle: str | None
    post_id: str
    url: str
    posted: PostDate | None = None

    @property
    def account(self) -> Account | None:
        """The posting account when the URL names it."""
        if self.handle is None:
            return None
        return Account(platform=self.platform, handle=self.handle)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data; :meth:`from_dict` reverses it."""
        return {
            "platform": self.platform.value,
            "handle": self.handle,
            "post_id": self.post_id,
            "url": self.url,
            "posted": None if self.posted is None else self.posted.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PostRef:
        """Rebuild a :class:`PostRef` from :meth:`to_dict` output."""
        return cls(
            platform=data["platform"],
            handle=data.get("handle"),
            post_id=data["post_id"],
            url=data["url"],
            posted=_optional_from_dict(PostDate, data.get("posted")),
        )


@attrs.frozen(kw_only=True)
class Mention:
    """An ``@handle`` found in a text.

    Attributes:
        account: The account mentioned (``display`` keeps the written form).
        span: Offsets of the mention, ``@`` included, in the searched text.
        list_slug: For a Twitter list (``@user/slug``), the slug; else ``None``.
    """

    account: Account
    span: tuple[int, int] = attrs.field(converter=_to_span)
    list_slug: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data; :meth:`from_dict` reverses it."""
        return {
            "account": self.account.to_dict(),
            "span": list(self.span),
            "list_slug": self.list_slug,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Mention:
        """Rebuild a :class:`Mention` from :meth:`to_dict` output."""
        return cls(
            account=Account.from_dict(data["account"]),
            span=data["span"],
            list_slug=data.get("list_slug"),
        )


def _to_accounts(value: Any) -> tuple[Account, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Citation:
    """One place where an article cites a post.

    Attributes:
        kind: ``embed``, ``quote`` or ``reference`` (see :class:`CitationKind`).
        platform: The platform, or ``None`` for "on social media".
        text: The post text (embed) or the quoted words joined across
            fragments (quote); ``None`` for a reference.
        speaker: The name the prose gives the poster, pronouns and
            descriptions resolved to a name.
        author: The posting account, when known.
        cue: The words that mark it as a post (``tweeted``, ``wrote on
            Instagram``, the attribution line of an embed).
        posted: When the post was made, when the article or id says.
        url: The canonical post URL.
        post_id: The platform's id of the post.
        mentions: Accounts mentioned in the cited text.
        span: ``source[span[0]:span[1]]`` is the citation's own text.
    """

    kind: CitationKind = attrs.field(converter=_to_kind)
    platform: Platform | None = attrs.field(default=None, converter=_to_platform_or_none)
    text: str | None = None
    speaker: str | None = None
    author: Account | None = None
    cue: str | None = None
    posted: PostDate | None = None
    url: str | None = None
    post_id: str | None = None
    mentions: tuple[Account, ...] = attrs.field(default=(), converter=_to_accounts)
    span: tuple[int, int] = attrs.field(converter=_to_span)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data (ISO dates, enum values as strings).

        >>> c = Citation(kind="reference", platform="twitter", speaker="Trump",
        ...              cue="tweeted", span=(10, 17))
        >>> d = c.to_dict()
        >>> d["kind"], d["platform"], d["span"]
        ('reference', 'twitter', [10, 17])
        >>> Citation.from_dict(d) == c
        True
        """
        return {
            "kind": self.kind.value,
            "platform": None if self.platform is None else self.platform.value,
            "text": self.text,
            "speaker": self.speaker,
            "author": None if self.author is None else self.author.to_dict(),
            "cue": self.cue,
            "posted": None if self.posted is None else self.posted.to_dict(),
            "url": self.url,
            "post_id": self.post_id,
            "mentions": [m.to_dict() for m in self.mentions],
            "span": list(self.span),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Citation:
        """Rebuild a :class:`Citation` from :meth:`to_dict` output."""
        return cls(
            kind=data["kind"],
            platform=data.get("platform"),
            text=data.get("text"),
            speaker=data.get("speaker"),
            author=_optional_from_dict(Account, data.get("author")),
            cue=data.get("cue"),
            posted=_optional_from_dict(PostDate, data.get("posted")),
            url=data.get("url"),
            post_id=data.get("post_id"),
            mentions=tuple(Account.from_dict(m) for m in data.get("mentions", ())),
            span=data["span"],
        )
