"""A label-free call's host introductions cut out of the running speech (ingest.hosted)."""

from __future__ import annotations

from finbrief.ingest.hosted import LABEL_START_RE, _may_start_label, split_hosted

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


def test_labels_without_a_colon_still_mark_a_labelled_text() -> None:
    texts = ["**Operator**", "Thank you.", "Operator (Operator)", RUN_ON]
    assert split_hosted(texts) == texts


def test_the_label_pre_test_passes_every_label_and_spares_speech() -> None:
    labels = ["Operator", "**Operator** – Welcome.", "Jane Roe：Hi.", "Jane Roe (Analysts): Hi.", "Tom Lee:"]
    speech = ["Thanks, Priya. The plant is running ahead of plan.", "Operators of the plant ran it well."]
    assert all(LABEL_START_RE.match(t) and _may_start_label(t) for t in labels)
    assert not any(_may_start_label(t) for t in speech[:1])
    assert all(LABEL_START_RE.match(t) is None for t in speech)


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


def test_a_host_turning_to_the_next_asker_introduces_them() -> None:
    (before, intro, question, answer) = split_hosted(
        [
            "That concludes our remarks. We now turn to Wendell Brooks with Larkspur Capital. Your line is open. "
            "Please go ahead. Good morning. How much of the freight backlog ships this year? Thank you. Yeah, "
            "thank you, Wendell. Most of it ships by the fourth quarter."
        ]
    )
    assert before == "That concludes our remarks."
    assert intro.startswith("We now turn to Wendell Brooks") and intro.endswith("Please go ahead.")
    assert question.endswith("Thank you.") and answer.startswith("Yeah, thank you, Wendell.")


def test_a_reply_may_write_the_first_name_another_way() -> None:
    """A machine transcription spells the asker's name as it hears it ("Tory" for Tori) or the reply
    uses a short form ("Joe" for Joseph): either still answers."""
    for name, said in (("Tori Lindqvist", "Tory"), ("Joseph Amari", "Joe"), ("Richard Vale", "Rich")):
        pieces = split_hosted(
            [
                f"Our first question comes from {name} with Harbor Point. Your line is open. Yes, good morning. "
                f"Could you size the order book and say how much of it is firm? So, {said}, this is Dana, and "
                "I'll take that one. The book is mostly firm."
            ]
        )
        assert pieces[-1].startswith(f"So, {said}, this is Dana"), (name, pieces)


def test_a_first_answer_word_after_the_question_mark_answers() -> None:
    pieces = split_hosted(
        [
            "Our next question comes from Priya Raman with Harbor Point. Your line is open. Thanks. Is the "
            "pricing you took in May holding, or is some of it being given back in the new bids? Sure. Let "
            "me take that. Pricing is holding."
        ]
    )
    assert pieces[-1] == "Sure. Let me take that. Pricing is holding."
    assert pieces[-2].endswith("in the new bids?")


def test_prepared_remarks_are_cut_where_the_call_is_handed_on() -> None:
    """Past the host's cue ("Ms. Roe, you may begin."), the next speaker opens on thanks or a greeting;
    a hand-over still to come ("Before I turn it over to ...") cuts nothing."""
    pieces = split_hosted(
        [
            "I'd like to introduce your host, Jane Roe, Investor Relations. Ms. Roe, you may begin. Thank you, "
            "Sam. Before I turn it over to Tom, a word on forward-looking statements. I'll pass the call to Tom. "
            "Good morning, everyone. Sales rose 4%. Our first question comes from Priya Raman with Harbor Point. "
            "Please proceed. How is pricing holding? Thanks, Priya. It is holding."
        ]
    )
    assert pieces[:3] == [
        "I'd like to introduce your host, Jane Roe, Investor Relations. Ms. Roe, you may begin.",
        "Thank you, Sam. Before I turn it over to Tom, a word on forward-looking statements. I'll pass the call to Tom.",
        "Good morning, everyone. Sales rose 4%.",
    ]


def test_a_follow_up_from_an_asker_introduces_them() -> None:
    pieces = split_hosted(
        [
            "Sure. It opens in March. We have another follow-up from Priya Raman with Harbor Point. Your line "
            "is open. Please go ahead. Great. Thank you. I wanted to ask about the fuel surcharge and how it "
            "resets. Thanks. Yeah, it resets every month with a lag."
        ]
    )
    assert pieces == [
        "Sure. It opens in March.",
        "We have another follow-up from Priya Raman with Harbor Point. Your line is open. Please go ahead.",
        "Great. Thank you. I wanted to ask about the fuel surcharge and how it resets. Thanks.",
        "Yeah, it resets every month with a lag.",
    ]


def test_an_answer_saying_no_to_the_asker_by_name_and_one_more_question() -> None:
    """"No, Larry, …" addresses the introduced asker: the answer starts there; "Great, Rob. One more for
    me." acknowledges the answer and asks again."""
    (intro, question, answer, again, answer2) = split_hosted(
        [
            "Our first question comes from Larry Beagle with Harbor Point. Your line is open. Thanks for taking "
            "the question. Anything to add on the litigation. No, Larry, I said everything in my remarks. The "
            "cases have no merit. Great, Rob. One more for me. How fast is the new pump growing? Sure. It grew "
            "40% in the quarter."
        ]
    )
    assert intro.endswith("Your line is open.")
    assert question.endswith("Anything to add on the litigation.")
    assert answer.startswith("No, Larry,") and answer.endswith("no merit.")
    assert again.startswith("Great, Rob. One more for me.")
    assert answer2 == "Sure. It grew 40% in the quarter."


def test_labels_past_the_first_paragraphs_still_mark_a_labelled_text() -> None:
    texts = [f"We opened our {n}th store this year." for n in range(30)]
    texts += ["Operator: Thank you.", "Jane Roe: Hi.", RUN_ON]
    assert split_hosted(texts) == texts
