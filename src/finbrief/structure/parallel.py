"""Parallel bilingual layouts: a call printed line by line with each line's rendering in the other language.

A machine-translated export prints every paragraph twice, each copy led by a language tag:
``[ 12] [EN] Jane Roe:Thank you…`` then ``[中] 简·罗：谢谢…`` (an interleaved text), or ``"en": "…"``
then ``"zh": "…"`` (a JSON export saved as text). Some repeat the original after the rendering, bare
or after ``原文：``. The rendering and the repeat say again what the tagged line said: they belong to
its turn, with its role and speaker, and never make a label, a second speaker or a second question.

A transcript page with a machine translation prints every sentence as a bullet and its rendering
under it, unbulleted: ``• Thank you, operator.`` then ``謝謝你，接線員。``; the speaker's label too,
printed twice (``• Amy Lo - Head of IR`` then ``Amy Lo - Head of IR``). The bullet is that layout's tag.

``TAG_SHAPES`` lists the tags, one row a shape: the pattern of the tag before the text (its ``lang``
group names the language) and of what closes the line after the text. The recognisers' views of a
tagged paragraph have the tag blanked (replaced by spaces, so every offset into the text holds), so a
label after the tag reads like any label at the start of a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from finbrief.text.regex import Led

_LANGS = r"EN|ENG|英|英文|ZH|CN|中|中文"


@dataclass(frozen=True)
class TagShape:
    lead: re.Pattern[str]
    """The tag before the text, from the start of the line; ``lang`` names the language."""
    close: re.Pattern[str] | None = None
    """What closes the line after the text (searched at the end), also blanked."""


TAG_SHAPES: tuple[TagShape, ...] = (
    # "[ 12] [EN] ", "[中] ", "【中】": a bracketed language code, after an optional paragraph number.
    TagShape(
        re.compile(rf"\s*(?:\[\s*\d{{1,5}}\s*\]\s*)?[\[【]\s*(?P<lang>{_LANGS})\s*[\]】]\s*", re.IGNORECASE)
    ),
    # '"en": "', '"zh": "': a JSON export's keys, one pair per line; the value's closing quote and comma.
    TagShape(
        re.compile(r'\s*"(?P<lang>en|english|zh|zh[-_][a-z]{2,4}|cn|chinese)"\s*:\s*"', re.IGNORECASE),
        re.compile(r'"\s*,?\s*$'),
    ),
)
_LEADS = [Led(shape.lead) for shape in TAG_SHAPES]
_LATIN_TAGS = frozenset({"en", "eng", "英", "英文", "english"})
# A repeat of the original after the rendering: "原文：" before it, or nothing.
ECHO_MARK_RE = re.compile(r"\s*(?:原文|英文原文|Original)\s*[:：]\s*", re.IGNORECASE)
_WS_RE = re.compile(r"\s+")
# Line breaks escaped inside a JSON value.
ESCAPES_RE = re.compile(r"\\[nrt]")
# A JSON export's structure alone on a line: "{", "},", "],".
JSON_PUNCTUATION_RE = re.compile(r"\s*[\[\]{},]+\s*")
# At least this many tagged lines followed by their rendering make a parallel layout.
MIN_PAIRS = 3


@dataclass
class Parallel:
    texts: list[str]
    simp: list[str]
    rendering: dict[int, int] = field(default_factory=dict)
    """Paragraph -> the tagged paragraph it renders or repeats."""
    furniture: set[int] = field(default_factory=set)
    """A JSON export's brackets and braces between the pairs."""


def _tag(text: str) -> tuple[str, int, int] | None:
    """(language, end of the leading tag, start of the closing part) of a tagged line."""
    for shape, lead in zip(TAG_SHAPES, _LEADS, strict=True):
        m = lead.match(text)
        if m is None or m.end() >= len(text.rstrip()):
            continue
        close = len(text)
        if shape.close is not None:
            c = shape.close.search(text, m.end())
            close = c.start() if c is not None else close
        lang = "en" if m.group("lang").casefold() in _LATIN_TAGS else "zh"
        return lang, m.end(), close
    return None


def _blank(text: str, end: int, close: int) -> str:
    return " " * end + text[end:close] + " " * (len(text) - close)


