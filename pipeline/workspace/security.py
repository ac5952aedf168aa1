"""Safe by default: who may open the workspace, and which requests may change gold.

- Bound to a loopback address, the app answers only requests whose Host header names
  that loopback host (a web page elsewhere cannot reach it through DNS rebinding).
- Bound to any other address, every request needs the random token printed at start,
  as Jupyter does: `?token=...` once (it is then kept in a same-site cookie) or the
  cookie itself.
- Requests that change anything (POST) must carry the page's anti-forgery token in the
  `X-Briefing-Token` header, and an `Origin`, when the browser sends one, must be this
  server: another site's page can neither read the token nor set the header.
- Every response forbids framing and loads from anywhere but this server.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response

__all__ = ["CSP", "Guard", "GuardMiddleware", "is_loopback"]

COOKIE = "briefing_view_token"
CSRF_HEADER = "x-briefing-token"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "[::1]"}


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class Guard:
    """The server's secrets and the rules that use them."""

    host: str
    url_token: str | None = None  # required when not bound to loopback
    csrf_token: str = field(default_factory=lambda: secrets.token_urlsafe(24))

    @classmethod
    def for_host(cls, host: str) -> Guard:
        return cls(host, None if is_loopback(host) else secrets.token_urlsafe(24))

    def host_allowed(self, request: Request) -> bool:
        if self.url_token is not None:
            return True  # the token, not the name, is what protects a public bind
        name = urlsplit("//" + request.headers.get("host", "")).hostname or ""
        return is_loopback(name) or name == "testserver"

    def token_ok(self, request: Request) -> bool:
        if self.url_token is None:
            return True
        given = request.query_params.get("token") or request.cookies.get(COOKIE) or ""
        return hmac.compare_digest(given, self.url_token)

    def write_ok(self, request: Request) -> str | None:
        """None when a state-changing request may go ahead, else the reason it may not."""
        origin = request.headers.get("origin")
        if (
            origin
            and origin != "null"
            and urlsplit(origin).netloc != request.headers.get("host", "")
        ):
            return "cross-site request refused (Origin is not this server)"
        given = request.headers.get(CSRF_HEADER, "")
        if not hmac.compare_digest(given, self.csrf_token):
            return "missing or wrong anti-forgery token; reload the page and try again"
        return None


class GuardMiddleware(BaseHTTPMiddleware):
    def __init__(self, app: object, guard: Guard) -> None:
        super().__init__(app)  # type: ignore[arg-type]
        self.guard = guard

    async def dispatch(
        self, request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        guard = self.guard
        if not guard.host_allowed(request):
            return PlainTextResponse("unknown host; open the workspace by 127.0.0.1", 400)
        if not guard.token_ok(request):
            return PlainTextResponse(
                "this workspace needs its token: open the URL printed by `briefing view`", 403
            )
        if request.method not in ("GET", "HEAD"):
            reason = guard.write_ok(request)
            if reason is not None:
                return JSONResponse({"error": reason}, 403)
        if guard.url_token is not None and "token" in request.query_params:
            # Keep the token in a cookie and drop it from the address bar and history.
            clean = request.url.remove_query_params("token")
            response: Response = RedirectResponse(str(clean), 303)
            response.set_cookie(COOKIE, guard.url_token, httponly=True, samesite="strict", path="/")
        else:
            response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response
