"""Turns opened by ``Name - speech`` with the askers written ``Name (Firm) - speech``: a layout of dash
labels read from the text itself, also beside labels of another shape, in a short call, or where no one is
introduced, each on a short fictional call."""

from __future__ import annotations

from tests.structure.test_layouts import assert_sound
from tests.structure.test_layouts_variants import parse, summary

# The officers and the operator by name and a dash, the askers with their firm in brackets, the opening
# remarks unlabelled: only the operator's label recurs, each asker and officer speaks once.
SHORT_CALL = """\
Fernhill Rail Services
Q3 2026 Conference Call

Operator - Good day and welcome to the Fernhill Rail third quarter call. I will hand over to our Chief Executive Officer.

Thank you, operator. Deliveries were 1,220 cars and the backlog is $1.8 billion.

Operator - Our first question comes from Ravi Ostrow with Pellam Securities.

Ravi Ostrow (Pellam Securities) - Hi. Mila, how much of the backlog ships next year?

Mila Tarkov - About half of it, Ravi.

Operator - Next is Greta Lind with Oakmere Capital.

Greta Lind (Oakmere Capital) - What tax rate should we use for next year?

Jonas Ekberg - Between 23% and 24%.
"""


def test_dash_labels_with_bracketed_firms_are_read_in_a_short_call() -> None:
    """Each asker's question is theirs with the firm in the brackets, and the officer who replies answers
    it, though no asker speaks twice."""
    doc = parse(SHORT_CALL)
    assert_sound(doc)
    assert summary(doc) == [
        ("Ravi Ostrow", "Pellam Securities", ["Mila Tarkov"]),
        ("Greta Lind", "Oakmere Capital", ["Jonas Ekberg"]),
    ]


# The company speaks under title labels with a colon; the operator and the askers are written with a dash.
MIXED = """\
Corlan Foods plc - Half-Year Results Call

Operator - Good morning and welcome to the Corlan Foods half-year results call. I will hand over to the Head of Investor Relations.

Head of Investor Relations: Thank you. I'm joined today by our Chief Executive, Aldo Verne, and our Chief Financial Officer, Petra Quill.

Chief Executive Officer: Thank you. Revenue rose 4% to £820 million.

Chief Financial Officer: Operating profit was £61 million.

Operator - Thank you. The first question comes from Lena Marsh at Bexley Partners.

Lena Marsh (Bexley Partners) - Good morning. Aldo, are volumes holding up after the price rise?

Chief Executive Officer: They are, Lena. Volumes were flat in the quarter.

Operator - The next question is from Tomas Reyes at Garrow & Co.

Tomas Reyes (Garrow & Co.) - Petra, what is the pension deficit now?

Chief Financial Officer: It is down to £14 million.
"""


def test_bracketed_dash_labels_are_read_beside_colon_title_labels() -> None:
    """The askers' ``Name (Firm) -`` lines are their turns, not the speech of the officer before them."""
    doc = parse(MIXED)
    assert_sound(doc)
    assert summary(doc) == [
        ("Lena Marsh", "Bexley Partners", ["Aldo Verne"]),
        ("Tomas Reyes", "Garrow & Co.", ["Petra Quill"]),
    ]


# A webcast read by the head of investor relations, everyone labelled by name and a dash; no operator, no
# participants list, only the host names herself in what she says.
WEBCAST = """\
Torvane Medical - Q1 2026 Results Webcast

Ines Calloway - Good morning. I'm Ines Calloway, head of investor relations. With me is our CEO.

Hugo Pratt - Thank you, Ines. Revenue was $190 million, up 8%.

Sara Lindqvist - Thanks, Hugo. Gross margin was 61.5%.

Ines Calloway - Let's take your questions. The first one, from Omar Kade: how much of the growth is new accounts?

Hugo Pratt - About a third, Omar.

Ines Calloway - Next, from Dana Holt: what tariff costs are in the guidance?

Sara Lindqvist - We've included about $3 million for the year, Dana.
"""


def test_dash_labels_are_read_where_a_speaker_names_herself_in_her_speech() -> None:
    """Every turn is its labelled speaker's (the replies the named officers', not the host's), and the
    title line above them is no one's."""
    doc = parse(WEBCAST)
    assert_sound(doc)
    by_id = doc.speakers_by_id
    speakers = [by_id[p.speaker].name if p.speaker in by_id else None for p in doc.paragraphs]
    assert speakers == [
        None,
        "Ines Calloway",
        "Hugo Pratt",
        "Sara Lindqvist",
        "Ines Calloway",
        "Hugo Pratt",
        "Ines Calloway",
        "Sara Lindqvist",
    ]


# Prose that opens paragraphs with a capitalised phrase and a dash is no layout of labels.
PROSE = """\
Harlow Parts - quarterly update

Revenue Growth - sales rose 5% to $210 million on stronger aftermarket demand.

Operating Margin - the margin widened to 12.1% on lower freight costs.

Revenue Growth - we expect a similar pace next quarter.

Operating Margin - we expect it to stay near 12%.

Capital Spending (Updated) - spending of $30 million is planned.
"""


def test_capitalised_topics_before_a_dash_are_no_speakers() -> None:
    """Topic headings before a dash, one in brackets, name no speaker."""
    doc = parse(PROSE)
    assert not [p.n for p in doc.paragraphs if p.speaker]
    assert doc.qa == ()


# Askers' labels written firm first: a broker and a news outlet the text never introduces by name.
FIRM_FIRST = """\
Operator: Good morning and welcome to the Dunmere Water results call. I will hand over to Lisa Crane, Chief Financial Officer.

Lisa Crane: Thank you. Operating profit was £210 million and gearing stood at 58%.

Operator: We will now take questions.

Halloway Brokers – Ivo Pascoe: Lisa, where do you see gearing at the end of the period?

Lisa Crane: Around 60%, Ivo.

Ferrybank Business Post – Nell Ardent: Will bills rise next year?

Lisa Crane: By about inflation, Nell.
"""


def test_a_broker_or_a_news_outlet_before_the_name_is_the_askers_firm() -> None:
    """``Firm – Name:`` with a broker's or an outlet's name first: the person asks, for that firm."""
    doc = parse(FIRM_FIRST)
    assert_sound(doc)
    assert summary(doc) == [
        ("Ivo Pascoe", "Halloway Brokers", ["Lisa Crane"]),
        ("Nell Ardent", "Ferrybank Business Post", ["Lisa Crane"]),
    ]
