"""Requests to an OpenAI-compatible endpoint through the official ``openai`` client.

The client's own machinery does the retrying: ``max_retries`` attempts with exponential backoff
on connection errors, timeouts, 408, 409, 429 and 5xx, honouring ``Retry-After`` (up to two
minutes); ``timeout`` bounds each attempt. This module adds what a run needs around it: a content
cache, a bound on requests in flight, token accounting, a step down of ``response_format`` for
servers that refuse it, and one clear error when the endpoint cannot be used.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from finbrief.errors import FinbriefError
from finbrief.summarize.llm import usage
from finbrief.summarize.llm.cache import Answer, Cache, key
from finbrief.summarize.llm.config import Endpoint
from finbrief.summarize.llm.tokens import estimate_messages

if TYPE_CHECKING:
    from openai import AsyncOpenAI

INSTALL_HINT = "the llm backend needs the openai package: pip install 'finbrief[llm]'"
# Words in a 400 answer that say the prompt did not fit the model's context.
_OVERFLOW_WORDS = (
    "context length",
    "context_length",
    "maximum context",
    "too long",
    "too many tokens",
    "exceeds the context",
    "context window",
    "prompt is too long",
    "input length",
)
_FORMAT_WORDS = ("response_format", "json_schema", "json_object", "response format")
_STEP_DOWN = {"json_schema": "json_object", "json_object": "none"}


class LLMError(FinbriefError):
    """The endpoint cannot be used for this run: unreachable, refusing, failing after retries."""


class ContextOverflow(Exception):
    """The endpoint says the request does not fit the model's context: send less at once."""


@dataclass
class Usage:
    """What a run cost: requests sent, answers from the cache, tokens, seconds waiting."""

    requests: int = 0
    cached: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    estimated_prompt_tokens: int = 0
    """Prompt tokens estimated before sending, for requests whose answer gave no ``usage``."""
    largest_prompt_estimate: int = 0

    def add(self, answer: Answer, estimate: int) -> None:
        usage.answered(answer.cached)
        if answer.cached:
            self.cached += 1
        else:
            self.requests += 1
        self.prompt_tokens += answer.prompt_tokens
        self.completion_tokens += answer.completion_tokens
        if not answer.prompt_tokens:
            self.estimated_prompt_tokens += estimate
        self.largest_prompt_estimate = max(self.largest_prompt_estimate, estimate)


def _openai() -> Any:
    try:
        import openai
    except ImportError:
        raise LLMError(INSTALL_HINT) from None
    return openai


def _detail(e: Any) -> str:
    """The server's own words for an HTTP error, on one line."""
    body = getattr(e, "body", None)
    msg = ""
    if isinstance(body, dict):
        err = body.get("error", body)
        msg = str(err.get("message", "") if isinstance(err, dict) else err)
    msg = msg or str(getattr(e, "message", "") or e)
    return " ".join(msg.split())[:200]


