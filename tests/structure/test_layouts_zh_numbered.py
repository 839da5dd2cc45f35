"""Meeting-recorder exports of Chinese calls whose speakers are only numbered ("说话人 N  mm:ss"):
people named by the host's words or their own, each on a short fictional call written in that layout."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.builders import n_of
from tests.structure.test_layouts import assert_sound


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def summary(doc: Document) -> list[tuple[str | None, str | None, list[str | None]]]:
    """(asker name, firm, answerer names) of every pair."""
    by_id = doc.speakers_by_id

    def name(sid: str | None) -> str | None:
        return by_id[sid].name if sid in by_id else sid

    return [(name(q.asker), q.firm, [name(a.speaker) for a in q.answers]) for q in doc.qa]


def said_by(doc: Document, fragment: str) -> str | None:
    """The shown name of whoever says the paragraph holding ``fragment``."""
    sid = doc.paragraphs[n_of(doc, fragment) - 1].speaker
    return doc.speakers_by_id[sid].name if sid in doc.speakers_by_id else sid


# The host gives the floor by title only; the finance head names herself after a first sentence.
TITLED_FLOOR = """\
白桦电子2025年中期业绩会

说话人 1  00:03
各位好，欢迎参加白桦电子中期业绩会。出席的有公司总经理钟怀远先生、财务总监潘静女士。先请总经理介绍。

说话人 2  00:40
上半年公司营业收入12.6亿元，同比增长22%，其中汽车电子收入增长35%。

说话人 3  02:10
我来讲一下财务情况。我是财务总监潘静。上半年毛利率24.8%，同比提高1.5个百分点。

说话人 1  03:30
下面进入问答环节。请南桥证券的叶知秋提问。

说话人 4  03:41
谢谢。请问汽车电子的订单能见度有多长？

说话人 2  03:58
目前在手订单可以覆盖到明年二季度。

说话人 1  05:02
今天的交流到此结束，谢谢大家。
"""


def test_a_speaker_given_the_floor_by_title_is_the_person_the_host_named_with_it() -> None:
    doc = parse(TITLED_FLOOR)
    assert_sound(doc)
    assert said_by(doc, "上半年公司营业收入12.6亿元") == "钟怀远"
    assert summary(doc) == [("叶知秋", "南桥证券", ["钟怀远"])]


def test_a_numbered_speaker_naming_themself_with_their_title_after_a_first_sentence_is_that_person() -> None:
    doc = parse(TITLED_FLOOR)
    assert said_by(doc, "上半年毛利率24.8%") == "潘静"


# One number for two askers who each introduce themselves; the host moves on with "好，下一位。".
SHARED_NUMBER = """\
松岭食品2025年三季度业绩交流
讯飞听见 转写稿

发言人1 00:00:02
大家好，欢迎参加松岭食品三季度业绩交流会。出席的有公司董事长严守一先生。下面请严董介绍。

发言人2 00:00:30
前三季度公司营业收入18.2亿元，同比增长9%，其中休闲零食增长17%。

发言人1 00:03:10
谢谢严董。现在开始提问。

发言人3 00:03:20
领导好，我是临溪证券的冯晚晴，想请教一下渠道库存现在是什么水平？

发言人2 00:03:41
经销商库存大约一个半月，处在正常区间。

发言人1 00:04:50
好，下一位。

发言人3 00:04:58
您好，我是澄湖基金的白景行，想请问一下明年的提价计划？

发言人2 00:05:20
明年暂时没有提价计划，主要靠新品拉动。

发言人1 00:06:30
时间关系，交流到此结束，谢谢大家。
"""


def test_one_number_two_self_introduced_askers_stay_two_askers() -> None:
    doc = parse(SHARED_NUMBER)
    assert_sound(doc)
    assert summary(doc) == [("冯晚晴", "临溪证券", ["严守一"]), ("白景行", "澄湖基金", ["严守一"])]


def test_the_hosts_ok_next_line_answers_nothing() -> None:
    doc = parse(SHARED_NUMBER)
    assert all("发言人1" not in [a.speaker for a in q.answers] for q in doc.qa)
