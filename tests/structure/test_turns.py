"""Turn labels found in the text: a surname alone before its colon, as a later turn names a known speaker."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from finbrief.structure.turns import SURNAME_LABEL_RE

_PIECES = ["", " ", "\t", "[", "]", "12", "05", ":", "**", "__", "Weber", "Hannah", "O’Neil", "Ärger", "text", "。", "x"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=9))
def test_a_surname_label_always_holds_its_colon(pieces: list[str]) -> None:
    """A paragraph without a colon is skipped before the pattern runs: no label is lost by that."""
    text = "".join(pieces)
    assert SURNAME_LABEL_RE.match(text) is None or ":" in text


def test_surname_labels_in_each_form_are_read() -> None:
    for text in ("Weber: text", "**Hannah:** text", "**Hannah**: text", "[12:05] Weber: text", "__Ärger__: text"):
        m = SURNAME_LABEL_RE.match(text)
        assert m is not None and ":" in text, text
