"""An attribute computed at its first read is computed once an instance and kept on it."""

from __future__ import annotations

from finbrief.lazy import computed


class Paragraph:
    """A text whose sentence count is asked for several times."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.calls = 0

    @computed
    def sentences(self) -> list[str]:
        """The text's sentences."""
        self.calls += 1
        return [s for s in self.text.split(". ") if s]


def test_computed_once_an_instance() -> None:
    p = Paragraph("Revenue rose 5%. Margin fell.")
    assert p.sentences == ["Revenue rose 5%", "Margin fell."]
    assert p.sentences is p.sentences
    assert p.calls == 1
    assert p.__dict__["sentences"] == ["Revenue rose 5%", "Margin fell."]


def test_instances_keep_their_own_values() -> None:
    a, b = Paragraph("One. Two."), Paragraph("Three.")
    assert (len(a.sentences), len(b.sentences)) == (2, 1)
    assert (a.calls, b.calls) == (1, 1)


def test_read_on_the_class_gives_the_descriptor_and_its_doc() -> None:
    assert isinstance(Paragraph.sentences, computed)
    assert Paragraph.sentences.__doc__ == "The text's sentences."


def test_a_value_set_before_the_first_read_is_kept() -> None:
    p = Paragraph("One. Two.")
    p.sentences = ["given"]
    assert p.sentences == ["given"]
    assert p.calls == 0
