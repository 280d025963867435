"""Creation times decoded from post ids, where the platform encodes one.

Several platforms build post ids from a clock, so the id alone gives the
moment the post was made, to the millisecond or better:

- Twitter/X snowflakes (every tweet since 4 November 2010): bits 22 and up
  are milliseconds since 2010-11-04T01:42:54.657Z. Earlier tweets have small
  sequential ids, which give no time.
- Mastodon (and Truth Social, a Mastodon fork) since 2.0: bits 16 and up are
  milliseconds since the Unix epoch. Ids of older instances are sequential.
- TikTok: bits 32 and up are seconds since the Unix epoch.
- LinkedIn activity ids: bits 22 and up are milliseconds since the Unix epoch.
- Bluesky TIDs (record keys): 13 base32-sortable characters holding a 64-bit
  integer whose bits 10 to 62 are microseconds since the Unix epoch.
- Instagram shortcodes (and Threads codes, which are Instagram media ids):
  base64 of the media id, whose bits 23 and up are milliseconds since
  2011-08-24T21:07:01.721Z.

Every decoder returns ``None`` for ids that do not have the platform's clock
shape, so a sequential or malformed id never yields a made-up date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Final

from socialcite._model import DateSource, Granularity, Platform, PostDate

__all__ = [
    "bluesky_tid_time",
    "instagram_code_time",
    "linkedin_activity_time",
    "mastodon_id_time",
    "post_id_date",
    "tiktok_id_time",
    "tweet_id_time",
]

# --- data: epochs and plausibility windows ---------------------------------

_UNIX_EPOCH: Final = datetime(1970, 1, 1, tzinfo=timezone.utc)
TWITTER_EPOCH_MS: Final = 1_288_834_974_657  # 2010-11-04T01:42:54.657Z
INSTAGRAM_EPOCH_MS: Final = 1_314_220_021_721  # 2011-08-24T21:07:01.721Z
# Sequential tweet ids stopped below 3e10; a snowflake reaches 2**22 * 60_000
# one minute after the epoch, so anything smaller is a pre-snowflake id.
FIRST_SNOWFLAKE: Final = 2**22 * 60_000
_MAX_U64: Final = 2**64 - 1
# Clock-shaped ids must decode to a time the platform existed; outside these
# windows the id is sequential, random or mistyped.
_MASTODON_FROM: Final = datetime(2016, 3, 1, tzinfo=timezone.utc)
_TIKTOK_FROM: Final = datetime(2014, 1, 1, tzinfo=timezone.utc)
_LINKEDIN_FROM: Final = datetime(2014, 1, 1, tzinfo=timezone.utc)
_BLUESKY_FROM: Final = datetime(2022, 1, 1, tzinfo=timezone.utc)
_UNTIL: Final = datetime(2100, 1, 1, tzinfo=timezone.utc)
_TID_ALPHABET: Final = "234567abcdefghijklmnopqrstuvwxyz"
_TID_VALUE: Final = {ch: i for i, ch in enumerate(_TID_ALPHABET)}
_TID_FIRST: Final = frozenset(_TID_ALPHABET[:16])  # the top bit is always 0
_B64_ALPHABET: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_B64_VALUE: Final = {ch: i for i, ch in enumerate(_B64_ALPHABET)}


# --- logic ------------------------------------------------------------------


def _digits(post_id: str, max_len: int) -> int | None:
    if not (0 < len(post_id) <= max_len) or not post_id.isascii() or not post_id.isdigit():
        return None
    value = int(post_id)
    return value if value <= _MAX_U64 else None


def _positional(text: str, alphabet: dict[str, int], bits: int) -> int | None:
    """*text* read as a number written in *alphabet* (base ``2**bits``); ``None`` off it."""
    value = 0
    for ch in text:
        digit = alphabet.get(ch)
        if digit is None:
            return None
        value = value << bits | digit
    return value


def _from_unix_ms(ms: int, earliest: datetime) -> datetime | None:
    when = _UNIX_EPOCH + timedelta(milliseconds=ms)
    return when if earliest <= when < _UNTIL else None


def tweet_id_time(post_id: str) -> datetime | None:
    """Creation time of a tweet from its snowflake id; ``None`` before November 2010.

    >>> tweet_id_time("1002637001554841600").isoformat(timespec="seconds")
    '2018-06-01T19:44:23+00:00'
    >>> tweet_id_time("20") is None  # the first tweet, 2006: a sequential id
    True
    """
    value = _digits(post_id, 19)
    if value is None or value < FIRST_SNOWFLAKE:
        return None
    return _from_unix_ms((value >> 22) + TWITTER_EPOCH_MS, _UNIX_EPOCH)


def mastodon_id_time(post_id: str) -> datetime | None:
    """Creation time of a Mastodon (or Truth Social) status from its id.

    >>> mastodon_id_time("109372926478584539").isoformat(timespec="seconds")
    '2022-11-19T22:53:34+00:00'
    >>> mastodon_id_time("4817") is None  # a pre-2.0 sequential id
    True
    """
    value = _digits(post_id, 20)
    return None if value is None else _from_unix_ms(value >> 16, _MASTODON_FROM)


def tiktok_id_time(post_id: str) -> datetime | None:
    """Creation time of a TikTok video from its id (to the second).

    >>> tiktok_id_time("7106594312292453675").isoformat()
    '2022-06-07T20:15:27+00:00'
    """
    value = _digits(post_id, 20)
    if value is None:
        return None
    when = _UNIX_EPOCH + timedelta(seconds=value >> 32)
    return when if _TIKTOK_FROM <= when < _UNTIL else None


def linkedin_activity_time(post_id: str) -> datetime | None:
    """Creation time of a LinkedIn post from its activity id.

    >>> linkedin_activity_time("7068236126453399552").date().isoformat()
    '2023-05-27'
    """
    value = _digits(post_id, 20)
    return None if value is None else _from_unix_ms(value >> 22, _LINKEDIN_FROM)


def bluesky_tid_time(rkey: str) -> datetime | None:
    """Creation time of a Bluesky record from its TID record key (microseconds).

    >>> bluesky_tid_time("3k44deefqdk2g").isoformat()
    '2023-08-04T05:40:13.086000+00:00'
    >>> bluesky_tid_time("self") is None  # not a TID
    True
    """
    if len(rkey) != 13 or rkey[0] not in _TID_FIRST:
        return None
    value = _positional(rkey, _TID_VALUE, 5)
    if value is None:
        return None
    when = _UNIX_EPOCH + timedelta(microseconds=value >> 10)
    return when if _BLUESKY_FROM <= when < _UNTIL else None


def instagram_code_time(code: str) -> datetime | None:
    """Creation time of an Instagram (or Threads) post from its shortcode.

    Only public shortcodes (up to 12 characters) encode the media id alone;
    the longer codes of private posts give ``None``.

    >>> instagram_code_time("B8pT40EBjoK").date().isoformat()
    '2020-02-16'
    """
    if not 0 < len(code) <= 12:
        return None
    value = _positional(code, _B64_VALUE, 6)
    if value is None or value > _MAX_U64:
        return None
    return _from_unix_ms(
        (value >> 23) + INSTAGRAM_EPOCH_MS, datetime(2011, 8, 1, tzinfo=timezone.utc)
    )


# Which decoder reads which platform's post ids.
_DECODERS: Final[dict[Platform, Callable[[str], datetime | None]]] = {
    Platform.TWITTER: tweet_id_time,
    Platform.MASTODON: mastodon_id_time,
    Platform.TRUTHSOCIAL: mastodon_id_time,
    Platform.TIKTOK: tiktok_id_time,
    Platform.BLUESKY: bluesky_tid_time,
    Platform.INSTAGRAM: instagram_code_time,
    Platform.THREADS: instagram_code_time,
    Platform.LINKEDIN: linkedin_activity_time,
}


def post_id_date(platform: Platform, post_id: str) -> PostDate | None:
    """The :class:`PostDate` a post id encodes, or ``None`` when it encodes none.

    >>> d = post_id_date(Platform.TWITTER, "1002637001554841600")
    >>> d.iso, d.source.value, d.text
    ('2018-06-01T19:44:23+00:00', 'post_id', None)
    >>> post_id_date(Platform.YOUTUBE, "dQw4w9WgXcQ") is None
    True
    """
    decoder = _DECODERS.get(platform)
    when = None if decoder is None else decoder(post_id)
    if when is None:
        return None
    return PostDate(
        text=None, value=when, granularity=Granularity.SECOND, source=DateSource.POST_ID
    )
