"""Quoted posts and references in prose: who posted what, where, and when.

How it works, in one pass per concern:

1. A prefilter regex looks for any platform name or ``tweet`` word; most
   articles have none and return at once.
2. Quotations are found paragraph by paragraph (``_quotes``), then sentences
   are split outside them (``_sentences``).
3. Each sentence holding a platform word is matched against the cue
   patterns below (``tweeted``, ``wrote on Instagram``, ``a Facebook post``,
   ``took to X`` …), built from the lexicon in ``_cues``. Furniture (share
   bars, ``follow us``), platforms as companies and crowds are dropped.
4. The speaker is found around the cue (``_speakers``); quoted words tied to
   the cue make the citation a quote (fragments of one post are joined), a
   cue without them a reference.
5. The date expression tied to the post is handed to the date resolver.

A few sentences cite a post without naming the platform themselves
(``"…," one commenter wrote.`` in a passage about Instagram): a written-word
verb with a singled-out poster, or a poster already cited, borrows the
platform of the passage.

>>> from socialcite._dates import DateResolver
>>> [c.cue for c in find_citations('"Hi," Ann tweeted.', DateResolver(None))]
['tweeted']
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from socialcite import _handles
from socialcite._cues import (
    NOT_SOCIAL_MEDIA,
    PLATFORM_CASED,
    PLATFORM_NAMES,
    POST_NOUNS,
    POSTER_NOUNS,
    POSTING_VERBS,
    QUOTE_VERBS,
    SPEECH_VERBS,
    TWEET_WORDS,
)
from socialcite._dates import DateResolver
from socialcite._fast_re import FAST_RE
from socialcite._lowering import ascii_lowered_utf8, char_offsets, lower_keeping_offsets
from socialcite._model import Account, Citation, CitationKind, DateSource, Platform
from socialcite._quotes import QUOTE_MARKS, Quotation, find_quotations
from socialcite._sentences import Sentence, lines_containing, split_sentences
from socialcite._speakers import NAME_RE, Speaker, SpeakerFinder, clean_name

__all__ = ["find_citations"]


def _alt(words: Sequence[str]) -> str:
    """A regex alternation of *words*, longest first, spaces as any blank."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"[ \t]++") for w in ordered)


_PLATFORMS = _alt(list(PLATFORM_NAMES))
_TWEETS = _alt(TWEET_WORDS)
# Platform names as the object of ``on``/``to``: the ci names, plus the
# cased ones (``X`` only here, where ``on X`` makes it the platform).
_PLATFORM_OBJ = (
    rf"(?:(?i:{_PLATFORMS})|(?-i:{_alt(list(PLATFORM_CASED))})(?![\w'’-]))"
    r"(?!['’]s\b)"  # ``Twitter's policy``: the company, not a post
)
# Determiners and owners before a post noun (``his``, ``the``, ``Trump's``).
_DET_WORDS = (
    "his", "her", "their", "its", "the", "a", "an", "my", "our", "your", "one", "this",
    "that", "su", "sus", "el", "la", "meinen", "seinen", "ihren", "einen", "einem", "einer",
)  # fmt: skip
_DET = (
    r"(?:his|her|their|its|the|a|an|my|our|your|one|this|that|[\p{Lu}][\w.-]{0,30}+['’]s|"
    r"su|sus|el|la|meinen|seinen|ihren|einen|einem|einer)"
)
# Post nouns right after a platform name (``a Facebook post``, ``a TikTok video``).
_PLATFORM_POST_NOUNS = (
    r"(?:posts?|videos?|photos?|pictures?|reels?|livestream|messages?|statement|thread"
    r"|update|caption|clips?|selfie|note|announcement|comment)"
)
_ACCOUNT_NOUNS = (
    r"(?:account|page|feed|profile|story|stories|channel|handle|timeline|live|site|app)"
)
_WEAK_VERBS = ("made", "put", "released", "published", "publishing", "publish")
_VERBS = _alt([v for v in POSTING_VERBS + SPEECH_VERBS if v not in _WEAK_VERBS])
# Verbs of saying in the past (one word) that take quoted words after an
# introductory cue (``described the rules as "…"``); not ``comments``, a noun too.
_SAYING = _alt(
    [v for v in SPEECH_VERBS if " " not in v and v.endswith("ed")] + ["said", "wrote", "told"]
)
_POST_NOUN_WORDS = [n for n in POST_NOUNS if n not in ("page", "account", "feed", "handle")]
_POST_NOUNS_ALT = _alt(_POST_NOUN_WORDS)
# The nouns after a platform name in PLATFORM_NOUN_RE (``a Facebook post``),
# and the account nouns there (``Twitter account shared``).
_PLATFORM_NOUN_WORDS = (
    "post", "posts", "video", "videos", "photo", "photos", "picture", "pictures", "story",
    "stories", "reel", "reels", "live", "livestream", "message", "statement", "thread",
    "update", "caption", "clip", "selfie", "note", "announcement", "response", "reply",
    "comment", "rant", "missive",
)  # fmt: skip
_PLATFORM_ACCOUNT_WORDS = ("account", "page", "feed", "handle")
_PLATFORM_NOUNS_ALT = "|".join(_PLATFORM_NOUN_WORDS)
_PLATFORM_ACCOUNTS_ALT = "|".join(_PLATFORM_ACCOUNT_WORDS)
# The nouns of TWEET_NOUN_RE.
_TWEET_NOUN_WORDS = (
    "retweets", "retweet", "tweets", "tweet", "tweetstorms", "tweetstorm", "tweeter", "tuits",
    "tuit",
)  # fmt: skip

# ``X`` and ``Threads`` as written, where the prose uses them as platforms.
CASED_MENTION_RE: Final = regex.compile(
    r"""
    \b(?:on|to|via|onto|On|To|Via)[ \t]++(?<cased>X|Threads)(?![\w'’-])  # on X
    | \b(?<cased2>X)(?=,[ \t]++formerly)                                # X, formerly Twitter
    | (?<![\w.-])(?<cased3>X)(?=[ \t]++(?:post|posts|account|video|thread|feed)\b)  # an X post
    """,
    regex.VERBOSE,
)


# CASED_MENTION_RE's first branch read apart, around an occurrence: the
# preposition before it (matched right to left from it) ...
_PREPOSITION_BEFORE_RE: Final = regex.compile(
    r"""
    \b(?:on|to|via|onto|On|To|Via)[ \t]++   # on, to, via, then blanks up to the word
    """,
    regex.VERBOSE | regex.REVERSE,
)
# ... and what may not follow it.
_CASED_END_RE: Final = regex.compile(r"[\w'’-]")

