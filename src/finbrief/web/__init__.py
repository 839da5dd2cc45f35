"""``finbrief serve``: the library over HTTP — a JSON API (OpenAPI at ``/docs``) and a web reader.

FastAPI on uvicorn, Jinja2 templates with autoescaping, every asset bundled (it works offline).
The pipeline runs in worker processes, never on the event loop; long work is a job with a status
URL. Loopback only unless a token is set (``--token`` / ``FINBRIEF_TOKEN``). Heavy modules are
imported here only when the server starts, so ``finbrief --help`` stays instant.
"""

from __future__ import annotations

import socket

from finbrief.web.settings import ServeError, Settings, is_loopback

__all__ = ["ServeError", "Settings", "is_loopback", "listening_socket", "serve"]

BACKLOG = 2048
"""Connections the kernel queues while the server is busy or still starting (uvicorn's default)."""
KEEP_ALIVE = 75
"""Seconds an idle connection stays open. Longer than clients keep theirs (httpx 5 s, most
browsers retry): the client, not the server, closes an idle connection, so a request never goes
out on a connection the server is closing at that moment (a dropped read under load)."""


def listening_socket(settings: Settings) -> socket.socket:
    """The bound socket the server listens on; a clear error when the address cannot be had."""
    family = socket.AF_INET6 if ":" in settings.host else socket.AF_INET
    # IPPROTO_TCP named explicitly: the event loop turns Nagle's algorithm off (TCP_NODELAY) only
    # on sockets that say they are TCP; with it on, every answer on a kept-alive connection waited
    # ~40 ms for the client's delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((settings.host, settings.port))
        # Listening from now on: a client that connects as soon as the URL is printed waits in the
        # backlog while the server starts, instead of being refused.
        sock.listen(BACKLOG)
    except OSError as e:
        sock.close()
        raise ServeError(f"cannot listen on {settings.host}:{settings.port} ({e.strerror or e})") from None
    return sock


def serve(settings: Settings, announce: bool = True) -> None:
    """Bind, print the URL, and serve until interrupted."""
    import uvicorn

    from finbrief.web.app import create_app

    settings.check_bind()
    sock = listening_socket(settings)
    port = sock.getsockname()[1]
    host = f"[{settings.host}]" if ":" in settings.host else settings.host
    if announce:
        auth = " (sign in with the token)" if settings.token else ""
        print(f"finbrief: serving {settings.db} at http://{host}:{port}/{auth}  (Ctrl-C to stop)", flush=True)
    config = uvicorn.Config(
        create_app(settings),
        log_level="warning",
        access_log=False,
        lifespan="on",
        timeout_keep_alive=KEEP_ALIVE,
        backlog=BACKLOG,
    )
    uvicorn.Server(config).run(sockets=[sock])
