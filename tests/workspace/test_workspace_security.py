"""Safe by default: the token when bound beyond loopback, the Host check on loopback,
and the SQLite index kept in step with a run that is still being written."""

from __future__ import annotations

import json
import shutil
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from newsbrief.run.rundir import BRIEFINGS, ERRORS
from newsbrief.schemas import ErrorRecord
from newsbrief.workspace import create_app
from newsbrief.workspace.index import ArticleFilter, RunIndex
from tests.workspace.conftest import EDITED_IN_B, FAILED_IN_B, serving
from tests.workspace.http import get


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def test_a_public_bind_needs_the_token(runs_root: Path, tmp_path: Path) -> None:
    app, ws = create_app(runs_root, annotator="a", labels_dir=tmp_path, host="0.0.0.0")
    token = ws.guard.url_token
    assert token and len(token) >= 24
    with serving(app) as url:
        status, body = get(url + "/")
        assert status == 403 and "token" in body
        assert get(url + "/?token=wrong")[0] == 403
        assert get(url + "/api/runs")[0] == 403
        # The right token once: a redirect that drops it from the URL and sets a cookie.
        opener = urllib.request.build_opener(_NoRedirect)
        with pytest.raises(urllib.error.HTTPError) as redirect:
            opener.open(url + f"/run?run=seeds-a&token={token}")
        assert redirect.value.code == 303
        assert redirect.value.headers["location"].endswith("/run?run=seeds-a")
        cookie = redirect.value.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie
        name_value = cookie.split(";", 1)[0]
        status, page = get(url + "/run?run=seeds-a", {"Cookie": name_value})
        assert status == 200 and EDITED_IN_B in page


def test_loopback_answers_only_loopback_host_names(runs_root: Path, tmp_path: Path) -> None:
    app, ws = create_app(runs_root, annotator="a", labels_dir=tmp_path)
    assert ws.guard.url_token is None
    with serving(app) as url:
        assert get(url + "/")[0] == 200
        port = url.rsplit(":", 1)[1]
        assert get(url + "/", {"Host": f"localhost:{port}"})[0] == 200
        status, _ = get(url + "/", {"Host": f"attacker.example:{port}"})  # DNS rebinding
        assert status == 400
        status, _ = get(url + "/")
        headers = urllib.request.urlopen(url + "/").headers
        assert "default-src 'none'" in headers["content-security-policy"]
        assert headers["x-frame-options"] == "DENY"


def test_the_index_follows_a_growing_run_and_rebuilds_after_a_rewrite(
    runs_root: Path, tmp_path: Path
) -> None:
    run = tmp_path / "run"
    shutil.copytree(runs_root / "seeds-b", run)
    index = RunIndex(run, tmp_path / "cache" / "run.sqlite")
    assert index.refresh() == 5
    assert index.refresh() == 0  # nothing new: nothing re-read
    total, rows = index.page(ArticleFilter(status="error"))
    assert total == 1 and rows[0].id == FAILED_IN_B and rows[0].error_kind == "validation"

    # A resumed run appends a briefing for the failed article: it replaces the error,
    # keeps its place in the list, and a half-written last line waits for its newline.
    line = next(
        json.loads(raw) for raw in (runs_root / "seeds-a" / BRIEFINGS).open() if FAILED_IN_B in raw
    )
    with (run / BRIEFINGS).open("a") as handle:
        handle.write(json.dumps(line) + "\n" + '{"id": "torn", "briefing": {')
    assert index.refresh() == 1
    assert index.page(ArticleFilter(status="error"))[0] == 0
    ids = [row.id for row in index.page(ArticleFilter())[1]]
    assert "torn" not in ids and len(ids) == 5
    # An error written after the briefing never hides it.
    late = ErrorRecord(id=FAILED_IN_B, kind="transport", message="late")
    with (run / ERRORS).open("a") as handle:
        handle.write(late.model_dump_json() + "\n")
    index.refresh()
    assert index.page(ArticleFilter(status="error"))[0] == 0
    record = index.record(FAILED_IN_B)
    assert record is not None and not isinstance(record, ErrorRecord)

    # A rewritten (shorter) file: the index starts again from scratch.
    (run / BRIEFINGS).write_text(
        (runs_root / "seeds-b" / BRIEFINGS).read_text().split("\n", 1)[0] + "\n"
    )
    (run / ERRORS).write_text("")
    index.refresh()
    assert index.page(ArticleFilter())[0] == 1


def test_a_big_first_index_builds_in_the_background(runs_root: Path, tmp_path: Path) -> None:
    root = tmp_path / "runs"
    shutil.copytree(runs_root / "seeds-b", root / "seeds-b")  # no index built yet
    app, ws = create_app(root, annotator="a", labels_dir=tmp_path / "labels")
    ws.background_bytes = 0  # every first build counts as big
    with serving(app) as url:
        status, page = get(url + "/run?run=seeds-b")
        assert status == 200 and 'id="indexing"' in page and "reloads itself" in page
        for _ in range(200):
            status, page = get(url + "/run?run=seeds-b")
            if 'id="indexing"' not in page:
                break
            time.sleep(0.1)
        assert 'id="articles"' in page and FAILED_IN_B in page
