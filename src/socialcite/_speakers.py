"""Who posted: the speaker named around a cue, pronouns and descriptions resolved.

A speaker is found, in this order, as the subject right before the cue
(``Kardashian tweeted``, ``@realDonaldTrump tweeted``, ``Kardashian, who …,
tweeted``), the name after it (``tweeted Kardashian``, ``spotted by Mike
Rundle``), a possessive (``Trump's tweet``), or the nearest name in the
clause. Pronouns (``she``) and descriptions (``the zoo``, ``the president``)
resolve to the most recent fitting name before the cue.

>>> finder = SpeakerFinder("Kim Kardashian met Trump. She tweeted.")
>>> finder.find(26, 30, 37).name
'Kim Kardashian'
"""

from __future__ import annotations

import functools
from typing import Final

import attrs
import regex

from socialcite._cues import (
    CROWD_WORDS,
    DESCRIPTION_NOUNS,
    GROUP_NOUNS,
    NAME_STOPWORDS,
    PERSON_NOUNS,
    POSTER_NOUNS,
    POSTING_VERBS,
    PRONOUNS,
    SPEECH_VERBS,
    TITLES,
)

__all__ = ["Speaker", "SpeakerFinder", "clean_name"]


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


# One capitalised word of a name: ``Kardashian``, ``O'Brien``, ``C.K.``, ``Jr.``
_WORD = (
    r"(?:(?:\p{Lu}\.){1,3}+(?![\p{L}])|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Rep|Gov|Gen|Lt|Col)\."
    r"|\p{Lu}[\p{L}\p{M}\p{N}'’&-]{0,30}+)"
)
# A name: capitalised words, with the particles names carry between them.
_NAME = (
    rf"(?:{_WORD}(?:[ \t]++(?:(?:de|da|del|la|le|van|von|der|den|bin|al|di|du|dos|y)[ \t]++)?"
    rf"{_WORD}){{0,4}}+)"
)
# Words allowed between a subject and its verb: ``Trump also tweeted``.
_BRIDGE = (
    r"(?:(?:,[ \t]*+)?[ \t]++(?:also|has|had|have|just|then|later|recently|first|quickly|"
    r"again|once|finally|previously|simply|even|already|reportedly|allegedly|soon|since|"
    r"immediately|subsequently|promptly|publicly|herself|himself|themselves|itself|"
    r"would|will|could|did|often|frequently|repeatedly|would|who|which|that|"
    r"(?:was|is|were)[ \t]++the[ \t]++(?:first|last|only)[ \t]++(?:one[ \t]++|person[ \t]++)?to|"
    r"stepped[ \t]++in[ \t]++and|went[ \t]++on[ \t]++to|took[ \t]++to|and|then))"
)

