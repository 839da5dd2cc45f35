"""A label-free call's host introductions cut out of the running speech (ingest.hosted)."""

from __future__ import annotations

from finbrief.ingest.hosted import split_hosted

RUN_ON = (
    "before pressing the star keys. Our first question comes from the line of Priya Raman with Harbor "
    "Point. Please proceed. Thanks for taking the question. How should we think about the ramp? Thanks, "
    "guys. Thanks, Priya. The plant is running ahead of plan."
)


def test_cut_before_the_introduction_after_the_open_line_and_at_the_reply() -> None:
    pieces = split_hosted([RUN_ON])
    assert pieces == [
        "before pressing the star keys.",
        "Our first question comes from the line of Priya Raman with Harbor Point. Please proceed.",
        "Thanks for taking the question. How should we think about the ramp? Thanks, guys.",
        "Thanks, Priya. The plant is running ahead of plan.",
    ]
    assert all(p in RUN_ON for p in pieces)


def test_a_text_with_operator_labels_is_left_alone() -> None:
    texts = ["Operator: Thank you.", "Jane Roe: Hi.", RUN_ON]
    assert split_hosted(texts) == texts


def test_a_follow_up_after_an_acknowledgement_asks_again() -> None:
    (intro, question, answer, follow_up) = split_hosted(
        [
            "Our next question is from Tom Becker of Goldman Sachs. Please go ahead. Can you help us with the "
            "timeline? Thank you. Well, we are happy with the collaboration. Okay. Thank you, Laura. And then "
            "maybe just a follow-up on pricing."
        ]
    )
    assert intro.endswith("Please go ahead.") and question.endswith("Thank you.")
    assert answer == "Well, we are happy with the collaboration."
    assert follow_up.startswith("Okay. Thank you, Laura.")
