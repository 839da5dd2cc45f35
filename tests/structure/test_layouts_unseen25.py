"""More layouts: a meeting transcript saved as a Markdown note with front matter, each on a short
fictional call."""

from __future__ import annotations

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


# Front matter listing the attendees one a line, then `**Name** (mm:ss)` lines over the speech.
FRONT_MATTER_NOTE = """\
---
type: transcript
attendees:
  - Rosa Lindgren
  - Pavel Moore
  - Ada Quinn (Guest)
duration: 18m 40s
---

# Fenmoor Mills Q1 Call - Transcript

**Rosa Lindgren** (00:03)
Welcome to the Fenmoor Mills first quarter call. I'm Rosa Lindgren from investor relations. Pavel, over to you.

**Pavel Moore** (00:20)
Thanks, Rosa. Sales rose 5% to $210 million and margin was 12.4%.

**Rosa Lindgren** (01:40)
Our first question is from Ada Quinn at Harrowgate Capital.

**Ada Quinn (Guest)** (01:48)
Thanks. Pavel, what drove the margin gain?

**Pavel Moore** (01:55)
Mostly lower pulp costs, which fell about 9% in the quarter.
"""


def test_front_matter_attendees_are_no_turns() -> None:
    """The attendees under a note's front matter speak nowhere: the only pair is the asker's
    question and the answer to it, with the firm from the host's introduction."""
    doc = parse(FRONT_MATTER_NOTE, "call.md")
    assert_sound(doc)
    assert summary(doc) == [("Ada Quinn", "Harrowgate Capital", ["Pavel Moore"])]
    assert all(p.speaker is None for p in doc.paragraphs if p.text.strip(" -") == "Pavel Moore")


# A speech service's transcript as Markdown: each turn's span in seconds and a `<br>`, then the bold
# speaker and the speech on one line; the askers left as the service's diarised labels.
TIMED_BOLD_LEADS = """\
0.0–9.2<br>
**Operator** Welcome to the Tamsin Freight second quarter call. I'll hand over to Ivo Brandt, our CFO.

9.8–24.5<br>
**Ivo Brandt** Thank you. Revenue was $540 million and operating margin was 11.2%.

25.1–31.0<br>
**Operator** Our first question comes from Mei Larkin with Dunmore Securities.

31.6–40.3<br>
**spk_3** Thanks. Ivo, what drove the margin this quarter?

40.9–52.7<br>
**Ivo Brandt** Mainly fuel surcharges, which added about 60 basis points.
"""


def test_bold_speaker_under_a_time_line_opens_a_turn() -> None:
    """``**Name** speech`` under a ``start–end<br>`` line is a turn of that speaker; the diarised
    ``spk_3`` the operator has just introduced asks as that person, from her firm."""
    doc = parse(TIMED_BOLD_LEADS, "call.md")
    assert_sound(doc)
    assert summary(doc) == [("Mei Larkin", "Dunmore Securities", ["Ivo Brandt"])]
    revenue = next(p for p in doc.paragraphs if "Revenue was $540 million" in p.text)
    assert doc.speakers_by_id[revenue.speaker or ""].name == "Ivo Brandt"
    assert revenue.body.startswith("Thank you.")


def test_bold_lead_without_a_time_line_stays_emphasis() -> None:
    """A bold word opening a sentence in running notes is emphasis, not a speaker."""
    doc = parse("Notes on the quarter.\n\n**Revenue** grew 5% to $210 million.\n\n**Margin** held at 12%.\n", "notes.md")
    assert all(p.speaker is None for p in doc.paragraphs)


# An IR record form converted to a Markdown table, the whole 主要内容 field one cell with `<br>` breaks.
RECORD_TABLE = """\
# 苏源精工股份有限公司投资者关系活动记录表

| 投资者关系活动类别 | ☑特定对象调研 |
| --- | --- |
| 参与单位名称及人员姓名 | 岭南证券 赵一鸣；恒石基金 孟瑶 |
| 上市公司接待人员姓名 | 董事会秘书 林清 |
| 投资者关系活动主要内容介绍 | 一、公司情况介绍<br>董事会秘书林清介绍了公司上半年经营情况。<br>二、交流环节<br>问题1：上半年海外收入占比是多少？<br>回复：海外收入占比为27%，同比提升5个百分点。<br>问题2：公司如何看待原材料价格走势？<br>回复：公司已与主要供应商签订年度锁价协议。 |
| 日期 | 2026年8月20日 |
"""


