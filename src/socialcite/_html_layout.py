"""Page layout vocabularies: where a news page keeps its article, and its furniture.

Data only; ``_html`` reads a page's layout with them. Class and id values are
compared as *tokens* (``class="a b"`` has two), each lower-cased and split at
``-`` and ``_`` into *parts* (``c-article__share-bar`` → ``c``, ``article``,
``share``, ``bar``); a word below matches a part, or two adjacent parts
written together (``author-box`` → ``authorbox``), never a bare substring, so
``commentary`` is not ``comment`` and ``instagram`` is not ``tag``.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ARTICLE_TIER",
    "BODY_ELEMENTS",
    "BODY_ITEMPROPS",
    "BODY_ROLES",
    "BODY_TIERS",
    "BODY_TOKENS",
    "BROAD_BODY_TOKENS",
    "CONTENT_PARTS",
    "FRAME_MAX_SHARE",
    "FRAME_PARTS",
    "FURNITURE_ELEMENTS",
    "FURNITURE_MAX_SHARE",
    "FURNITURE_PARTS",
    "FURNITURE_ROLES",
    "HIDDEN_TOKENS",
    "IGNORED_PREFIXES",
    "INLINE_FURNITURE",
    "ITEMPROP_TIER",
    "LAYOUT_ELEMENTS",
    "MAIN_TIER",
    "MIN_BODY_SHARE",
    "MIN_BODY_TEXT",
    "MIN_ELEMENT_PAGE_SHARE",
    "MIN_WRAPPER_TEXT",
    "SPLIT_BODY_GAP",
    "TOKEN_TIER",
]

# --- the article body --------------------------------------------------------------

# Class or id tokens (lower-case, "-" and "_" removed) of the element that
# holds an article's text: WordPress ``entry-content``, BBC ``story-body``,
# BEM ``article__body``, schema.org-minded ``articleBody`` …
BODY_TOKENS: Final = frozenset(
    {
        "articlebody", "articlecontent", "articletext", "articlecopy", "articlemain",
        "entrycontent", "entrybody", "entrytext",
        "storybody", "storycontent", "storytext",
        "postcontent", "postbody", "posttext", "postentry", "singlepostcontent",
        "bodytext", "contentbody", "richtextarticlebody",
    }
)  # fmt: skip

# The same, but often wrapping the sidebar too: used when nothing closer is found.
BROAD_BODY_TOKENS: Final = frozenset({"maincontent", "mainarticle", "primarycontent"})

# ``itemprop`` values of the article text (schema.org).
BODY_ITEMPROPS: Final = frozenset({"articlebody"})

# Body tiers, most specific first: the schema.org property, a body token,
# an article element, the page's main content.
ITEMPROP_TIER: Final = 1
TOKEN_TIER: Final = 2
ARTICLE_TIER: Final = 3
MAIN_TIER: Final = 4
BODY_TIERS: Final = (ITEMPROP_TIER, TOKEN_TIER, ARTICLE_TIER, MAIN_TIER)

# Elements that hold an article (``<article>``), or the page's main content.
BODY_ELEMENTS: Final = {"article": ARTICLE_TIER, "main": MAIN_TIER}
BODY_ROLES: Final = {"article": ARTICLE_TIER, "main": MAIN_TIER}

# A body candidate is taken when it holds at least this many characters of
# text and this share of the largest candidate's text (a teaser card's
# ``entry-content`` must not win over the article's ``<main>``; a story
# followed by a long live feed in the same ``#main-content`` still wins).
# ``itemprop=articleBody`` needs only the length.
MIN_BODY_TEXT: Final = 200
MIN_BODY_SHARE: Final = 0.1
# An ``<article>`` or ``<main>`` (no name for the text itself) must also hold
# this share of the whole page's text: pages also build carousels and
# teaser cards from ``<article>``.
MIN_ELEMENT_PAGE_SHARE: Final = 0.1

# Parts of an article body split by an advert or a figure (several
# ``div.article-body`` in a row) are read together when at most this much
# text lies between them; whole other pages (a page repeated) are not.
SPLIT_BODY_GAP: Final = 300

# --- furniture ---------------------------------------------------------------------

# Elements never part of an article's prose (frame evidence: see FRAME_MAX_SHARE).
FURNITURE_ELEMENTS: Final = frozenset(
    {"nav", "header", "footer", "aside", "form", "button", "select", "dialog", "menu"}
)

# Elements whose class, id, role and visibility are read (the containers a
# page builds its layout from; ``<a>``, ``<span>``, ``<img>`` … are not, which
# keeps the pass cheap).
LAYOUT_ELEMENTS: Final = frozenset(
    {
        "div", "section", "ul", "ol", "aside", "nav", "header", "footer", "article",
        "main", "form", "figure", "table", "dl", "blockquote",
    }
)  # fmt: skip

# Class/id parts (or two adjacent parts written together) of page furniture.
FURNITURE_PARTS: Final = frozenset(
    {
        # share bars and social follow boxes
        "share", "shares", "sharing", "sharebar", "sharetools", "sharedaddy", "addthis",
        "social", "socials", "socialmedia", "sociallinks", "follow", "followus",
        # related-story teasers and recommendation widgets
        "related", "relatedposts", "relatedarticles", "relatedstories", "recommended",
        "recommendations", "recirc", "recirculation", "teaser", "teasers", "promo",
        "promos", "outbrain", "taboola", "trending", "popular", "mostpopular", "mostread",
        "morestories", "readnext", "upnext", "youmayalsolike",
        # comments
        "comment", "comments", "commentlist", "commentsarea", "disqus", "respond",
        # newsletter, subscription and sign-up prompts (not "paywall": the
        # article's text sits in paywall containers)
        "newsletter", "newsletters", "subscribe", "subscription", "signup",
        # author bios
        "bio", "authorbio", "authorbox", "aboutauthor", "authorinfo", "authorcard",
        # cookie and consent banners
        "cookie", "cookies", "consent", "gdpr", "cmp",
    }
)  # fmt: skip

# Class/id parts of the page's frame: navigation, headers, footers, sidebars,
# pop-ups. Weaker evidence than the above: sites also name wrappers of the
# whole article so (``sticky-sidebar-parent``, ``l-sidebar-fixed``), so such
# an element is kept when it holds much of the text (``FRAME_MAX_SHARE``).
FRAME_PARTS: Final = frozenset(
    {
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "sidebar",
        "footer", "header", "masthead", "popup", "modal", "tags", "tagcloud", "widgets",
    }
)  # fmt: skip

# A frame element (above; also hidden ones, ``<form>``, ``<header>`` …) that
# holds more than this share of the body's text (the page's when no body is
# found) is a wrapper of the article, not furniture; so is any furniture
# element holding more than FURNITURE_MAX_SHARE (``#social-scroll-past-this``
# around a whole article).
FRAME_MAX_SHARE: Final = 0.3
FURNITURE_MAX_SHARE: Final = 0.6
# ... and at least this many characters: a page's menu may be most of a
# page of three words, it is still a menu.
MIN_WRAPPER_TEXT: Final = 500

# Parts naming the article's text: a token where one comes before the
# furniture word names a wrapper of the text (``sr-body-share-wrapper``,
# ``content-sidebar``), not the furniture (``comment-body`` is).
CONTENT_PARTS: Final = frozenset({"body", "content", "contents", "text", "copy"})

# Whole class tokens (lower-case, "-" and "_" removed) of hidden elements.
# Only whole tokens: ``hidden-xs`` hides on phones alone.
HIDDEN_TOKENS: Final = frozenset(
    {"hidden", "ishidden", "hide", "visuallyhidden", "sronly", "screenreadertext",
     "screenreaderonly", "displaynone", "offscreen"}
)  # fmt: skip

# ARIA landmark roles of furniture.
FURNITURE_ROLES: Final = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog",
     "alertdialog", "menu", "menubar", "toolbar"}
)  # fmt: skip

# Class tokens that describe, not name, an element: taxonomy classes name the
# article's topics (WordPress puts ``tag-social-media category-comments`` on
# the ``<article>`` itself), state modifiers say what it has
# (``has-sidebar``, ``no-comments``).
# Script hooks (``js-truncate-related``) name what a script does to the element.
IGNORED_PREFIXES: Final = (
    "tag-", "tag_", "category-", "category_", "has-", "has_", "no-", "no_", "with-",
    "without-", "is-sticky", "enable-", "disable-", "js-", "js_",
)  # fmt: skip

# Inline furniture elements: left out with a space, not a line break.
INLINE_FURNITURE: Final = frozenset({"button", "select"})