# ``tweeted``, ``retweeted``, ``to tweet``: the verb is the cue.
TWEET_VERB_RE: Final = regex.compile(
    r"""
    \b(?:
        (?:live-?|re-?)?tweet(?:ed|ing)                  # tweeted, retweeted, live-tweeting
      | (?<=\b(?:to|would|will|did|does|not|never|also|and|then)[ \t])(?-i:(?:re-?)?tweet)(?![ \t]++(?:was|is|has|had|said|read))
      | tuite[óa]|tuiteó|twitterte|getwittert             # es, de
    )\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# ``in a tweet``, ``a series of tweets``, ``Trump's tweet``: a noun cue.
TWEET_NOUN_RE: Final = regex.compile(
    rf"""
    \b(?:(?:in|via|with|through|on|under)[ \t]++)?        # in a tweet
    (?<det>{_DET}|another|these|those|several|two|three|few)[ \t]++
    (?:(?:series|string|couple|number|thread|flurry|barrage|pair|set)[ \t]++of[ \t]++
      |few[ \t]++(?:more[ \t]++)?
      |(?:[\w-]++[ \t]++){{0,2}}?)?
    (?<noun>(?:re)?tweets?|tweetstorms?|tweeter|tuits?|Tweet)\b
    (?<!(?i:million|thousand|hundred|dozen|\d)[ \t]++(?:re)?tweets)  # counts are crowds
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# ``wrote on Instagram``, ``posted her thoughts … on Twitter``, ``said on X``.
VERB_ON_PLATFORM_RE: Final = regex.compile(
    rf"""
    \b(?<verb>(?i:{_VERBS}|{_alt(_WEAK_VERBS)}))\b        # the verb
    (?<gap>(?:[ \t]++[^\s,;:.!?"“”(]++){{0,8}}?)          # its object, same clause
    [ \t]++(?i:on|to|onto|via|in|from|through|across|desde|en|auf|bei)[ \t]++
    (?:{_DET}[ \t]++)?                                    # his / her / the
    (?:(?i:official|personal|verified|own|main|public|private)[ \t]++)*
    (?:(?i:cuenta|perfil|página)[ \t]++(?i:de|en)[ \t]++)?  # su cuenta de Twitter
    (?<platform>{_PLATFORM_OBJ})
    (?![ \t]++(?i:fans|followers|users|audience|friends|community|subscribers|followings?)\b)
    (?:[ \t]++(?<acct>(?i:{_ACCOUNT_NOUNS})))?
    (?(acct)|(?:[ \t]++(?i:{_PLATFORM_POST_NOUNS})\b)?)   # said in a Truth Social post
    """,
    regex.VERBOSE,
)

# ``a post on X``, ``a video posted Monday on Facebook``, ``a thread on Bluesky``.
NOUN_ON_PLATFORM_RE: Final = regex.compile(
    rf"""
    \b(?<det>(?i:{_DET}|another|in[ \t]++a|in[ \t]++an))[ \t]++
    (?:[\w-]++[ \t]++){{0,2}}?                            # birthday, angry
    (?<noun>(?i:{_POST_NOUNS_ALT}))
    (?:[ \t]++(?i:posted|shared|uploaded|published|put[ \t]++out))?
    (?:[ \t]++[^\s,;:.!?"“”]++){{0,3}}?
    [ \t]++(?i:on|to|onto|via)[ \t]++
    (?:(?<det2>{_DET})[ \t]++)?                          # a video posted to his X account
    (?<platform>{_PLATFORM_OBJ})
    """,
    regex.VERBOSE,
)

# ``a Facebook post``, ``The Instagram posts``, ``an X post``,
# ``Twitter account shared``.
PLATFORM_NOUN_RE: Final = regex.compile(
    rf"""
    \b(?<det>(?i:{_DET}|another|in[ \t]++a|in[ \t]++an|one|several|multiple))[ \t]++
    (?:(?i:official|new|recent|since-deleted|deleted|viral|lengthy|long|brief)[ \t]++)?
    (?<owner>(?:[\p{{Lu}}][\w.&-]*+[ \t]++){{0,3}}?)    # South Park
    (?<platform>(?i:{_PLATFORMS})|(?-i:X|IG|FB))[ \t]++
    (?:
        (?<noun>(?i:{_PLATFORM_NOUNS_ALT}))\b
      | (?<acct>(?i:{_PLATFORM_ACCOUNTS_ALT}))[ \t]++(?<acctverb>(?i:{_VERBS}|includes|included|featured|features))\b
    )
    """,
    regex.VERBOSE,
)

# ``took to Instagram``, ``took to the social media platform``.
TOOK_TO_RE: Final = regex.compile(
    rf"""
    \b(?i:took|takes|taking|take|went|goes)[ \t]++(?i:to)[ \t]++
    (?:(?i:the|his|her|their|its)[ \t]++)?
    (?:
        (?<platform>{_PLATFORM_OBJ})(?:[ \t]++(?<generic_noun>(?i:platform|site|app|network)))?
      | (?<generic>(?i:social[ \t]++networking)(?:[ \t]++(?i:platform|site|app|network))?
          |(?i:the[ \t]++)?(?i:platform|app|site))
    )
    """,
    regex.VERBOSE,
)

# ``On Twitter, Dave Schukin explains``: the platform leads the sentence.
LEAD_PLATFORM_RE: Final = regex.compile(
    rf"""
    (?:(?i:and|but|over|meanwhile)[ \t]++)?(?i:on|in[ \t]++a[ \t]++post[ \t]++on|via)[ \t]++
    (?:(?i:his|her|their|its|the)[ \t]++)?(?:(?i:official|personal|own)[ \t]++)?
    (?<platform>{_PLATFORM_OBJ})(?:[ \t]++(?i:{_ACCOUNT_NOUNS}))?[ \t]*+,[ \t]++
    (?<rest>[^.;:]{{0,80}}?)\b(?<verb>(?i:{_VERBS}))\b
    """,
    regex.VERBOSE,
)

# ``posted photos``, ``posted the news``: a posting verb with a post as object.
POSTED_OBJECT_RE: Final = regex.compile(
    rf"""
    \b(?<verb>(?i:posted|shared|uploaded|captioned))
    (?:[ \t]++(?i:a|an|the|his|her|their|several|some|two|three|new|this|that|these|photos?))?
    (?:[ \t]++[\w-]++){{0,2}}?
    [ \t]++(?<noun>(?i:{_POST_NOUNS_ALT}|shot|snaps?|images?|footage|screenshots?|memes?))\b
    | \b(?<cap>(?i:captioned|captioning))\b
    """,
    regex.VERBOSE,
)

# A modal after a noun cue: a hypothetical post, not one that was made.
MODAL_AFTER_RE: Final = regex.compile(
    r"[ \t]++(?i:would|could|should|might|may|can|will|must)\b", regex.VERBOSE
)

# ``your posted comments``: ``posted`` as an adjective, not a posting.
ADJECTIVAL_BEFORE_RE: Final = regex.compile(
    r"\b(?i:your|the|all|my|our|their|his|her|its|newly|recently|being|be|been|was|were|is|are)[ \t]++\Z",
    regex.VERBOSE,
)

# A post as the subject of ``reads``: ``The caption of her post reads: "…"``.
POST_READS_RE: Final = regex.compile(
    r"""
    \b(?<det>(?i:the|his|her|their|its|[\p{Lu}][\w.-]{0,30}+['’]s))[ \t]++
    (?:(?i:caption|post|message|comment|note|tweet)[ \t]++(?i:of|on|from)[ \t]++)?
    (?<owner>(?i:his|her|their|its|the)[ \t]++)?
    (?i:caption|post|message|comment|note|update)[ \t]++
    (?i:reads|read|said|says|stated|states)\b
    """,
    regex.VERBOSE,
)

# Words written in a post the passage's platform holds: ``wrote in the
# caption``, ``added in a post``, ``said in the comments``.
WROTE_IN_POST_RE: Final = regex.compile(
    r"""
    \b(?i:wrote|writes|added|adds|said|says|joked|jokes|explained|commented)[ \t]++
    (?i:in|under|alongside|beneath)[ \t]++(?i:the|her|his|their|its|a|an|one)[ \t]++
    (?:(?i:accompanying|lengthy|long|short|brief|new|latest|since-deleted|now-deleted)[ \t]++)?
    (?i:caption|post|comments?|thread|reply|replies|story|video)\b
    """,
    regex.VERBOSE,
)

# ``whenever she posted``: a habit, not one post.
HABITUAL_BEFORE_RE: Final = regex.compile(
    r"\b(?i:whenever|every[ \t]++(?:time|day|week|month|morning|night|year)|each[ \t]++time|often|regularly|frequently|routinely|always)\b[^;.]{0,40}+\Z",
    regex.VERBOSE,
)

# Cheap gate before the contextual patterns.
# A subordinate clause between a framing quotation and a cue: the cue is
# not the frame (``"…," Smith told CNN, hours after he tweeted``).
SUBORDINATE_RE: Final = regex.compile(
    r"\b(?i:who|which|that|after|before|when|while|because|since|as|where|whose|whom|if)\b",
    regex.VERBOSE,
)

# How a quotation that frames a cue ends: ``"…,"``, ``"…?"``, ``"…!"``.
_FRAME_ENDS: Final = frozenset(",?!…—-")

_POSTED_WORDS: Final = ("posted", "shared", "uploaded", "caption")
# Stems of the written-word verbs and of ``… reads``: gates for quoted sentences.
_QUOTE_VERB_STEMS: Final = (
    "wr",
    "comment",
    "opined",
    "repl",
    "respond",
    "post",
    "caption",
    "read",
    "said",
    "says",
    "stat",
)

# A written-word verb: a quote of a post when the passage is about one platform.
QUOTE_VERB_RE: Final = regex.compile(
    rf"\b(?<verb>(?i:{_alt(QUOTE_VERBS)}))\b",
    regex.VERBOSE,
)

# A singled-out poster as subject or after the verb (``one commenter``).
POSTER_RE: Final = regex.compile(
    rf"""
    \b(?i:one|another|a|an|the|that|this|someone|somebody|further)\b
    (?:[ \t]++[\w-]++){{0,3}}?[ \t]++(?i:{_alt(POSTER_NOUNS)})\b
    | \b(?i:wrote|read|opined|commented)[ \t]++(?i:another|one)\b
    """,
    regex.VERBOSE,
)

# Media other than social platforms named in a sentence: not a post.
NOT_SOCIAL_RE: Final = regex.compile(
    rf"\b(?i:{_alt(NOT_SOCIAL_MEDIA)})\b",
    regex.VERBOSE,
)

# The words were said in another medium: ``in her CNN piece``, ``in an interview``.
NOT_SOCIAL_IN_RE: Final = regex.compile(
    rf"""
    \b(?i:in|during|on|via|through|told)[ \t]++
    (?:(?i:a|an|the|his|her|their|its|[\p{{Lu}}][\w.-]{{0,30}}+['’]s)[ \t]++)?
    (?:[\w-]++[ \t]++){{0,2}}?                            # CNN
    (?i:{_alt(NOT_SOCIAL_MEDIA)})\b
    """,
    regex.VERBOSE,
)

# Crowds before a cue: ``people on Twitter``, ``Twitter users``, ``fans``.
CROWD_BEFORE_RE: Final = regex.compile(
    r"""
    (?:\b(?i:people|users|fans|followers|commenters|critics|many|others|thousands|millions|hundreds|dozens|netizens|tweeters|viewers)
       (?:[ \t]++(?:on|of)[ \t]++[\w ]{1,30}?)?
     | \b(?i:twitter|instagram|facebook|tiktok|social[ \t]++media|reddit)[ \t]++(?i:users|lit[ \t]++up|exploded|erupted)
    )[ \t]*+(?:(?:also|quickly|soon|have|had|were|are)[ \t]++)*\Z
    """,
    regex.VERBOSE,
)

# Furniture: share bars, follow prompts, bios, subscriptions.
FURNITURE_RE: Final = regex.compile(
    r"""
    \G[ \t]*+(?i:share|follow|like|join|subscribe|find|connect|tweet|email|print|pin|click|sign[ \t]up|download|watch|listen|read|copy|embed|view|load|show|reply|update|updated|correction|editor['’]s[ \t]note)\b
    | \b(?i:let[ \t]++us[ \t]++know|tell[ \t]++us|join[ \t]++the[ \t]++(?:conversation|discussion)|carry[ \t]++the[ \t]++discussion)\b
    | \b(?i:don['’]t[ \t]++forget[ \t]++to|share[ \t]++(?:it[ \t]++)?with[ \t]++your|like[ \t]++us[ \t]++on)\b
    | \b(?i:follow)[ \t]++(?i:us|him|her|them|me|[\p{Lu}][\w]*+)[ \t]++(?i:on|@)
    | \b(?i:share[ \t]++(?:this|on|via|to)|sign[ \t]++up|subscribe[ \t]++to|newsletter)\b
    """,
    regex.VERBOSE,
)

# Prose date expressions (the resolver reads them).
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:morning|afternoon|evening|night)"
DATE_RE: Final = regex.compile(
    rf"""
    \b(?:
        (?:(?:on|early|late|earlier|later|last|this|since|by|from|dated)[ \t]++){{0,2}}
        {_WEEKDAY}(?:[ \t]++{_PART})?                        # early Wednesday (morning)
        (?:,?[ \t]++{_MONTH}[ \t]++\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?[ \t]++\d{{4}})?)?
      | (?:(?:on|dated|since|from)[ \t]++)?{_MONTH}[ \t]++\d{{1,2}}(?:st|nd|rd|th)?\b
        (?:,?[ \t]++\d{{4}})?                                # on Dec. 19, 2019
      | (?:(?:on|dated)[ \t]++)?\d{{1,2}}[ \t]++{_MONTH}(?:,?[ \t]++\d{{4}})?\b   # 19 December 2019
      | (?i:in|last|early|late|earlier|mid-?|since)[ \t]*+{_MONTH}(?:[ \t]++\d{{4}})?\b  # in November
      | (?i:in)[ \t]++(?:(?i:early|late|mid-?)[ \t]*+)?(?:19|20)\d\d\b  # in 2016
      | (?i:earlier|later)[ \t]++(?i:this|that)[ \t]++(?i:week|month|year)
      | (?i:last|this|that)[ \t]++(?i:week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|autumn|winter)
      | (?i:yesterday|overnight)
      | (?:(?i:el)[ \t]++)?\d{{1,2}}[ \t]++de[ \t]++(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)
    )\b
    """,
    regex.VERBOSE,
)

