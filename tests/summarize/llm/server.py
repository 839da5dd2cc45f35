"""A small OpenAI-compatible HTTP server on 127.0.0.1 that answers from a script.

``ScriptedServer(script)`` serves ``POST /v1/chat/completions`` and ``GET /v1/models`` from a thread;
``script(request)`` returns the ``Reply`` for each request (an answer, an HTTP error with headers, a
delay). Every request is recorded with the time it arrived, so tests can assert what was sent.
The server also plays the model's context window: a prompt over ``context`` tokens (counted its own
way, not the client's) gets the 400 a real server sends.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODEL = "scripted-model"


@dataclass
class Reply:
    content: str | None = ""
    status: int = 200
    finish_reason: str = "stop"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    refusal: str | None = None
    error: str = "error"


@dataclass
class Seen:
    at: float
    body: dict[str, Any]

    @property
    def payload(self) -> dict[str, Any]:
        """The user message's JSON payload (finbrief's prompts send one)."""
        return json.loads(self.body["messages"][1]["content"])

    @property
    def task(self) -> str:
        return str(self.payload.get("task", ""))


_TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|\d|[^\W\d]+|[^\w\s]+")


def count_tokens(text: str) -> int:
    """The server's own token count, like a tokenizer that splits digits (Qwen's): a CJK character,
    a digit, a run of letters or a run of punctuation is a token."""
    return len(_TOKEN.findall(text))


class ScriptedServer:
    def __init__(self, script: Callable[[Seen], Reply], context: int | None = None) -> None:
        self.script = script
        self.context = context
        self.seen: list[Seen] = []
        self.largest_prompt = 0
        self.rejected = 0
        """Requests refused for not fitting the context."""
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _send(self, status: int, data: dict[str, Any], headers: dict[str, str] | None = None) -> None:
                body = json.dumps(data).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    for k, v in (headers or {}).items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass  # the client gave up (a timeout test)

            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/models"):
                    self._send(200, {"object": "list", "data": [{"id": MODEL, "object": "model", "owned_by": "test"}]})
                else:
                    self._send(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(404, {"error": {"message": "not found"}})
                    return
                seen = Seen(time.monotonic(), body)
                prompt = sum(count_tokens(m.get("content") or "") for m in body.get("messages", []))
                with server._lock:
                    server.seen.append(seen)
                    server.largest_prompt = max(server.largest_prompt, prompt)
                if body.get("model") != MODEL:
                    self._send(404, {"error": {"message": f"model {body.get('model')} does not exist"}})
                    return
                if server.context and prompt + int(body.get("max_tokens") or 0) > server.context:
                    server.rejected += 1
                    self._send(400, {"error": {"message": f"This model's maximum context length is {server.context} tokens"}})
                    return
                reply = server.script(seen)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.status != 200:
                    self._send(reply.status, {"error": {"message": reply.error}}, reply.headers)
                    return
                message: dict[str, Any] = {"role": "assistant", "content": reply.content}
                if reply.refusal is not None:
                    message = {"role": "assistant", "content": None, "refusal": reply.refusal}
                self._send(
                    200,
                    {
                        "id": f"chatcmpl-{len(server.seen)}",
                        "object": "chat.completion",
                        "created": 0,
                        "model": MODEL,
                        "choices": [{"index": 0, "message": message, "finish_reason": reply.finish_reason}],
                        "usage": {
                            "prompt_tokens": prompt,
                            "completion_tokens": count_tokens(reply.content or ""),
                            "total_tokens": prompt + count_tokens(reply.content or ""),
                        },
                    },
                    reply.headers,
                )

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def tasks(self, word: str) -> list[Seen]:
        """Requests whose task mentions ``word``."""
        return [s for s in self.seen if word in s.task]
