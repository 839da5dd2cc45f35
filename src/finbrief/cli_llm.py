"""The summarizer options every summarizing command shares (``--backend llm`` and its endpoint), and
``finbrief llm check``.

``summarizer_options`` adds the same flags to ``brief``, ``minutes``, ``batch`` and ``library add``
and hands the command one ``BackendChoice`` value. Nothing heavy is imported here: ``openai`` is loaded
only when the llm backend runs.
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated, Any, TypeVar

import typer

from finbrief.options import LLMOptions

F = TypeVar("F", bound=Callable[..., Any])

llm_app = typer.Typer(
    help="The LLM endpoint used by --backend llm: check that it answers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Backend(StrEnum):
    extractive = "extractive"
    llm = "llm"


class Fallback(StrEnum):
    extractive = "extractive"


@dataclass(frozen=True)
class BackendChoice:
    """The backend a command summarises with, and the endpoint settings for ``llm``."""

    backend: str = "extractive"
    llm: LLMOptions = field(default_factory=LLMOptions)

    @property
    def uses_llm(self) -> bool:
        return self.backend == "llm"


DEFAULT_CHOICE = BackendChoice()
"""The extractive backend: what a command summarises with unless told otherwise."""

_PANEL = "Summarizer"
_PARAMS = [
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
    for name, annotation, default in (
        (
            "backend",
            Annotated[
                Backend,
                typer.Option(
                    "--backend",
                    help="extractive (offline, default) or llm (an OpenAI-compatible endpoint).",
                    rich_help_panel=_PANEL,
                ),
            ],
            Backend.extractive,
        ),
        (
            "model",
            Annotated[str | None, typer.Option("--model", help="Model name (llm).", rich_help_panel=_PANEL)],
            None,
        ),
        (
            "profile",
            Annotated[
                str | None,
                typer.Option(
                    "--profile", help="Named endpoint profile from llm.toml (llm).", rich_help_panel=_PANEL
                ),
            ],
            None,
        ),
        (
            "base_url",
            Annotated[
                str | None,
                typer.Option(
                    "--base-url",
                    help="Endpoint URL, e.g. http://127.0.0.1:8000/v1 (llm).",
                    rich_help_panel=_PANEL,
                ),
            ],
            None,
        ),
        (
            "max_concurrency",
            Annotated[
                int | None,
                typer.Option(
                    "--max-concurrency",
                    min=1,
                    max=64,
                    help="Requests in flight at once (llm).",
                    rich_help_panel=_PANEL,
                ),
            ],
            None,
        ),
        (
            "context_budget",
            Annotated[
                int | None,
                typer.Option(
                    "--context-budget",
                    min=2048,
                    help="Tokens of context per request; long documents are mapped and reduced within it (llm).",
                    rich_help_panel=_PANEL,
                ),
            ],
            None,
        ),
        (
            "timeout",
            Annotated[
                float | None,
                typer.Option(
                    "--timeout", min=0.1, help="Seconds to wait for one answer (llm).", rich_help_panel=_PANEL
                ),
            ],
            None,
        ),
        (
            "no_cache",
            Annotated[
                bool,
                typer.Option(
                    "--no-cache", help="Neither reuse nor keep cached answers (llm).", rich_help_panel=_PANEL
                ),
            ],
            False,
        ),
        (
            "fallback",
            Annotated[
                Fallback | None,
                typer.Option(
                    "--fallback",
                    help="When the endpoint cannot be used, write the extractive output with a warning.",
                    rich_help_panel=_PANEL,
                ),
            ],
            None,
        ),
    )
]


def summarizer_options(func: F) -> F:
    """Add the summarizer flags to a command; the command receives them as ``summarizer: BackendChoice``."""
    sig = inspect.signature(func, eval_str=True)
    own = [p for p in sig.parameters.values() if p.name != "summarizer"]

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        values = {p.name: kwargs.pop(p.name, p.default) for p in _PARAMS}
        backend = values.pop("backend")
        llm = LLMOptions(
            profile=values["profile"],
            base_url=values["base_url"],
            model=values["model"],
            context_budget=values["context_budget"],
            max_concurrency=values["max_concurrency"],
            timeout=values["timeout"],
            cache=not values["no_cache"],
            fallback=values["fallback"].value if values["fallback"] else None,
        )
        return func(*args, summarizer=BackendChoice(Backend(backend).value, llm), **kwargs)

    wrapper.__signature__ = sig.replace(parameters=[*own, *_PARAMS])  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in (*own, *_PARAMS)}
    return wrapper  # type: ignore[return-value]


def usage_line() -> str | None:
    """What the llm backend cost since the last call, as one line, or None when it did not run."""
    if "finbrief.summarize.llm.usage" not in sys.modules:
        return None
    from finbrief.summarize.llm.usage import take

    totals = take()
    return totals.line() if totals.documents else None


@llm_app.command()
def check(
    profile: Annotated[
        str | None, typer.Option("--profile", help="Named endpoint profile from llm.toml.")
    ] = None,
    base_url: Annotated[str | None, typer.Option("--base-url", help="Endpoint URL.")] = None,
    model: Annotated[str | None, typer.Option("--model", help="Model name.")] = None,
    timeout: Annotated[float | None, typer.Option("--timeout", min=0.1, help="Seconds to wait.")] = None,
) -> None:
    """Whether the endpoint answers, and which model it serves; exit 2 with one line when it does not."""
    import asyncio

    from finbrief.errors import FinbriefError
    from finbrief.summarize.llm import client, config

    try:
        endpoint = config.resolve(
            LLMOptions(profile=profile, base_url=base_url, model=model, timeout=timeout, max_retries=0)
        )
        chosen, served, seconds = asyncio.run(client.check(endpoint))
    except FinbriefError as e:
        typer.echo(f"finbrief: error: {e}", err=True)
        raise typer.Exit(2) from None
    typer.echo(
        f"endpoint: {endpoint.base_url}" + (f" (profile {endpoint.profile})" if endpoint.profile else "")
    )
    typer.echo(f"models served: {', '.join(served) or 'none listed'}")
    if not chosen:
        typer.echo("model: none chosen (several served): give --model or set FINBRIEF_LLM_MODEL", err=True)
        raise typer.Exit(2)
    typer.echo(f"model: {chosen} answered in {seconds:.2f} s")
    typer.echo(
        f"context budget: {endpoint.context_budget} tokens, {endpoint.max_concurrency} requests at once"
    )
