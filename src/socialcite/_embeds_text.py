"""What embeds leave in extracted plain text: attribution lines and bare post URLs.

An extractor (trafilatura, newspaper …) keeps a widget's words and drops its
markup, so an embedded post reaches us as its text lines followed by the
widget's footer:

* Twitter/X and Bluesky: ``— Name (@handle) May 31, 2018`` (the handle may
  be Markdown-escaped, ``(@Maks\\_NAFO)``; the date may be missing, or a
  Markdown link to the post, ``[May 31, 2018](https://twitter.com/…)``,
  which gives the post's id; the line may follow a ``pic.twitter.com/…``
  link on the same line); a handle with a dot is a Bluesky handle,
  ``@user@instance`` a Mastodon one;
* Instagram: ``A post shared by Name (@handle) on …`` (and the localised
  forms), often after a ``View this post on Instagram`` line;
* Facebook: ``Posted by Name on Wednesday, May 30, 2018`` (the weekday is
  required: ``Posted by admin on March 3`` is a blog byline);
* Threads and Mastodon: ``Post by @handle`` then ``View on Threads``;
* TikTok: the caption ``@handle caption…`` then the sound credit ``♬ …``;
* a post URL standing alone on its line, where the widget was.

Where the post text starts: the lines directly above the footer, up to a
blank line, the previous embed, a line ending in ``:`` (a lead-in), a list
number, at most ``MAX_POST_LINES`` lines, and no more text than the platform
lets a post have (``TEXT_BUDGET``, links not counted). The first line above is
taken when it fits that budget and does not end in ``:``; a longer line is
article prose (a lead-in line, its introduction), and the embed is then the
footer alone. Lines further up are taken only while they are
short (``MAX_EXTRA_LINE_CHARS``): a post's line breaks make short lines, an
article's paragraphs long ones. This errs on the side of too little text. A ``View this post on Instagram`` line above an Instagram
footer starts the embed there.

A pull quote's ``— Person Name`` without a handle or a date is not an embed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

import attrs
import regex

from socialcite import _handles
from socialcite._dates import DateResolver
from socialcite._embed_formats import (
    FACEBOOK_POSTED_BY,
    INSTAGRAM_SHARED_BY,
    INSTAGRAM_VIEW_POST,
    MAX_EXTRA_LINE_CHARS,
    MAX_POST_LINES,
    TEXT_BUDGET,
    VIEW_ON,
    WEEKDAYS,
)
from socialcite._embed_urls import post_ref
from socialcite._model import Account, Citation, CitationKind, DateSource, Platform
from socialcite._platforms import normalise_handle
from socialcite._sentences import lines_containing

__all__ = ["Remnant", "find_embeds", "find_remnants", "remnant_citation"]

_SPACE = r"[ \t\xa0\u2000-\u200b\u202f\u205f\u3000]"

# "— Name (@handle) May 31, 2018": the footer of Twitter/X, Bluesky and
# Mastodon blockquote widgets.
# The dashes a footer opens with (the first character of _DASH_FOOTER_RE).
_DASHES: Final = "—–―"
_DASH_FOOTER_RE = regex.compile(
    rf"""
    (?P<cue>
      [—–―]                                           # the dash, first so scanning is fast,
      (?<= (?: ^ [ \t\xa0>]{{0,10}}                    # at a line start (Markdown quote too)
             | (?:pic\.twitter\.com|t\.co)/[A-Za-z0-9]{{1,30}}{_SPACE}{{0,3}}  # or after a picture link
           ) . )
      {_SPACE}*+
      (?P<name>[^\n]{{0,120}}?)                       # display name (commas, " - ", "(he/him)")
      {_SPACE}*+ \( {_SPACE}*+
      @ (?P<handle>(?:[A-Za-z0-9_.\-]|\\_){{1,120}}+  # handle, Markdown "\_" escapes too
         (?:@[A-Za-z0-9.\-]{{1,100}}+)?+)             # "@user@instance" on Mastodon
      {_SPACE}*+ \)
      (?:{_SPACE}++
        (?: \[ (?P<mddate>[^\]\n]{{1,60}}+) \]          # the date as a Markdown link
            \( (?P<mdurl>[^)\s]{{1,600}}+) \)            #   to the post,
          | (?P<date>[^\n]{{1,80}}+) ))?+                 # or as text, when shown
    )
    {_SPACE}*+ $
    """,
    regex.VERBOSE | regex.MULTILINE,
)


def _alternatives(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


# "A post shared by Name (@handle) on Nov 11, 2015 at 9:12am PST".
_SHARED_BY_RE = regex.compile(
    rf"""
    ^ [ \t\xa0>]*+
    (?P<cue>
      (?:{_alternatives([lead for lead, _ in INSTAGRAM_SHARED_BY])})  # the lead words
      {_SPACE}++
      (?P<name>[^\n]{{0,120}}?)                       # display name, or the handle alone
      {_SPACE}*+
      (?: \( @?+ (?P<handle>(?:[A-Za-z0-9_.]|\\_){{1,40}}+) \) )?+  # "(@handle)"
      (?: {_SPACE}++ (?:{_alternatives([on for _, on in INSTAGRAM_SHARED_BY])})
          (?: {_SPACE}++ (?P<date>[^\n]{{1,80}}+) )?+ )?+  # "on" and the date
    )
    {_SPACE}*+ $
    """,
    regex.VERBOSE | regex.MULTILINE,
)
_VIEW_POST_RE = regex.compile(
    rf"""
    ^ [ \t\xa0>]*+ (?P<cue>{_alternatives(list(INSTAGRAM_VIEW_POST))}) {_SPACE}*+ $  # the link line
    """,
    regex.VERBOSE | regex.MULTILINE,
)
# "Posted by Name on Wednesday, May 30, 2018" (Facebook).
_POSTED_BY_RE = regex.compile(
    rf"""
    ^ [ \t\xa0>]*+
    (?P<cue>
      (?P<lead>{_alternatives([lead for lead, _ in FACEBOOK_POSTED_BY])}) {_SPACE}++
      (?P<name>[^\n]{{1,120}}?) {_SPACE}++
      (?:{_alternatives([on for _, on in FACEBOOK_POSTED_BY])}) {_SPACE}++
      (?P<date>(?:{_alternatives(list(WEEKDAYS))}),?+ {_SPACE}++ [^\n]{{4,40}}+)  # weekday and date
    )
    {_SPACE}*+ $
    """,
    regex.VERBOSE | regex.MULTILINE,
)
# "Post by @zuck" / "View on Threads" (Threads, Mastodon).
_POST_BY_RE = regex.compile(
    rf"""
    ^ [ \t\xa0>]*+
    (?P<cue>
      Post\ by {_SPACE}++ @ (?P<handle>[A-Za-z0-9_.]{{1,40}}+(?:@[A-Za-z0-9.\-]{{1,100}}+)?+)  # the account
      {_SPACE}*+ \n [ \t\xa0>]*+
      (?P<view>{_alternatives(list(VIEW_ON))})        # the link line names the platform
    )
    {_SPACE}*+ $
    """,
    regex.VERBOSE | regex.MULTILINE,
)
# TikTok: "@handle caption #tags" then "♬ original sound - name" (same line or next).
_TIKTOK_RE = regex.compile(
    rf"""
    ^ [ \t\xa0>]*+
    @ (?P<handle>[A-Za-z0-9_.]{{2,24}}+) {_SPACE}*+   # the account opens the caption
    (?P<text>[^\n♬]{{0,2400}}+)                      # the caption
    (?: \n [ \t\xa0>]*+ | (?<={_SPACE}) )              # then, on its line or after a space,
    (?P<cue>♬ [^\n]{{1,200}}+)                        # the sound credit
    $
    """,
    regex.VERBOSE | regex.MULTILINE,
)
# A URL alone on its line.
_BARE_URL_RE = regex.compile(
    r"""
    ^ [ \t\xa0]*+ (?P<cue>https?://[^\s<>"]{8,600}+) [ \t\xa0]*+ $   # the whole line
    """,
    regex.VERBOSE | regex.MULTILINE,
)
# Links, not counted in a post's length.
_LINK_RE = regex.compile(r"(?:https?://|pic\.twitter\.com/)[^\s]{1,600}+")
# "2." or "(3)" alone on a line: a list number of the article, not a post line.
_LIST_NUMBER_RE = regex.compile(r"[(\[]?+[0-9]{1,3}+[.):\]]?+")
_HAS_DIGIT_RE = regex.compile(r"[0-9\uff10-\uff19]")
_LINE_PAD_RE = regex.compile(r"[ \t\xa0>]*+")  # a line's padding


@attrs.frozen(kw_only=True)
class Remnant:
    """An embed as it survives in text, before it becomes a :class:`Citation`.

    Attributes:
        platform: The platform.
        name: The display name in the footer.
        handle: The handle as written, without ``@`` (Markdown escapes undone).
        date_text: The footer's date as written.
        url: The post URL, for a bare URL line.
        cue: The attribution line (or URL) as written.
        text: The post's own lines; ``None`` when none survive.
        start: Where the embed starts (its first text line, else the footer).
        end: Where the footer ends.
        cue_start: Where the footer starts.
    """

    platform: Platform
    name: str | None = None
    handle: str | None = None
    date_text: str | None = None
    url: str | None = None
    cue: str
    text: str | None = None
    start: int
    end: int
    cue_start: int


@attrs.frozen
class _Footer:
    platform: Platform
    cue_start: int
    end: int
    cue: str
    name: str | None = None
    handle: str | None = None
    date_text: str | None = None
    url: str | None = None
    text: str | None = None  # text given by the footer form itself (TikTok)
    text_start: int | None = None  # where that text starts
    kind: str = "footer"  # "footer", "view" (Instagram's top line), "postby", "url"


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.replace("\\_", "_").strip(" \t\xa0\u200b")
    return value or None


def _dash_platform(handle: str) -> Platform | None:
    if "@" in handle:
        return Platform.MASTODON
    if "." in handle:
        return Platform.BLUESKY if not handle.endswith(".") else None
    if len(handle) <= 20 and "-" not in handle:
        return Platform.TWITTER
    return None


def _plausible_date(text: str | None) -> bool:
    # A footer's date has a digit and is short; anything else after the
    # handle is prose, and the line is not a footer.
    return text is None or (bool(_HAS_DIGIT_RE.search(text)) and len(text) <= 60)


_SHARED_BY_LEADS = tuple(lead for lead, _ in INSTAGRAM_SHARED_BY)
_POSTED_BY_LEADS = tuple(lead for lead, _ in FACEBOOK_POSTED_BY)


def _on_lines(
    pattern: regex.Pattern[str], text: str, needle: str, also: str = ""
) -> Iterator[regex.Match[str]]:
    """What ``pattern.finditer(text)`` finds, for a *pattern* that matches
    within one line and only on a line holding *needle* (and, given *also*,
    one of its characters): run on those lines alone (a few short lines,
    not the whole article)."""
    for start, end in lines_containing(text, needle):
        if not also or any(text.find(char, start, end) >= 0 for char in also):
            yield from pattern.finditer(text, start, end)


# The forms that open their line (after its padding, spaces or ``>``), by the
# words they open with: one scan for those words at line starts finds the
# lines to try, where a scan per lead word would read the whole text each time.
_LINE_FORMS: Final = {
    "shared": _SHARED_BY_LEADS,
    "view": tuple(INSTAGRAM_VIEW_POST),
    "posted": _POSTED_BY_LEADS,
    "postby": ("Post by",),
    "url": ("http",),
}
_LINE_LEADS: Final = tuple(lead for leads in _LINE_FORMS.values() for lead in leads)
_LINE_PAD: Final = " \t\xa0>"


# A line opening with a lead word. The stdlib engine finds the "\n" that
# starts the pattern by a fast scan (3x the speed of ``regex`` here); the
# padding cannot start a lead, so a failed try gives back one run at most.
# The leads are grouped by their first letter, so that a line opening with
# none of them is given up after one comparison, not one per lead.
def _leads_by_first_letter() -> str:
    groups: dict[str, list[str]] = {}
    for lead in sorted(_LINE_LEADS, key=len, reverse=True):
        groups.setdefault(lead[0], []).append(re.escape(lead[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())


_LINE_OPENING_RE: Final = re.compile(
    r"\n[ \t\xa0>]*(?:"  # a line start and its padding (spaces, Markdown's ">")
    + _leads_by_first_letter()
    + ")"  # then a lead word
)


def _opening_lines(text: str) -> dict[str, list[int]]:
    """Where the lines start that open with each line form's lead words
    (padding skipped)."""
    out: dict[str, list[int]] = {form: [] for form in _LINE_FORMS}
    # the first line, then every line the pattern finds opening with a lead
    starts = [0] if text.startswith(_LINE_LEADS, _padding_chars(text, 0)) else []
    starts += [m.start() + 1 for m in _LINE_OPENING_RE.finditer(text)]
    for pos in starts:
        first = pos + _padding_chars(text, pos)
        for form, leads in _LINE_FORMS.items():
            if text.startswith(leads, first):
                out[form].append(pos)
    return out


def _padding_chars(text: str, pos: int) -> int:
    return _LINE_PAD_RE.match(text, pos).end() - pos  # type: ignore[union-attr]


def _line_form(
    pattern: regex.Pattern[str], text: str, opening: dict[str, list[int]], form: str
) -> Iterator[regex.Match[str]]:
    """What ``pattern.finditer(text)`` finds, for a *pattern* anchored at a
    line start (``^`` then padding) whose line opens with the *form*'s lead
    words: tried at those line starts only."""
    for pos in opening[form]:
        m = pattern.match(text, pos)
        if m is not None:
            yield m


def _footers(text: str) -> list[_Footer]:
    found: list[_Footer] = []
    # Each form is looked for only where its telltale is: most articles have
    # no embed. Dash footers run on the lines holding an ``@``; the forms
    # that open their line, at the line starts that open with their words.
    opening = _opening_lines(text)
    for m in _on_lines(_DASH_FOOTER_RE, text, "@", _DASHES) if "(" in text else ():
        handle = _clean(m["handle"])
        date_text = _clean(m["mddate"] or m["date"])
        platform = _dash_platform(handle or "")
        if platform is None or not _plausible_date(date_text):
            continue
        url = m["mdurl"]
        ref = post_ref(url) if url else None
        found.append(
            _Footer(platform, m.start("cue"), m.end("cue"), m["cue"].strip(),
                    name=_clean(m["name"]), handle=handle, date_text=date_text,
                    url=url if ref is not None and ref.platform is platform else None)
        )  # fmt: skip
    for m in _line_form(_SHARED_BY_RE, text, opening, "shared"):
        name, handle = _clean(m["name"]), _clean(m["handle"])
        if handle is None and name is not None and name.startswith("@") and " " not in name:
            handle = name[1:]
            name = None
        if handle is not None and _handles.parse_handle(handle, Platform.INSTAGRAM) is None:
            handle = None  # ``shared by @@``: no account, and no embed without a name
        if name is None and handle is None:
            continue
        found.append(
            _Footer(Platform.INSTAGRAM, m.start("cue"), m.end("cue"), m["cue"].strip(),
                    name=name, handle=handle, date_text=_clean(m["date"]))
        )  # fmt: skip
    for m in _line_form(_VIEW_POST_RE, text, opening, "view"):
        found.append(
            _Footer(Platform.INSTAGRAM, m.start("cue"), m.end("cue"), m["cue"].strip(), kind="view")
        )
    for m in _line_form(_POSTED_BY_RE, text, opening, "posted"):
        found.append(
            _Footer(Platform.FACEBOOK, m.start("cue"), m.end("cue"), m["cue"].strip(),
                    name=_clean(m["name"]), date_text=_clean(m["date"]))
        )  # fmt: skip
    for m in _line_form(_POST_BY_RE, text, opening, "postby"):
        found.append(
            _Footer(VIEW_ON[m["view"]], m.start("cue"), m.end("cue"), m["cue"].strip(),
                    handle=_clean(m["handle"]), kind="postby")
        )  # fmt: skip
    # "@" first: a one-byte search; "♬" in a two-byte string is searched
    # by its low byte, which every "l" shares
    for m in _TIKTOK_RE.finditer(text) if "@" in text and "♬" in text else ():
        found.append(
            _Footer(Platform.TIKTOK, m.start("cue"), m.end("cue"), m["cue"].strip(),
                    handle=m["handle"], text=_clean(m["text"]), text_start=m.start())
        )  # fmt: skip
    for m in _line_form(_BARE_URL_RE, text, opening, "url"):
        ref = post_ref(m["cue"])
        if ref is None:
            continue
        found.append(
            _Footer(ref.platform, m.start("cue"), m.end("cue"), m["cue"],
                    handle=ref.handle, url=m["cue"], kind="url")
        )  # fmt: skip
    found.sort(key=lambda f: (f.cue_start, f.kind != "footer"))
    # One footer per place: a later match inside an earlier one is dropped.
    kept: list[_Footer] = []
    for footer in found:
        if kept and footer.cue_start < kept[-1].end:
            continue
        kept.append(footer)
    return kept


def _post_length(line: str) -> int:
    return len(_LINK_RE.sub("", line).strip())


# Line padding: spaces and Markdown's quote markers ("> ").
_PAD = " \t\xa0>"


def _padding(segment: str) -> int:
    return len(segment) - len(segment.lstrip(_PAD))


def _text_above(
    text: str, cue_start: int, floor: int, platform: Platform
) -> tuple[int, list[str], bool]:
    """The post's lines above a footer: ``(start, lines, started_by_view_line)``."""
    budget = TEXT_BUDGET.get(platform, 500)
    line_start = max(text.rfind("\n", 0, cue_start) + 1, floor)
    lines: list[str] = []
    start = cue_start
    used = 0
    # The footer may follow the post's last line on the same line.
    same_line = text[line_start:cue_start].strip(_PAD)
    if same_line:
        lines.append(same_line)
        used = _post_length(same_line)
        start = line_start + _padding(text[line_start:cue_start])
    pos = line_start  # start of the line holding the footer
    while len(lines) < MAX_POST_LINES and pos > floor:
        above_end = pos - 1  # the "\n" ending the line above
        above_start = max(text.rfind("\n", 0, above_end) + 1, floor)
        line = text[above_start:above_end].strip(_PAD)
        if not line:
            break
        if platform is Platform.INSTAGRAM and _VIEW_POST_RE.fullmatch(line):
            return above_start, lines, True
        length = _post_length(line)
        if lines and (
            used + length > budget
            or length > MAX_EXTRA_LINE_CHARS
            or line.endswith(":")
            or _LIST_NUMBER_RE.fullmatch(line)
        ):
            break
        if not lines and (length > budget or line.endswith(":")):
            break  # article prose, or its lead-in: the post's text was lost
        lines.insert(0, line)
        used += length
        start = above_start + _padding(text[above_start:above_end])
        pos = above_start
    return start, lines, False


def find_remnants(text: str) -> list[Remnant]:
    """Every embed remnant in *text*, in order.

    >>> r = find_remnants("Our favorite wall. (📸 @AustinTourCo)\\n"
    ...                   "A post shared by Bumble (@bumblebff) on May 1, 2018")[0]
    >>> r.platform.value, r.name, r.handle, r.date_text, r.text
    ('instagram', 'Bumble', 'bumblebff', 'May 1, 2018', 'Our favorite wall. (📸 @AustinTourCo)')
    """
    remnants: list[Remnant] = []
    floor = 0
    footers = _footers(text)
    for i, footer in enumerate(footers):
        if footer.kind == "view":
            # Instagram's top line: an embed of its own only when no footer
            # of the same widget follows within the post's lines.
            nxt = footers[i + 1] if i + 1 < len(footers) else None
            if nxt is not None and nxt.platform is Platform.INSTAGRAM and nxt.kind == "footer":
                between = text.count("\n", footer.end, nxt.cue_start)
                if between <= MAX_POST_LINES:
                    continue
            remnants.append(
                Remnant(platform=footer.platform, cue=footer.cue, start=footer.cue_start,
                        end=footer.end, cue_start=footer.cue_start)
            )  # fmt: skip
            floor = footer.end
            continue
        if footer.kind in ("url", "postby"):
            start, lines = footer.cue_start, []
        elif footer.text_start is not None:
            start, lines = footer.text_start, [footer.text] if footer.text else []
        else:
            start, lines, _ = _text_above(text, footer.cue_start, floor, footer.platform)
        remnants.append(
            Remnant(
                platform=footer.platform,
                name=footer.name,
                handle=footer.handle,
                date_text=footer.date_text,
                url=footer.url,
                cue=footer.cue,
                text="\n".join(lines) or None,
                start=start,
                end=footer.end,
                cue_start=footer.cue_start,
            )
        )
        floor = footer.end
    return remnants


def remnant_citation(remnant: Remnant, resolver: DateResolver, span: tuple[int, int]) -> Citation:
    """The :class:`Citation` of *remnant*, at *span*."""
    platform = remnant.platform
    ref = post_ref(remnant.url) if remnant.url else None
    handle = remnant.handle
    author: Account | None = None
    if handle:
        author = Account(
            platform=platform,
            handle=normalise_handle(platform, handle),
            name=remnant.name,
            display=None if platform is Platform.MASTODON else f"@{handle}",
        )
    elif ref is not None and ref.account is not None:
        author = ref.account
    posted = None
    if remnant.date_text:
        posted = resolver.resolve(remnant.date_text, DateSource.FOOTER)
    if (posted is None or posted.value is None) and ref is not None and ref.posted is not None:
        posted = ref.posted
    mentions: tuple[Account, ...] = ()
    if remnant.text:
        mentions = tuple(m.account for m in _handles.find_mentions(remnant.text, platform))
    speaker = remnant.name or (author.handle if author is not None else None)
    return Citation(
        kind=CitationKind.EMBED,
        platform=platform,
        text=remnant.text,
        speaker=speaker,
        author=author,
        cue=remnant.cue,
        posted=posted,
        url=ref.url if ref is not None else None,
        post_id=ref.post_id if ref is not None else None,
        mentions=mentions,
        span=span,
    )


def find_embeds(text: str, resolver: DateResolver) -> list[Citation]:
    """Every embed remnant in *text* (attribution lines, bare post URLs).

    >>> from socialcite._dates import DateResolver
    >>> text = ("Trump wrote:\\nThe Fake News said I played golf today!\\n"
    ...         "— Donald J. Trump (@realDonaldTrump) January 1, 2020\\nMore prose.")
    >>> c = find_embeds(text, DateResolver(None))[0]
    >>> c.platform.value, c.speaker, str(c.author), c.posted.iso, c.text
    ('twitter', 'Donald J. Trump', '@realDonaldTrump', '2020-01-01', 'The Fake News said I played golf today!')
    >>> text[c.span[0]:c.span[1]].splitlines()[0]
    'The Fake News said I played golf today!'
    """
    return [remnant_citation(r, resolver, (r.start, r.end)) for r in find_remnants(text)]
