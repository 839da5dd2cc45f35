"""Token estimates without a tokenizer: plan requests before sending them, count from ``usage`` after.

No tokenizer file is downloaded. The estimate errs on the high side for the tokenizers served by
OpenAI-compatible endpoints (Qwen, Llama, GPT, DeepSeek): one token per Chinese character, one per
digit (Qwen splits numbers into digits), and one per three characters of other text; the real
counts come back in each answer's ``usage``.
"""

from __future__ import annotations

import re

_CJK = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_DIGIT = re.compile(r"\d")
# Characters of non-CJK text per token (English prose is about four; JSON and numbers fewer).
CHARS_PER_TOKEN = 3.0
# Tokens a chat message costs beyond its text (role markers, separators).
MESSAGE_OVERHEAD = 8


def estimate(text: str) -> int:
    """Tokens ``text`` is likely to cost, rounded up."""
    cjk = len(_CJK.findall(text))
    digits = len(_DIGIT.findall(text))
    return cjk + digits + int((len(text) - cjk - digits) / CHARS_PER_TOKEN) + 1


def estimate_messages(messages: list[dict[str, str]]) -> int:
    """Tokens a list of chat messages is likely to cost as a prompt."""
    return sum(estimate(m["content"]) + MESSAGE_OVERHEAD for m in messages)