# Where the clause of a cue ends (a date beyond it belongs to another verb);
# the comma inside ``Thursday, Nov. 2`` or ``Jan. 11, 2014`` does not end it.
CLAUSE_END_RE: Final = regex.compile(
    r"""
    [;—(]                                          # a hard break
    | ,[ \t]++(?!\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*+\.?[ \t]\d)  # a comma
    | \bthat\b                                     # what was said: its dates are its own
    """,
    regex.VERBOSE,
)

# Verbs of talk whose object may be a post talked about, not one made.
_TALK_VERBS: Final = frozenset(
    ("said", "says", "say", "saying", "claimed", "argued", "insisted", "noted", "told", "denied")
)
# A post as the object of a verb of talk: ``said the post on X had been …``.
TALKED_ABOUT_RE: Final = regex.compile(
    r"""
    [ \t]++(?i:the|that|this|his|her|their|its)[ \t]++(?:[\w-]++[ \t]++){0,2}?
    (?i:post|posts|tweet|tweets|video|videos|photo|photos|message|messages|comment|comments)\b
    """,
    regex.VERBOSE,
)

# Verbs of saying (not of posting): their object may be a clause with its own verb.
_SPEECH_SET: Final = frozenset(SPEECH_VERBS) - frozenset(POSTING_VERBS)
# A subject pronoun in the words after a verb of saying: a clause of its own,
# whose verb the platform after it belongs to.
CLAUSE_SUBJECT_RE: Final = regex.compile(
    r"""
    \b(?:he|she|they|we|I)\b                          # subject forms only
    | \bit[ \t]++(?:had|has|was|is|would|will|could|did|does)\b  # not ``about it``
    """,
    regex.VERBOSE,
)

# A verb of talk right before a noun cue.
TALK_BEFORE_RE: Final = regex.compile(
    rf"\b(?i:{_alt(sorted(_TALK_VERBS))})[ \t]++\Z", regex.VERBOSE
)

# A post noun (for weak verbs: ``made a series of videos on social media``).
POST_NOUN_RE: Final = regex.compile(rf"\b(?i:{_POST_NOUNS_ALT})\b", regex.VERBOSE)

# A count before a platform noun: ``thousands of Facebook posts`` is a crowd.
COUNT_BEFORE_RE: Final = regex.compile(
    r"(?i:\d|thousands|millions|hundreds|dozens|of)[ \t]*+\Z", regex.VERBOSE
)

# Punctuation that ends a clause, between a quotation and a cue.
CLAUSE_MARK_RE: Final = regex.compile(r"[,;:—]", regex.VERBOSE)

# What may follow the last comma between a cue and its quoted words:
# ``, calling the illness a "…"``, ``, saying, "…"``, ``but he also added: "…"``.
AFTER_COMMA_OK_RE: Final = regex.compile(
    rf"""
    [ \t]*+(?:
        \Z                                              # , "…"
      | \p{{L}}{{1,30}}?ing\b[^,;]{{0,80}}+\Z                 # , calling it "…"
      | that\b[^,;]{{0,100}}+\Z                          # , that her loss had "…"
      | (?i:dass|que|er|sie|es|él|ella)\b[^;]{{0,100}}+\Z  # , er sei „…“ (de, es)
      | [^,;]{{0,60}}?\b(?:added|adding|said|saying|wrote|writing|continued|tweeted)\b[ \t:,]*+\Z
      | [^,;]{{0,60}}?\b(?:{_SAYING})\b[^,;.:!?]{{0,60}}+\Z  # , Chen described the rules as "…"
      | [^,;]{{0,60}}?:[ \t]*+\Z                        # …: "…"
    )
    """,
    regex.VERBOSE,
)

# A retweet that quotes its own words: ``retweeted the story, saying, "…"``.
SAYING_END_RE: Final = regex.compile(r"(?:saying|writing|adding|:)[ \t,]*+\Z", regex.VERBOSE)

# ``profile picture``: an account's picture, not a post.
PROFILE_BEFORE_RE: Final = regex.compile(r"(?i:profile|cover|banner)[ \t]++\Z", regex.VERBOSE)

# A verb or quote in the words before a date: the date is not a lead-in.
LEAD_VERB_RE: Final = regex.compile(
    r"[\"“”,]|\w(?:ed|ing)\b(?![-’'])(?<!\b(?:during|morning|evening))", regex.VERBOSE
)

# An @handle block (ruling 6): ``@handle: text`` at a line start or after a colon.
HANDLE_BLOCK_RE: Final = regex.compile(
    r"""
    (?:(?m:^)[ \t]*+|:[ \t]++)                      # line start or after an intro colon
    (?<handle>@[A-Za-z0-9_]{1,15}+)
    (?::[ \t]++|[ \t]++(?=[.@]))                    # a colon, or straight into replies
    (?<body>[^\n]{10,}+)
    """,
    regex.VERBOSE,
)

# Words between a quotation and its cue that make a frame (``"…," she tweeted``).
FRAME_GAP_RE: Final = regex.compile(
    r"""
    \A[ \t,]*+(?:[^\s,;:.!?"“”]++[ \t]++){0,6}?[^\s,;:.!?"“”]*+[ \t]*+\Z
    """,
    regex.VERBOSE,
)

# A sentence about a post that introduces a block with a colon.
COLON_END_RE: Final = regex.compile(r":[ \t\"“]*+\Z", regex.VERBOSE)  # ends with a colon


# How far (characters) a platform named in a passage carries to later
# sentences that cite a post without naming one.
_CONTEXT_WINDOW: Final = 2500


# Posting words and quote-verb stems, the likelier first; ``posted`` holds
# the stem ``post`` and needs no search of its own.
_POSTED_OR_QUOTE_VERB: Final = (
    "wr", "said", "post", "read", "says", "stat", "comment", "repl", "shared", "respond",
    "caption", "opined", "uploaded",
)  # fmt: skip


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether *text* holds one of *words* (``any`` over a generator costs a
    third more, on the paths that ask it of every paragraph and sentence)."""
    for word in words:  # noqa: SIM110 (a loop, not any(): see above)
        if word in text:
            return True
    return False


def _borrowing_paragraph(text: str, lowered: str, start: int, end: int) -> bool:
    """Whether a sentence of the paragraph ``[start, end)`` may pass the gate
    of :func:`_contextual_cue`: a posting word, or quoted words (a mark of
    ``QUOTE_MARK_RE``) with a quote-verb stem. Asked of the paragraph
    (searches in place, never a copy of it): a sentence's words are its
    paragraph's, so a paragraph that fails has no sentence that passes."""
    words: tuple[str, ...] = _POSTED_WORDS
    for mark in QUOTE_MARKS:  # (a find per mark beats a character-class scan)
        if text.find(mark, start, end) >= 0:
            words = _POSTED_OR_QUOTE_VERB
            break
    return _holds_any(lowered[start:end], words)  # one copy: ``in`` beats a bounded find


# Platform names per sentence around which cues are looked for.
_MAX_SENTENCE_MENTIONS: Final = 8


@attrs.frozen(kw_only=True)
class _Cue:
    """A cue found in a sentence."""

    start: int
    end: int
    platform: Platform | None
    strength: int  # 3 explicit posting, 2 noun cue, 1 needs quoted words
    needs_quote: bool = False
    retweet: bool = False
    speaker_hint: str | None = None
    owner: str | None = None  # ``Trump's`` in ``Trump's tweet``
    definite: bool = False  # ``that tweet``: a later mention
    # the words between a verb and its platform (``wrote Olympic champion
    # Sara Lind on Instagram``): where an inverted subject stands
    gap: tuple[int, int] | None = None


