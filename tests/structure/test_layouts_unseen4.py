"""Layouts met on more public transcripts, each on a short fictional call: a machine transcription
exported as one paragraph without speaker labels, its host turning to each asker, its answers
opening on the asker's first name as the transcription heard it or on a first answer word."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound, summary


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


# One paragraph: the host's lines, the askers and the answers run together.
ONE_PARAGRAPH = (
    "Thank you. Operator, please open the line for questions. Thank you. If you would like to ask a "
    "question, please press star one. Our first question comes from Nadia Hollis with Crestline Partners. "
    "Your line is open. Please go ahead. Good morning. Thanks for taking the question. How should we think "
    "about freight volumes in the fourth quarter? Yeah, thanks, Nadia. Volumes are tracking ahead of plan. "
    "Marco, do you want to add anything on the rate side? Sure, rates held up well through October. We now "
    "turn to Oskar Brandt with Fairhaven Securities. Your line is open. Please go ahead. Hi, good morning. "
    "Is the new terminal on schedule, and what does it cost this year? Sure. Let me take that. The terminal "
    "opens in March and the spend is in the plan. Our next question comes from Tori Lindqvist with Bayside "
    "Research. Your line is open. Yes, thank you. Could you size the backlog exiting the quarter? Yeah, "
    "thanks, Tory. The backlog is up year over year."
)


def test_one_paragraph_call_is_cut_into_its_exchanges() -> None:
    """The host turning to an asker introduces them; an answer asking the next executive something
    ("Marco, do you want to add ...?") is no part of the question; "Sure." after a question answers;
    "Tory" is the transcription's Tori."""
    doc = parse(ONE_PARAGRAPH)
    assert summary(doc) == [
        ("nadia-hollis", "Crestline Partners", [None]),
        ("oskar-brandt", "Fairhaven Securities", [None]),
        ("tori-lindqvist", "Bayside Research", [None]),
    ]
    first = doc.qa[0]
    assert doc.paragraph(first.question[-1]).text.endswith("in the fourth quarter?")
    assert doc.paragraph(first.answers[0].paragraphs[0]).text.startswith("Yeah, thanks, Nadia.")
    assert_sound(doc)


# The prepared remarks of such a call: each speaker hands the call on by name, the next one opens on
# thanks or a greeting; one hand-over is still to come ("Before I turn it over to ...").
ONE_PARAGRAPH_REMARKS = (
    "Good morning and welcome to the Harrow Freight second quarter 2026 earnings call. I would now like to "
    "turn the call over to Dana Whitfield, Vice President of Investor Relations. Please go ahead. Thank you, "
    "Sarah, and good morning, everyone. With me today are Marco Oyelaran, our Chief Executive Officer, and "
    "Lena Fischer, our Chief Financial Officer. Before I turn it over to Marco, a reminder that we will make "
    "forward-looking statements today. I'll now turn the call over to Marco. Thank you, Dana. Revenue rose "
    "9% to $412 million in the quarter. Lena, over to you. Thanks, Marco. Operating margin was 14.2%. "
    "Operator, please open the line for questions. Thank you. If you would like to ask a question, please "
    "press star one. Our first question comes from Nadia Hollis with Crestline Partners. Your line is open. "
    "Good morning. How should we think about volumes in the fourth quarter? Yeah, thanks, Nadia. Volumes are "
    "tracking ahead of plan. Our next question comes from Oskar Brandt with Fairhaven Securities. Your line "
    "is open. Hi. Is the new terminal on schedule? Sure. It opens in March."
)


def speaker_of(doc: Document, snippet: str) -> str | None:
    return next(p.speaker for p in doc.paragraphs if snippet in p.text)


def test_one_paragraph_remarks_go_to_whom_each_speaker_hands_the_call() -> None:
    """A first name is the person named in full before ("Marco" is Marco Oyelaran); the host's
    instructions after the call goes to the operator are no one's."""
    doc = parse(ONE_PARAGRAPH_REMARKS)
    assert speaker_of(doc, "With me today are Marco") == "dana-whitfield"
    assert speaker_of(doc, "a reminder that we will make") == "dana-whitfield"
    assert speaker_of(doc, "Revenue rose 9%") == "marco-oyelaran"
    assert speaker_of(doc, "Operating margin was 14.2%") == "lena-fischer"
    assert speaker_of(doc, "please press star one") is None
    assert speaker_of(doc, "Good morning and welcome to the Harrow") is None
    assert [q.asker for q in doc.qa] == ["nadia-hollis", "oskar-brandt"]
    assert_sound(doc)


