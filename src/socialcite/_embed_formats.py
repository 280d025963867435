"""Data: the embed code each platform publishes, and the lines it leaves in text.

Kept apart from the logic in ``_html`` (which finds widget elements),
``_embeds_html`` (which reads them) and ``_embeds_text`` (which reads their
remnants in extracted text). Every entry comes from the platform's published
embed code or from widgets seen in real pages.
"""

from __future__ import annotations

from typing import Final

from socialcite._model import Platform

__all__ = [
    "BLOCK_TAGS",
    "CLASS_WIDGETS",
    "DROPPED_TAGS",
    "EMBED_URL_TEMPLATES",
    "FACEBOOK_POSTED_BY",
    "INERT_TAGS",
    "INSTAGRAM_SHARED_BY",
    "INSTAGRAM_VIEW_POST",
    "MAX_EXTRA_LINE_CHARS",
    "MAX_POST_LINES",
    "TAG_WIDGETS",
    "TEXT_BUDGET",
    "VIEW_ON",
    "WEEKDAYS",
    "WIDGET_ID_ATTRIBUTES",
    "WIDGET_URL_ATTRIBUTES",
]

# Elements whose content is never page text and never holds a live widget
# (their markup is inert: a script's string, a template's fragment, the
# ``<noscript>`` copy of a widget that a lazy loader shows elsewhere).
INERT_TAGS: Final = frozenset(
    {"noscript", "script", "style", "template", "textarea", "title", "xmp"}
)

# Elements dropped from the prose (their markup is still read for widgets).
DROPPED_TAGS: Final = frozenset({"svg", "math"})

# Elements that start a new line of prose.
BLOCK_TAGS: Final = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "iframe",
        "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip

# (element name, class token) -> platform: the blockquote and div widgets.
# The element must carry the class token exactly (``twitter-tweet``, not
# ``twitter-tweet-button``).
CLASS_WIDGETS: Final[dict[tuple[str, str], Platform]] = {
    ("blockquote", "twitter-tweet"): Platform.TWITTER,
    ("blockquote", "twitter-video"): Platform.TWITTER,
    ("blockquote", "instagram-media"): Platform.INSTAGRAM,
    ("blockquote", "tiktok-embed"): Platform.TIKTOK,
    ("blockquote", "text-post-media"): Platform.THREADS,
    ("blockquote", "bluesky-embed"): Platform.BLUESKY,
    ("blockquote", "mastodon-embed"): Platform.MASTODON,
    ("blockquote", "truthsocial-embed"): Platform.TRUTHSOCIAL,
    ("div", "fb-post"): Platform.FACEBOOK,
    ("div", "fb-video"): Platform.FACEBOOK,
}

# Custom elements that are widgets whatever their class.
TAG_WIDGETS: Final[dict[str, Platform]] = {
    "amp-twitter": Platform.TWITTER,
    "amp-instagram": Platform.INSTAGRAM,
    "amp-facebook": Platform.FACEBOOK,
    "amp-tiktok": Platform.TIKTOK,
    "amp-youtube": Platform.YOUTUBE,
    "lite-youtube": Platform.YOUTUBE,
    "fb:post": Platform.FACEBOOK,
    "fb:video": Platform.FACEBOOK,
}

# Attributes that carry a widget's post or embed URL, most telling first
# (the common lazy loaders move ``src`` to ``data-src`` or ``data-lazy-src``;
# a site's own loader attribute is not known).
WIDGET_URL_ATTRIBUTES: Final = (
    "data-instgrm-permalink",
    "cite",
    "data-href",
    "data-url",
    "data-embed-url",
    "data-bluesky-uri",
    "data-text-post-permalink",
    "src",
    "data-src",  # lazysizes, lozad and most lazy loaders
    "data-lazy-src",  # WP Rocket, a3 Lazy Load
)

# Attributes that carry the bare id of the post, by platform (AMP and
# lite-youtube components).
WIDGET_ID_ATTRIBUTES: Final[dict[Platform, tuple[str, ...]]] = {
    Platform.TWITTER: ("data-tweetid",),
    Platform.INSTAGRAM: ("data-shortcode",),
    Platform.YOUTUBE: ("data-videoid", "videoid"),
    Platform.TIKTOK: ("data-videoid",),
}

# Canonical post URL built from a widget's bare id, handed to
# ``_posturls.parse_post_url`` like any other post URL.
EMBED_URL_TEMPLATES: Final[dict[Platform, str]] = {
    Platform.TWITTER: "https://x.com/i/status/{id}",
    Platform.INSTAGRAM: "https://www.instagram.com/p/{id}/",
    Platform.YOUTUBE: "https://www.youtube.com/watch?v={id}",
    Platform.TIKTOK: "https://www.tiktok.com/@/video/{id}",
}

# --- What widgets leave in extracted text ----------------------------------

# Instagram's footer line, by the language of the embed code, each with the
# word before the date ("on Nov 11, 2015").
INSTAGRAM_SHARED_BY: Final = (
    ("A post shared by", "on"),
    ("A photo posted by", "on"),
    ("A video posted by", "on"),
    ("Ein Beitrag geteilt von", "am"),
    ("Une publication partagée par", "le"),
    ("Un post condiviso da", "in data:"),
    ("Una publicación compartida de", "el"),
    ("Una publicación compartida por", "el"),
    ("Uma publicação compartilhada por", "em"),
    ("Een bericht gedeeld door", "op"),
)

# The link text at the top of an Instagram widget.
INSTAGRAM_VIEW_POST: Final = (
    "View this post on Instagram",
    "Diesen Beitrag auf Instagram ansehen",
    "Sieh dir diesen Beitrag auf Instagram an",
    "Voir cette publication sur Instagram",
    "Visualizza questo post su Instagram",
    "Ver esta publicación en Instagram",
    "Ver essa foto no Instagram",
    "Ver esta foto en Instagram",
    "Bekijk dit bericht op Instagram",
)

# Facebook's footer: "Posted by Name on Wednesday, May 30, 2018". The
# weekday is required: "Posted by admin on March 3" is a blog byline.
FACEBOOK_POSTED_BY: Final = (
    ("Posted by", "on"),
    ("Gepostet von", "am"),
    ("Publié par", "sur"),
    ("Publicado por", "en"),
)
WEEKDAYS: Final = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
)  # fmt: skip

# The second line of the Threads and Mastodon widgets ("Post by @zuck" above).
VIEW_ON: Final[dict[str, Platform]] = {
    "View on Threads": Platform.THREADS,
    "View on Mastodon": Platform.MASTODON,
}

# How many characters of post text a widget can show above its footer: the
# platform's post length limit, used to decide how many lines above an
# attribution line belong to the post (links not counted).
TEXT_BUDGET: Final[dict[Platform, int]] = {
    Platform.TWITTER: 280,
    Platform.BLUESKY: 300,
    Platform.MASTODON: 500,
    Platform.THREADS: 500,
    Platform.TIKTOK: 2200,
    Platform.INSTAGRAM: 2200,
    Platform.FACEBOOK: 500,
}
# At most this many lines above a footer belong to the post; past the line
# right above the footer, only short lines (a post's line breaks make short
# lines, an article's paragraphs long ones).
MAX_POST_LINES: Final = 12
MAX_EXTRA_LINE_CHARS: Final = 100