def _owner(det: str | None) -> str | None:
    """The owner a determiner names: ``his``, ``Trump's``; else ``None``."""
    if not det:
        return None
    word = det.strip()
    low = word.lower()
    if low in ("his", "her", "their", "its", "su", "sus", "my", "our", "meinen", "mi", "mis"):
        return word
    if word.endswith(("'s", "’s")):
        return word
    return None


def _platform_of(word: str) -> Platform | None:
    if word in PLATFORM_CASED:
        return PLATFORM_CASED[word]
    key = " ".join(word.lower().split())
    if key in PLATFORM_NAMES:
        return PLATFORM_NAMES[key]
    if "tweet" in key or key.startswith(("tuit", "twitter")):
        return Platform.TWITTER
    return None


_OPENERS: Final = frozenset('"“„«»”')
_TWEET_SET: Final = frozenset(w.lower() for w in TWEET_WORDS)
_TWEET_STEMS: Final = ("tweet", "tuit", "twitter")
# Needles: platform names and tweet stems; a tweet word is found by its stem
# and read whole (``retweeted``, ``getwittert``).
_SCAN_NAMES: Final = sorted(
    {n for n in PLATFORM_NAMES if not any(stem in n for stem in _TWEET_STEMS)}
    | {w for w in _TWEET_SET if not any(stem in w for stem in _TWEET_STEMS)}
)
# Names that share a part are found by that part, one scan for them all
# (``social`` for ``social media``, ``truth social``, ``redes sociales``).
_SHARED_PARTS: Final = ("insta", "social", "reddit", "tik", "sky")


def _scan_groups() -> dict[str, tuple[tuple[int, str], ...]]:
    groups: dict[str, list[tuple[int, str]]] = {}
    for name in _SCAN_NAMES:
        part = next((p for p in _SHARED_PARTS if p in name), name)
        groups.setdefault(part, []).append((name.index(part), name))
    return {part: tuple(names) for part, names in groups.items()}


# What to look for -> the names it may be part of, with the part's offset.
_SCAN_GROUPS: Final = _scan_groups()


# The one non-ASCII letter whose lower case is an ASCII letter of the same
# length: a text holding it is lowered whole before the search.
_KELVIN: Final = "\u212a"
# What is searched for: each group's shared part, then the tweet stems (one
# scan each: ``tw`` would save one but find ``two`` a thousand times).
_NEEDLES: Final = (*_SCAN_GROUPS, *_TWEET_STEMS)
_UTF8_NEEDLES: Final = tuple(needle.encode() for needle in _NEEDLES)  # all ASCII


def _occurrences(haystack: str, needle: str) -> list[int]:
    at: list[int] = []
    pos = haystack.find(needle)
    while pos >= 0:
        at.append(pos)
        pos = haystack.find(needle, pos + 1)
    return at


def _needles_in_utf8(utf8: bytes) -> list[list[int]] | None:
    """Where each of ``_NEEDLES`` occurs in :func:`ascii_lowered_utf8` of a
    text, in character offsets; ``None`` when none does (most texts). Byte
    strings are searched faster than the two-byte strings most articles
    are, and a text without a needle is never lowered whole."""
    found: list[list[int]] = []
    hit = False
    for needle in _UTF8_NEEDLES:  # (inlined: most find nothing, at once)
        pos = utf8.find(needle)
        at: list[int] = []
        while pos >= 0:
            at.append(pos)
            pos = utf8.find(needle, pos + 1)
        found.append(at)
        hit = hit or bool(at)
    if not hit:
        return None
    offsets = sorted({pos for positions in found for pos in positions})
    to_char = dict(zip(offsets, char_offsets(utf8, offsets), strict=True))
    return [[to_char[pos] for pos in positions] for positions in found]


def _scan_mentions(text: str, needles: list[list[int]] | None = None) -> list[tuple[int, str]]:
    """Platform names and tweet words in *text*, by substring scans of its
    lower-cased form (*needles*: where each of ``_NEEDLES`` occurs in it,
    when already known).

    ``str.find`` runs at memory speed; a case-insensitive regex alternation
    over a whole article is several times slower, and most articles name no
    platform at all. A hit is checked on the text itself, a slice lowered at
    a time: most hits are parts of other words (``politik``, ``instance``),
    and a text with no name left is never lowered whole.
    """
    if needles is None:
        lowered = lower_keeping_offsets(text)
        needles = [_occurrences(lowered, needle) for needle in _NEEDLES]
    found: dict[int, str] = {}
    size = len(text)
    for names, positions in zip(_SCAN_GROUPS.values(), needles, strict=False):
        for pos in positions:
            for offset, name in names:
                start = pos - offset
                end = start + len(name)
                if (
                    start >= 0
                    and text[start:end].lower() == name
                    and (end >= size or not text[end].isalnum())
                    and (start == 0 or not text[start - 1].isalnum())
                ):
                    found.setdefault(start, name)
    for stem, positions in zip(_TWEET_STEMS, needles[len(_SCAN_GROUPS) :], strict=True):
        for pos in positions:
            # the whole word: retweeted, live-tweeting
            start = pos
            end = pos + len(stem)
            while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
                start -= 1
            while end < size and text[end].isalpha():
                end += 1
            word = text[start:end].lower().lstrip("-")
            start = end - len(word)
            ok = word in _TWEET_SET or word in PLATFORM_NAMES
            if ok and (start == 0 or not text[start - 1].isalnum()):
                found.setdefault(start, word)
    return sorted(found.items())


# The first words the cue patterns can start with: a pattern is tried only
# where one of them stands (``match`` at a few words, not ``finditer`` at
# every character: the patterns open with big alternations).
_VERB_STARTS: Final = frozenset(w.split()[0].lower() for w in POSTING_VERBS + SPEECH_VERBS)
_DET_STARTS: Final = frozenset(
    (*_DET_WORDS, "another", "in", "several", "multiple", "these", "those", "two", "three", "few")
)
_TWEET_NOUN_STARTS: Final = _DET_STARTS | {"via", "with", "through", "on", "under"}
# The nouns the noun patterns need, as whole words: the patterns run only in
# windows that hold one.
_POST_NOUN_SET: Final = frozenset(_POST_NOUN_WORDS)
_PLATFORM_NOUN_SET: Final = frozenset(_PLATFORM_NOUN_WORDS + _PLATFORM_ACCOUNT_WORDS)
_TWEET_NOUN_SET: Final = frozenset(_TWEET_NOUN_WORDS)

# A word, for the start candidates.
WORD_RE: Final = regex.compile(r"\w++", regex.VERBOSE)
# ASCII text, where the two engines' ``\w`` agree, is tokenised by the
# stdlib engine (``FAST_RE``) as (gap, word) pairs: ``findall`` builds no
# match objects, and the offsets follow from the lengths.
_ASCII_WORDS_RE: Final = FAST_RE.compile(r"(\W*+)(\w++)")


# Punctuation common in news that neither engine's ``\w`` matches: a window
# whose only non-ASCII characters are these tokenises alike in both.
_NON_WORD_PUNCTUATION: Final = ("’", "“", "”", "—", "–", "…", "‘")


def _ascii_but_punctuation(text: str) -> bool:
    if text.isascii():
        return True
    for mark in _NON_WORD_PUNCTUATION:
        if mark in text:
            text = text.replace(mark, "'")
    return text.isascii()


class _Words:
    """The words of one sentence, lower-cased, with their offsets: where the
    cue patterns may start (tokenised once, filtered once per word set)."""

    def __init__(self, text: str, start: int, end: int, lowered: str) -> None:
        self.offsets: list[int]
        self.words: list[str]
        if len(lowered) == end - start and _ascii_but_punctuation(lowered):
            self.offsets = offsets = []
            self.words = words = []
            pos = start
            for gap, word in _ASCII_WORDS_RE.findall(lowered):
                pos += len(gap)
                offsets.append(pos)
                words.append(word)
                pos += len(word)
        elif len(lowered) == end - start:  # lower() kept every offset
            found = list(WORD_RE.finditer(lowered))
            self.offsets = [start + m.start() for m in found]
            self.words = [m.group() for m in found]
        else:
            found = list(WORD_RE.finditer(text, start, end))
            self.offsets = [m.start() for m in found]
            self.words = [m.group().lower() for m in found]
        # words up to 32 characters before a possessive ``'s`` (``Trump's``):
        # an owner may open a noun cue
        self.owners: set[int] = set()
        for mark in ("'", "’"):
            at = text.find(mark, start, end)
            while at >= 0:
                if text[at + 1 : at + 2] in ("s", "S"):
                    lo = bisect_left(self.offsets, at - 32)
                    self.owners.update(range(lo, bisect_left(self.offsets, at)))
                at = text.find(mark, at + 1, end)
        self._starts: dict[frozenset[str], list[int]] = {}
        # a letter regex matches to an ASCII one ignoring case: word gates
        # on lower-cased words would not be exact, so they let all through
        self.folds = len(lowered) != end - start or (
            not lowered.isascii() and _holds_any(lowered, _FOLDS_TO_ASCII)
        )

    def holds(self, start: int, end: int, vocabulary: frozenset[str]) -> bool:
        """Whether a word of *vocabulary* stands in ``[start, end)``: a pattern
        that needs one of them as a whole word can match there only if so. A
        word running past *end* is taken as cut there, as a pattern searching
        up to *end* sees it."""
        if self.folds:
            return True
        offsets, words = self.offsets, self.words
        lo, hi = bisect_left(offsets, start), bisect_left(offsets, end)
        if not vocabulary.isdisjoint(words[lo:hi]):
            return True  # (a word running past end held whole: only a wider gate)
        # only the last word can run past end
        last = hi - 1
        return last >= lo and words[last][: end - offsets[last]] in vocabulary

    def starts(self, start: int, end: int, words: frozenset[str]) -> list[int]:
        """Offsets in ``[start, end)`` where a pattern opening with one of
        *words* (or an owner) may start."""
        found = self._starts.get(words)
        if found is None:
            owners = self.owners
            found = self._starts[words] = [
                offset
                for i, (offset, word) in enumerate(zip(self.offsets, self.words, strict=True))
                if word in words or i in owners
            ]
        return found[bisect_left(found, start) : bisect_left(found, end)]


