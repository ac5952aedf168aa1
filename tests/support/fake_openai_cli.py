"""`python -m tests.support.fake_openai`: the fake OpenAI server as its own process.

Benchmarks need the server outside the measured process, so its CPU does not count
against the client. The first stdout line is the base URL (pick a free port with
`--port 0`); on SIGTERM/SIGINT it prints per-outcome request counts as JSON and exits.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal

from tests.support.fake_openai import (
    ANSWERS,
    FAULTS,
    FakeOpenAIServer,
    LatencyModel,
    add_latency_model_options,
)

__all__ = ["COMMON_FAULTS", "main", "parse_faults", "parse_latency"]


# What --fault-rate spreads evenly over.
COMMON_FAULTS = ("429", "500", "timeout", "reset", "malformed", "invalid")


def parse_faults(text: str, rate: float) -> dict[str, float]:
    """'429=0.05,reset=0.01' -> shares; else `rate` spread over COMMON_FAULTS."""
    faults = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, _, share = part.partition("=")
        if name.strip() not in FAULTS:
            raise ValueError(f"unknown fault {name.strip()!r}; known: {', '.join(FAULTS)}")
        faults[name.strip()] = float(share)
    if rate and not faults:
        faults = {name: rate / len(COMMON_FAULTS) for name in COMMON_FAULTS}
    return faults


def parse_latency(text: str, ttft: float, tokens_per_s: float) -> float | LatencyModel:
    """'0.25' -> 0.25 seconds per answer; 'model' -> a `LatencyModel(ttft, tokens_per_s)`."""
    if text == "model":
        return LatencyModel(ttft, tokens_per_s)
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"bad --latency {text!r}: write seconds (0.25) or 'model'") from None


async def _serve(args: argparse.Namespace, faults: dict[str, float]) -> None:
    responder = None
    if args.judge_persona:  # judge requests by the persona, briefings as usual
        from tests.support.judge_personas import judge_responder

        responder = judge_responder(args.judge_persona)
    server = FakeOpenAIServer(
        responder,
        latency=parse_latency(args.latency, args.ttft, args.decode_rate),
        host=args.host,
        port=args.port,
        cached_tokens=args.cached_tokens,
        faults=faults,
        seed=args.seed,
        fault_timeout=args.fault_timeout,
        record=False,
        persona=args.persona,
        answers=args.answers,
    )
    await server.start()
    print(server.base_url, flush=True)
    done = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, done.set)
    await done.wait()
    await server.stop()
    print(json.dumps(dict(server.stats)), flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Local OpenAI-compatible test server.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument(
        "--latency",
        default="0",
        help="seconds per answer, or 'model': --ttft plus the answer's tokens / --decode-rate",
    )
    add_latency_model_options(parser)
    parser.add_argument("--cached-tokens", type=int, default=0)
    parser.add_argument(
        "--fault-rate",
        type=float,
        default=0.0,
        help="share of requests that fail, spread over common faults",
    )
    parser.add_argument(
        "--faults",
        default="",
        help=f"explicit shares, e.g. 429=0.05,reset=0.01 ({', '.join(FAULTS)})",
    )
    parser.add_argument(
        "--fault-timeout",
        type=float,
        default=30.0,
        help="seconds a 'timeout' fault stalls (beyond the client's timeout)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the random faults")
    parser.add_argument(
        "--persona",
        default=None,
        help="answer with one kind of model slip (tests/support/personas.py)",
    )
    parser.add_argument(
        "--judge-persona",
        default=None,
        help="answer judge requests the way this judge does (tests/support/judge_personas.py)",
    )
    parser.add_argument(
        "--answers",
        default="small",
        choices=sorted(ANSWERS),
        help="valid answers: small (three copied sentences) or realistic (model-sized)",
    )
    args = parser.parse_args(argv)
    try:
        faults = parse_faults(args.faults, args.fault_rate)
        parse_latency(args.latency, args.ttft, args.decode_rate)
    except ValueError as exc:
        parser.error(str(exc))
    asyncio.run(_serve(args, faults))
