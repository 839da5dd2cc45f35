"""``finbrief serve``: the library over HTTP — a JSON API (OpenAPI at ``/docs``) and a web reader.

FastAPI on uvicorn, Jinja2 templates with autoescaping, every asset bundled (it works offline).
The pipeline runs in worker processes, never on the event loop; long work is a job with a status
URL. Loopback only unless a token is set (``--token`` / ``FINBRIEF_TOKEN``). Heavy modules are
imported here only when the server starts, so ``finbrief --help`` stays instant.
"""

from __future__ import annotations

from finbrief.web.settings import ServeError, Settings, is_loopback

__all__ = ["ServeError", "Settings", "is_loopback", "serve"]


def serve(settings: Settings, announce: bool = True) -> None:
    """Bind, print the URL, and serve until interrupted."""
    import socket

    import uvicorn

    from finbrief.web.app import create_app

    settings.check_bind()
    family = socket.AF_INET6 if ":" in settings.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((settings.host, settings.port))
    except OSError as e:
        sock.close()
        raise ServeError(f"cannot listen on {settings.host}:{settings.port} ({e.strerror or e})") from None
    port = sock.getsockname()[1]
    host = f"[{settings.host}]" if ":" in settings.host else settings.host
    if announce:
        auth = " (sign in with the token)" if settings.token else ""
        print(f"finbrief: serving {settings.db} at http://{host}:{port}/{auth}  (Ctrl-C to stop)", flush=True)
    config = uvicorn.Config(create_app(settings), log_level="warning", access_log=False, lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])