def _matches_at(
    pattern: regex.Pattern[str], text: str, starts: list[int], end: int
) -> list[regex.Match[str]]:
    """What ``pattern.finditer(text, starts[0], end)`` finds when every match
    starts at one of *starts*: leftmost first, never overlapping."""
    out: list[regex.Match[str]] = []
    reached = -1
    for pos in starts:
        if pos < reached:
            continue
        m = pattern.match(text, pos, end)
        if m is not None:
            out.append(m)
            reached = m.end()
    return out


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _cased_mentions(text: str, *, dense: bool | None = None) -> list[tuple[int, str]]:
    """``X`` and ``Threads`` where the prose uses them as platforms: the
    pattern is tried only around each occurrence of the two words (found by
    ``str.find``), not at every character of the text. *dense* forces one
    pass over the whole text (``True``) or the tries (``False``), which find
    the same; by default the cheaper is taken."""
    found: dict[int, str] = {}
    if dense is None:
        # a try costs about what a pass over 500 characters does
        dense = (text.count("X") + text.count("Threads")) * 500 > len(text)
    if dense:
        # dense: one pass over the whole text costs less than a pass per word
        for m in CASED_MENTION_RE.finditer(text):
            word = m.group("cased") or m.group("cased2") or m.group("cased3")
            if word:
                found.setdefault(m.start("cased") if m.group("cased") else m.start(), word)
        return sorted(found.items())
    # Each occurrence read where it stands: the pattern's own branches at it
    # (``X, formerly``, ``an X post``), or a preposition right before it
    # (``on X``). Never a search bounded short of the text's end, where a
    # lookahead would see the bound as the end of the text.
    for literal in ("X", "Threads"):
        at = text.find(literal)
        while at >= 0:
            end = at + len(literal)
            if (at and _word_char(text[at - 1])) or (end < len(text) and _word_char(text[end])):
                at = text.find(literal, end)  # part of a word (``Xbox``): never the platform
                continue
            own = literal == "X" and CASED_MENTION_RE.match(text, at) is not None
            if own or (
                _PREPOSITION_BEFORE_RE.match(text, 0, at) and not _CASED_END_RE.match(text, end)
            ):
                found.setdefault(at, literal)
            at = text.find(literal, end)
    return sorted(found.items())


def _in(pos: int, starts: Sequence[int], ends: Sequence[int]) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos < ends[i]