def test_record_table_cell_questions_are_pairs() -> None:
    """Each ``问题N：`` line in the table's cell is a question answered by the ``回复：`` line under it."""
    doc = parse(RECORD_TABLE, "record.md")
    assert_sound(doc)
    starts = [doc.paragraph(q.question[0]).text for q in doc.qa]
    assert starts == ["问题1：上半年海外收入占比是多少？", "问题2：公司如何看待原材料价格走势？"]
    assert all(q.answers for q in doc.qa)


# Numbered speakers only: the IR head hands over with a first name asked ("Nils?"), and the finance
# head, never handed to by name, is the one officer the opening listed who has no voice yet.
NUMBERED_OFFICERS = """\
Speaker 1: Welcome to the Brightmoor Tools fourth quarter call. I'll now turn the call over to Ada Penn, Head of Investor Relations.

Speaker 2: Thanks. With me are Nils Varga, our Chief Executive Officer, and Rhea Long, our Chief Financial Officer. Nils?

Speaker 3: Thank you, Ada. Orders grew 8% and our backlog reached $410 million.

Speaker 4: Thanks, Nils. Revenue was $205 million and gross margin was 36.1%.

Speaker 1: Our first question comes from Omar Shields with Kestrel Park Securities.

Speaker 5: Thanks. Nils, what drove the order growth?

Speaker 3: Mostly the new cordless range, which doubled its distribution.

Speaker 5: And on margins, how much came from pricing?

Speaker 4: About half of the gain, with lower steel costs the rest.
"""


def test_numbered_officers_named_by_first_name_question_and_by_elimination() -> None:
    """``Nils?`` closing a turn hands Nils Varga the floor; the one numbered answerer left is the one
    listed officer left, Rhea Long."""
    doc = parse(NUMBERED_OFFICERS)
    assert_sound(doc)
    assert summary(doc) == [
        ("Omar Shields", "Kestrel Park Securities", ["Nils Varga"]),
        ("Omar Shields", "Kestrel Park Securities", ["Rhea Long"]),
    ]


def test_speech_between_two_rules_is_no_front_matter() -> None:
    """A call opening with a horizontal rule keeps the turns written before the next rule."""
    text = (
        "---\n\nOperator: Welcome to the Oakhurst Paper call. Our first question comes from Lena Roth with Birchwood Capital.\n\n"
        "Lena Roth: What drove the price increase?\n\n---\n\nTom Ekwall: Higher pulp costs, which rose 12%.\n"
    )
    doc = parse(text)
    assert summary(doc) == [("Lena Roth", "Birchwood Capital", ["Tom Ekwall"])]


# A notes app's export tagging each speaker by first name only, after the turn's time.
FIRST_NAME_TAGS = """\
Meeting Transcript
Date: March 3, 2027

[00:00] Operator: Welcome to the Harlow Foods call. I'll turn the call over to Dina Park, Head of Investor Relations.

[00:15] Dina: Thanks. With me is Owen Hale, our Chief Financial Officer. Owen?

[00:30] Owen: Thanks, Dina. Sales grew 4% to $620 million.

[01:40] Operator: Our first question comes from Lucas Brandt with Ferris Lane Securities.

[01:48] Lucas: Owen, what drove the sales growth?

[02:02] Owen: Mostly pricing, which added three points.
"""


def test_first_name_tags_after_the_time_are_the_full_names_introduced() -> None:
    """``[01:48] Lucas:`` is Lucas Brandt, whom the operator introduced; ``Owen:`` the officer the
    opening named in full."""
    doc = parse(FIRST_NAME_TAGS)
    assert_sound(doc)
    assert summary(doc) == [("Lucas Brandt", "Ferris Lane Securities", ["Owen Hale"])]
