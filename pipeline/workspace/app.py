"""The workspace web app: Starlette routes over the runs folder and the gold files.

Pages are rendered on the server with jinja2 (autoescape on; the note's body template
is shared with `briefing note`), filtering and paging happen in SQLite (see
`newsbrief.workspace.index`), and the only script is the app's own static files. Every
route that takes a run name resolves it through `RunsDir.resolve`, so no request can
name a file outside RUNS_DIR; gold is written only to the annotator's file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from newsbrief.errors import BriefingError
from newsbrief.evals.errors import GoldFileError
from newsbrief.evals.goldio import load_gold
from newsbrief.evals.goldreview import count_review
from newsbrief.evals.scoring import GoldSet, resolve_gold
from newsbrief.inputs.jsonl import decode_line
from newsbrief.inputs.lines import LineProblem
from newsbrief.notes import Note
from newsbrief.notes.html import note_script
from newsbrief.notes.source import load_article
from newsbrief.run.rundir import read_manifest
from newsbrief.schemas import Article, ErrorRecord, GoldRecord
from newsbrief.schemas.topics import TOPICS
from newsbrief.version import code_version
from newsbrief.workspace import pages
from newsbrief.workspace.comparing import CompareCache
from newsbrief.workspace.goldstore import GoldStore
from newsbrief.workspace.index import ArticleFilter, RunIndex
from newsbrief.workspace.paths import STATIC
from newsbrief.workspace.review import save_review
from newsbrief.workspace.runs import RunsDir, WorkspaceError
from newsbrief.workspace.security import Guard, GuardMiddleware

__all__ = ["Workspace", "create_app"]

PAGE_SIZE = 50
STATIC_FILES = {
    "app.css": "text/css",
    "app.js": "text/javascript",
    "review.js": "text/javascript",
}


@dataclass
class Workspace:
    """What the app serves: the runs, the reference gold and this annotator's gold."""

    runs: RunsDir
    store: GoldStore
    gold_path: Path | None = None
    guard: Guard = field(default_factory=lambda: Guard("127.0.0.1"))
    _indexes: dict[Path, RunIndex] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _gold: GoldSet | None = None
    compare_cache: CompareCache = field(default_factory=CompareCache)
    background_bytes: int = 32 * 2**20  # index more than this in the background

    def index(self, run_dir: Path) -> RunIndex:
        with self._lock:
            found = self._indexes.get(run_dir)
            if found is None:
                found = self._indexes[run_dir] = RunIndex(run_dir, self.runs.index_path(run_dir))
        found.refresh()
        return found

    def index_or_start(self, run_dir: Path) -> RunIndex | None:
        """The run's index when it is ready; None while a big build runs in the background.

        A first visit of a big run would otherwise hold the request for minutes."""
        with self._lock:
            found = self._indexes.get(run_dir)
            if found is None:
                found = self._indexes[run_dir] = RunIndex(run_dir, self.runs.index_path(run_dir))
            if found.building:
                return None
            if found.pending_bytes() > self.background_bytes:
                found.building = True  # at once, so a second request does not start another
                threading.Thread(target=found.refresh, daemon=True).start()
                return None
        found.refresh()
        return found

    def gold(self) -> GoldSet | None:
        if self.gold_path is None:
            return None
        if self._gold is None:
            self._gold = resolve_gold(self.gold_path)
        return self._gold

    def gold_record(self, article_id: str) -> tuple[GoldRecord | None, str]:
        """The gold shown beside two runs: the reference gold (--gold) when it has the
        article, else this annotator's own; with a label saying which."""
        gold = self.gold()
        found = next((r for r in gold.records if r.id == article_id), None) if gold else None
        if found is not None and gold is not None:
            return found, f"gold · {Path(gold.label).name}"
        saved, _ = self.store.get(article_id)
        if saved is not None:
            return saved, f"gold · {self.store.annotator}'s labels"
        return None, "gold"

    def review_states(self, ids: set[str]) -> dict[str, str]:
        """Article id -> `gold` (all reviewed), `partly` (reviewed items and suggestions
        left) or `none` (only unreviewed suggestions saved), for the articles shown that
        this annotator saved."""
        out: dict[str, str] = {}
        for article_id in ids & self.store.ids():
            saved, _ = self.store.get(article_id)
            if saved is not None:
                counts = count_review([saved])
                out[article_id] = (
                    "none"
                    if not counts.reviewed_items
                    else "partly"
                    if counts.suggestions
                    else "gold"
                )
        return out

    def reference_ids(self) -> set[str]:
        gold = self.gold()
        return {record.id for record in gold.records} if gold else set()


