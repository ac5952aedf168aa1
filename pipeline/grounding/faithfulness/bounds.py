"""How much the faithfulness rules remember from one article to the next.

Their caches are keyed by a sentence, a claim or an article, and the articles of a run
are distinct: a sentence of one article is almost never a sentence of the next. A cache
sized for a few articles keeps every hit that happens within an article (a claim and
its support read by several rules, a sentence linked by several claims) at a bounded
memory; a larger one holds dead text. Over an archive of distinct articles
(`benchmarks/throughput.py --answers distinct`) caches of 8,192 sentences and 4,096
article-keyed entries took the engine's resident set past 280 MB within 20,000 articles
and still climbing (benchmarks/README.md).
"""

from __future__ import annotations

__all__ = ["PER_ARTICLE", "PER_ARTICLE_WORDS", "PER_SENTENCE"]

PER_SENTENCE = 2048  # keyed by a sentence or a claim: several articles' worth
PER_ARTICLE_WORDS = 1024  # keyed by (a word or name, the article): ~20 articles' worth
PER_ARTICLE = 16  # keyed by the article itself
