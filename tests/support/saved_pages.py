"""Saved news pages of the common layouts, with promotions inside the article body and
pages that hold no article at all: what `briefing note page.html` meets in practice.

Each layout wraps the same article body the way a family of sites does (a WordPress
post, a newsroom CMS's text blocks, bare paragraphs, a story body beside a sidebar);
the promotions are the boxes a page's boilerplate removal tends to keep (no class name
gives them away) and the ones it removes (an ad slot, a newsletter aside), placed
between the article's paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["BODY", "LAYOUTS", "NAVIGATION_ONLY", "PROMOS", "page"]

BODY = [
    (
        "The city council voted on Tuesday to build a new bridge across the Lenn river, "
        "ending a decade of debate."
    ),
    (
        "The bridge will cost 85 million euros and should open in 2029, council leader "
        "Maria Costa said."
    ),
    (
        '"This bridge will connect two halves of our city that have grown apart," Costa '
        "told reporters after the vote."
    ),
    (
        "Opponents said the money should go to schools and buses instead, and promised to "
        "challenge the decision in court."
    ),
]
# name -> (markup, a phrase of it that must not reach the briefed text)
PROMOS: dict[str, tuple[str, str]] = {
    "newsletter in bold": (
        (
            "<p><strong>Try our new newsletter:</strong> the best of Lennport news in your "
            'inbox every morning. <a href="/nl">Sign up here</a>.</p>'
        ),
        "Try our new newsletter",
    ),
    "ad slot": ('<div class="ad"><p>Advertisement</p></div>', "Advertisement"),
    "newsletter aside": (
        (
            '<aside class="newsletter"><h3>Sign up for our newsletter</h3><p>Get the '
            'Lennport Daily delivered to your inbox.</p><a href="/s">Subscribe</a></aside>'
        ),
        "Lennport Daily",
    ),
    "subscription box": (
        (
            "<div><p>Subscribe to the Lennport Times for just 1 euro a week. "
            '<a href="/subscribe">Subscribe now</a></p></div>'
        ),
        "1 euro a week",
    ),
    "read more link": (
        '<p><strong>Read more:</strong> <a href="/x">Council approves new budget</a></p>',
        "Council approves new budget",
    ),
    "sponsored": (
        (
            '<div class="sponsored-content"><p>Sponsored: Discover the best holiday deals on '
            "the coast this summer.</p></div>"
        ),
        "holiday deals",
    ),
    "advert figure": (
        (
            '<figure class="advert"><img src="ad.png" alt="Advert">'
            "<figcaption>Advertisement</figcaption></figure>"
        ),
        "Advert",
    ),
    "follow us": (
        "<p>Follow us on Twitter and Facebook for the latest news.</p>",
        "Follow us",
    ),
    "app promo": (
        "<p>Download the Lennport Times app for breaking news alerts.</p>",
        "Lennport Times app",
    ),
}
_HEAD = (
    "<head><title>Council backs bridge | Lennport Times</title>"
    '<meta property="og:site_name" content="Lennport Times"></head>'
)
LAYOUTS: dict[str, Callable[[str], str]] = {
    "wordpress post": lambda body: (
        f'<html>{_HEAD}<body><div id="page"><header><nav><a href="/">Home</a> '
        '<a href="/news">News</a></nav></header><main><article class="post">'
        '<h1 class="entry-title">Council backs bridge</h1><div class="entry-content">'
        f"{body}</div></article></main><footer>© Lennport Times</footer></div></body></html>"
    ),
    "newsroom text blocks": lambda body: (
        f"<html>{_HEAD}<body><nav>Home | World | Sport</nav><article><header><h1>Council "
        f'backs bridge</h1></header><div data-component="text-block">{body}</div>'
        '</article><footer><a href="/about">About</a></footer></body></html>'
    ),
    "bare paragraphs": lambda body: (
        f"<html>{_HEAD}<body><h1>Council backs bridge</h1>{body}</body></html>"
    ),
    "story body and sidebar": lambda body: (
        f'<html>{_HEAD}<body><div class="container"><div class="story-body"><section>'
        f'{body}</section></div><div class="sidebar"><ul><li><a href="/1">Most read '
        'one</a></li><li><a href="/2">Most read two</a></li></ul></div></div></body></html>'
    ),
}
NAVIGATION_ONLY: dict[str, str] = {
    "menu and footer text": (
        "<html><head><title>Lennport Times</title></head><body><nav><ul><li>Home</li>"
        "<li>World</li><li>Sport</li></ul></nav><div>Home | World</div>"
        "<footer>Contact us</footer></body></html>"
    ),
    "link bars": (
        '<html><head><title>Lennport Times</title></head><body><p><a href="/">Home</a> | '
        '<a href="/world">World</a></p><p><a href="/about">About</a> | '
        '<a href="/contact">Contact</a></p></body></html>'
    ),
    "footer with copyright": (
        '<html><head><title>Lennport Times</title></head><body><div id="top"><p>Home | '
        'World | Sport | Weather</p></div><div id="bottom"><p>About us · Contact · '
        "Privacy</p><p>© 2026 Lennport Times. All rights reserved.</p></div></body></html>"
    ),
    "links only": (
        '<html><head><title>World | Lennport Times</title></head><body><div class="menu">'
        '<ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></div>'
        '<div class="content"><h2><a href="/a1">Council backs new bridge</a></h2>'
        '<h2><a href="/a2">Storm closes harbour</a></h2></div></body></html>'
    ),
}


def page(layout: str) -> str:
    """The article in `layout`, every promotion placed between its paragraphs."""
    promos = [markup for markup, _ in PROMOS.values()]
    parts: list[str] = []
    for i, sentence in enumerate(BODY):
        parts.append(f"<p>{sentence}</p>")
        parts.extend(promos[i * 2 : (i + 1) * 2])
    parts.extend(promos[len(BODY) * 2 :])
    return LAYOUTS[layout]("".join(parts))
