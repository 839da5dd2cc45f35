"""Which endpoint, model and limits a run uses: options, then environment, then a named profile.

The configuration file (``llm.toml`` in the user config folder, or ``$FINBRIEF_LLM_CONFIG``) is a
trust boundary: it is validated with pydantic and an unknown key is an error naming the file, so a
typo never silently falls back to a default::

    default = "local"

    [profiles.local]
    base_url = "http://127.0.0.1:8000/v1"   # vLLM, Ollama (…:11434/v1), llama.cpp server
    model = "Qwen/Qwen3-8B"
    context_budget = 8192

    [profiles.dashscope]
    base_url = "https://dashscope.aliyuncs.com/compatible-mode/v1"
    model = "qwen-plus"
    api_key_env = "DASHSCOPE_API_KEY"       # the key stays in the environment, not in the file
    context_budget = 32768
    max_concurrency = 8

Precedence, field by field: options (command-line flags) > ``FINBRIEF_LLM_BASE_URL`` /
``FINBRIEF_LLM_API_KEY`` / ``FINBRIEF_LLM_MODEL`` > the profile (``--profile``, else
``$FINBRIEF_LLM_PROFILE``, else the file's ``default``) > built-in defaults.
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from finbrief.errors import FinbriefError
from finbrief.options import LLMOptions

ENV_BASE_URL = "FINBRIEF_LLM_BASE_URL"
ENV_API_KEY = "FINBRIEF_LLM_API_KEY"
ENV_MODEL = "FINBRIEF_LLM_MODEL"
ENV_PROFILE = "FINBRIEF_LLM_PROFILE"
ENV_CONFIG = "FINBRIEF_LLM_CONFIG"
CONFIG_NAME = "llm.toml"

# Defaults sized for a small local model: an 8k context, a few requests at once.
DEFAULT_CONTEXT_BUDGET = 8192
DEFAULT_MAX_CONCURRENCY = 4
DEFAULT_TIMEOUT = 120.0
DEFAULT_MAX_RETRIES = 3
# An endpoint without authentication still needs a non-empty key in the client.
NO_KEY = "not-needed"

ResponseFormat = Literal["json_schema", "json_object", "none"]


class ConfigError(FinbriefError):
    """The LLM endpoint is not configured, or its configuration file is invalid."""


class Profile(BaseModel):
    """One named endpoint configuration."""

    model_config = ConfigDict(extra="forbid")

    base_url: str | None = None
    model: str | None = None
    api_key: str | None = None
    api_key_env: str | None = Field(
        default=None, description="Name of the environment variable holding the key."
    )
    context_budget: int | None = Field(default=None, ge=2048, description="Tokens of context per request.")
    max_output_tokens: int | None = Field(default=None, ge=256)
    max_concurrency: int | None = Field(default=None, ge=1, le=64)
    timeout: float | None = Field(default=None, gt=0)
    max_retries: int | None = Field(default=None, ge=0, le=10)
    temperature: float | None = Field(default=None, ge=0, le=2)
    response_format: ResponseFormat | None = Field(
        default=None,
        description="json_object (widely served), json_schema (vLLM, Ollama, OpenAI), none (plain text).",
    )
    extra_body: dict[str, Any] | None = Field(
        default=None, description='Extra request fields, e.g. {"enable_thinking": false} for Qwen3.'
    )


class ConfigFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    default: str | None = None
    profiles: dict[str, Profile] = Field(default_factory=dict)


@dataclass(frozen=True)
class Endpoint:
    """Everything a run needs to talk to one model, resolved once."""

    base_url: str
    model: str | None
    """None: use the one model the endpoint serves (asked at the start of the run)."""
    api_key: str
    context_budget: int
    max_output_tokens: int
    max_concurrency: int
    timeout: float
    max_retries: int
    temperature: float
    response_format: ResponseFormat
    extra_body: str = "{}"
    """JSON object of extra request fields (a string keeps the endpoint hashable)."""
    profile: str | None = None

    @property
    def input_budget(self) -> int:
        """Prompt tokens a request may use: the context less the answer's room and a margin."""
        return self.context_budget - self.max_output_tokens - MARGIN


# Tokens kept free in every request for estimate error.
MARGIN = 256


def config_path() -> Path:
    env = os.environ.get(ENV_CONFIG)
    if env:
        return Path(env).expanduser()
    from finbrief.userdirs import config_dir

    return config_dir() / CONFIG_NAME


def load_config(path: Path | None = None) -> ConfigFile:
    """The configuration file, validated; an absent file is an empty configuration."""
    path = path or config_path()
    if not path.is_file():
        return ConfigFile()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return ConfigFile.model_validate(data)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"not valid TOML: {e}", str(path)) from None
    except ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in e.errors()[:5]
        )
        raise ConfigError(f"invalid LLM configuration: {problems}", str(path)) from None
    except OSError as e:
        raise ConfigError(f"cannot read ({e.strerror or e})", str(path)) from None


def _profile(opts: LLMOptions, config: ConfigFile, path: Path) -> tuple[str | None, Profile]:
    name = opts.profile or os.environ.get(ENV_PROFILE) or config.default
    if name is None:
        return None, Profile()
    if name not in config.profiles:
        known = ", ".join(sorted(config.profiles)) or "none"
        raise ConfigError(f"no LLM profile '{name}' (profiles: {known})", str(path))
    return name, config.profiles[name]


def resolve(opts: LLMOptions) -> Endpoint:
    """The endpoint of a run; a ConfigError says what is missing and where to set it."""
    path = config_path()
    name, prof = _profile(opts, load_config(path), path)
    base_url = opts.base_url or os.environ.get(ENV_BASE_URL) or prof.base_url
    if not base_url:
        raise ConfigError(
            f"no LLM endpoint configured: give --base-url, set {ENV_BASE_URL}, or add a profile to {path}"
        )
    key = os.environ.get(ENV_API_KEY) or prof.api_key
    if not key and prof.api_key_env:
        key = os.environ.get(prof.api_key_env)
    budget = opts.context_budget or prof.context_budget or DEFAULT_CONTEXT_BUDGET
    max_out = prof.max_output_tokens or max(512, min(4096, budget // 4))
    if budget - max_out - MARGIN < 1024:
        raise ConfigError(f"context budget {budget} leaves no room for input beside {max_out} answer tokens")
    return Endpoint(
        base_url=base_url,
        model=opts.model or os.environ.get(ENV_MODEL) or prof.model,
        api_key=key or NO_KEY,
        context_budget=budget,
        max_output_tokens=max_out,
        max_concurrency=opts.max_concurrency or prof.max_concurrency or DEFAULT_MAX_CONCURRENCY,
        timeout=opts.timeout or prof.timeout or DEFAULT_TIMEOUT,
        max_retries=next(
            r for r in (opts.max_retries, prof.max_retries, DEFAULT_MAX_RETRIES) if r is not None
        ),
        temperature=prof.temperature if prof.temperature is not None else 0.0,
        response_format=prof.response_format or "json_object",
        extra_body=json.dumps(prof.extra_body or {}, sort_keys=True),
        profile=name,
    )
