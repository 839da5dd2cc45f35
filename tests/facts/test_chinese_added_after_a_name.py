"""In Chinese "新增" after a name says the figure is what was newly added ("国内新型储能新增装机规模28GW"): it is no part
of the name, whose figure it is stays the name before it."""

from __future__ import annotations

from finbrief.facts import run

from .builders import ingest

PAGE = """澄岭科技2025年三季报点评

2025年前三季度国内新型储能新增装机规模达到28GW，同比增长52%。
"""
"""A broker's comment on a fictional firm that quotes the industry's new installations."""


def test_newly_added_is_no_part_of_the_name_before_it() -> None:
    subjects = {f.value: f.subject for f in run(ingest(PAGE))}
    assert subjects.get(28.0) == "国内新型储能"
    assert subjects.get(52.0) == "国内新型储能"
