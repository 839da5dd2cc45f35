"""The operator giving the floor back to the call's own people (for closing remarks, back to the chief
executive, to someone of the company itself): no asker is announced, the officer stays the company's and
the real asker keeps the question and firm."""

from __future__ import annotations

import pytest

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def summary(doc: Document) -> list[tuple[str | None, str | None, list[str | None]]]:
    """(asker name, firm, answerer names) of every pair."""
    by_id = doc.speakers_by_id

    def name(sid: str | None) -> str | None:
        return by_id[sid].name if sid in by_id else sid

    return [(name(q.asker), q.firm, [name(a.speaker) for a in q.answers]) for q in doc.qa]


def sides(doc: Document) -> dict[str, str | None]:
    return {s.name: s.side for s in doc.speakers}


def english_call(closing: str, title: str = "Quillmark Ferries Q2 2025 Earnings Call") -> str:
    return f"""\
{title}

Operator: Good afternoon and welcome to the Quillmark Ferries second quarter 2025 earnings call. I would now like to turn the call over to Edda Marsh, Chief Executive Officer of Quillmark Ferries. Please go ahead.

Edda Marsh: Thank you. Revenue was $96 million in the quarter, up 8% from a year ago.

Pavel Orrin: Thanks, Edda. Free cash flow was $14 million.

Operator: We will now begin the question-and-answer session. First, Nadia Kell from Sorrel Capital. Please go ahead.

Nadia Kell: Thanks. How did passenger numbers develop in June?

Edda Marsh: June passenger numbers were up 3%.

Operator: {closing}

Edda Marsh: Thank you all for joining.
"""


@pytest.mark.parametrize(
    "closing",
    [
        "Over to Edda Marsh of Quillmark Ferries for closing remarks.",
        "I'll now hand the call back to Edda Marsh of Quillmark Ferries.",
        "I would now like to turn the call back to Edda Marsh with Quillmark Ferries for any closing comments.",
        "Next, Edda Marsh from Quillmark Ferries. Please go ahead.",
    ],
)
def test_closing_hand_over_to_the_chief_executive_names_no_asker(closing: str) -> None:
    """The chief executive given the floor at the end stays the company's; the one question is the analyst's."""
    doc = parse(english_call(closing))
    assert_sound(doc)
    assert summary(doc) == [("Nadia Kell", "Sorrel Capital", ["Edda Marsh"])]
    assert sides(doc)["Edda Marsh"] == "company"
    assert [p.section for p in doc.paragraphs if p.text.startswith("Pavel Orrin")] == ["prepared"]


def test_an_officer_handed_the_call_before_the_questions_is_no_asker_later() -> None:
    """A title naming no company: the officer the call was handed to before the questions, announced again
    later with a firm, still answers for the company."""
    doc = parse(english_call("Next, Edda Marsh from Quillmark Ferries. Please go ahead.", title="Quarterly Results Call"))
    assert summary(doc) == [("Nadia Kell", "Sorrel Capital", ["Edda Marsh"])]
    assert sides(doc)["Edda Marsh"] == "company"


def test_a_follow_up_announcement_still_names_the_asker() -> None:
    """An analyst announced twice (a follow-up) stays the asker with the firm: only closing words or the
    call's own company take an announcement away."""
    doc = parse(
        english_call("We have a follow-up from Nadia Kell from Sorrel Capital.").replace(
            "Edda Marsh: Thank you all for joining.",
            "Nadia Kell: And the fleet refit timing?\n\nEdda Marsh: The refit ends in October.",
        )
    )
    assert [(a, f) for a, f, _ in summary(doc)] == [("Nadia Kell", "Sorrel Capital"), ("Nadia Kell", "Sorrel Capital")]
    assert sides(doc)["Edda Marsh"] == "company"


def test_chinese_closing_floor_names_no_asker() -> None:
    """"请奎马轮渡董事长马埃达作总结" asks the chairman to close: he stays the company's."""
    text = """\
奎马轮渡2025年第二季度业绩说明会

主持人：各位好，欢迎参加奎马轮渡2025年第二季度业绩说明会。出席的有董事长马埃达，财务总监欧林。

马埃达：谢谢。本季度收入为9600万元，同比增长8%。

主持人：下面是来自索雷尔资本的柯娜的提问。

柯娜：谢谢。请问六月份客流情况如何？

马埃达：六月份客流同比增长3%。

主持人：最后，请奎马轮渡董事长马埃达作总结。

马埃达：感谢大家参加。
"""
    doc = parse(text)
    assert summary(doc) == [("柯娜", "索雷尔资本", ["马埃达"])]
    assert sides(doc)["马埃达"] == "company"


def test_an_operator_correcting_a_closing_hand_over_still_announces_the_asker() -> None:
    """"I'll now turn the call back to Edda Marsh -- we have one more question from …": the asker after the
    dash is announced with the firm."""
    doc = parse(
        english_call("Operator").replace(
            "Operator: Operator\n",
            "Operator: I'll now turn the call back over to Edda Marsh -- we have one more question from"
            " Ilse Varga with Tamber Partners.\n\nIlse Varga: What is the outlook for fuel costs?\n\n"
            "Edda Marsh: Fuel costs should ease.\n\nOperator: Over to Edda Marsh for closing remarks.\n",
        )
    )
    assert summary(doc) == [
        ("Nadia Kell", "Sorrel Capital", ["Edda Marsh"]),
        ("Ilse Varga", "Tamber Partners", ["Edda Marsh"]),
    ]
