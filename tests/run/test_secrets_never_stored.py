"""Secrets never stored: whatever the endpoint echoes, no key reaches a file or the terminal."""

from __future__ import annotations

import pytest

from newsbrief.cli import common, main
from newsbrief.redact import _PATTERNS, REDACTED, redact, register_secret
from tests.run.engine_helpers import write_archive
from tests.support.fake_openai import FakeOpenAIServer

KEY = "sk-test-Secret0123456789abcdef"


@pytest.fixture
def threaded_server():
    with FakeOpenAIServer() as srv:
        yield srv


@pytest.fixture(autouse=True)
def wide_consoles(monkeypatch):
    for console in (common.stdout, common.stderr):
        monkeypatch.setattr(console, "_width", 400)


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
@pytest.mark.parametrize("status", [400, 500])
def test_an_endpoint_echoing_the_authorization_header_stores_no_key(
    threaded_server, tmp_path, capsys, monkeypatch, transport, status
):
    monkeypatch.setenv("OPENAI_BASE_URL", threaded_server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("BRIEFING_OPENAI_MAX_RETRIES", "0")
    path = tmp_path / "in.jsonl"
    write_archive(path, 3)
    for _ in range(30):  # every attempt of every article echoes
        threaded_server.enqueue_echo(status)
    run_dir = tmp_path / "run"
    try:
        main(
            [
                "run",
                str(path),
                "--model",
                "openai:m",
                "--run-dir",
                str(run_dir),
                "--quiet",
                "--http",
                transport,
                "--concurrency",
                "1",
                "--max-error-rate",
                "1",
            ]
        )
    except SystemExit:
        pass
    captured = capsys.readouterr()
    errors = (run_dir / "errors.jsonl").read_text()
    assert "bad request" in errors  # the echo was recorded ...
    assert REDACTED in errors  # ... with its Authorization value redacted
    for text in (errors, (run_dir / "manifest.json").read_text(), captured.err, captured.out):
        assert KEY not in text
        assert "Bearer sk" not in text
    for leftover in run_dir.iterdir():
        if leftover.is_file():
            assert KEY.encode() not in leftover.read_bytes(), leftover


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
def test_a_base_url_with_a_password_is_refused_on_both_transports(
    tmp_path, capsys, monkeypatch, transport
):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://user:hunter2pass@127.0.0.1:9/v1")
    path = tmp_path / "in.jsonl"
    write_archive(path, 1)
    with pytest.raises(SystemExit) as stopped:
        main(["run", str(path), "--model", "openai:m", "--http", transport])
    err = capsys.readouterr().err
    assert stopped.value.code == 2
    assert "user name or password" in err and "OPENAI_API_KEY" in err
    assert "hunter2pass" not in err


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("{'authorization': 'Bearer abcdef123456'}", "abcdef123456"),
        ('{"Authorization": "Basic dXNlcjpwYXNzd29yZA=="}', "dXNlcjpwYXNzd29yZA=="),
        ("x-api-key: k-1234567890", "k-1234567890"),
        ("proxy at http://bob:s3cr3tpw@proxy:3128/ refused", "s3cr3tpw"),
        ("api_key=zz99887766&model=x", "zz99887766"),
        ("the key sk-proj-abcdefghij1234 was wrong", "sk-proj-abcdefghij1234"),
        ("echo registered-secret-value-42", "registered-secret-value-42"),
    ],
)
def test_redact_removes_credential_shaped_values(text, gone):
    register_secret("registered-secret-value-42")
    assert gone not in redact(text)
    assert REDACTED in redact(text)


@pytest.mark.parametrize(
    "text",
    ["the token count was 5", "basic research in Oslo", "a bearer of news", "Basic Information"],
)
def test_redact_leaves_ordinary_prose_alone(text):
    assert redact(text) == text


def _scan_everything(text: str) -> str:
    """The redaction without the cheap look before each pattern: every pattern scans."""
    for pattern, replacement, *_ in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


@pytest.mark.parametrize(
    "text",
    [
        "{'AUTHORIZATION': 'Bearer abcdef123456'}",
        "PASSWORD=hunter2hunter2",
        "paſſword: hunter2hunter2",  # a long s matches (?i)s
        "Key sk-abcdefgh12345678",
        "Access-Token: abcdefghijkl",
        "x-API-key: k-1234567890",
        "BEARER abcdef123456",
        "http://bob:pw123456@proxy and HTTPS://alice:pw654321@host",
        "Basic dXNlcjpwYXNzd29yZA== and basic dXNlcjpwYXNzd29yZA==",
        "nothing to see in this ordinary sentence about api design",
        "apı_key=zz99887766 with a dotless i",
    ],
)
def test_skipping_a_pattern_never_changes_what_is_redacted(text):
    """Each pattern runs only where the words it needs occur: same result as scanning."""
    assert redact(text) == _scan_everything(text)


PLAIN_KEY = "Zq9plain0123456789abcdefXY"  # no credential shape: only the known key finds it


@pytest.mark.parametrize("key", [KEY, PLAIN_KEY], ids=["sk-shaped", "plain"])
def test_an_endpoint_echoing_the_key_in_its_answer_leaves_it_in_no_file(
    threaded_server, tmp_path, capsys, monkeypatch, key
):
    """The answer is a valid briefing whose summary and a key point repeat the key. The
    records were redacted, but the shareable response cache stored it verbatim."""
    monkeypatch.setenv("OPENAI_BASE_URL", threaded_server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", key)
    cache_dir = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(cache_dir))
    path = tmp_path / "in.jsonl"
    write_archive(path, 3)
    threaded_server.enqueue_echo_answer(3)
    run_dir = tmp_path / "run"
    args = ["run", str(path), "--model", "openai:m", "--run-dir", str(run_dir), "--quiet"]
    main(args)
    assert len(threaded_server.completion_requests) == 3
    main([*args[:-3], "--run-dir", str(tmp_path / "again"), "--quiet"])
    captured = capsys.readouterr()
    assert len(threaded_server.completion_requests) == 3  # the second run came from the cache
    summaries = (run_dir / "briefings.jsonl").read_text()
    assert "reference code of this request is [redacted]" in summaries  # echoed, redacted
    files = [f for root in (run_dir, tmp_path / "again", cache_dir) for f in root.rglob("*")]
    assert any(f.name.startswith("responses.sqlite3") for f in files)
    for leftover in files:
        if leftover.is_file():
            assert key.encode() not in leftover.read_bytes(), leftover
    assert key not in captured.out + captured.err
