"""``anchored`` patterns find exactly what the originals find, on any text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from finbrief.facts import periods
from finbrief.text.regex import anchored

PATTERNS = [
    re.compile(r"(?P<a>fiscal\s+)?(?P<o>first|second|third|1st)[\s-]quarter(?:\s+(?P<y>20\d\d))?", re.I),
    re.compile(r"\b(?:this|the|current)\s+quarter\b|\btoday\b", re.I),
    re.compile(r"(?<![A-Za-z])(?:FY|fy)\s?(?P<y>\d{2,4})"),
    re.compile(r"(?:上|下|本)?(?P<n>[一二三四1-4])季度?"),
    re.compile(r"x*"),  # can match nothing: left as it is
    re.compile(r"\w+%"),  # starts with the word category: left as it is
    re.compile(r"\d+%|(?P<s>\s-\s)|[Ss]ingle"),  # digits and spaces: a lookahead for \d and \s
    re.compile(r"\d+(?:\.\d+)?\s?%", re.ASCII),  # (the lookahead's \d is ASCII too)
]
TEXT = st.text(alphabet="fiscal FIRST second 1st quarter the Q 2025 fy FY 上下本一四季度 -%x\n\t\u3000٣\u0130\u0131\u017f\u212a", max_size=80)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_same_matches_groups_and_spans(text: str) -> None:
    for pattern in PATTERNS:
        assert spans(anchored(pattern), text) == spans(pattern, text)


def test_patterns_that_cannot_be_anchored_are_left_alone() -> None:
    assert anchored(PATTERNS[4]) is PATTERNS[4] and anchored(PATTERNS[5]) is PATTERNS[5]
    assert anchored(PATTERNS[0]).pattern == PATTERNS[0].pattern  # case ignored: skipping to f, F, s, S, ...
    cased = re.compile(r"(?:q\s)?(?:été|Ünal)", re.I)  # a first letter of another script with cases
    assert anchored(cased).pattern.startswith("(?=[")  # behind a lookahead
    made = anchored(PATTERNS[6])  # case kept: the same source, its search skipping to \d, \s, S and s
    assert made is not PATTERNS[6] and made.pattern == PATTERNS[6].pattern


def test_a_skipping_pattern_reads_as_the_pattern_it_stands_for() -> None:
    """Without a lookahead in front: the engine skips ahead to the first characters by itself."""
    pattern = re.compile(r"(?<![A-Za-z])(?:first|second|third)\s+quarter\b|\b(?P<y>20\d\d)\b")
    made = anchored(pattern)
    assert (made.pattern, made.flags, made.groups, made.groupindex) == (
        pattern.pattern,
        pattern.flags,
        pattern.groups,
        pattern.groupindex,
    )
    text = "Orbisco's third quarter of 2025, xsecond quarter, 20255 and Second  quarter 2024"
    for at in (0, 10, 31):
        assert made.search(text, at).span() == pattern.search(text, at).span()  # type: ignore[union-attr]
    assert made.match(text, 10) is not None and made.match(text, 11) is None
    assert made.fullmatch("first quarter") is not None and made.sub("#", text) == pattern.sub("#", text)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="Q3 2025 fiscal year first quarter March 三季度 去年同期 next years -", max_size=120))
def test_every_time_expression_pattern(text: str) -> None:
    for _name, pattern in periods._PATTERNS:
        assert spans(anchored(pattern), text) == spans(pattern, text)


def test_a_rewrite_is_made_once_a_pattern_object() -> None:
    from finbrief.text.regex import by_identity

    made: list[str] = []

    @by_identity
    def upper(p: re.Pattern[str]) -> re.Pattern[str]:
        made.append(p.pattern)
        return re.compile(p.pattern.upper())

    a, b = re.compile("ab"), re.compile("cd")
    assert upper(a).pattern == "AB" and upper(a).pattern == "AB" and upper(b).pattern == "CD"
    assert made == ["ab", "cd"]


ASCII_TEXT = st.text(alphabet="Revenue ROSE rose Up up FROM from Compared TO to vs. 12% $3.1 -,\n", max_size=80)


@settings(max_examples=300, deadline=None)
@given(ASCII_TEXT)
def test_on_lower_finds_the_same_spans_and_groups_in_ascii_text(text: str) -> None:
    from finbrief.facts import numbers
    from finbrief.text.regex import on_lower

    for pattern in (numbers._DIRECTION, PATTERNS[0], PATTERNS[1]):
        fast, low = on_lower(pattern, text)
        assert fast is not pattern
        got = [(m.span(), m.lastgroup, {k: v is None for k, v in m.groupdict().items()}) for m in fast.finditer(low)]
        want = [(m.span(), m.lastgroup, {k: v is None for k, v in m.groupdict().items()}) for m in pattern.finditer(text)]
        assert got == want


def test_on_lower_leaves_case_sensitive_patterns_and_other_scripts_alone() -> None:
    from finbrief.text.regex import lowered, on_lower

    assert lowered(PATTERNS[2]) is None  # no IGNORECASE: "FY" is upper case only
    assert lowered(re.compile(r"[A-Z]\w+ revenue", re.I)) is None  # a class of upper-case letters
    assert lowered(re.compile(r"(?-i:Q)\d", re.I)) is None  # inline flags
    assert lowered(re.compile(r"\x51\d", re.I)) is None  # a character named by number
    text = "Café revenue ROSE"
    assert on_lower(PATTERNS[1], text) == (PATTERNS[1], text)  # not ASCII: searched as it is


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Tel: +86 (10) 5555-1234 phone 12 345 6789 single digit 两位数 三十 Q 1,234.5 \n", max_size=80))
def test_led_by_finds_what_the_pattern_finds(text: str) -> None:
    from finbrief.facts import numbers
    from finbrief.text.regex import led_by

    for first, pattern in ((r"\d+(公备许电传热ILTPF", numbers._PHONE), (r"\d)备ILTPF电传热", numbers._PHONE_HINT)):
        plain = re.compile(pattern.pattern, pattern.flags)  # the pattern as written
        assert spans(led_by(first, plain), text) == spans(plain, text)


LED_BY = [
    ("numbers", r"\d百两双三四个SDT零〇一二五六七八九十千万亿", "_CORE"),
    ("numbers", r"\dSDTsdt", "_CORE_ASCII"),
    ("attribution", r"。！？!?；;\n.\s", "_SENTENCE"),
    ("attribution", r"，：；;。！？!?\n,:—\s.", "_CLAUSE"),
]


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet="12,345.6 single Double TRIPLE digits NOI. We [2]. - 两位数 百分之三十 三点五亿。增长，：；!?%)” sſ\u212a \n\t—–•",
        max_size=80,
    )
)
def test_led_by_skips_to_the_first_characters_and_finds_what_a_lookahead_finds(text: str) -> None:
    import importlib

    from finbrief.text.regex import led_by

    for module, first, name in LED_BY:
        made = getattr(importlib.import_module(f"finbrief.facts.{module}"), name)
        looked = re.compile(f"(?=[{first}])(?:{made.pattern})", made.flags)  # the pattern behind a lookahead
        assert not made.pattern.startswith("(?=")  # searched by skipping ahead, not behind a lookahead
        assert led_by(first, made).pattern == made.pattern
        assert spans(made, text) == spans(looked, text)


def test_led_by_keeps_the_lookahead_where_no_skip_can_be_made() -> None:
    from finbrief.text.regex import led_by

    empty = re.compile(r"a?")  # it matches the empty string: a skip would pass over matches
    assert led_by("a", empty).pattern == "(?=[a])(?:a?)"
    assert led_by("a", re.compile("ab")).pattern == "ab"


SIFTED = [
    re.compile(r"(?<![A-Za-z])(?:we|I)\s+(?:now\s+)?(?:expect|plan|will)|(?:is|are)\s+expected\s+to", re.I),
    re.compile(r"(?:较|相比|(?<![A-Za-z])(?:compared\s+(?:with|to)|versus|vs\.?|from))\s*(?:the\s+)?$", re.I),
    re.compile(r"look(?:ing)? ahead|Q[1-4] results|财报"),
    re.compile("\u212a\\w+", re.I),  # the Kelvin sign folds to "k": no needles, every search runs
    re.compile(r"(?:look|plan)\w*\s+(?:ahead|to)", re.I),  # two sets of needles, each needed
]
SIFT_TEXT = st.text(
    alphabet="We we I expect Expected plan WILL is are to look lookinG ahead Q3 results 财报 较相比 "
    "Compared with versus vs. from the K\u212a\n",
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(SIFT_TEXT, st.integers(-5, 90), st.integers(-5, 90))
def test_sifted_finds_what_the_pattern_finds(text: str, pos: int, endpos: int) -> None:
    from finbrief.text.regex import Sifted

    for pattern, gates in [(p, g) for p in SIFTED for g in (1, 2)]:
        fast = Sifted(pattern, gates)
        got, want = fast.search(text, pos, endpos), pattern.search(text, pos, endpos)
        assert (got and got.span()) == (want and want.span())
        got, want = fast.search(text), pattern.search(text)
        assert (got and got.span()) == (want and want.span())
        spans = [m.span() for m in fast.finditer(text, pos, endpos)]
        assert spans == [m.span() for m in pattern.finditer(text, pos, endpos)]
        assert fast.findall(text, pos, endpos) == pattern.findall(text, pos, endpos)


@settings(max_examples=300, deadline=None)
@given(SIFT_TEXT, st.integers(-5, 90), st.integers(-5, 90))
def test_a_text_sifted_out_anywhere_has_no_match_in_any_window(text: str, pos: int, endpos: int) -> None:
    """``anywhere`` False: no search of a part of the text finds a match (a paragraph asked once for its sentences)."""
    from finbrief.text.regex import Sifted

    for pattern, gates in [(p, g) for p in SIFTED for g in (1, 2)]:
        fast = Sifted(pattern, gates)
        if not fast.anywhere(text):
            assert pattern.search(text, pos, endpos) is None
            assert fast.search(text, pos, endpos) is None


def test_anywhere_answers_for_the_whole_text() -> None:
    from finbrief.text.regex import Sifted

    fast = Sifted(SIFTED[0])
    assert not fast.anywhere("Revenue rose 5% in the quarter. Margins held.")
    assert fast.anywhere("Revenue rose 5%. For next year, we EXPECT growth.")
    assert Sifted(SIFTED[3]).anywhere("no needles: every text may hold one")


def test_needles_are_what_every_match_holds() -> None:
    from finbrief.text.regex import Sifted, needle_sets, needles

    assert needles(SIFTED[0]) == {"expect", "plan", "will", "expected"}
    assert needles(SIFTED[2]) == {" ahead", " results", "财报"}
    assert needles(SIFTED[3]) is None and needles(re.compile(r"\d+")) is None
    fast = Sifted(SIFTED[0])
    assert fast.search("Revenue rose 5% in the quarter.") is None
    assert fast.search("We now EXPECT growth") is not None
    assert needle_sets(SIFTED[0], 2) == (needles(SIFTED[0]),)  # one alternation: one set
    assert needle_sets(SIFTED[4], 2) == ({"look", "plan"}, {"ahead", "to"})
    assert Sifted(SIFTED[4], 2).search("We plan to") is not None
    assert Sifted(SIFTED[4], 2).search("Look, we plan it") is None


def test_anchored_leaves_a_pattern_the_engine_skips_ahead_for() -> None:
    import re

    from finbrief.text.regex import anchored

    for led in (re.compile(r"(?:19|20)\d\d"), re.compile(r"截至\d+"), re.compile(r"[.。]\s")):
        assert anchored(led) is led  # a lookahead in front would stop the engine's own skip
    optional = re.compile(r"(?:fiscal\s+)?(?:first|second)\s+quarter", re.I)
    assert anchored(optional) is not optional
    text = "Orbisco's Fiscal first quarter and second quarter"
    assert [m.span() for m in anchored(optional).finditer(text)] == [m.span() for m in optional.finditer(text)]


def test_word_led_matches_as_a_word_boundary_does() -> None:
    import re

    from finbrief.facts.periods import _word_led

    words = ("this", "the", "current")
    led = re.compile(_word_led(*(rf"{w}\s+quarter\b" for w in words)), re.I)
    plain = re.compile(r"\b(?:this|the|current)\s+quarter\b", re.I)
    for text in ("In the quarter, Orbisco's current quarter", "bathe quarter", "THIS quarter", "xthe quarter the quarter"):
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in led.finditer(text.lower())] == [m.span() for m in plain.finditer(text.lower())]
# appended to tests/test_regex.py
LED = [
    re.compile(r"(?:\*\*|__)\S|\#{1,6}\s|[\[(]?\d{1,2}:\d{2}|[-=_*~·]{5,}\s*$|(?:主持人|问)\s*："),
    re.compile(r"\s*-\s|[•·]"),  # opens with a space, a dash or a bullet
    re.compile(r"x*"),  # can match nothing: always tried
    re.compile(r"[a-z]+:", re.I),  # ignores case: always tried
    re.compile(r"\w+:"),  # opens with a category not worked out: always tried
]
LED_TEXT = st.text(alphabet="*_# [(12:30٣٤ -=~·•主持人问：xXa\t\u3000\n", max_size=40)


@settings(max_examples=300, deadline=None)
@given(LED_TEXT, st.integers(-3, 45))
def test_led_matches_what_the_pattern_matches(text: str, pos: int) -> None:
    from finbrief.text.regex import Led

    for pattern in LED:
        led = Led(pattern)
        for at in (pos, 0):
            got, want = led.match(text, at), pattern.match(text, at)
            assert (got and got.span()) == (want and want.span())


def test_led_tries_only_patterns_whose_first_characters_are_known() -> None:
    from finbrief.text.regex import Led

    assert [Led(p)._first is not None for p in LED] == [True, True, False, False, False]
    assert Led(LED[0]).match("Revenue rose: 12:30") is None and Led(LED[0]).match("12:30 Revenue") is not None


def test_anchored_source_makes_what_anchored_makes_of_the_compiled_pattern() -> None:
    from finbrief.text.regex import anchored_source

    for pattern in PATTERNS:
        for flags in {pattern.flags, pattern.flags & ~re.UNICODE}:  # (re.compile adds Unicode to a str pattern)
            made, want = anchored_source(pattern.pattern, flags), anchored(pattern)
            assert (made.pattern, made.flags) == (want.pattern, want.flags)


KEYS = ("next to", "next up", "next caller", "go now", "go to", "going to", "turn to", "turning to", "question", "来自")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="next to up caller go now ingturquesti来自\x00", max_size=40), max_size=8))
def test_keys_holders_are_the_texts_that_hold_a_key(texts: list[str]) -> None:
    from finbrief.text.regex import Keys

    texts = [t.replace("\x00", "") for t in texts]
    expected = {i for i, t in enumerate(texts) if any(k in t for k in KEYS)}
    assert Keys(KEYS).holders(texts) == expected


SPACED_KEYS = ("go to ", "go next", "over to ", " to you", "call to ", "please go ahead", "go ahead", "to you")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="go to next ver y u cal plese ahd\x00", max_size=40), max_size=8))
def test_keys_ending_in_a_space_or_holding_another_are_found(texts: list[str]) -> None:
    from finbrief.text.regex import Keys

    texts = [t.replace("\x00", "") for t in texts]
    expected = {i for i, t in enumerate(texts) if any(k in t for k in SPACED_KEYS)}
    assert Keys(SPACED_KEYS).holders(texts) == expected


COLON_KEYS = ("writes:", ': "', "says: ", "q:", "a: ", ":")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet='writes: "aq\x00', max_size=30), max_size=8))
def test_keys_holding_a_colon_or_quote_are_found(texts: list[str]) -> None:
    from finbrief.text.regex import Keys

    texts = [t.replace("\x00", "") for t in texts]
    for keys in (COLON_KEYS, COLON_KEYS[:-1], ('"', "s: ")):
        expected = {i for i, t in enumerate(texts) if any(k in t for k in keys)}
        assert Keys(keys).holders(texts) == expected


def test_keys_are_looked_for_by_the_start_they_share() -> None:
    from finbrief.text.regex import Keys

    groups = {head: keys for head, keys, _anchor in Keys(KEYS).groups}
    assert groups["next"] == ("next to", "next up", "next caller")  # looked for without the space
    assert groups["go "] == ("go now", "go to")
    assert groups["question"] == ("question",)
    assert Keys(KEYS).holders(["we go next", "let us go to Ann", "", "a turning point", "turning to Q3"]) == {1, 4}
    # an English document is not searched for the Chinese keys, a document with Chinese text is
    assert Keys(KEYS).holders(["next caller", "Ann from Acme"]) == {0}
    assert Keys(KEYS).holders(["next caller", "来自华信证券的王磊"]) == {0, 1}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .\n\t!?;。；x", max_size=30))
def test_sentence_break_splits_where_a_stop_or_a_full_stop_and_space_does(text: str) -> None:
    plain = re.compile(r"[。！？!?;；\n]|\.\s")
    assert periods._SENTENCE_BREAK.split(text) == plain.split(text)


SENTENCE_LED = [
    re.compile(r"(?:^|(?<=[.!?]\s))(?P<np>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:grew|fell)(?![a-z])"),
    anchored(re.compile(r"(?:^|(?<=[.!?]\s))(?:In|At)\s+(?P<np>[a-z]+),\s", re.IGNORECASE)),
    re.compile(r"(?:^|(?<=[.!?]\s))(?:Also,\s+)?[A-Z]\w*\.", re.ASCII),  # (a match may hold the next break)
]
LED_TEXT = st.text(alphabet="Ab grew fell In At x, .!?\n\u3000\u00a0", max_size=80)


@settings(max_examples=400, deadline=None)
@given(LED_TEXT, st.integers(0, 90), st.integers(0, 90))
def test_sentence_led_patterns_find_what_the_pattern_finds(text: str, a: int, b: int) -> None:
    from finbrief.text.regex import AtSentenceStarts

    for pattern in SENTENCE_LED:
        led = AtSentenceStarts(pattern)
        assert spans(led, text) == spans(pattern, text)  # type: ignore[arg-type]
        got = [(m.span(), m.groupdict()) for m in led.finditer(text, a, b)]
        assert got == [(m.span(), m.groupdict()) for m in pattern.finditer(text, a, b)]
        first = led.search(text, a)
        want = pattern.search(text, a)
        assert (first and first.span()) == (want and want.span())


def test_sentence_led_patterns_read_only_sentence_starts() -> None:
    from finbrief.text.regex import AtSentenceStarts

    led = AtSentenceStarts(SENTENCE_LED[0], sift=True)
    text = "Revenue at Corvane Tools grew 5%. Harbor Goods fell 2%! Then Lumen Parts grew."
    assert [m.group("np") for m in led.finditer(text)] == ["Harbor Goods"]  # "Revenue at ..." opens with no name
    assert [m.group("np") for m in led.finditer(text, 40)] == []  # from inside that sentence: none starts there
    assert led.search("Nothing moved here.") is None
    for not_led in (r"(?:^|(?<=[.!?]\s))A|B", r"(?:^|(?<=[.!?]\s))(?:A)?", r"A(?:^|(?<=[.!?]\s))B"):
        with pytest.raises(ValueError):
            AtSentenceStarts(re.compile(not_led))
    with pytest.raises(ValueError):
        AtSentenceStarts(re.compile(r"(?:^|(?<=[.!?]\s))A", re.MULTILINE))  # "^" after every line break
