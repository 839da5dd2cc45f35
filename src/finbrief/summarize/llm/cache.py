"""Answers of a language model cached by content, so that a re-run costs nothing.

The key is a hash of everything that decides an answer: model, prompt version, messages and
request parameters. One SQLite file in the user cache folder (``$FINBRIEF_LLM_CACHE`` to move
it), WAL mode so that parallel batch workers share it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ENV_CACHE = "FINBRIEF_LLM_CACHE"
CACHE_NAME = "llm-cache.sqlite"
# finish_reason stored for a refusal (the refusal text is stored as the content).
REFUSAL = "refusal"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    key               TEXT PRIMARY KEY,   -- sha256 of model, prompt version, messages, parameters
    model             TEXT NOT NULL,
    content           TEXT NOT NULL,
    finish_reason     TEXT,
    prompt_tokens     INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL DEFAULT (datetime('now'))
);
"""


@dataclass(frozen=True)
class Answer:
    """One completion as the run uses it."""

    content: str
    finish_reason: str | None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    refusal: str | None = None
    cached: bool = False


def default_path() -> Path:
    env = os.environ.get(ENV_CACHE)
    if env:
        return Path(env).expanduser()
    from finbrief.userdirs import cache_dir

    return cache_dir() / CACHE_NAME


def key(model: str, prompt_version: str, request: dict[str, Any]) -> str:
    """Content hash of one request."""
    blob = json.dumps(
        {"model": model, "prompt_version": prompt_version, "request": request},
        ensure_ascii=False,
        sort_keys=True,
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class Cache:
    """Get and put answers by key; a cache that cannot be opened is skipped, never fatal."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self.error: str | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(_SCHEMA)
            self._conn = conn
        except (OSError, sqlite3.Error) as e:
            self.error = f"LLM cache {self.path} not used: {e}"

    def get(self, k: str) -> Answer | None:
        if self._conn is None:
            return None
        with self._lock:
            try:
                row = self._conn.execute(
                    "SELECT content, finish_reason, prompt_tokens, completion_tokens FROM answers WHERE key = ?",
                    (k,),
                ).fetchone()
            except sqlite3.Error:
                return None
        if row is None:
            return None
        if row[1] == REFUSAL:
            return Answer("", REFUSAL, int(row[2]), int(row[3]), refusal=row[0], cached=True)
        return Answer(row[0], row[1], int(row[2]), int(row[3]), cached=True)

    def put(self, k: str, model: str, answer: Answer) -> None:
        if self._conn is None:
            return
        # a full disk or a locked file costs a re-request later, nothing more
        with self._lock, contextlib.suppress(sqlite3.Error):
            self._conn.execute(
                "INSERT OR REPLACE INTO answers(key, model, content, finish_reason, prompt_tokens,"
                " completion_tokens) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    k,
                    model,
                    answer.refusal if answer.refusal is not None else answer.content,
                    REFUSAL if answer.refusal is not None else answer.finish_reason,
                    answer.prompt_tokens,
                    answer.completion_tokens,
                ),
            )

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
