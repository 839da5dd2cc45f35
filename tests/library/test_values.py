"""Same within rounding, consistent bounds, and the kinds of conflict (scale, currency, sign, value)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from finbrief.library.values import Figure, classify, consistent, same, step


def f(
    value: float, unit: str = "%", raw: str = "", qualifier: str | None = None, high: float | None = None
) -> Figure:
    return Figure(value, unit, high, qualifier, raw)


def test_step_is_the_last_written_digit() -> None:
    assert step(38.6e9, "38.6 billion yuan") == 1e8
    assert step(380e9, "3800亿元") == 1e8
    assert step(26.0, "26%") == 1
    assert step(21.54e9, "215.4億元") == 1e7
    assert step(5.0, "五") is None


def test_rounding_makes_the_same_figure() -> None:
    assert same(f(33.398e9, "CNY", "333.98亿元"), f(33.4e9, "CNY", "334亿元"))
    assert same(f(26.0, raw="26%"), f(26.4, raw="26.4%"))
    assert not same(f(30.0, raw="30%"), f(34.0, raw="34%"))
    assert not same(f(38e9, "USD", "$38 billion"), f(38.6e9, "USD", "$38.6 billion"))
    assert not same(f(1.0, "CNY"), f(1.0, "USD"))


def test_bounds_and_ranges_are_consistent_with_values_inside() -> None:
    assert consistent(f(20.0, qualifier="over", raw="20%"), f(29.0, raw="29%"))
    assert not consistent(f(20.0, qualifier="over", raw="20%"), f(15.0, raw="15%"))
    assert consistent(f(40.0, high=45.0, raw="40%-45%"), f(42.0, raw="42%"))
    assert consistent(f(4.0, qualifier="approx", raw="约4%"), f(4.3, raw="4.3%"))


def test_translation_slips_are_classified() -> None:
    rmb = f(380e9, "CNY", "3800亿元")
    assert classify(rmb, f(38e9, "USD", "$38 billion")) == ("scale", "currency")
    assert classify(rmb, f(380e9, "USD", "$380 billion")) == ("currency",)
    assert classify(f(31.0, raw="31%"), f(3.1, raw="3.1%")) == ("scale",)
    assert classify(f(-12.0, raw="12%"), f(12.0, raw="12%")) == ("sign",)
    assert classify(f(31.0, raw="31%"), f(26.0, raw="26%")) == ("value",)


def test_conversions_and_incomparable_units_are_not_conflicts() -> None:
    assert classify(f(380e9, "CNY", "3800亿元"), f(53e9, "USD", "$53 billion")) is None
    assert classify(f(31.0, "%"), f(31e9, "CNY")) is None
    assert classify(f(31.0, raw="31%"), f(31.0, raw="31%")) is None


figures = st.builds(
    Figure,
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False),
    st.sampled_from(["%", "CNY", "USD"]),
    st.none(),
    st.sampled_from([None, "approx", "over", "under"]),
    st.sampled_from(["", "26%", "38.6 billion", "3800亿元"]),
)


@given(figures, figures)
def test_comparisons_are_symmetric(a: Figure, b: Figure) -> None:
    assert same(a, b) == same(b, a)
    assert consistent(a, b) == consistent(b, a)
    ka, kb = classify(a, b), classify(b, a)
    assert (ka is None) == (kb is None)
    if ka is not None and kb is not None:
        assert set(ka) == set(kb)


@given(figures)
def test_a_figure_is_the_same_as_itself(a: Figure) -> None:
    assert same(a, a) and classify(a, a) is None