class Client:
    """One run's connection to the endpoint; create it inside the event loop that uses it."""

    def __init__(self, endpoint: Endpoint, cache: Cache | None, prompt_version: str) -> None:
        openai = _openai()
        self.endpoint = endpoint
        self.cache = cache
        self.prompt_version = prompt_version
        self.usage = Usage()
        self.response_format = endpoint.response_format
        self.model = endpoint.model
        self._openai = openai
        self._client: AsyncOpenAI = openai.AsyncOpenAI(
            base_url=endpoint.base_url,
            api_key=endpoint.api_key,
            timeout=endpoint.timeout,
            max_retries=endpoint.max_retries,
        )
        self._slots = asyncio.Semaphore(endpoint.max_concurrency)
        self._extra: dict[str, Any] = json.loads(endpoint.extra_body)

    async def close(self) -> None:
        await self._client.close()

    # ------------------------------------------------------------------ errors
    def _error(self, e: Exception) -> LLMError:
        """One line a user can act on, for an exception of the openai client."""
        o = self._openai
        url = self.endpoint.base_url
        attempts = self.endpoint.max_retries + 1
        if isinstance(e, o.APITimeoutError):
            return LLMError(
                f"LLM endpoint {url} did not answer within {self.endpoint.timeout:g} s ({attempts} attempts)"
            )
        if isinstance(e, o.APIConnectionError):
            cause = e.__cause__ or e
            return LLMError(
                f"cannot reach the LLM endpoint {url}: {' '.join(str(cause).split()) or type(cause).__name__}"
            )
        if isinstance(e, o.AuthenticationError | o.PermissionDeniedError):
            return LLMError(
                f"LLM endpoint {url} refused the request (HTTP {e.status_code}: {_detail(e)});"
                " check FINBRIEF_LLM_API_KEY or the profile's api_key_env"
            )
        if isinstance(e, o.NotFoundError):
            return LLMError(
                f"LLM endpoint {url} answered 404 for model '{self.model}' ({_detail(e)});"
                " check the model name, and that the base URL ends with /v1"
            )
        if isinstance(e, o.RateLimitError):
            return LLMError(f"LLM endpoint {url} still rate-limited (HTTP 429) after {attempts} attempts")
        if isinstance(e, o.APIStatusError):
            return LLMError(
                f"LLM endpoint {url} failed: HTTP {e.status_code} {_detail(e)} ({attempts} attempts)"
            )
        return LLMError(f"LLM endpoint {url} failed: {type(e).__name__}: {e}")

    # ------------------------------------------------------------------ model
    async def resolve_model(self) -> str:
        """The model to use: the configured one, else the one model the endpoint serves."""
        if self.model:
            return self.model
        models = await self.list_models()
        if len(models) != 1:
            served = ", ".join(models[:8]) or "none"
            raise LLMError(
                f"no model configured and the endpoint serves {len(models)} ({served}):"
                " give --model or set FINBRIEF_LLM_MODEL"
            )
        self.model = models[0]
        return self.model

    async def list_models(self) -> list[str]:
        try:
            page = await self._client.models.list()
        except self._openai.OpenAIError as e:
            raise self._error(e) from None
        return [m.id for m in page.data]

    # ------------------------------------------------------------------ completion
    def _format(self, schema: dict[str, Any] | None) -> dict[str, Any] | None:
        if self.response_format == "json_schema" and schema is not None:
            return {"type": "json_schema", "json_schema": {"name": "answer", "schema": schema}}
        if self.response_format in ("json_object", "json_schema"):
            return {"type": "json_object"}
        return None

    async def complete(
        self, messages: list[dict[str, str]], max_tokens: int, schema: dict[str, Any] | None = None
    ) -> Answer:
        """One chat completion, from the cache when the same request was answered before."""
        model = await self.resolve_model()
        estimate = estimate_messages(messages)
        while True:
            fmt = self._format(schema)
            request: dict[str, Any] = {
                "messages": messages,
                "max_tokens": max_tokens,
                "temperature": self.endpoint.temperature,
                "response_format": fmt,
                "extra_body": self._extra,
            }
            k = key(model, self.prompt_version, request)
            hit = self.cache.get(k) if self.cache else None
            if hit is not None:
                self.usage.add(hit, estimate)
                return hit
            try:
                answer = await self._send(model, messages, max_tokens, fmt)
            except self._openai.BadRequestError as e:
                detail = _detail(e).lower()
                if any(w in detail for w in _OVERFLOW_WORDS):
                    raise ContextOverflow(_detail(e)) from None
                if fmt is not None and any(w in detail for w in _FORMAT_WORDS):
                    self.response_format = _STEP_DOWN[fmt["type"]]  # type: ignore[assignment]
                    continue
                raise self._error(e) from None
            except self._openai.OpenAIError as e:
                raise self._error(e) from None
            if self.cache:
                self.cache.put(k, model, answer)
            self.usage.add(answer, estimate)
            return answer

    async def _send(
        self, model: str, messages: list[dict[str, str]], max_tokens: int, fmt: dict[str, Any] | None
    ) -> Answer:
        kwargs: dict[str, Any] = {
            "model": model,
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": self.endpoint.temperature,
        }
        if fmt is not None:
            kwargs["response_format"] = fmt
        if self._extra:
            kwargs["extra_body"] = self._extra
        async with self._slots:
            resp = await self._client.chat.completions.create(**kwargs)
        if not resp.choices:
            return Answer("", "empty")
        choice = resp.choices[0]
        usage = resp.usage
        return Answer(
            content=choice.message.content or "",
            finish_reason=choice.finish_reason,
            prompt_tokens=int(getattr(usage, "prompt_tokens", 0) or 0),
            completion_tokens=int(getattr(usage, "completion_tokens", 0) or 0),
            refusal=getattr(choice.message, "refusal", None) or None,
        )


async def check(endpoint: Endpoint) -> tuple[str, list[str], float]:
    """Whether the endpoint answers: the model it would use, the models it serves, and seconds taken."""
    client = Client(endpoint, None, "check")
    start = time.monotonic()
    try:
        models = await client.list_models()
        model = endpoint.model or (models[0] if len(models) == 1 else "")
        if model:
            client.model = model
            await client.complete(
                [{"role": "user", "content": 'Reply with the JSON object {"ok": true}.'}], 16
            )
    finally:
        await client.close()
    return model, models, time.monotonic() - start
