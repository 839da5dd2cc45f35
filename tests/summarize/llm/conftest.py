"""Every llm test runs against a scripted server, with its own cache file and no user configuration."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.summarize.llm.fake import fake_model
from tests.summarize.llm.server import Reply, ScriptedServer, Seen


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("FINBRIEF_LLM_BASE_URL", "FINBRIEF_LLM_API_KEY", "FINBRIEF_LLM_MODEL", "FINBRIEF_LLM_PROFILE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("FINBRIEF_LLM_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.setenv("FINBRIEF_LLM_CACHE", str(tmp_path / "llm-cache.sqlite"))


class Script:
    """Replies for requests that match, in order, then the fake model for everything else."""

    def __init__(self) -> None:
        self.rules: list[tuple[Callable[[Seen], bool], list[Callable[[Seen], Reply]]]] = []

    def on(self, match: Callable[[Seen], bool], *replies: Callable[[Seen], Reply]) -> Script:
        self.rules.append((match, list(replies)))
        return self

    def __call__(self, seen: Seen) -> Reply:
        for match, replies in self.rules:
            if replies and match(seen):
                return replies.pop(0)(seen)
        return fake_model(seen)


@pytest.fixture
def script() -> Script:
    return Script()


@pytest.fixture
def server(script: Script) -> Iterator[ScriptedServer]:
    with ScriptedServer(script) as srv:
        yield srv
