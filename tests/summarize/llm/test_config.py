"""Endpoint configuration: options over environment over profile over defaults; a bad file is one clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

from finbrief.options import LLMOptions
from finbrief.summarize.llm.config import DEFAULT_CONTEXT_BUDGET, ConfigError, resolve

PROFILES = """
default = "local"

[profiles.local]
base_url = "http://127.0.0.1:8000/v1"
model = "qwen3-8b"
context_budget = 16384

[profiles.dashscope]
base_url = "https://dashscope.example/compatible-mode/v1"
model = "qwen-plus"
api_key_env = "MY_DASHSCOPE_KEY"
max_concurrency = 8
response_format = "json_schema"
extra_body = { enable_thinking = false }
"""


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "llm.toml"
    path.write_text(PROFILES, encoding="utf-8")
    monkeypatch.setenv("FINBRIEF_LLM_CONFIG", str(path))
    return path


def test_the_default_profile_applies(config: Path) -> None:
    e = resolve(LLMOptions())
    assert (e.base_url, e.model, e.context_budget, e.profile) == ("http://127.0.0.1:8000/v1", "qwen3-8b", 16384, "local")
    assert e.input_budget < e.context_budget - e.max_output_tokens


def test_a_named_profile_reads_its_key_from_the_environment(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MY_DASHSCOPE_KEY", "sk-test")
    e = resolve(LLMOptions(profile="dashscope"))
    assert (e.model, e.api_key, e.max_concurrency, e.response_format) == ("qwen-plus", "sk-test", 8, "json_schema")
    assert e.extra_body == '{"enable_thinking": false}'


def test_environment_beats_profile_and_options_beat_environment(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FINBRIEF_LLM_MODEL", "env-model")
    monkeypatch.setenv("FINBRIEF_LLM_BASE_URL", "http://127.0.0.1:9/v1")
    assert resolve(LLMOptions()).model == "env-model"
    e = resolve(LLMOptions(model="flag-model", context_budget=8192))
    assert (e.model, e.base_url, e.context_budget) == ("flag-model", "http://127.0.0.1:9/v1", 8192)


def test_no_endpoint_says_where_to_set_one() -> None:
    with pytest.raises(ConfigError) as e:
        resolve(LLMOptions())
    assert "--base-url" in str(e.value) and "FINBRIEF_LLM_BASE_URL" in str(e.value)


def test_defaults_without_a_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FINBRIEF_LLM_BASE_URL", "http://127.0.0.1:9/v1")
    e = resolve(LLMOptions())
    assert e.context_budget == DEFAULT_CONTEXT_BUDGET and e.model is None and e.api_key


def test_an_unknown_key_in_the_file_is_an_error_naming_the_file(config: Path) -> None:
    config.write_text(PROFILES.replace("context_budget = 16384", "context_bugdet = 16384"), encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        resolve(LLMOptions())
    assert str(e.value).startswith(str(config)) and "context_bugdet" in str(e.value)


def test_an_unknown_profile_lists_the_known_ones(config: Path) -> None:
    with pytest.raises(ConfigError) as e:
        resolve(LLMOptions(profile="prod"))
    assert "no LLM profile 'prod' (profiles: dashscope, local)" in str(e.value)


def test_invalid_toml_is_an_error(config: Path) -> None:
    config.write_text("default = ", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        resolve(LLMOptions())
    assert "not valid TOML" in str(e.value)
