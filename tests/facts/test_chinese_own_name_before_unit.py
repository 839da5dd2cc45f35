"""On a Chinese page about one firm, a unit written right after the firm's own name ("澄岭科技海外收入",
"澄岭科技储能业务") is the subject of its figures, not a firm called "澄岭科技海外"."""

from __future__ import annotations

from finbrief.facts import run

from .builders import ingest

PAGE = """澄岭科技2025年三季报点评

2025年前三季度，澄岭科技光伏组件出货量5.2GW，同比增长18%。

2025年前三季度，澄岭科技海外收入9.1亿元，同比增长40%。

2025年前三季度，澄岭科技储能业务实现收入8.6亿元。
"""
"""A broker's comment on a fictional firm that writes its units after its name."""


def _subjects() -> dict[float, str]:
    sheet = run(ingest(PAGE))
    assert sheet.company == "澄岭科技"
    return {f.value: f.subject for f in sheet}


def test_a_unit_after_the_firms_own_name_is_the_subject() -> None:
    subjects = _subjects()
    assert subjects.get(9.1e8) == "海外"
    assert subjects.get(8.6e8) == "储能业务"
    assert subjects.get(5.2) == "光伏组件"