def _run(ws: Workspace, request: Request, param: str = "run") -> Path:
    name = request.query_params.get(param, "")
    try:
        return ws.runs.resolve(name)
    except KeyError:
        raise _NotFound(f"no run named {name!r} under {ws.runs.root}") from None


class _NotFound(Exception):
    pass


def _int(request: Request, name: str, default: int) -> int:
    try:
        return max(0, int(request.query_params.get(name, default)))
    except ValueError:
        return default


def _filter(request: Request) -> ArticleFilter:
    q = request.query_params
    return ArticleFilter(
        status=q.get("status", "") if q.get("status", "") in ("ok", "partial", "error") else "",
        error_kind=q.get("kind", ""),
        ungrounded=q.get("ungrounded") == "1",
        contradicted=q.get("contradicted") == "1",
        unverified=q.get("unverified") == "1",
        injection=q.get("injection") == "1",
        topic=q.get("topic", ""),
        country=q.get("country", ""),
        q=q.get("q", ""),
    )


def _article(run_dir: Path, article_id: str) -> Article | None:
    try:
        return load_article(run_dir, article_id)
    except Exception:  # a moved or changed input: the note renders without its text
        return None


def build_routes(ws: Workspace) -> list[Route]:
    render = pages.Renderer(ws.guard.csrf_token)

    def runs_page(request: Request) -> Response:
        summaries = ws.runs.summaries()
        return render("runs.html.j2", runs=summaries, root=str(ws.runs.root))

    def runs_api(request: Request) -> Response:
        return JSONResponse([s.as_dict() for s in ws.runs.summaries()])

    def run_page(request: Request) -> Response:
        run_dir = _run(ws, request)
        found = ws.index_or_start(run_dir)
        if found is None:
            building = ws._indexes[run_dir]
            return render(
                "indexing.html.j2",
                run=ws.runs.summaries_by_dir()[run_dir],
                done=building.done_bytes,
                todo=max(building.todo_bytes, 1),
            )
        index = found
        flt = _filter(request)
        page = _int(request, "page", 0)
        total, rows = index.page(flt, page * PAGE_SIZE, PAGE_SIZE)
        name = ws.runs.summaries_by_dir().get(run_dir)
        return render(
            "run.html.j2",
            run=name,
            flt=flt,
            rows=rows,
            total=total,
            page=page,
            pages=max(1, -(-total // PAGE_SIZE)),
            facets=index.facets(),
            labelled=ws.review_states({row.id for row in rows}),
            damaged=index.damaged_lines(),
            gold_problems=ws.store.problems(),
            query=dict(request.query_params),
            others=[s for s in ws.runs.summaries() if s.name != (name.name if name else "")],
        )

    def article_page(request: Request) -> Response:
        run_dir = _run(ws, request)
        article_id = request.query_params.get("id", "")
        record = ws.index(run_dir).record(article_id)
        if record is None:
            raise _NotFound(f"no article {article_id!r} in this run")
        summary = ws.runs.summaries_by_dir()[run_dir]
        article = _article(run_dir, article_id)
        if isinstance(record, ErrorRecord):
            return render("error_record.html.j2", run=summary, record=record, article=article)
        return render(
            "article.html.j2",
            run=summary,
            record=record,
            **pages.note_context(Note(record, article)),
            labelled=article_id in ws.store.ids(),
        )

    def review_page(request: Request) -> Response:
        run_dir = _run(ws, request)
        article_id = request.query_params.get("id", "")
        record = ws.index(run_dir).record(article_id)
        if record is None:
            raise _NotFound(f"no article {article_id!r} in this run")
        article = _article(run_dir, article_id)
        run_id = read_manifest(run_dir).run_id
        context = pages.review_context(ws.store, article_id, record, article, run_id)
        return render(
            "review.html.j2",
            run=ws.runs.summaries_by_dir()[run_dir],
            record=record,
            article=article,
            topics=TOPICS,
            annotator=ws.store.annotator,
            gold_file=str(ws.store.path),
            **context,
        )

    async def save_gold(request: Request) -> Response:
        run_dir = _run(ws, request)
        try:
            payload = decode_line(await request.body())  # the guarded reader
        except LineProblem as exc:
            return JSONResponse({"error": f"the request body is not usable JSON: {exc}"}, 400)
        record = payload.get("record") if isinstance(payload, dict) else None
        article_id = str(record.get("id", "")) if isinstance(record, dict) else ""

        def save() -> tuple[int, dict[str, Any]]:
            article = _article(run_dir, article_id) if article_id else None
            text = article.text if article else None
            try:
                return save_review(ws.store, ws.index(run_dir), run_dir, payload, text)
            except BriefingError as exc:  # a damaged manifest or gold file: say which
                return 409, {"error": str(exc)}

        status, body = await _in_thread(save)
        return JSONResponse(body, status)

    def compare_page(request: Request) -> Response:
        run_a, run_b = _run(ws, request, "a"), _run(ws, request, "b")
        by_dir = ws.runs.summaries_by_dir()
        context = ws.compare_cache.context(
            ws, run_a, run_b, page=_int(request, "page", 0), page_size=PAGE_SIZE
        )
        return render("compare.html.j2", a=by_dir[run_a], b=by_dir[run_b], **context)

    def compare_article(request: Request) -> Response:
        run_a, run_b = _run(ws, request, "a"), _run(ws, request, "b")
        article_id = request.query_params.get("id", "")
        records = [ws.index(run).record(article_id) for run in (run_a, run_b)]
        if all(r is None for r in records):
            raise _NotFound(f"no article {article_id!r} in either run")
        article = _article(run_a, article_id) or _article(run_b, article_id)
        by_dir = ws.runs.summaries_by_dir()
        gold, gold_label = ws.gold_record(article_id)
        return render(
            "compare_article.html.j2",
            a=by_dir[run_a],
            b=by_dir[run_b],
            article_id=article_id,
            gold_label=gold_label,
            **pages.side_by_side(records, article, gold),
        )

    def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name == "note.js":
            return Response(note_script(), media_type="text/javascript")
        if name == "note.css":
            return Response(pages.note_css(), media_type="text/css")
        if name not in STATIC_FILES:
            return PlainTextResponse("not found", 404)
        return Response((STATIC / name).read_bytes(), media_type=STATIC_FILES[name])

    return [
        Route("/", _guarded(runs_page, render)),
        Route("/api/runs", _guarded(runs_api, render)),
        Route("/run", _guarded(run_page, render)),
        Route("/article", _guarded(article_page, render)),
        Route("/review", _guarded(review_page, render)),
        Route("/api/gold", save_gold, methods=["POST"]),
        Route("/compare", _guarded(compare_page, render)),
        Route("/compare/article", _guarded(compare_article, render)),
        Route("/static/{name}", static),
    ]


async def _in_thread(func: Callable[[], tuple[int, dict[str, Any]]]) -> tuple[int, dict[str, Any]]:
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(func)


def _guarded(
    endpoint: Callable[[Request], Response], render: pages.Renderer
) -> Callable[[Request], Response]:
    """Turn the app's own 'not found' and user errors into a page instead of a 500: a
    damaged file of one run (its manifest, say) is a page naming the file, and every
    other page is still served."""

    def wrapper(request: Request) -> Response:
        try:
            return endpoint(request)
        except _NotFound as exc:
            return render("message.html.j2", title="Not found", message=str(exc), status=404)
        except BriefingError as exc:  # WorkspaceError, a damaged run file (RunDirError)
            return render("message.html.j2", title="Cannot open", message=str(exc), status=400)

    return wrapper


def create_app(
    runs_dir: Path,
    *,
    annotator: str,
    gold: Path | None = None,
    labels_dir: Path | None = None,
    host: str = "127.0.0.1",
) -> tuple[Starlette, Workspace]:
    """The app and its state; `serve` runs it, tests mount it on their own server."""
    runs = RunsDir(runs_dir)
    if gold is not None:
        try:  # fail at start, with every problem listed, not on the first comparison
            load_gold(gold)
        except GoldFileError as exc:
            raise WorkspaceError(f"{exc}; check it with `briefing gold validate {gold}`") from exc
    store = GoldStore((labels_dir or runs.root / "gold").resolve(), annotator)
    ws = Workspace(runs, store, gold.resolve() if gold else None, Guard.for_host(host))
    app = Starlette(routes=build_routes(ws))
    app.add_middleware(GuardMiddleware, guard=ws.guard)
    app.state.workspace = ws
    app.state.version = code_version()
    return app, ws
