"""Content words for lexical comparison: tokens, a stop list and a light stemmer.

Support linking and the prose checks compare a sentence the model wrote with article
sentences word by word. Function words carry no evidence, and inflection ("wounded",
"wounding", "wounds") must not hide a shared word, so both sides go through the same
`content_stems`. The stemmer only strips common English suffixes: it is deterministic,
costs nanoseconds, and over-merging a few words is harmless for overlap scoring.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import filterfalse

from newsbrief.text.lexicon import words

__all__ = ["STOPWORDS", "WORD", "content_stems", "stem", "stems_of_words", "word_tokens"]

# Words with apostrophes and inner hyphens stay one token ("Covid-19", "don't").
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")

STOPWORDS = words(
    "a an the and or but if of to in on at by for with from as into onto over under "
    "about after before between during since until than then that this these those "
    "there here it its it's is are was were be been being am has have had having do does "
    "did doing will would shall should can could may might must also such so very just "
    "he she they we i you him her them us me his hers their theirs our ours your my "
    "who whom whose which what when where why how while both each either neither other "
    "another some any all most more many much few less least own same only out up down "
    "off again further once said says say told tells added adds according one "
    "per via upon within without against among amid across through toward towards "
    "mr mrs ms dr s",
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """'wounded' -> 'wound', 'talks' -> 'talk', 'countries' -> 'country' (lower case)."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) > 4 and word.endswith("eed"):
        word = word[:-1]  # 'agreed' -> 'agree'
    elif len(word) > 4 and word.endswith("ed"):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    # 'raise', 'raised' and 'raising' all end as 'rais'.
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def word_tokens(text: str) -> list[re.Match[str]]:
    """Every word of `text` with its offsets."""
    return list(WORD.finditer(text))


def content_stems(text: str) -> list[str]:
    """The stems of the content words of `text`, in order (stop words dropped)."""
    return stems_of_words(WORD.findall(text))


def stems_of_words(words: list[str] | tuple[str, ...]) -> list[str]:
    """`content_stems` of a text whose words (`WORD.findall`) the caller already has."""
    # map and filterfalse over C callables: no Python frame per word (every article
    # sentence and every claim is read so)
    return list(map(stem, filterfalse(STOPWORDS.__contains__, map(str.lower, words))))
