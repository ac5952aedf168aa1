"""CPU per article of the claim checks on briefings of realistic size.

    .venv/bin/python benchmarks/claim_checks_cpu.py [--rounds 3]

Every article shipped in `examples/` (the Giveme5W1H development set and the seeds) gets
the answer the throughput benchmark's server gives (`tests.support.realistic_briefing`:
about a dozen actors, five key points, several quotes with speakers, events, relations).
Each answer then goes through what the per-article step does after the model answers,
timed in process CPU, the best of `--rounds` passes over all articles (the first pass
also warms the per-text caches a run warms on its first answer):

- evidence: `prepare_briefing` (offsets of every quote, name, date and place, injection
  flag), the same with the prose checks on or off;
- the rules' checks at `prose=flag` (stage 1: prose claims, quote texts, speakers), and
  at `prose=off` (quote texts only);
- the prose checks' cost: the two passes' difference, per article.

A run's articles are distinct, so the per-text caches (normalised texts, per-sentence
facts, per-article name tables) are cleared before each article: every figure is a
first look at that article. `--warm` keeps them (a second look), a lower bound.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import os
import pkgutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsbrief.grounding import parse_policy, prepare_briefing, rule_verifier
from newsbrief.schemas import Briefing
from tests.support.realistic_briefing import example_articles, published_of, realistic_briefing

# Caches keyed by something smaller than a text (a character, a word) or by nothing
# (tables built once per process): warm in any run.
_NOT_PER_TEXT = frozenset(
    {"_fold_char", "stem", "_lemma", "country_of_word", "_word_country", "_name_word", "_norm", "_gazetteer", "_free_text_index", "_names",
     "_pattern", "grounded_briefing_model"}
)  # fmt: skip


def _per_text_caches() -> list[functools._lru_cache_wrapper[object]]:
    """Every cache of the grounding and text packages keyed by a text (a sentence, a
    window, an article)."""
    import newsbrief.grounding
    import newsbrief.text

    found: dict[int, functools._lru_cache_wrapper[object]] = {}
    for package in (newsbrief.grounding, newsbrief.text):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for name, value in vars(module).items():
                if isinstance(value, functools._lru_cache_wrapper) and name not in _NOT_PER_TEXT:
                    found[id(value)] = value
    return list(found.values())


def _clear_caches() -> None:
    """Forget every per-text cache, as for an article the process has not seen."""
    for cache in _CACHES:
        cache.cache_clear()


_CACHES: list[functools._lru_cache_wrapper[object]] = []


def measure(rounds: int, cold: bool = True) -> dict[str, float]:
    articles = [
        (row["text"], Briefing.model_validate(realistic_briefing(
            row["text"], row.get("title"), published_of(row.get("published") or "")
        )))
        for row in example_articles()
    ]  # fmt: skip
    flag, off = parse_policy("prose=flag"), parse_policy("prose=off")
    _CACHES[:] = _per_text_caches()
    best: dict[str, float] = {}
    for _ in range(rounds):
        spent = {"evidence": 0.0, "rules prose=flag": 0.0, "rules prose=off": 0.0}
        for text, briefing in articles:
            for policy, name in ((flag, "rules prose=flag"), (off, "rules prose=off")):
                if cold:
                    _clear_caches()
                started = time.process_time()
                prepared = prepare_briefing(briefing, text, policy)
                between = time.process_time()
                rule_verifier(policy).check(text, prepared)
                done = time.process_time()
                spent["evidence"] += (between - started) / 2
                spent[name] += done - between
        for name, seconds in spent.items():
            per_article = 1000 * seconds / len(articles)
            best[name] = min(best.get(name, per_article), per_article)
    best["prose checks (flag - off)"] = best["rules prose=flag"] - best["rules prose=off"]
    best["articles"] = float(len(articles))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--warm", action="store_true",
                        help="keep the per-text caches (a second look at each article)")  # fmt: skip
    args = parser.parse_args()
    figures = measure(args.rounds, cold=not args.warm)
    print(f"{int(figures.pop('articles'))} articles, best of {args.rounds} rounds "
          f"(load average {os.getloadavg()[0]:.1f})")  # fmt: skip
    print()
    print("| part | CPU ms per article |")
    print("|---|---|")
    for name, value in figures.items():
        print(f"| {name} | {value:.2f} |")


if __name__ == "__main__":
    main()
