"""Price table: longest-prefix model matching, cached-token rates, user overlays."""

from __future__ import annotations

import json

import pytest

from newsbrief.run.cost import PricesError, load_prices
from newsbrief.schemas import Usage


@pytest.mark.parametrize(
    ("model", "key"),
    [
        ("openai:gpt-4o-mini", "gpt-4o-mini"),
        ("openai:gpt-4o-mini-2024-07-18", "gpt-4o-mini"),  # a dated snapshot
        ("openai:gpt-4o-2024-08-06", "gpt-4o"),  # not gpt-4o-mini
        ("openai:gpt-4.1-nano", "gpt-4.1-nano"),
        ("baseline", "baseline"),
        ("llamacpp:/models/gemma.gguf", "llamacpp:"),
        ("openai:my-local-model", None),
    ],
)
def test_lookup_picks_the_longest_matching_prefix(model, key):
    price = load_prices().lookup(model)
    assert (price.key if price else None) == key


@pytest.mark.parametrize(
    ("usage", "dollars"),
    [
        # gpt-4o-mini: $0.15 in, $0.075 cached in, $0.60 out per 1M tokens
        (Usage(prompt_tokens=1_000_000), 0.15),
        (Usage(completion_tokens=1_000_000), 0.60),
        (Usage(prompt_tokens=1_000_000, cached_tokens=400_000), 0.6 * 0.15 + 0.4 * 0.075),
        (Usage(prompt_tokens=2000, completion_tokens=500), (2000 * 0.15 + 500 * 0.6) / 1e6),
        (Usage(), 0.0),
    ],
)
def test_cost_per_million_tokens_with_cached_input(usage, dollars):
    priced = load_prices().price_usage("openai:gpt-4o-mini", usage)
    assert priced.cost_usd == pytest.approx(dollars)
    assert priced.prompt_tokens == usage.prompt_tokens  # tokens are untouched


def test_batch_discount_halves_the_price():
    table = load_prices()
    usage = Usage(prompt_tokens=1_000_000, completion_tokens=1_000_000)
    assert table.price_usage("openai:gpt-4o", usage, batch=True).cost_usd == pytest.approx(6.25)


def test_user_prices_extend_and_override(tmp_path, monkeypatch):
    env_file = tmp_path / "env.json"
    env_file.write_text(json.dumps({"models": {"my-model": {"input": 1, "output": 2}}}))
    cli_file = tmp_path / "cli.json"
    cli_file.write_text(
        json.dumps({"models": {"gpt-4o-mini": {"input": 10, "cached_input": 5, "output": 20}}})
    )
    monkeypatch.setenv("BRIEFING_PRICES", str(env_file))
    table = load_prices(cli_file)
    mine = table.lookup("openai:my-model-v2")
    assert mine is not None
    assert (mine.input, mine.cached_input, mine.output) == (1, 1, 2)
    override = table.lookup("openai:gpt-4o-mini")
    assert override is not None
    assert override.output == 20
    assert table.lookup("openai:gpt-4o") is not None  # the bundled rest stays


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not valid JSON"),
        (json.dumps({"gpt": 1}), "expected"),
        (json.dumps({"models": {"m": {"input": "cheap"}}}), "model 'm' needs numeric"),
    ],
)
def test_bad_price_files_say_what_is_wrong(tmp_path, content, message):
    path = tmp_path / "prices.json"
    path.write_text(content)
    with pytest.raises(PricesError, match=message):
        load_prices(path)


def test_a_missing_price_file_is_a_user_error(tmp_path):
    with pytest.raises(PricesError, match="cannot read price file"):
        load_prices(tmp_path / "nope.json")
