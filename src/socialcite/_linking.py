"""Linking citations of the same post within one document.

An article often cites one post twice: as an embed, and again in its prose
(``Goldstein tweeted he was "honored"``), and names the poster in one place
by a surname and in another by ``Name (@handle)``. Linking gives each post
one consistent account:

1. **Quote and embed.** A quote whose words appear in an embed's text (after
   both are normalised: case, punctuation, links, ``@handles``, editorial
   ``[insertions]`` and ellipses set aside) is a quote of that embed. The
   quote takes the embed's ``author``, ``url``, ``post_id`` and ``platform``
   where it has none, and its ``posted`` where its own date is missing or
   unresolved; the embed takes the quote's ``speaker`` where it has none.
2. **Speaker and account.** A citation whose ``speaker`` names an account
   the article shows elsewhere (an embed's footer, another citation's
   author, ``Name (@handle)`` in the prose) gets that account as ``author``,
   when the platform agrees and exactly one account fits.

Nothing here moves a span or removes a citation, and both lists come back in
the order they came in. Most articles have no citation at all or a handful,
so every stage bails out early; text is normalised once per citation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final, TypeVar

import attrs
import regex

from socialcite._handles import parse_handle
from socialcite._model import Account, Citation, CitationKind, Platform, PostDate

__all__ = ["link"]

# --- data -----------------------------------------------------------------

# Words before or inside a name that do not identify the person: titles,
# offices and articles (``Sen. Elizabeth Warren``, ``President Trump``,
# ``Rabbi Seth Goldstein``), name suffixes, and words that start a sentence
# in front of a name (``Then Trump (@realDonaldTrump)``). Kept in lines by
# kind rather than one word a line, hence no formatter here.
# fmt: off
_NAME_NOISE: Final = frozenset(
    {
        "a", "an", "and", "the", "of", "then", "but", "so", "when", "while", "after", "before", "as", "if", "yet", "also",
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "president", "vice", "former", "first", "sen", "senator", "rep", "representative", "congressman",
        "congresswoman", "gov", "governor", "mayor", "secretary", "minister", "prime", "chancellor",
        "judge", "justice", "gen", "general", "col", "lt", "sgt", "capt", "captain", "adm", "officer", "chief",
        "rabbi", "rev", "reverend", "pastor", "father", "pope", "imam", "bishop", "cardinal",
        "king", "queen", "prince", "princess", "sheikh",
        "ceo", "chairman", "chairwoman", "coach",
        "jr", "sr", "ii", "iii", "iv",
    }
)
# fmt: on

# Minimum evidence for a quote to be a quote of an embed: a contiguous run of
# at least this many tokens and characters links on the text alone; anything
# shorter (``"honored"``) links only when the speakers agree too.
_MIN_RUN_TOKENS: Final = 4
_MIN_RUN_CHARS: Final = 16
# Fragments joined, words dropped or reordered: this share of the quote's
# tokens found in the embed links a quote of at least _MIN_OVERLAP_TOKENS
# tokens alone, or of at least _MIN_AGREED_OVERLAP_TOKENS with agreeing
# speakers.
_MIN_OVERLAP_SHARE: Final = 0.8
_MIN_OVERLAP_TOKENS: Final = 6
_MIN_AGREED_OVERLAP_TOKENS: Final = 3
# How far before ``(@handle)`` a name may start.
_NAME_WINDOW: Final = 80
# How far a paragraph is searched for a citation giving a prose account its
# platform, and how many ``(@handle)`` a document is searched for: real
# articles stay far below both; they bound the work on hostile input.
_LINE_WINDOW: Final = 3000
_MAX_PROSE_ACCOUNTS: Final = 64
# A run of capitals is a person's full name when it has 2 to 3 words that
# identify (titles left out); a line of at least _MIN_TITLE_WORDS words,
# _TITLE_SHARE of them capitalised, that does not end as a sentence does, is a
# headline, whose runs are not names.
_MAX_NAME_WORDS: Final = 3
_MIN_TITLE_WORDS: Final = 4
_TITLE_SHARE: Final = 0.6
_SENTENCE_ENDS: Final = (".", "!", "?", ":", '"', "”", "’", "'", ")")

# --- regexes ----------------------------------------------------------------

_NOISE_RE = regex.compile(
    r"""
      [@＠]\w{1,50}+                # a handle (an insertion may replace it)
    | \[[^\[\]\n]{0,120}+\]       # an editorial insertion [Kim Kardashian]
    """,
    regex.VERBOSE,
)
_HANDLE_RE = regex.compile(
    r"""
    [@＠](\w{1,50}+)   # a handle, to spell out
    """,
    regex.VERBOSE,
)
_CAMEL_WORD_RE = regex.compile(
    r"""
      \p{Lu}?\p{Ll}++   # a word of a camel-cased handle (Kim, Kardashian)
    | \p{Lu}++(?!\p{Ll}) # or an acronym (AOC)
    | \p{N}++           # or digits
    """,
    regex.VERBOSE,
)
_ELLIPSIS_RE = regex.compile(
    r"""
    … | \.[ \t]?\.[ \t]?\.   # an ellipsis, typeset or typed (... or . . .)
    """,
    regex.VERBOSE,
)
_TOKEN_RE = regex.compile(
    r"""
      [\p{Han}\p{Hiragana}\p{Katakana}]                            # scripts without spaces: a character each
    | [[\p{L}\p{M}\p{N}]--[\p{Han}\p{Hiragana}\p{Katakana}]]++     # else a run of letters and digits
    """,
    regex.VERBOSE | regex.VERSION1,
)
_NAME_TOKEN_RE = regex.compile(
    r"""
    [\p{L}\p{M}\p{N}_]++   # a word of a name or handle
    """,
    regex.VERBOSE,
)
_PAREN_HANDLE_RE = regex.compile(
    r"""
    [(（][ \t]{0,2}+               # an opening bracket
    (?P<handle>
      [@＠]\w[\w.]{0,49}+            # the handle
      (?:@[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,5}+)?  # and a Mastodon instance
    )
    [ \t]{0,2}+[)）]               # the closing bracket
    """,
    regex.VERBOSE,
)
_NAME_BEFORE_RE = regex.compile(
    r"""
    (?P<name>
      [\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}'’.-]{0,30}+      # a capitalised word (or a name in a caseless script)
      (?:
        [ \t]{1,2}+
        (?:[\p{Lu}\p{Lt}\p{Lo}]|(?:de|da|di|van|von|der|la|le|al|bin|el)\b)  # capitalised, or a particle
        [\p{L}\p{M}'’.-]{0,30}+                        # the rest of the word
      ){0,5}
    )
    ,?[ \t]{0,3}+\Z                                     # right before the bracket
    """,
    regex.VERBOSE,
)
_FULL_NAME_RE = regex.compile(
    r"""
    \p{Lu}[\p{L}\p{M}'’-]{1,30}+                        # a capitalised word
    (?:[ \t]{1,2}+\p{Lu}(?:[\p{L}\p{M}'’-]{1,30}+|\.)){1,7}+  # more, or initials (Donald J. Trump)
    """,
    regex.VERBOSE,
)

# --- normalised forms ---------------------------------------------------------


@attrs.frozen
class _Words:
    """A post's or quote's words, normalised once for matching.

    Attributes:
        segments: The token runs between ellipses, each as ``" a b c "``.
        tokens: Every token, in order.
        vocabulary: The set of tokens, and the words of any handle in the text.
        joined: Every token, as ``" a b c "``, to search segments in.
    """

    segments: tuple[str, ...]
    tokens: tuple[str, ...]
    vocabulary: frozenset[str]
    joined: str


def _words(text: str) -> _Words:
    segments: list[str] = []
    tokens: list[str] = []
    for part in _ELLIPSIS_RE.split(text) if "." in text or "…" in text else (text,):
        if "/" in part:
            part = " ".join(w for w in part.split() if "/" not in w or not _is_link(w))
        if "@" in part or "＠" in part or "[" in part:
            part = _NOISE_RE.sub(" ", part)
        found = _TOKEN_RE.findall(part.casefold())
        if found:
            segments.append(" " + " ".join(found) + " ")
            tokens += found
    # A quote may spell out a handle without brackets (``with Kim Kardashian``
    # for ``with @KimKardashian``): the handle's words count for the overlap.
    spelled = []
    if "@" in text or "＠" in text:
        spelled = [
            w.casefold() for h in _HANDLE_RE.findall(text) for w in _CAMEL_WORD_RE.findall(h)
        ]
    joined = " " + " ".join(tokens) + " "
    return _Words(tuple(segments), tuple(tokens), frozenset(tokens).union(spelled), joined)


def _is_link(word: str) -> bool:
    """Whether a whitespace-delimited *word* with a slash is a link (``https://t.co/x``, ``pic.twitter.com/x``).

    Words, not a regex: a link is a host with a dot before the first slash,
    which a plain split finds faster than any pattern tried at every word.
    """
    if "://" in word:
        return True
    slash = word.find("/")
    return slash > 0 and "." in word[:slash]


def _name_tokens(name: str | None) -> tuple[str, ...]:
    """The identifying words of a name: case-folded, titles and initials left out."""
    if not name:
        return ()
    words = (w.casefold() for w in _NAME_TOKEN_RE.findall(name))
    return tuple(w for w in words if w not in _NAME_NOISE and not (len(w) == 1 and w.isascii()))


def _compact(name: str) -> str:
    """A name as a handle might spell it (``@KimKardashian`` -> ``kimkardashian``)."""
    return "".join(_NAME_TOKEN_RE.findall(name)).casefold()


# --- quote and embed ------------------------------------------------------------


@attrs.frozen
class _Identity:
    """Who posted a citation, as far as the document says.

    Attributes:
        handles: Normalised handles of its account.
        names: Identifying words of each name given for the poster.
    """

    handles: frozenset[str]
    names: tuple[tuple[str, ...], ...]

    @property
    def known(self) -> bool:
        return bool(self.handles or any(self.names))


def _identity(citation: Citation) -> _Identity:
    handles = frozenset({citation.author.handle}) if citation.author is not None else frozenset()
    names = [_name_tokens(citation.speaker)]
    if citation.author is not None:
        names.append(_name_tokens(citation.author.name))
    return _Identity(handles, tuple(n for n in names if n))


def _speakers_agree(quote: Citation, embed: Citation) -> bool | None:
    """``True`` or ``False`` when the document says whether both have one poster, else ``None``."""
    if quote.author is not None and embed.author is not None:
        return quote.author.handle == embed.author.handle
    ours, theirs = _identity(quote), _identity(embed)
    if not ours.known or not theirs.known:
        return None
    their_words = {w for name in theirs.names for w in name} | theirs.handles
    if any(w in their_words for name in ours.names for w in name):
        return True
    return quote.speaker is not None and _compact(quote.speaker) in theirs.handles


def _contiguous(quote: _Words, haystack: str) -> bool:
    """Whether every segment of *quote* appears whole in *haystack* (``_Words.joined``), in order."""
    start = 0
    for segment in quote.segments:
        at = haystack.find(segment, start)
        if at < 0:
            return False
        start = at + len(segment) - 1
    return bool(quote.segments)


def _match_strength(quote: Citation, quote_words: _Words, embed: Citation, post: _Words) -> int:
    """How surely *quote* quotes *embed*: 0 not at all, 1 by overlap, 2 by a contiguous run."""
    if not quote_words.tokens or not post.tokens:
        return 0
    if None not in (quote.platform, embed.platform) and quote.platform is not embed.platform:
        return 0
    if quote.post_id is not None and embed.post_id is not None and quote.post_id != embed.post_id:
        return 0
    agree = _speakers_agree(quote, embed)
    if agree is False:
        return 0
    n_tokens = len(quote_words.tokens)
    if _contiguous(quote_words, post.joined):
        n_chars = sum(len(t) for t in quote_words.tokens)
        long_enough = n_tokens >= _MIN_RUN_TOKENS and n_chars >= _MIN_RUN_CHARS
        return 2 if long_enough or agree else 0
    shared = sum(1 for t in quote_words.tokens if t in post.vocabulary)
    if shared < _MIN_OVERLAP_SHARE * n_tokens:
        return 0
    needed = _MIN_AGREED_OVERLAP_TOKENS if agree else _MIN_OVERLAP_TOKENS
    return 1 if n_tokens >= needed else 0


def _same_post(a: Citation, b: Citation) -> bool:
    if a.post_id is not None or b.post_id is not None:
        return a.post_id == b.post_id and a.platform is b.platform
    return a.text == b.text and a.author == b.author


def _best_embed(
    quote: Citation, quote_words: _Words, embeds: Sequence[tuple[Citation, _Words, bool]]
) -> int | None:
    """Index of the embed *quote* quotes, or ``None`` when none or several fit equally.

    Ties between different posts go to the nearest embed when both lie in
    the prose (spans comparable); otherwise an even tie links nothing.
    """
    best: list[int] = []
    best_strength = 0
    for i, (embed, post, _) in enumerate(embeds):
        strength = _match_strength(quote, quote_words, embed, post)
        if strength > best_strength:
            best, best_strength = [i], strength
        elif strength and strength == best_strength:
            best.append(i)
    if not best:
        return None
    first = embeds[best[0]][0]
    if all(_same_post(first, embeds[i][0]) for i in best[1:]):
        return best[0]
    if all(embeds[i][2] for i in best):
        return min(best, key=lambda i: _distance(quote.span, embeds[i][0].span))
    return None


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def _resolved(posted: PostDate | None) -> bool:
    return posted is not None and posted.value is not None


_T = TypeVar("_T")


def _gap_filled(own: _T | None, other: _T | None) -> _T | None:
    """*own* unless it is missing; an empty string is a value, not a gap."""
    return other if own is None else own


def _take_from_embed(quote: Citation, embed: Citation) -> Citation:
    """*quote* with the embed's identity filled in where it has none."""
    return attrs.evolve(
        quote,
        platform=_gap_filled(quote.platform, embed.platform),
        author=_gap_filled(quote.author, embed.author),
        url=_gap_filled(quote.url, embed.url),
        post_id=_gap_filled(quote.post_id, embed.post_id),
        # The article's own date for the post stands; the footer fills a gap.
        posted=quote.posted if _resolved(quote.posted) or embed.posted is None else embed.posted,
    )


def _take_from_quote(embed: Citation, quote: Citation) -> Citation:
    """*embed* with the quote's speaker (and date, when it has none) filled in."""
    return attrs.evolve(
        embed,
        speaker=_gap_filled(embed.speaker, quote.speaker),
        author=_gap_filled(
            embed.author, quote.author if quote.platform is embed.platform else None
        ),
        posted=embed.posted
        if _resolved(embed.posted) or not _resolved(quote.posted)
        else quote.posted,
    )


def _link_quotes_to_embeds(
    source_found: list[Citation], prose_found: list[Citation]
) -> tuple[list[Citation], list[Citation]]:
    quotes = [i for i, c in enumerate(prose_found) if c.kind is CitationKind.QUOTE and c.text]
    if not quotes:
        return source_found, prose_found
    source_found, prose_found = list(source_found), list(prose_found)
    # Where each embed sits, so that it can be updated in its own list.
    slots = [(source_found, i) for i, c in enumerate(source_found) if c.kind is CitationKind.EMBED]
    slots += [(prose_found, i) for i, c in enumerate(prose_found) if c.kind is CitationKind.EMBED]
    if not slots:
        return source_found, prose_found
    posts = [_words(found[i].text or "") for found, i in slots]
    for qi in quotes:
        quote = prose_found[qi]
        embeds = [
            (found[i], post, found is prose_found)
            for (found, i), post in zip(slots, posts, strict=True)
        ]
        chosen = _best_embed(quote, _words(quote.text or ""), embeds)
        if chosen is None:
            continue
        found, ei = slots[chosen]
        embed = found[ei]
        prose_found[qi] = _take_from_embed(quote, embed)
        found[ei] = _take_from_quote(embed, quote)
    return source_found, prose_found


# --- speaker and account -----------------------------------------------------------


@attrs.define
class _Known:
    """An account the document shows, and every name it gives for it."""

    account: Account
    names: list[tuple[str, ...]]


def _accounts_from_citations(citations: Iterable[Citation]) -> dict[tuple[Platform, str], _Known]:
    known: dict[tuple[Platform, str], _Known] = {}
    for c in citations:
        if c.author is None:
            continue
        key = (c.author.platform, c.author.handle)
        entry = known.setdefault(key, _Known(c.author, []))
        for name in (c.author.name, c.speaker):
            tokens = _name_tokens(name)
            if tokens and tokens not in entry.names:
                entry.names.append(tokens)
    return known


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph around ``text[start:end]``, at most _LINE_WINDOW either side."""
    low, high = max(0, start - _LINE_WINDOW), min(len(text), end + _LINE_WINDOW)
    line_end = text.find("\n", end, high)
    return max(low, text.rfind("\n", low, start) + 1), high if line_end < 0 else line_end


def _accounts_from_prose(
    prose: str, citations: Sequence[Citation], known: dict[tuple[Platform, str], _Known]
) -> None:
    """Add ``Name (@handle)`` accounts written in *prose* to *known*.

    Such an account takes the platform of the nearest citation on its line
    (``President Trump (@realDonaldTrump) tweeted``); with no citation there
    the platform is unknown and the account is left out.
    """
    if "@" not in prose and "＠" not in prose:
        return
    embed_spans = [c.span for c in citations if c.kind is CitationKind.EMBED]
    for n, m in enumerate(_PAREN_HANDLE_RE.finditer(prose)):
        if n == _MAX_PROSE_ACCOUNTS:
            break
        start = m.start()
        if any(s <= start < e for s, e in embed_spans):
            continue  # an embed's own footer: the embed already carries it
        name_match = _NAME_BEFORE_RE.search(prose, max(0, start - _NAME_WINDOW), start)
        if name_match is None:
            continue
        platform = _platform_on_line(prose, (start, m.end()), citations)
        if platform is None:
            continue
        written = m.group("handle").rstrip(".")
        found = parse_handle(written, platform)
        tokens = _name_tokens(name_match.group("name"))
        if found is None or not tokens:
            continue
        named = attrs.evolve(found, name=name_match.group("name").strip())
        entry = known.setdefault((platform, found.handle), _Known(named, []))
        if tokens not in entry.names:
            entry.names.append(tokens)


def _platform_on_line(
    prose: str, span: tuple[int, int], citations: Sequence[Citation]
) -> Platform | None:
    line_start, line_end = _line_bounds(prose, span[0], span[1])
    on_line = [
        c
        for c in citations
        if c.platform is not None and c.span[0] < line_end and c.span[1] > line_start
    ]
    if not on_line:
        return None
    return min(on_line, key=lambda c: _distance(span, c.span)).platform


class _FullNames:
    """The multi-word names the article writes, by each of their words (built on first use).

    Lines in title case (headlines, teasers: ``Trump Denies Donation He
    Promised If Elizabeth Warren Releases DNA Results``) are left out: their
    runs of capitals are not names.
    """

    def __init__(self, prose: str) -> None:
        self._prose = prose
        self._by_word: dict[str, set[tuple[str, ...]]] | None = None

    def containing(self, word: str) -> set[tuple[str, ...]]:
        if self._by_word is None:
            self._by_word = {}
            title_lines: dict[int, bool] = {}
            for m in _FULL_NAME_RE.finditer(self._prose):
                start, end = _line_bounds(self._prose, m.start(), m.end())
                if start not in title_lines:
                    title_lines[start] = _is_title_case(self._prose[start:end])
                tokens = _name_tokens(m.group())
                if title_lines[start] or not 2 <= len(tokens) <= _MAX_NAME_WORDS:
                    continue
                for t in tokens:
                    self._by_word.setdefault(t, set()).add(tokens)
        return self._by_word.get(word, set())


def _is_title_case(line: str) -> bool:
    """Whether *line* reads as a headline: no sentence end, mostly capitalised words."""
    words = line.split()
    if len(words) < _MIN_TITLE_WORDS or line.rstrip().endswith(_SENTENCE_ENDS):
        return False
    return sum(1 for w in words if w[:1].isupper()) >= _TITLE_SHARE * len(words)


def _name_level(speaker: tuple[str, ...], compact: str, entry: _Known) -> int:
    """How well a speaker's name fits an account: 3 handle or full name, 2 several words, 1 one."""
    if compact == entry.account.handle or any(speaker == name for name in entry.names):
        return 3
    words = {w for name in entry.names for w in name}
    if len(speaker) >= 2 and all(w in words for w in speaker):
        return 2
    if len(speaker) == 1 and speaker[0] in words:
        return 1
    return 0


def _surname_is_theirs(word: str, entry: _Known, full_names: _FullNames) -> bool:
    """Whether no full name the article writes with *word* belongs to someone else.

    ``Trump`` alone must not give Eric Trump's account to Donald Trump: a full
    name with the word whose other words are none of the account's
    (``Donald Trump`` against ``Eric Trump``) makes the one word ambiguous.
    ``Massachusetts Sen. Elizabeth Warren`` shares ``elizabeth`` with
    ``Elizabeth Warren`` and is no rival.
    """
    words = {w for name in entry.names for w in name}
    return all(any(w in words for w in name if w != word) for name in full_names.containing(word))


def _account_for(
    citation: Citation, known: dict[tuple[Platform, str], _Known], full_names: _FullNames
) -> Account | None:
    if citation.speaker is None or citation.platform is None:
        return None
    speaker = _name_tokens(citation.speaker)
    compact = _compact(citation.speaker)
    if not speaker and not compact:
        return None
    best: list[_Known] = []
    best_level = 0
    for (platform, _), entry in known.items():
        if platform is not citation.platform:
            continue
        level = _name_level(speaker, compact, entry)
        if level > best_level:
            best, best_level = [entry], level
        elif level and level == best_level:
            best.append(entry)
    if len(best) != 1:
        return None
    if best_level == 1 and not _surname_is_theirs(speaker[0], best[0], full_names):
        return None
    return best[0].account


def _link_speakers_to_accounts(
    source_found: list[Citation], prose_found: list[Citation], prose: str
) -> tuple[list[Citation], list[Citation]]:
    def wants(c: Citation) -> bool:
        return c.author is None and c.speaker is not None and c.platform is not None

    if not any(wants(c) for c in source_found) and not any(wants(c) for c in prose_found):
        return source_found, prose_found
    known = _accounts_from_citations(source_found + prose_found)
    _accounts_from_prose(prose, prose_found, known)
    if not known:
        return source_found, prose_found
    full_names = _FullNames(prose)

    def fill(citations: list[Citation]) -> list[Citation]:
        out = []
        for c in citations:
            account = _account_for(c, known, full_names) if wants(c) else None
            out.append(c if account is None else attrs.evolve(c, author=account))
        return out

    return fill(source_found), fill(prose_found)


# --- the stage --------------------------------------------------------------------


def link(
    source_found: list[Citation], prose_found: list[Citation], prose: str
) -> tuple[list[Citation], list[Citation]]:
    """Share author, URL, id, date and speaker between citations of one post.

    Args:
        source_found: Citations whose spans are offsets into the HTML source
            (widget embeds).
        prose_found: Citations whose spans are offsets into *prose* (embed
            remnants in text, quotes, references).
        prose: The article's text.

    Returns:
        Both lists, same lengths and order, spans untouched, with fields filled
        in where another citation of the same post or account supplies them.

    >>> from socialcite import Account, Citation
    >>> embed = Citation(kind="embed", platform="twitter", speaker="Seth Goldstein",
    ...     author=Account(platform="twitter", handle="rabbi_360", name="Seth Goldstein"),
    ...     text="Honored to have offered the benediction today.", span=(40, 90))
    >>> quote = Citation(kind="quote", platform="twitter", speaker="Goldstein",
    ...     text="honored", cue="tweeted", span=(0, 38))
    >>> _, (linked, _) = link([], [quote, embed], "")
    >>> linked.author.handle
    'rabbi_360'
    """
    if not prose_found:
        return source_found, prose_found
    if not any(c.kind is not CitationKind.EMBED for c in prose_found):
        return source_found, prose_found
    source_found, prose_found = _link_quotes_to_embeds(source_found, prose_found)
    return _link_speakers_to_accounts(source_found, prose_found, prose)
