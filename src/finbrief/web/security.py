"""Who may call what: bearer-token or signed-in session, CSRF on every unsafe request, strict headers.

- With a token: API calls need ``Authorization: Bearer <token>`` or the session cookie a sign-in
  sets; pages without a session go to the sign-in page. Without a token the server only listens
  on loopback (``Settings.check_bind``).
- CSRF: an unsafe request (POST, DELETE...) from a browser must carry the ``fb_csrf`` cookie's
  value in ``X-CSRF-Token`` (scripts) or in a ``csrf`` form field (the few form routes, checked
  by the route). A bearer-token call is not a browser's and needs none; nor does a call without
  the headers every browser sends (Origin, Sec-Fetch-Site) to a token-less (loopback) server,
  such as ``curl``: another site's page cannot make a browser leave them out.
- Every response carries a Content-Security-Policy that allows no inline script or style.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSRF_COOKIE = "fb_csrf"
CSRF_HEADER = "x-csrf-token"
SESSION_COOKIE = "fb_session"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self';"
    " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}
PUBLIC_PREFIXES = ("/static/", "/signin", "/favicon.ico")
FORM_ROUTES = ("/signin", "/documents/")
"""Page routes that take a classic form post and check its ``csrf`` field themselves."""
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def session_value(token: str) -> str:
    """The session cookie for a token: a keyed hash, so the cookie never holds the token itself."""
    return hmac.new(token.encode(), b"finbrief-session", hashlib.sha256).hexdigest()


def is_api(path: str) -> bool:
    return path.startswith("/api/") or path in ("/openapi.json", "/api")


def _bearer(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    scheme, _, value = auth.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def _same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


def csrf_form_ok(request: Request, value: object) -> bool:
    """A form post's ``csrf`` field matches its cookie."""
    return _same(request.cookies.get(CSRF_COOKIE), str(value) if value else None)


def _looks_like_browser(request: Request) -> bool:
    """Browsers send Origin on every POST and Sec-Fetch-Site on every request; tools send neither."""
    h = request.headers
    return bool(h.get("origin") or h.get("sec-fetch-site"))


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


class Guard:
    """The ASGI middleware enforcing the rules above for a server with (or without) a token.

    Plain ASGI (not Starlette's ``BaseHTTPMiddleware``): it costs a few microseconds a request,
    and leaves the response untouched but for the headers it adds."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token
        self.session = session_value(token) if token else None

    def refusal(self, request: Request, bearer_ok: bool) -> Response | None:
        """The answer to a request that may not go on, or None."""
        path: str = request.scope["path"]
        if self.token is not None and not path.startswith(PUBLIC_PREFIXES):
            signed_in = _same(request.cookies.get(SESSION_COOKIE), self.session)
            if not (bearer_ok or signed_in):
                if is_api(path):
                    return _error(401, "authentication required: send 'Authorization: Bearer <token>'",
                                  {"www-authenticate": "Bearer"})
                return RedirectResponse(f"/signin?next={path}", status_code=303)
        if request.method in UNSAFE and not bearer_ok:
            header_ok = _same(request.headers.get(CSRF_HEADER), request.cookies.get(CSRF_COOKIE))
            form_route = not is_api(path) and path.startswith(FORM_ROUTES)
            tool = self.token is None and not _looks_like_browser(request)
            if not (header_ok or form_route or tool):
                return _error(403, "CSRF check failed: send the fb_csrf cookie's value in X-CSRF-Token")
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        cookie = request.cookies.get(CSRF_COOKIE)
        csrf = cookie or secrets.token_urlsafe(32)
        scope.setdefault("state", {})["csrf"] = csrf
        bearer_ok = self.token is not None and _same(_bearer(request), self.token)
        extra = [(k.encode(), v.encode()) for k, v in HEADERS.items()]
        if not cookie:
            extra.append((b"set-cookie", _csrf_cookie(csrf)))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", ())}
                headers = list(message.get("headers", ()))
                headers += [(k, v) for k, v in extra if k == b"set-cookie" or k not in present]
                message = {**message, "headers": headers}
            await send(message)

        refused = self.refusal(request, bearer_ok)
        if refused is not None:
            await refused(scope, receive, send_with_headers)
        else:
            await self.app(scope, receive, send_with_headers)


def _csrf_cookie(value: str) -> bytes:
    """The ``Set-Cookie`` value of a fresh CSRF token (as Starlette's ``set_cookie`` writes it)."""
    response = Response()
    response.set_cookie(CSRF_COOKIE, value, httponly=True, samesite="strict", path="/")
    return dict(response.raw_headers)[b"set-cookie"]
