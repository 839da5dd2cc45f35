"""Expert calls a broker hosts: the host, the broker's analyst named in the header, asks the expert
his own questions before the investors ask theirs; each on a short fictional call."""

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


def questions(doc: Document) -> list[str]:
    """The first paragraph of every pair's question."""
    by_n = {p.n: p.text for p in doc.paragraphs}
    return [by_n[q.question[0]] for q in doc.qa]


# A broker's expert-interview notes: header with the host (firm, then name) and an anonymous expert,
# the host's own questions, then an investor the host gives the floor to.
EXPERT_ZH = """\
岭南证券医药团队 · 专家访谈纪要

时间：2026年4月9日 10:00-11:00
主持人：岭南证券 林嘉
专家：某三甲医院心内科主任医师

主持人：各位投资者上午好，我是岭南证券医药组的林嘉。今天我们请到一位心内科的专家，先由我请教几个问题，之后开放提问。

专家：好的，大家好。我在心内科工作了二十多年，主要做介入治疗。

主持人：集采之后，医院里国产支架的使用比例现在大概是多少？

专家：我们医院国产支架的使用比例已经在九成左右，进口的主要用在少数复杂病例上。

主持人：明年药物球囊的放量节奏您怎么看？

专家：药物球囊今年已经进了集采，我判断明年手术量还能增长三成以上。

主持人：谢谢专家。下面请青禾基金的钟言提问。

投资者：专家您好，想请教一下，基层医院的介入手术开展得怎么样？

专家：县级医院这两年进步很快，不过复杂手术还是集中在大医院。

主持人：时间关系，今天的访谈就到这里，谢谢专家，也谢谢各位投资者。
"""


def test_expert_call_host_asks_as_himself() -> None:
    """The host's questions to the expert are his (with his broker), the expert answers every pair,
    and the host's welcome, hand-over and thanks are no questions."""
    doc = parse(EXPERT_ZH)
    assert_sound(doc)
    assert summary(doc) == [
        ("林嘉", "岭南证券", ["专家"]),
        ("林嘉", "岭南证券", ["专家"]),
        ("钟言", "青禾基金", ["专家"]),
    ]
    assert [t[:8] for t in questions(doc)] == ["主持人：集采之后", "主持人：明年药物", "投资者：专家您好"]
    assert "host" not in doc.speakers_by_id  # the host is the named analyst, not an unnamed role


# The same layout without the expert call: a results call's host moderates and asks nothing himself.
HOSTED_CALL_ZH = EXPERT_ZH.replace("医药团队 · 专家访谈纪要", "主办 · 云杉医疗2025年度业绩说明会").replace(
    "专家：某三甲医院心内科主任医师", "董事长：宋明"
)


def test_results_call_host_stays_moderator() -> None:
    """In a company's results call the host's lines moderate: only the investor's question is a pair."""
    doc = parse(HOSTED_CALL_ZH)
    assert [a for a, _, _ in summary(doc)] == ["钟言"]


# An English expert call written up by a broker: `Host:` / `Expert:` labels, the host named with his
# title and firm in the header, an audience question the host introduces.
EXPERT_EN = """\
Harbor Peak Securities | Grid Storage Expert Call Notes

Date: March 4, 2026
Host: Dana Reyes, Senior Analyst, Harbor Peak Securities
Expert: Former procurement director at a large US utility

Host: Good morning, everyone, and welcome. I'm Dana Reyes, and today we have a former utility procurement director with us. We'll start with my questions, then open it up.

Expert: Thanks, Dana. Happy to be here. I ran battery procurement for about eight years until last spring.

Host: How have utility battery tenders changed in size over the past year?

Expert: They roughly doubled. Most new tenders are for four-hour systems, and the average award is now above 200 megawatt-hours.

Host: And where do you see pricing heading into next year?

Expert: Cell prices have mostly bottomed. I would expect system prices to fall another five percent at most.

Host: Thank you. Let's go to the audience. Our next question comes from Sam Ortiz at Bellweather Capital.

Sam Ortiz: Thanks. How much of the supply still comes from overseas vendors?

Expert: Still the majority, maybe sixty percent, though domestic assembly is growing fast.

Host: That's all the time we have. Thank you for joining.
"""


def test_english_expert_call_host_asks_as_himself() -> None:
    """``Host: Dana Reyes, Senior Analyst, Harbor Peak Securities`` in the header: her questions are
    hers, with her firm; the ``Expert`` answers them and the audience's."""
    doc = parse(EXPERT_EN)
    assert_sound(doc)
    assert summary(doc) == [
        ("Dana Reyes", "Harbor Peak Securities", ["Expert"]),
        ("Dana Reyes", "Harbor Peak Securities", ["Expert"]),
        ("Sam Ortiz", "Bellweather Capital", ["Expert"]),
    ]
    assert [t[:14] for t in questions(doc)] == ["Host: How have", "Host: And wher", "Sam Ortiz: Tha"]