# A machine transcription of short lines: the hand-over ends on a comma before the title line, the
# host's cue follows, a line calls the next speaker by name alone.
SHORT_LINES_REMARKS = """\
Good day and welcome to the Tamsin Minerals fourth quarter call.
I will now turn the conference over to Owen Pryce,
Head of Investor Relations.
Thank you.
You may begin.
Good morning, everyone.
Joining me are Carla Mendes, our Chief Executive Officer,
and Felix Arndt, our Chief Financial Officer.
With that, I'll turn the call over to Carla.
Thank you, Owen.
Copper output rose 6% in the quarter.
With that, I will turn the call over to Felix
to walk through the numbers.
Felix?
Thanks, Carla.
Net income was $88 million.
With that, I will turn the call over to the operator for questions.
Operator.
Thank you.
Our first question is from Ravi Menon with Ostrava Capital.
Please proceed.
Hi, thanks for taking my question.
How much of the copper output is hedged for next year?
Thanks, Ravi.
About a third of it.
Our next question is from Jo Tanaka with Elmstead Research.
Please proceed.
Is the smelter expansion still on budget?
Yes, Jo, it is.
"""


def test_short_line_remarks_go_to_whom_each_speaker_hands_the_call() -> None:
    doc = parse(SHORT_LINES_REMARKS)
    assert speaker_of(doc, "Good morning, everyone.") == "owen-pryce"
    assert speaker_of(doc, "Copper output rose 6%") == "carla-mendes"
    assert speaker_of(doc, "Net income was $88 million.") == "felix-arndt"
    assert speaker_of(doc, "Good day and welcome") is None
    assert [q.asker for q in doc.qa] == ["ravi-menon", "jo-tanaka"]
    assert_sound(doc)


def test_an_analyst_introduced_again_under_another_spelling_is_the_same_person() -> None:
    """The transcription spells a surname two ways; the same first name and firm make one analyst."""
    doc = parse(
        "Our first question comes from Andrew Kowalczyk with Fairhaven Securities. Your line is open. "
        "Good morning. How are freight rates holding up? Yeah, thanks, Andrew. They are holding. "
        "Our next question comes from Nadia Hollis with Crestline Partners. Your line is open. Hi. Is the "
        "terminal on budget? Yeah, thanks, Nadia. It is on budget. We have another follow-up from Andrew "
        "Kowalczik with Fairhaven Securities. Your line is open. Thanks. What about fuel costs? Sure. "
        "They are hedged."
    )
    assert [q.asker for q in doc.qa] == ["andrew-kowalczyk", "nadia-hollis", "andrew-kowalczyk"]
    assert_sound(doc)


def _captions(text: str, words_per_cue: int = 9) -> str:
    """``text`` as SubRip captions of a few words each, cut without regard to sentences or speakers."""
    words = text.split()
    cues = []
    for n, at in enumerate(range(0, len(words), words_per_cue)):
        t = 3 * n
        cues.append(
            f"{n + 1}\n00:{t // 60:02d}:{t % 60:02d},000 --> 00:{(t + 3) // 60:02d}:{(t + 3) % 60:02d},000\n"
            + " ".join(words[at : at + words_per_cue])
            + "\n"
        )
    return "\n".join(cues)


def test_webcast_captions_without_labels_follow_the_hand_overs_and_the_host() -> None:
    """Captions of a webcast cut every few words, speakers changing inside a cue."""
    from finbrief.ingest import run as ingest

    doc = run(ingest(_captions(ONE_PARAGRAPH_REMARKS).encode("utf-8"), "webcast.srt"))
    assert speaker_of(doc, "Revenue rose 9%") == "marco-oyelaran"
    assert speaker_of(doc, "Operating margin was 14.2%") == "lena-fischer"
    assert [(q.asker, q.firm) for q in doc.qa] == [
        ("nadia-hollis", "Crestline Partners"),
        ("oskar-brandt", "Fairhaven Securities"),
    ]
    assert_sound(doc)