def _norm(text: str) -> str:
    return _WS_RE.sub(" ", text).strip()


# A bulleted original ("• Thank you, operator."): the bullet is its tag.
BULLET_LEAD_RE = re.compile(r"\s*[•●▪]\s+(?=\S)")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
_LETTER_RE = re.compile(r"[A-Za-z\u3400-\u9fff]")
# A line is in Chinese when this share of its letters are Chinese characters (names stay in Latin).
CJK_SHARE = 0.3
# Of the bulleted lines, at least this share must be followed by their rendering or repeat.
MIN_BULLET_PAIRED = 0.8


def _script(text: str) -> str:
    """``zh`` or ``en``: the script most of a line's letters are written in."""
    letters = len(_LETTER_RE.findall(text))
    return "zh" if letters and len(_CJK_RE.findall(text)) >= CJK_SHARE * letters else "en"


def _bulleted(texts: list[str], simp: list[str]) -> Parallel | None:
    """Every bulleted line followed by one unbulleted line in the other script, or by the same words
    again (a label printed twice): the bullets are the originals, the lines under them renderings."""
    bullets = {
        i: m.end() for i, t in enumerate(texts) if not t.isascii() and (m := BULLET_LEAD_RE.match(t)) is not None
    }  # (a bullet is no ASCII character)
    pairs = []
    for i, end in bullets.items():
        j = i + 1
        if j >= len(texts) or j in bullets or not texts[j].strip():
            continue
        said, under = _norm(texts[i][end:]), _norm(texts[j])
        if said == under or _script(said) != _script(under):
            pairs.append(i)
    if len(pairs) < MIN_PAIRS or len(pairs) < MIN_BULLET_PAIRED * len(bullets):
        return None
    out = Parallel(list(texts), list(simp))
    for i in pairs:
        end = bullets[i]
        out.texts[i] = _blank(texts[i], end, len(texts[i]))
        if len(simp[i]) == len(texts[i]):
            out.simp[i] = _blank(simp[i], end, len(simp[i]))
        out.rendering[i + 1] = i
    return out


def find(texts: list[str], simp: list[str]) -> Parallel | None:
    """The texts with their tags blanked and the renderings, when the document is a parallel layout."""
    tags: dict[int, tuple[str, int, int]] = {}
    for i, t in enumerate(texts):
        if t[:1] in '[【" \t':
            tag = _tag(t)
            if tag is not None:
                tags[i] = tag
    pairs: list[int] = []  # tagged lines followed by their rendering, read left to right
    rendered = -1
    for i in sorted(tags):
        if i != rendered and i + 1 in tags and tags[i + 1][0] != tags[i][0]:
            pairs.append(i)
            rendered = i + 1
    if len(pairs) < MIN_PAIRS:
        return _bulleted(texts, simp)
    langs = [tags[i][0] for i in pairs]
    source = max(set(langs), key=langs.count)  # the language the export renders from
    pairs = [i for i in pairs if tags[i][0] == source]
    if len(pairs) < MIN_PAIRS:
        return None
    out = Parallel(list(texts), list(simp))
    out.furniture = {i for i, t in enumerate(texts) if t[:1] in "[]{}," and JSON_PUNCTUATION_RE.fullmatch(t)}
    for i, (_, end, close) in tags.items():
        out.texts[i] = _blank(texts[i], end, close)
        if len(simp[i]) == len(texts[i]):
            out.simp[i] = _blank(simp[i], end, close)
        else:
            tag = _tag(simp[i])
            if tag is not None:
                out.simp[i] = _blank(simp[i], tag[1], tag[2])
    for i in pairs:
        out.rendering[i + 1] = i
        said = _norm(texts[i][tags[i][1] : tags[i][2]])
        j = i + 2
        while j < len(texts) and j not in tags:
            rest = _norm(ESCAPES_RE.sub(" ", texts[j]))
            echo = ECHO_MARK_RE.match(rest)
            rest = (rest[echo.end() :] if echo else rest).rstrip('",')
            if rest and not said.endswith(rest):  # (the original, or its end cut off the rendering)
                break
            out.rendering[j] = i  # the original again, or the "原文：" before it
            j += 1
    return out
