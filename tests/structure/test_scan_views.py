"""The scan's views of a document: full-width letters and digits read as ASCII, other texts kept as they are."""

from finbrief.structure.scan import _narrowed


def test_full_width_letters_and_digits_read_as_ascii() -> None:
    assert _narrowed("Ｑ１（豐岳證券　曾柏翰）：") == "Q1（豐岳證券　曾柏翰）："


def test_a_text_without_them_is_the_same_string() -> None:
    """Views keyed by a paragraph's text (cached readings) find it again only if the string is not copied."""
    for text in ("Operator: Our next question comes from Dana Lee.", "问：毛利率的展望如何？"):
        assert _narrowed(text) is text