# The subject right before a cue, anchored at the end of the left context.
SUBJECT_RE: Final = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}_@])(?=[@\p{{L}}])                       # at a word's start only
    (?:
        (?<handle>@[A-Za-z0-9_]{{1,30}}+)                          # @realDonaldTrump
      | (?<who>{_NAME})[ \t]*+,?[ \t]++(?:a|an|the)[ \t][^,;:]{{0,90}}?,?[ \t]++who  # Name, a resident who
      | (?<whoname>{_NAME})[ \t]*+,[ \t]++who                      # Name, who
      | (?<crowd>\b(?i:{_alt(CROWD_WORDS)})                         # people, users (crowds)
          (?:[ \t]++(?:on|of)[ \t]++[^,;.]{{1,60}}?)?)
      | (?<generic>\b(?i:a|an)[ \t]++\p{{Ll}}[\p{{Ll}}-]*+(?:[ \t]++\p{{Ll}}[\p{{Ll}}-]*+)?[ \t]++(?:who|that))  # a champion who
      | (?<poster>\b(?i:one|another|a|an|the|that|this|someone|somebody)
          (?:[ \t]++[\w-]++){{0,3}}?[ \t]++(?i:{_alt(POSTER_NOUNS)}) # one commenter
          (?:[ \t]++(?:in|from|on)[ \t]++[\w ]{{1,30}}?)?)
      | (?<desc>\b(?i:the|this|that)[ \t]++(?:[\w'’-]++[ \t]++){{0,2}}?
          (?i:{_alt(DESCRIPTION_NOUNS)}))                          # the zoo, the president
      | (?<pron>\b(?:{_alt(PRONOUNS)}|He|She|They|We|I)\b)          # she
      | (?<name>{_NAME})(?:['’]s?)?                                 # Kardashian
    )
    (?:[ \t]*+\((?<paren>@[A-Za-z0-9_]{{1,30}}+)\))?                # (@handle)
    {_BRIDGE}{{0,3}}+
    [ \t]*+,?[ \t]*+\Z
    """,
    regex.VERBOSE,
)

# How far before a cue (characters) its subject may start: the subject
# pattern is end-anchored, and an end-anchored search costs per character.
_SUBJECT_REACH: Final = 100

# A name, handle or poster right after a cue: ``tweeted Kardashian``,
# ``wrote another``, ``by journalist Taha Bouhafs``.
AFTER_RE: Final = regex.compile(
    rf"""
    \A[ \t]*+,?[ \t]*+
    (?:(?:by|from)[ \t]++(?:[\p{{Ll}}-]++[ \t]++){{0,5}}?)?         # passive: by journalist …
    (?:
        (?<handle>@[A-Za-z0-9_]{{1,30}}+)
      | (?<poster>(?i:another|one)(?:[ \t]++[\w-]++){{0,3}}?(?:[ \t]++(?i:{_alt(POSTER_NOUNS)}))?)\b
      | (?:the[ \t]++)?(?<name>{_NAME})                             # tweeted the Boston Celtics
    )
    """,
    regex.VERBOSE,
)

# ``by`` and a description right after a passive cue (``shared by the
# sheriff's office``, ``posted on YouTube by the activist group``).
BY_DESC_RE: Final = regex.compile(
    rf"""
    (?:[ \t]++(?:posted|shared|uploaded|published|written))?       # shared
    (?:[ \t]++(?:on|in|to)[ \t]++[\p{{L}}\p{{N}}]++){{0,2}}?          # on Thursday
    [ \t]++by[ \t]++
    (?<desc>(?i:the)[ \t]++(?:[\w'’-]++[ \t]++){{0,2}}?(?i:{_alt(DESCRIPTION_NOUNS)}))\b
    """,
    regex.VERBOSE,
)

# ``by NAME`` anywhere shortly after a passive cue (``spotted by Mike Rundle``).
BY_NAME_RE: Final = regex.compile(
    rf"""
    \bby[ \t]++(?:[\p{{Ll}}-]++[ \t]++){{0,5}}?                    # by journalist and activist
    (?<name>{_NAME})
    """,
    regex.VERBOSE,
)

# Every name or handle in a stretch of text (for the nearest-name fallback).
NAME_RE: Final = regex.compile(
    rf"""
    (?<handle>@[A-Za-z0-9_]{{1,30}}+)
    | (?<![\p{{L}}\p{{N}}'’])(?<name>{_NAME})(?:['’]s)?
    """,
    regex.VERBOSE,
)

# A comma-separated segment that is only a name (appositives).
PURE_NAME_RE: Final = regex.compile(
    rf"(?<handle>@[A-Za-z0-9_]{{1,30}}+)|(?<name>{_NAME})",
    regex.VERBOSE,
)

# What comes before the subject of a main clause after an introductory cue.
MAIN_SUBJECT_BEFORE_RE: Final = regex.compile(
    rf"""
    (?:,[ \t]*+(?:(?i:the)[ \t]++)?                   # , the Riverside Police Department
       (?:(?!(?i:{_alt(SPEECH_VERBS + POSTING_VERBS)})\b)\p{{Ll}}[\p{{Ll}}-]*+[ \t]++){{0,2}}  # , chief executive Mark Jensen
     | \b(?i:showed|shows|features|featured)[ \t]++
    )\Z
    """,
    regex.VERBOSE,
)

# A description as the subject of the main clause after an introductory cue
# (``In a YouTube video posted Wednesday, the creator apologized``).
MAIN_DESC_RE: Final = regex.compile(
    rf"""
    ,[ \t]*+(?<desc>(?i:the|this|that)[ \t]++(?:[\w-]++[ \t]++){{0,2}}?(?i:{_alt(DESCRIPTION_NOUNS)}))
    (?=[ \t]++\p{{Ll}})                                  # then its verb
    """,
    regex.VERBOSE,
)

# An organisation named ``X of Y`` opening a sentence (``The Department of
# Education``, ``The Bank of England``): one name, though ``of`` splits it.
ORG_OF_RE: Final = regex.compile(
    rf"""
    (?:(?i:the)[ \t]++)?
    (?<org>(?<head>{_NAME})[ \t]++of[ \t]++(?:the[ \t]++)?{_NAME})
    """,
    regex.VERBOSE,
)

# A preposition right before a name: the name is an object, not the subject.
OBJECT_BEFORE_RE: Final = regex.compile(
    r"\b(?i:of|for|at|from|with|by|on|in|about|to)[ \t]++\Z", regex.VERBOSE
)

# A subject: a name or pronoun followed by a lower-case word (its verb).
SUBJECT_SCAN_RE: Final = regex.compile(
    rf"""
    (?:
        (?<handle>@[A-Za-z0-9_]{{1,30}}+)
      | \b(?<pron>he|she|they|He|She|They)\b
      | (?<![\p{{L}}\p{{N}}'’])(?<name>{_NAME})
    )
    (?=[ \t]++\p{{Ll}}{{2,}}                             # then its verb
       |,[ \t]++(?:\d{{1,3}}|(?:a|an|the)\b[^,.;:"“”]{{1,60}}+),[ \t]++\p{{Ll}}{{2,}})  # , 24, has
    """,
    regex.VERBOSE,
)

_GROUPS: Final = frozenset(GROUP_NOUNS)

# A description standing alone in an appositive segment (``The singer, 34,``).
DESC_RE: Final = regex.compile(
    rf"(?i:the|this|that)[ \t]++(?:[\w-]++[ \t]++){{0,2}}?(?i:{_alt(DESCRIPTION_NOUNS)})",
    regex.VERBOSE,
)

# Contractions that make a capitalised word a pronoun phrase (``We’ve``).
_CONTRACTIONS: Final = (
    "'ve", "’ve", "'re", "’re", "'ll", "’ll", "'d", "’d", "'m", "’m", "n't", "n’t",
)  # fmt: skip

# A capitalised compound adjective (``Kremlin-backed``): no name.
_ADJECTIVE_RE: Final = regex.compile(r"-\p{Ll}", regex.VERBOSE)

# The determiners a description opens with.
_DETERMINERS: Final = frozenset({"the", "this", "that"})

# Words that make a quoted or capitalised stretch not a name.
_TITLE_SET: Final = frozenset(TITLES)
# Descriptions written before a name like titles (``Singer Mia Hart``).
_PERSON_SET: Final = frozenset(PERSON_NOUNS)


# Names recur through an article (each cue looks back over the same
# passage): cleaning is a pure function of the raw string, so it is cached,
# with a bound.
@functools.lru_cache(maxsize=4096)
def clean_name(raw: str) -> str | None:
    """A speaker's name without titles, possessive or stop words; ``None`` if nothing is left.

    >>> clean_name("Mr Shapps")
    'Shapps'
    >>> clean_name("Father James Martin")
    'James Martin'
    >>> clean_name("Trump’s")
    'Trump'
    >>> clean_name("The") is None
    True
    """
    name = raw.strip().rstrip(",.:;")
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    words = name.split()
    while words and (
        words[0].lower().rstrip(".") in _TITLE_SET
        or words[0].lower() in NAME_STOPWORDS
        or (words[0].lower() in _PERSON_SET and len(words) > 2)  # Singer Mia Hart
    ):
        words.pop(0)
    while words and (
        words[-1].lower().rstrip(".") in NAME_STOPWORDS or words[-1].lower().endswith(_CONTRACTIONS)
    ):
        words.pop()
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    if not words:
        return None
    return " ".join(words)


@attrs.frozen(kw_only=True)
class Speaker:
    """Who posted, as found at a cue.

    Attributes:
        name: The name (pronouns and descriptions resolved), a handle with its
            ``@``, a description kept as written when the passage names no
            one it stands for (``the mayor``), or ``None`` for an unnamed
            poster (``one commenter``).
        handle: A handle the prose gives for the poster (``@keizi666``, or
            ``(@handle)`` beside the name), with its ``@``.
        crowd: The subject is a crowd (``people on Twitter``): no citation.
        found: Whether a subject was found at all.
        first_person: The poster is ``I`` or ``we``: the article's author,
            whom the text does not name.
        poster: An unnamed poster singled out of a crowd (``a Reddit user``,
            ``one commenter``): a poster, though ``name`` is ``None``.
    """

    name: str | None = None
    handle: str | None = None
    crowd: bool = False
    found: bool = False
    first_person: bool = False
    poster: bool = False


_NONE: Final = Speaker()


class SpeakerFinder:
    """Finds speakers in one text; remembers the speakers found so far."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.recent: list[tuple[int, str]] = []  # (offset, name) of speakers found

    def remember(self, offset: int, name: str) -> None:
        """Record *name* as a speaker at *offset* (for later pronouns)."""
        if not name.startswith("@"):
            self.recent.append((offset, name))

    def find(
        self,
        sentence_start: int,
        cue_start: int,
        cue_end: int,
        *,
        after_quote: bool = False,
        quoted: tuple[tuple[int, int], ...] = (),
        sentence_end: int | None = None,
        owner: str | None = None,
        definite: bool = False,
    ) -> Speaker:
        """The speaker of the cue at ``[cue_start, cue_end)`` in its sentence.

        Args:
            sentence_start: Where the sentence (or clause) begins.
            cue_start: Where the cue's verb or noun phrase begins.
            cue_end: Where it ends.
            after_quote: The cue follows a quotation (``"…," tweeted Ann``):
                try the name after the cue first.
            quoted: Quotation spans to ignore when looking for names.
            sentence_end: Where the sentence ends (for a subject after the cue).
            owner: The owner a noun cue names (``Trump's`` in ``Trump's
                tweet``, ``his`` in ``his Facebook page``).
            definite: The cue is a later mention (``that tweet``): its poster
                is the latest speaker.
        """
        text = self.text
        if owner:
            hit = self._owner(owner, cue_start)
            if hit is not None:
                return hit
        left = text[max(sentence_start, cue_start - 200) : cue_start]
        if after_quote:
            hit = self._after(cue_end)
            if hit is not None:
                return hit
        hit = self._appositive(sentence_start, cue_start, quoted)
        if hit is not None:
            return hit
        m = SUBJECT_RE.search(left, max(0, len(left) - _SUBJECT_REACH))
        if m is not None:
            if m.group("name") and OBJECT_BEFORE_RE.search(left, max(0, m.start() - 20), m.start()):
                # ``Mina, 35, of HGTV's Good Bones took``: the name is an
                # object; the subject opens the sentence
                org = ORG_OF_RE.match(text, sentence_start, cue_start)
                if (
                    org is not None
                    and org.group("head").split()[-1].lower() in _GROUPS
                    and not text[org.end() : cue_start].strip(" \t,")
                ):  # ``The Department of Education posted``
                    name = clean_name(org.group("org"))
                    if name:
                        return Speaker(name=name, found=True)
                opening = DESC_RE.match(text, sentence_start, cue_start)
                if opening is not None:  # ``The Chinese embassy in Washington said``
                    return self._described(opening.group(), sentence_start)
                first = PURE_NAME_RE.match(text, sentence_start)
                if first is not None and first.group("name"):
                    name = clean_name(first.group("name"))
                    if name:
                        return Speaker(name=name, found=True)
            hit = self._from_subject(m, cue_start - len(left))
            if hit is not None:
                return hit
        by = BY_NAME_RE.search(text, cue_start, min(len(text), cue_end + 80))
        if by is not None and not _in_spans(by.start(), quoted):
            name = clean_name(by.group("name"))
            if name:
                return Speaker(name=name, found=True)
        by_desc = BY_DESC_RE.match(text, cue_end, min(len(text), cue_end + 80))
        if by_desc is not None:  # ``posted on YouTube by the activist group``
            return self._described(by_desc.group("desc"), by_desc.start("desc"))
        hit = self._after(cue_end)
        if hit is not None and hit.name is not None:
            return hit
        if definite and self.recent:
            return Speaker(name=self.recent[-1][1], found=True)
        hit = self._subject_scan(sentence_start, cue_start, quoted)
        if hit is not None:
            return hit
        if sentence_end is not None and len(text[sentence_start:cue_start].split()) <= 4:
            # an introductory cue (``In a Facebook video posted …, Mateen
            # said``): the subject of the main clause after it
            for m in NAME_RE.finditer(text, cue_end, sentence_end):
                if _in_spans(m.start(), quoted):
                    continue
                if not MAIN_SUBJECT_BEFORE_RE.search(text, max(cue_end, m.start() - 40), m.start()):
                    continue
                raw = m.group("handle") or m.group("name") or ""
                name = raw if raw.startswith("@") else clean_name(raw)
                if name is None:
                    continue  # ``, formerly Twitter,``: no name
                if self.plausible(name, m.start()):
                    return Speaker(
                        name=name, handle=raw if raw.startswith("@") else None, found=True
                    )
                break
            comma = text.find(",", cue_end, sentence_end)
            desc = MAIN_DESC_RE.match(text, comma, sentence_end) if comma >= 0 else None
            if desc is not None and not _in_spans(desc.start(), quoted):
                return self._described(desc.group("desc"), desc.start())
        return self._nearest(sentence_start, cue_start, quoted)

    def _owner(self, owner: str, cue_start: int) -> Speaker | None:
        word = owner.strip().lower()
        if word in ("his", "her", "their", "its", "su", "sus"):
            name = self.prominent(cue_start)
            return Speaker(name=name, found=True) if name else None
        if word in ("my", "our", "meinen", "mein", "meine", "unser", "unseren", "mi", "mis"):
            return Speaker(name=None, found=True, first_person=True)  # the author
        noun = word.removesuffix("'s").removesuffix("’s")
        if noun in DESCRIPTION_NOUNS:  # ``the zoo's Instagram account``
            return self._described(f"the {noun}", cue_start)
        name = clean_name(owner)
        return Speaker(name=name, found=True) if name else None

    def _appositive(
        self, sentence_start: int, cue_start: int, quoted: tuple[tuple[int, int], ...]
    ) -> Speaker | None:
        """``Emery, a writer for …, retweeted``: the name the appositive describes."""
        text = self.text
        left = text[sentence_start:cue_start]
        if not left.rstrip().endswith(","):
            return None
        # blank the quotations so their commas do not split segments
        chars = list(left)
        for s, e in quoted:
            for i in range(max(s, sentence_start), min(e, cue_start)):
                chars[i - sentence_start] = " "
        segments = [seg.strip() for seg in "".join(chars).split(",")]
        segments = [seg for seg in segments if seg]
        if len(segments) < 2:
            return None
        for seg in (segments[-1], segments[0]):
            if DESC_RE.fullmatch(seg):
                return self._described(seg, sentence_start)
            m = PURE_NAME_RE.fullmatch(seg)
            if m is None:
                continue
            if m.group("handle"):
                return Speaker(name=m.group("handle"), handle=m.group("handle"), found=True)
            name = clean_name(m.group("name"))
            if name and name.lower() not in NAME_STOPWORDS:
                return Speaker(name=name, found=True)
        return None

    def _subject_scan(
        self, sentence_start: int, cue_start: int, quoted: tuple[tuple[int, int], ...]
    ) -> Speaker | None:
        """The last subject before the cue: a name or pronoun followed by a verb."""
        last: regex.Match[str] | None = None
        for m in SUBJECT_SCAN_RE.finditer(self.text, sentence_start, cue_start):
            if not _in_spans(m.start(), quoted):
                last = m
        if last is None:
            return None
        if last.group("handle"):
            return Speaker(name=last.group("handle"), handle=last.group("handle"), found=True)
        if last.group("pron"):
            return Speaker(name=self.resolve(last.start()), found=True)
        name = clean_name(last.group("name"))
        return Speaker(name=name, found=True) if name else None

    def _from_subject(self, m: regex.Match[str], base: int) -> Speaker | None:
        paren = m.group("paren")
        if m.group("handle"):
            return Speaker(name=m.group("handle"), handle=m.group("handle"), found=True)
        for group in ("who", "whoname", "name"):
            raw = m.group(group)
            if raw:
                name = clean_name(raw)
                if name is None:
                    if group == "name":
                        return None
                    continue
                if name.lower() in NAME_STOPWORDS:
                    return None
                return Speaker(name=name, handle=paren, found=True)
        if m.group("crowd"):
            return Speaker(crowd=True, found=True)
        if m.group("generic"):
            return Speaker(name=None, found=True)  # ``a champion who``: anyone such
        if m.group("poster"):
            for inner in NAME_RE.finditer(m.group("poster")):
                # ``the official White House account``: an account's owner
                owner = clean_name(inner.group("name") or "")
                if owner and owner.lower() not in NAME_STOPWORDS:
                    return Speaker(name=owner, found=True)
            return Speaker(name=None, found=True, poster=True)
        if m.group("pron"):
            pron = m.group("pron").lower()
            if pron in ("i", "we"):
                return Speaker(name=None, found=True, first_person=True)
            return Speaker(name=self.resolve(base + m.start()), found=True)
        if m.group("desc"):
            desc = m.group("desc")
            words = desc.split()[1:]
            if not words[-1][:1].isupper():
                words = words[:-1]  # ``the Teamsters union`` → Teamsters
            named = clean_name(
                " ".join(w for w in words if w[:1].isupper() and not _ADJECTIVE_RE.search(w))
            )
            if named and desc.split()[-1].lower() in _GROUPS:
                return Speaker(name=named, found=True)  # ``the Teamsters union``
            return self._described(desc, base + m.start())
        return None

    def _after(self, cue_end: int) -> Speaker | None:
        text = self.text
        m = AFTER_RE.match(text[cue_end : cue_end + 120])
        if m is None:
            return None
        if m.group("handle"):
            return Speaker(name=m.group("handle"), handle=m.group("handle"), found=True)
        if m.group("poster"):
            return Speaker(name=None, found=True, poster=True)
        name = clean_name(m.group("name"))
        if name is None:
            return None
        return Speaker(name=name, found=True)

    def _nearest(
        self, sentence_start: int, cue_start: int, quoted: tuple[tuple[int, int], ...]
    ) -> Speaker:
        last: str | None = None
        for m in NAME_RE.finditer(self.text, sentence_start, cue_start):
            if _in_spans(m.start(), quoted):
                continue
            raw = m.group("handle") or m.group("name")
            name = raw if raw.startswith("@") else clean_name(raw)
            if name and self.plausible(name, m.start()):
                last = name
        if last is None:
            return _NONE
        return Speaker(name=last, handle=last if last.startswith("@") else None, found=True)

    def _described(self, desc: str, at: int) -> Speaker:
        """The speaker a description stands for: the name it resolves to, else
        the description as written (``the mayor``: better than no poster)."""
        name = self._description(desc, at)
        if name is None:
            words = desc.split()
            # from the last determiner: ``that the star`` (a relative ``that``) → the star
            first = max((i for i, w in enumerate(words) if w.lower() in _DETERMINERS), default=0)
            name = " ".join([words[first].lower(), *words[first + 1 :]])
        return Speaker(name=name, found=True)

    def _description(self, desc: str, at: int) -> str | None:
        """The name a description (``the zoo``, ``the star``) at *at* stands for."""
        noun = desc.split()[-1]
        name = self.resolve(at, noun=noun, subject=False)
        if name or noun.lower() in _GROUPS:
            return name
        return self.prominent(at)

    def prominent(self, before: int) -> str | None:
        """The person most named in the 1,500 characters before *before*.

        A description (``the star``) or a possessive (``his page``) usually
        stands for whom the passage is about; ties go to a name not only
        named after a preposition (``of Texas``), then to the latest.
        """
        counts: dict[str, int] = {}
        latest: dict[str, int] = {}
        forms: dict[str, dict[str, int]] = {}
        subject: set[str] = set()
        for m in NAME_RE.finditer(self.text, max(0, before - 1500), before):
            raw = m.group("name")
            if not raw:
                continue
            name = clean_name(raw)
            if not name or not self.plausible(name, m.start()):
                continue
            key = name.split()[-1]
            counts[key] = counts.get(key, 0) + 1
            latest[key] = m.start()
            if not OBJECT_BEFORE_RE.search(self.text, max(0, m.start() - 12), m.start()):
                subject.add(key)  # not only ever after ``of``/``in`` (a place)
            seen = forms.setdefault(key, {})
            seen[name] = seen.get(name, 0) + 1
        if not counts:
            return None
        best = max(counts, key=lambda k: (counts[k], k in subject, latest[k]))
        # the form the passage uses most (a menu line may glue words to a name)
        return max(forms[best], key=lambda f: (forms[best][f], len(f)))

    def resolve(self, before: int, *, noun: str | None = None, subject: bool = True) -> str | None:
        """The name a pronoun or description at *before* stands for.

        A description (``the zoo``) prefers an earlier name ending in its
        noun (``Oakland Zoo``); otherwise the latest speaker in the last
        1,500 characters, else the subject of the nearest earlier sentence
        that has a name.
        """
        text = self.text
        if noun:
            pattern_start = max(0, before - 3000)
            best: str | None = None
            for m in NAME_RE.finditer(text, pattern_start, before):
                raw = m.group("name")
                cleaned = clean_name(raw) if raw else None
                if cleaned and cleaned.split()[-1].lower() == noun.lower() and " " in cleaned:
                    best = cleaned
            if best:
                return best
        if not subject:
            return None
        # The subject of the same sentence, then of the sentences before.
        window_start = max(0, before - 1500)
        chunk = text[window_start:before]
        cut = len(chunk)
        same_sentence = True
        for _ in range(4):
            if cut <= 0:
                break
            stop = max(chunk.rfind(". ", 0, cut), chunk.rfind("\n", 0, cut))
            if same_sentence:
                names = [
                    n
                    for n in (
                        self._subject_name(m, window_start)
                        for m in SUBJECT_SCAN_RE.finditer(chunk, stop + 1, cut)
                    )
                    if n
                ]
                if names:
                    return names[-1]
            else:
                # the subject of an earlier sentence: its first name or
                # pronoun near the start (a pronoun passes the search on)
                for first in SUBJECT_SCAN_RE.finditer(chunk, stop + 1, min(cut, stop + 1 + 70)):
                    if first.group("pron"):
                        break
                    name = self._subject_name(first, window_start)
                    if name:
                        return name
            same_sentence = False
            if stop < 0:
                break
            cut = stop
        for offset, name in reversed(self.recent):
            if before - offset < 1500 and offset < before:
                return name
            break
        return None

    def _subject_name(self, m: regex.Match[str], base: int) -> str | None:
        if m.group("pron"):
            return None
        if m.group("handle"):
            return m.group("handle")
        name = clean_name(m.group("name"))
        if name is None or not self.plausible(name, base + m.start()):
            return None
        return name

    def plausible(self, name: str, at: int) -> bool:
        """Whether *name* at offset *at* reads as a name, not a capitalised word.

        A single word that opens its sentence (``Back in 2017 …``) is a name
        only if the text also capitalises it mid-sentence.
        """
        if " " in name or name.startswith("@"):
            return True
        text = self.text
        before = text[max(0, at - 3) : at].rstrip(" \"“'‘")
        if before and before[-1] not in ".!?\n:":
            return True
        needle = " " + name
        lo = max(0, at - 5000)
        hi = min(len(text), at + 5000)
        pos = text.find(needle, lo, hi)
        for _ in range(30):
            if pos < 0:
                return False
            prev = text[pos - 1] if pos > 0 else "."
            nxt = text[pos + len(needle)] if pos + len(needle) < len(text) else " "
            if ((prev.isalpha() and prev.islower()) or prev == ",") and not nxt.isalpha():
                return True
            pos = text.find(needle, pos + 1, hi)
        return False


def _in_spans(pos: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(s <= pos < e for s, e in spans)