class _Document:
    """One text under analysis: quotations, sentences, platform mentions."""

    def __init__(self, text: str, resolver: DateResolver, claimed: Sequence[tuple[int, int]]):
        self.text = text
        self.resolver = resolver
        spans = sorted(claimed)
        self.claimed_starts = [s for s, _ in spans]
        self.claimed_ends = [e for _, e in spans]
        mentions: list[tuple[int, Platform | None]] = []
        utf8: bytes | None = None
        if text.isascii() or _KELVIN in text:  # (the Kelvin sign lowers to "k")
            scanned = _scan_mentions(text)
        else:
            utf8 = ascii_lowered_utf8(text)
            needles = _needles_in_utf8(utf8)
            scanned = [] if needles is None else _scan_mentions(text, needles)
        for pos, word in scanned:
            if not self.claimed(pos):
                mentions.append((pos, _platform_of(word)))
        # "X" alone first: a one-character search runs at memory speed, and
        # most texts have no capital X at all
        if ("X" in text and " X" in text) or "Threads" in text:
            for pos, word in _cased_mentions(text):
                if not self.claimed(pos):
                    mentions.append((pos, _platform_of(word)))
            mentions.sort(key=lambda x: x[0])
        # two flat lists, not a list of pairs: a text naming a platform on
        # every word keeps no pair objects alive for the collector to walk
        self.mention_pos = [p for p, _ in mentions]
        self.mention_platforms = [platform for _, platform in mentions]
        del mentions
        # offsets as in text: sentences slice it (unread when nothing is named)
        self.lowered = lower_keeping_offsets(text, utf8) if self.mention_pos else ""
        # Only paragraphs that name a platform, or follow one closely (for
        # quotes that borrow the passage's platform), are read at all; and of
        # those only the ones that can cite: naming a platform, or holding a
        # word a borrowed cue needs. Nothing else reads the others: a question
        # frame or a quote's fragments stay in their own paragraph, a colon's
        # block and a quote that runs on are in the paragraphs after it.
        self._borrowing: dict[int, bool] = {}  # paragraph start -> may_borrow
        citing = self._paragraphs() if self.mention_pos else []
        # Their quotations, which run on into the paragraphs after them.
        self.quotes = [
            q
            for start, end in self._quote_ranges(citing)
            for q in find_quotations(text, start, end)
            if not self.claimed(q.start) and q.text  # a quote quotes words
        ]
        self.quote_starts = [q.start for q in self.quotes]
        self.sentences = split_sentences(text, [(q.start, q.end) for q in self.quotes], citing)
        self.speakers = SpeakerFinder(text)
        self.posters: dict[str, Platform | None] = {}
        self.poster_keys: dict[str, str] = {}  # last word of a poster's name -> name

    def may_borrow(self, paragraph: int) -> bool:
        """Whether a sentence of the paragraph starting at *paragraph* may
        hold a cue that borrows the passage's platform
        (:func:`_borrowing_paragraph`, asked once per paragraph)."""
        known = self._borrowing.get(paragraph)
        if known is None:
            end = self.text.find("\n", paragraph)
            end = len(self.text) if end < 0 else end
            known = _borrowing_paragraph(self.text, self.lowered, paragraph, end)
            self._borrowing[paragraph] = known
        return known

    def _quote_ranges(self, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Stretches to search for quotations: the paragraphs read, each with
        the paragraph after it (a colon's block, a quote that runs on), and on
        while a paragraph leaves a quote open and the next opens one again."""
        text = self.text
        size = len(text)
        out: list[tuple[int, int]] = []
        for start, end in paragraphs:
            if out and start <= out[-1][1]:
                start = out[-1][0]
                out.pop()
            stop = end
            for _ in range(50):  # a quote runs on for 50 paragraphs at most
                nxt = stop + 1
                if nxt >= size:
                    break
                nxt_end = text.find("\n", nxt)
                nxt_end = size if nxt_end < 0 else nxt_end
                first = text[nxt : nxt + 1]
                if stop == end or first in _OPENERS:
                    stop = nxt_end
                    continue
                break
            out.append((start, stop))
        return out

    def _paragraphs(self) -> list[tuple[int, int]]:
        """The paragraphs that can cite: those naming a platform, and those
        after one (within the context window) that may borrow it."""
        text = self.text
        out: list[tuple[int, int]] = []
        if not self.mention_pos:
            return out
        pos = text.rfind("\n", 0, self.mention_pos[0]) + 1
        lowered, borrowing = self.lowered, self._borrowing
        reach = -1
        size = len(text)
        while pos < size:
            end = text.find("\n", pos)
            end = size if end < 0 else end
            if self.mentions_in(pos, end):
                i = bisect_left(self.mention_pos, end) - 1
                reach = max(reach, self.mention_pos[i] + _CONTEXT_WINDOW)
                out.append((pos, end))
            elif pos < reach:
                # (may_borrow, without looking for the end known here)
                borrows = end > pos and _borrowing_paragraph(text, lowered, pos, end)
                borrowing[pos] = borrows
                if borrows:
                    out.append((pos, end))
            else:
                # jump to the next paragraph that names a platform; its line
                # starts after the paragraph just read (rfind from there, not
                # from the text's start: one long line stays linear)
                i = bisect_left(self.mention_pos, end)
                if i >= len(self.mention_pos):
                    break
                pos = text.rfind("\n", end, self.mention_pos[i]) + 1 or end + 1
                continue
            pos = end + 1
        return out

    def windows(self, start: int, end: int, before: int, after: int) -> list[tuple[int, int]]:
        """Stretches of ``[start, end)`` around its platform names, merged,
        each starting at a word boundary."""
        text = self.text
        out: list[tuple[int, int]] = []
        i = bisect_left(self.mention_pos, start)
        # a sentence names a few platforms at most; past that it is a list
        # or a text made to be slow, and its first ones decide
        stop = min(len(self.mention_pos), i + _MAX_SENTENCE_MENTIONS)
        while i < stop and self.mention_pos[i] < end:
            pos = self.mention_pos[i]
            w_start = max(start, pos - before)
            if w_start > start:
                space = text.rfind(" ", start, w_start)
                w_start = start if space < 0 else space
            w_end = min(end, pos + after)
            if out and w_start <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], w_end))
            else:
                out.append((w_start, w_end))
            i += 1
        return out

    def mentions_in(self, start: int, end: int) -> bool:
        """Whether a platform is named in ``[start, end)``."""
        i = bisect_left(self.mention_pos, start)
        return i < len(self.mention_pos) and self.mention_pos[i] < end

    def claimed(self, pos: int) -> bool:
        return _in(pos, self.claimed_starts, self.claimed_ends)

    def quotes_in(self, start: int, end: int) -> list[Quotation]:
        i = bisect_left(self.quote_starts, start)
        out = []
        while i < len(self.quotes) and self.quotes[i].start < end:
            out.append(self.quotes[i])
            i += 1
        return out

    def quoted(self, pos: int) -> bool:
        i = bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and pos < self.quotes[i].end

    def context_platform(
        self, before: int, window: int = _CONTEXT_WINDOW
    ) -> tuple[bool, Platform | None]:
        """The latest platform named in the *window* before *before*."""
        i = bisect_left(self.mention_pos, before) - 1
        while i >= 0 and before - self.mention_pos[i] <= window:
            platform = self.mention_platforms[i]
            if platform is not None:
                return True, platform
            i -= 1
        i = bisect_left(self.mention_pos, before) - 1
        if i >= 0 and before - self.mention_pos[i] <= window:
            return True, None
        return False, None


def _citation_budget(size: int) -> int:
    """The most citations read from a text of *size* characters: 200, and one
    per 250 characters beyond that (news cites a post every 2,000 or so; a
    live blog of posts one every 300). Past it the text is not prose, and
    reading on would cost a millisecond per citation."""
    return 200 + size // 250


# No-break spaces, read as the spaces they print as.
_NO_BREAK_SPACES: Final = ("\xa0", "\u202f", "\u2007")


def find_citations(
    text: str, resolver: DateResolver, *, claimed: Sequence[tuple[int, int]] = ()
) -> list[Citation]:
    """Quotes and references in *text*, outside the *claimed* spans.

    Args:
        text: Plain prose, one paragraph a line.
        resolver: Resolves the date expressions tied to posts.
        claimed: Spans already taken (embeds); nothing is found inside them.

    Returns:
        The citations in document order; one per cue.

    >>> from socialcite._dates import DateResolver
    >>> text = '"The system has failed," Kardashian tweeted in November.'
    >>> c = find_citations(text, DateResolver(None))[0]
    >>> c.kind.value, c.platform.value, c.speaker, c.text, c.posted.text
    ('quote', 'twitter', 'Kardashian', 'The system has failed,', 'in November')
    >>> find_citations("Twitter said on Tuesday it would act.", DateResolver(None))
    []
    """
    if not text:
        return []
    for space in _NO_BREAK_SPACES:
        # Extractors keep no-break spaces ("The official\xa0South Park Twitter
        # account"); read them as spaces. One character for one: spans hold.
        # (``str.replace`` runs at memory speed; a ``translate`` table is
        # looked up per character, 100x slower.)
        if space in text:
            text = text.replace(space, " ")
    doc = _Document(text, resolver, claimed)
    if not doc.mention_pos:
        return []  # most articles name no platform at all
    found: list[Citation] = []
    used_quotes: set[int] = set()
    sentences = doc.sentences
    budget = _citation_budget(len(text))
    for index, sentence in enumerate(sentences):
        if doc.claimed(sentence.start):
            continue
        if not doc.mentions_in(sentence.start, sentence.end) and not doc.may_borrow(
            sentence.paragraph
        ):
            continue  # neither a platform named nor a word a borrowed cue needs
        citation = _read_sentence(doc, sentences, index, used_quotes)
        if citation is not None:
            found.append(citation)
            if len(found) >= budget:
                break  # no article cites posts this densely: a text made to be slow
    found.extend(_handle_blocks(doc, found))
    found.sort(key=lambda c: c.span)
    return found


# The words LEAD_PLATFORM_RE opens with (``On Twitter, she wrote``).
_LEAD_WORDS: Final[tuple[str, ...]] = ("and", "but", "over", "meanwhile", "on", "in", "via")


def _first_stem(lowered: str, start: int, end: int) -> int:
    """Where the first tweet-verb stem stands in ``lowered[start:end]`` (``-1``:
    none); ``start`` when a letter regex folds to "i" ignoring case hides one."""
    if "İ" in lowered[start:end]:
        return start
    # every TWEET_VERB_RE word holds a tweet stem (``getwittert`` holds ``twitter``)
    found = [at for stem in _TWEET_STEMS if (at := lowered.find(stem, start, end)) >= 0]
    return min(found, default=-1)


def _sentence_cues(doc: _Document, start: int, end: int) -> list[_Cue]:
    text = doc.text
    cues: list[_Cue] = []

    def add(m: regex.Match[str], platform: Platform | None, strength: int, **kw: object) -> None:
        if doc.quoted(m.start()) or doc.claimed(m.start()):
            return
        cues.append(_Cue(start=m.start(), end=m.end(), platform=platform, strength=strength, **kw))  # type: ignore[arg-type]

    # cheap substring gates keep most sentences away from most patterns
    lowered = doc.lowered[start:end]
    tweety = "tweet" in lowered or "twitter" in lowered or "tuit" in lowered
    # every pattern holds a platform name or a tweet word: each runs only in
    # windows around them, never over a whole (possibly long) sentence
    tweet_windows = doc.windows(start, end, 160, 60) if tweety else []
    verb_windows = doc.windows(start, end, 160, 40)
    noun_windows = doc.windows(start, end, 80, 60)
    # the words of the stretch the windows cover (a long sentence's tail is
    # never read)
    spans = tweet_windows + verb_windows + noun_windows
    lo = min((s for s, _ in spans), default=start)
    hi = max((e for _, e in spans), default=start)
    words = _Words(text, lo, hi, lowered[lo - start : hi - start])
    for w_start, w_end in tweet_windows:
        # a tweet verb holds one of the stems and starts at most 5 characters
        # before it (``live-tweeted``): the search starts there
        first = _first_stem(lowered, w_start - start, w_end - start)
        if first < 0:
            continue
        for m in TWEET_VERB_RE.finditer(text, max(w_start, start + first - 5), w_end):
            word = m.group().lower()
            add(m, Platform.TWITTER, 3, retweet="re" in word[:3])
    # the platform-anchored patterns run only around the platform names
    for w_start, w_end in verb_windows:
        for m in _matches_at(
            VERB_ON_PLATFORM_RE, text, words.starts(w_start, w_end, _VERB_STARTS), w_end
        ):
            verb = m.group("verb").lower()
            if verb in _WEAK_VERBS and not POST_NOUN_RE.search(m.group("gap") or ""):
                continue
            if verb in _TALK_VERBS and TALKED_ABOUT_RE.match(m.group("gap") or ""):
                continue  # ``said the post on X had been …``: talk about a post
            if verb in _SPEECH_SET and CLAUSE_SUBJECT_RE.search(m.group("gap") or ""):
                continue  # ``said it had removed the videos from YouTube``: another verb's
            add(m, _platform_of(m.group("platform")), 3, gap=m.span("gap"))
        noun_on = words.holds(w_start, w_end, _POST_NOUN_SET)  # ``a post on X``: a noun
        for m in (
            _matches_at(NOUN_ON_PLATFORM_RE, text, words.starts(w_start, w_end, _DET_STARTS), w_end)
            if noun_on
            else ()
        ):
            if PROFILE_BEFORE_RE.search(text, max(start, m.start("noun") - 12), m.start("noun")):
                continue  # ``changed his profile picture on Facebook``: not a post
            if TALK_BEFORE_RE.search(text, max(start, m.start() - 12), m.start()) and (
                TALKED_ABOUT_RE.match(text, m.start() - 1, w_end)
            ):
                continue  # ``said the post on X had been …``: talk about a post
            owner = _owner(m.group("det")) or _owner(m.group("det2"))
            add(m, _platform_of(m.group("platform")), 3, owner=owner)
    for w_start, w_end in noun_windows:
        if not words.holds(w_start, w_end, _PLATFORM_NOUN_SET):
            continue  # ``a Facebook post``, ``his Twitter account shared``: a noun
        for m in _matches_at(
            PLATFORM_NOUN_RE, text, words.starts(w_start, w_end, _DET_STARTS), w_end
        ):
            before = text[max(start, m.start() - 40) : m.start()]
            if COUNT_BEFORE_RE.search(before):
                continue
            add(
                m,
                _platform_of(m.group("platform")),
                3 if m.group("acct") else 2,
                owner=_owner(m.group("det")) or (m.group("owner") or "").strip() or None,
            )
    took = " to " in lowered and ("took" in lowered or "tak" in lowered or "went" in lowered)
    for m in TOOK_TO_RE.finditer(text, start, end) if took else ():
        platform = _platform_of(m.group("platform")) if m.group("platform") else None
        if platform is not None or (m.group("platform") and not m.group("generic_noun")):
            add(m, platform, 3)
        else:
            _, platform = doc.context_platform(m.start())
            add(m, platform, 3)
    tweet_nouns = (
        m
        for ws, we in tweet_windows
        if words.holds(ws, we, _TWEET_NOUN_SET)
        for m in _matches_at(TWEET_NOUN_RE, text, words.starts(ws, we, _TWEET_NOUN_STARTS), we)
    )
    for m in tweet_nouns:
        det = m.group("det").lower()
        indefinite = det in ("a", "an", "another", "one", "several", "two", "three", "few")
        noun = m.group("noun").lower()
        series = "of" in m.group().lower() or "few" in m.group().lower()
        if noun == "tweeter":
            add(m, Platform.TWITTER, 1, needs_quote=False)
            continue
        add(
            m,
            Platform.TWITTER,
            2 if (indefinite or series) else 1,
            needs_quote=not (indefinite or series),
            owner=_owner(m.group("det")),
            definite=not (indefinite or series),
        )
    lead = (
        LEAD_PLATFORM_RE.match(text, start, end)
        if lowered.startswith(_LEAD_WORDS) or "İ" in lowered[:12]
        else None
    )
    if lead is not None:
        cues.append(
            _Cue(
                start=lead.start(),
                end=lead.end(),
                platform=_platform_of(lead.group("platform")),
                strength=3,
                speaker_hint=lead.group("rest").strip() or None,
            )
        )
    return cues


def _attached_quotes(
    doc: _Document, sentence: Sentence, cue: _Cue, quotes: list[Quotation]
) -> list[Quotation]:
    """The quotations in *sentence* that give the words of the post cued by *cue*."""
    text = doc.text
    out: list[Quotation] = []
    for q in quotes:
        if q.end <= cue.start:
            gap = text[q.end : cue.start]
            opening = q.start == sentence.start and q.text[-1:] in _FRAME_ENDS
            if (
                FRAME_GAP_RE.match(gap)
                or (len(gap) < 80 and not CLAUSE_MARK_RE.search(gap))
                or (
                    opening
                    and len(gap) <= 150
                    and not NOT_SOCIAL_IN_RE.search(gap)
                    and not _in_subclause(gap)
                )
            ):
                # ``"…," Smith, the company's chief, said in a tweet``: a quote
                # that opens the sentence and hands over with a comma frames it
                out.append(q)
        elif q.start >= cue.end:
            gap = text[cue.end : q.start]
            if cue.retweet and not SAYING_END_RE.search(gap):
                continue
            if len(gap) > 160 or NOT_SOCIAL_IN_RE.search(gap):
                continue  # too far, or said in another medium (``wrote in an email:``)
            comma = gap.rfind(",")
            if comma >= 0 and not AFTER_COMMA_OK_RE.match(gap, comma + 1):
                continue  # ``…, she received comments including "…"``: others' words
            out.append(q)
    return out


def _in_subclause(gap: str) -> bool:
    """Whether the words before a cue leave it inside a subordinate clause
    (``a resident who tweeted``; not ``Smith, who was in Paris, tweeted``)."""
    ends = [m.end() for m in SUBORDINATE_RE.finditer(gap)]
    return bool(ends) and "," not in gap[ends[-1] :]


def _question_frame(
    doc: _Document, sentences: Sequence[Sentence], index: int, cue: _Cue
) -> Quotation | None:
    """``"Why now?" Smith asked on Twitter.``: the question or exclamation is
    split off as a sentence of its own, yet frames the cue after it."""
    if index == 0:
        return None
    sentence = sentences[index]
    prev = sentences[index - 1]
    if prev.paragraph != sentence.paragraph:
        return None
    qs = doc.quotes_in(prev.start, prev.end)
    if len(qs) != 1 or qs[0].start != prev.start or prev.end - qs[0].end > 1:
        return None
    q = qs[0]
    if q.text[-1:] not in "?!":
        return None
    gap = doc.text[sentence.start : cue.start]
    if FRAME_GAP_RE.match(gap) or (
        len(gap) <= 150 and not _in_subclause(gap) and not NOT_SOCIAL_IN_RE.search(gap)
    ):
        return q
    return None


def _next_block(
    doc: _Document, sentence: Sentence, sentences: Sequence[Sentence], index: int
) -> list[Quotation]:
    """A quotation in the paragraph after a sentence that ends with a colon."""
    text = doc.text
    if not COLON_END_RE.search(text, sentence.start, sentence.end):
        return []
    nxt = text.find("\n", sentence.end)
    if nxt < 0:
        return []
    line_start = nxt + 1
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    if doc.claimed(line_start) or doc.claimed(_first_char(text, line_start, line_end)):
        return []
    quotes = doc.quotes_in(line_start, line_end)
    first = _first_char(text, line_start, line_end)
    if quotes and quotes[0].start == first:
        return [quotes[0]]
    if line_end > first and text[line_start] in " \t":
        # an indented block: what survives of a blockquote
        return [
            Quotation(
                start=first,
                end=line_end,
                inner_start=first,
                inner_end=line_end,
                text=text[first:line_end].strip(),
                closed=True,
            )
        ]
    return []


def _first_char(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _read_sentence(
    doc: _Document, sentences: Sequence[Sentence], index: int, used: set[int]
) -> Citation | None:
    text = doc.text
    sentence = sentences[index]
    start, end = sentence.start, sentence.end
    quotes = doc.quotes_in(start, end)
    cues = _sentence_cues(doc, start, end) if doc.mentions_in(start, end) else []
    contextual = False
    if not cues:
        cue = _contextual_cue(doc, sentence, quotes)
        if cue is None:
            return None
        cues = [cue]
        contextual = True
    if _title_case(text, start, end):
        return None  # a headline or teaser (``A Reddit Post About A Fake …``)
    if _short_paragraph(text, sentence, 200) and FURNITURE_RE.search(text, start, end):
        return None  # furniture lines never hold citations
    cues.sort(key=lambda c: (-c.strength, c.start))
    cue = cues[0]
    attached = _attached_quotes(doc, sentence, cue, quotes)
    if not any(q.end <= cue.start for q in attached):
        asked = _question_frame(doc, sentences, index, cue)
        if asked is not None and asked.start not in used:
            attached = [asked, *attached]
    block = [] if attached else _next_block(doc, sentence, sentences, index)
    words = attached or block
    if cue.needs_quote and not words and not COLON_END_RE.search(text, start, end):
        return None
    sentence_text = text[start:end]
    if (
        not contextual
        and words
        and NOT_SOCIAL_IN_RE.search(_unquoted(doc, start, end))
        and cue.strength < 3
    ):
        return None
    # Speaker.
    quoted_spans = tuple((q.start, q.end) for q in quotes)
    after_quote = bool(attached) and attached[0].end <= cue.start
    speaker = _speaker(doc, sentence, cue, after_quote, quoted_spans)
    if speaker.crowd:
        return None
    if cue.strength < 3 and MODAL_AFTER_RE.match(text, cue.end, end):
        return None  # ``in a tweet would result in``: hypothetical
    if CROWD_BEFORE_RE.search(text, max(start, cue.start - 60), cue.start):
        return None
    if HABITUAL_BEFORE_RE.search(text, max(start, cue.start - 50), cue.start):
        return None
    # Fragments: following quote-only sentences of the same post.
    fragments = list(words)
    tail = index + 1
    if attached and attached[-1].closed:
        while tail < len(sentences) and sentences[tail].paragraph == sentence.paragraph:
            nxt = sentences[tail]
            qs = doc.quotes_in(nxt.start, nxt.end)
            if len(qs) == 1 and qs[0].start == nxt.start and nxt.end - qs[0].end <= 2:
                fragments.append(qs[0])
                tail += 1
                continue
            break
    if fragments and not fragments[-1].closed:
        # a multi-paragraph quote: the next paragraph opens a quote again
        last = fragments[-1]
        while True:
            line_start = last.end + 1
            if line_start >= len(text):
                break
            nxt_quotes = doc.quotes_in(line_start, line_start + 1)
            if not nxt_quotes or nxt_quotes[0].start != line_start:
                break
            fragments.append(nxt_quotes[0])
            last = nxt_quotes[0]
            if last.closed:
                break
    for q in fragments:
        used.add(q.start)
    kind = CitationKind.QUOTE if fragments else CitationKind.REFERENCE
    if (
        kind is CitationKind.REFERENCE
        and speaker.name is None
        and not speaker.first_person
        and not speaker.poster
        and not text[cue.start : cue.end].lower().endswith("tweeter")
    ):
        # Without quoted words or a poster, a cue is talk about a platform
        # (``in a tweet would result in``, a ``Twitter Thread`` heading).
        return None
    quote_text = " ".join(q.text for q in fragments) if fragments else None
    span_start = min([start] + [q.start for q in attached])
    span_end = max([end] + [q.end for q in attached])
    posted = None
    date_text = _date_for(doc, sentence, cue)
    if date_text is not None:
        posted = doc.resolver.resolve(date_text, DateSource.PROSE)
    author = None
    platform = cue.platform
    if speaker.handle:
        author = _handles.parse_handle(speaker.handle, platform or Platform.TWITTER)
    mentions: tuple[Account, ...] = ()
    if quote_text:
        mentions = tuple(
            m.account for m in _handles.find_mentions(quote_text, platform or Platform.TWITTER)
        )
    if speaker.name:
        doc.speakers.remember(cue.start, speaker.name)
        doc.posters[speaker.name] = platform
        doc.poster_keys[speaker.name.split()[-1]] = speaker.name
    del sentence_text
    return Citation(
        kind=kind,
        platform=platform,
        text=quote_text,
        speaker=speaker.name,
        author=author,
        cue=text[cue.start : cue.end],
        posted=posted,
        mentions=mentions,
        span=(span_start, span_end),
    )


def _short_paragraph(text: str, sentence: Sentence, limit: int) -> bool:
    """Whether the sentence's paragraph (line) is shorter than *limit*; looks
    no further than *limit* characters (one long line stays linear)."""
    stop = sentence.paragraph + limit
    if sentence.end >= stop:
        return False
    return len(text) < stop or text.find("\n", sentence.end, stop) >= 0


def _title_case(text: str, start: int, end: int) -> bool:
    """Whether the sentence is a headline: five or more words, nearly all capitalised."""
    tokens = text[start:end].split()
    most_lower = 0.2 * len(tokens)  # more lower-case words than this: prose
    alpha = lower = 0
    for token in tokens:
        first = token[:1]
        if first.isalpha():
            alpha += 1
            if not first.isupper():
                lower += 1
                if lower > most_lower:
                    return False
    return alpha >= 5 and alpha - lower >= 0.8 * alpha


def _unquoted(doc: _Document, start: int, end: int) -> str:
    """The sentence with its quotations blanked out."""
    text = doc.text
    parts = []
    cur = start
    for q in doc.quotes_in(start, end):
        parts.append(text[cur : q.start])
        cur = max(cur, q.end)
    parts.append(text[cur:end])
    return " ".join(parts)


def _speaker(
    doc: _Document,
    sentence: Sentence,
    cue: _Cue,
    after_quote: bool,
    quoted: tuple[tuple[int, int], ...],
) -> Speaker:
    if after_quote and cue.gap is not None:
        # ``"…," wrote Olympic champion Sara Lind on Instagram``
        hit = _name_in(doc, *cue.gap)
        if hit is not None:
            return hit
    if cue.speaker_hint is not None:
        # ``On Twitter, Dave Schukin explains``: the subject after the comma.
        hit = doc.speakers.find(cue.start, cue.end - len(_last_word(doc.text, cue)), cue.end)
        if hit.found:
            return hit
    return doc.speakers.find(
        sentence.start,
        cue.start,
        cue.end,
        after_quote=after_quote,
        quoted=quoted,
        sentence_end=sentence.end,
        owner=cue.owner,
        definite=cue.definite,
    )


_ARTICLES: Final = frozenset({"the", "a", "an", "der", "die", "das", "den", "dem", "ein", "eine"})


def _name_in(doc: _Document, start: int, end: int) -> Speaker | None:
    """The last name or handle in ``[start, end)``, if any; not a capitalised
    noun after an article (``schrieb der Verein``: a German noun, no name)."""
    found: Speaker | None = None
    for m in NAME_RE.finditer(doc.text, start, end):
        if m.group("handle"):
            found = Speaker(name=m.group("handle"), handle=m.group("handle"), found=True)
            continue
        before = doc.text[max(start, m.start() - 8) : m.start()].split()
        if before and before[-1].lower() in _ARTICLES:
            continue
        name = clean_name(m.group("name"))
        if name and doc.speakers.plausible(name, m.start()):
            found = Speaker(name=name, found=True)
    return found


def _last_word(text: str, cue: _Cue) -> str:
    chunk = text[cue.start : cue.end]
    return chunk.rsplit(None, 1)[-1] if chunk.strip() else ""


# Non-ASCII letters that ``regex`` matches to an ASCII letter ignoring case
# (``İ`` to i, ``ſ`` to s; the Kelvin sign to k is lowered to "k" already):
# a substring gate on lower-cased text lets them through.
_FOLDS_TO_ASCII: Final = ("İ", "ſ")
# The verbs POST_READS_RE ends with, as substrings.
_READS_VERBS: Final = ("read", "said", "says", "state")
# The nouns WROTE_IN_POST_RE ends with, as substrings.
_WROTE_IN_NOUNS: Final = ("caption", "post", "comment", "thread", "repl", "story", "video")
# NOT_SOCIAL_RE's words, each by its first word (``press`` of ``press release``).
_NOT_SOCIAL_WORDS: Final = tuple(sorted({entry.split()[0] for entry in NOT_SOCIAL_MEDIA}))


def _may_hold(lowered: str, words: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern that needs one of *words* may match
    in *lowered* (lower-cased text): a substring gate, exact for ``regex``'s
    ``(?i:…)``."""
    return _holds_any(lowered, words) or _holds_any(lowered, _FOLDS_TO_ASCII)


def _contextual_cue(doc: _Document, sentence: Sentence, quotes: list[Quotation]) -> _Cue | None:
    """A cue whose platform is the passage's: ``"…," one commenter wrote``."""
    text = doc.text
    start, end = sentence.start, sentence.end
    # cheap substring gates before any pattern runs
    lowered = doc.lowered[start:end]
    posting = _holds_any(lowered, _POSTED_WORDS)
    writing = bool(quotes) and _holds_any(lowered, _QUOTE_VERB_STEMS)
    if not posting and not writing:
        return None
    if writing:
        reads = POST_READS_RE.search(text, start, end) if _may_hold(lowered, _READS_VERBS) else None
        if reads is not None and not doc.quoted(reads.start()):
            ok, platform = doc.context_platform(reads.start())
            if ok:
                owner = reads.group("owner") or reads.group("det")
                return _Cue(
                    start=reads.start(),
                    end=reads.end(),
                    platform=platform,
                    strength=1,
                    owner=_owner(owner.strip()),
                    definite=True,
                )
    unquoted = _unquoted(doc, start, end)
    if _may_hold(lower_keeping_offsets(unquoted), _NOT_SOCIAL_WORDS) and NOT_SOCIAL_RE.search(
        unquoted
    ):
        return None
    posted = POSTED_OBJECT_RE.search(text, start, end) if posting else None
    if (
        posted is not None
        and not doc.quoted(posted.start())
        and not ADJECTIVAL_BEFORE_RE.search(text, max(start, posted.start() - 12), posted.start())
    ):
        ok, platform = doc.context_platform(posted.start(), 1500)
        if ok:
            return _Cue(start=posted.start(), end=posted.end(), platform=platform, strength=1)
    if not writing:
        return None
    wrote = (
        WROTE_IN_POST_RE.search(text, start, end) if _may_hold(lowered, _WROTE_IN_NOUNS) else None
    )
    if wrote is not None and not doc.quoted(wrote.start()):
        ok, platform = doc.context_platform(wrote.start())
        if ok:
            return _Cue(start=wrote.start(), end=wrote.end(), platform=platform, strength=1)
    for m in QUOTE_VERB_RE.finditer(text, start, end):
        if doc.quoted(m.start()):
            continue
        poster = POSTER_RE.search(text, max(start, m.start() - 60), min(end, m.end() + 30))
        known = _known_poster(doc, start, m.start())
        if poster is None and known is None:
            continue
        ok, platform = doc.context_platform(m.start())
        if not ok:
            continue
        if known is not None and poster is None:
            platform = doc.posters.get(known, platform)
        return _Cue(start=m.start(), end=m.end(), platform=platform, strength=1)
    return None


def _known_poster(doc: _Document, start: int, verb_at: int) -> str | None:
    """A poster already cited, named right before the verb (``Lindsey wrote``)
    or right after it (``wrote Lindsey``); looked up by the name's last word."""
    left = doc.text[max(start, verb_at - 40) : verb_at].split()
    if left:
        name = doc.poster_keys.get(left[-1].rstrip(",.;:"))
        if name is not None:
            return name
    after = doc.text[verb_at : verb_at + 40].split()
    if len(after) > 1:
        return doc.poster_keys.get(after[1].rstrip(".,;:"))
    return None


def _date_for(doc: _Document, sentence: Sentence, cue: _Cue) -> str | None:
    """The date expression tied to the post (ruling 4), or ``None``."""
    text = doc.text
    start, end = sentence.start, sentence.end
    clause_end = end
    m = CLAUSE_END_RE.search(text, cue.end, end)
    if m is not None:
        clause_end = m.start()
    for d in DATE_RE.finditer(text, cue.start, clause_end):
        if not doc.quoted(d.start()):
            return d.group().strip()
    for d in DATE_RE.finditer(text, start, cue.start):
        if doc.quoted(d.start()):
            continue
        lead = text[start : d.start()]
        if len(lead.split()) <= 5 and not LEAD_VERB_RE.search(lead):
            return d.group().strip()
        break
    return None


def _handle_blocks(doc: _Document, found: list[Citation]) -> list[Citation]:
    """``@handle: text`` blocks in a passage about tweets (ruling 6)."""
    text = doc.text
    out: list[Citation] = []
    taken = sorted(c.span for c in found)
    taken_starts = [s for s, _ in taken]
    taken_ends = [e for _, e in taken]
    if Platform.TWITTER not in doc.mention_platforms:
        return out  # a block is kept only in a passage about Twitter
    blocks = (
        m
        for line_start, line_end in lines_containing(text, "@")
        for m in HANDLE_BLOCK_RE.finditer(text, line_start, line_end)  # one line each
    )
    for m in blocks:
        if doc.claimed(m.start("handle")):
            continue
        ok, platform = doc.context_platform(m.start(), 6000)
        if not ok or platform is not Platform.TWITTER:
            continue
        at = m.start("handle")
        if _in(at, taken_starts, taken_ends):
            continue
        handle = m.group("handle")
        name = handle
        line_start = text.rfind("\n", 0, at) + 1
        intro = text[line_start:at]
        # a tweet's remnant: an indented block, a block a sentence introduces
        # with a colon, or a reply that opens with the account it answers
        # (a blog's comment thread has none of these)
        indented = text[line_start : line_start + 1] in (" ", "\t")
        reply = m.group("body").lstrip().startswith(("@", ".@"))
        if not (indented or intro.strip() or reply):
            continue
        intro = intro[intro.rfind(". ") + 1 :]
        if intro.strip():
            # ``Samantha is clearly sick of his crap: @s_bielefeld: …``
            first = NAME_RE.search(intro)
            if first is not None and first.group("name"):
                name = clean_name(first.group("name")) or handle
        body_end = m.end()
        out.append(
            Citation(
                kind=CitationKind.QUOTE,
                platform=Platform.TWITTER,
                text=m.group("body").strip(),
                speaker=name.lstrip("@") if name == handle else name,
                author=_handles.parse_handle(handle, Platform.TWITTER),
                cue=text[at : m.end("handle") + 1].strip(),
                mentions=tuple(
                    x.account for x in _handles.find_mentions(m.group("body"), Platform.TWITTER)
                ),
                span=(at, body_end),
            )
        )
    return out
