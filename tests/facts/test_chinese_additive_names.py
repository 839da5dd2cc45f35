"""An additive's name that opens with a direction character ("增塑剂", "减水剂": an agent that plasticises, that reduces
water) names a product; its figure is a level, not a change.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import numbers


def test_a_figure_after_an_additives_name_is_a_level() -> None:
    for text in ("报告期内，增塑剂产品销量4.05万吨，同比下降8.99%。", "公司减水剂销量12.6万吨，同比增长3.1%。"):
        first = numbers.scan(text)[0]
        assert first.role == "level", (text, first)


def test_a_bare_direction_character_still_moves_a_figure() -> None:
    first = numbers.scan("公司产品销量同比增4.05万吨。")[0]
    assert first.role == "change"
