"""English landlord calls: the leasing a figure measures by its unit ("141 new leases signed" is a count of leases,
"totaling 605,000 square feet" the space they cover, "leasing volume was 1.7 million square feet" the space leased).

The calls and sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021
call); the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_leases_signed_are_counted_and_the_space_they_total_is_not_a_count_of_them() -> None:
    facts = facts_of(
        "New lease spreads were a positive 6 percent, with 152 new leases signed, totaling 640,000 square feet.",
        "388 leases executed represents the most transactions reported during a quarter since the first quarter of 2017.",
    )
    signed = find(facts, raw="152")
    assert (signed.metric, signed.value, signed.period) == ("leases signed", 152, "2021Q3")
    assert not [f for f in facts if f.raw == "640,000" and f.metric == "leases signed"]
    record = find(facts, raw="388")
    assert (record.metric, record.period) == ("leases signed", "2021Q3")


def test_square_feet_a_landlord_leased_are_its_leasing_volume() -> None:
    facts = facts_of(
        "We executed over 260,000 square feet of new and renewal leases with an average roll-up in rents of 3.1%.",
        "In the third quarter, leasing volume was 1,204,330 rentable square feet.",
        "We completed 500,000 square feet of development.",
    )
    for raw, value in (("260,000", 260_000), ("1,204,330", 1_204_330)):
        f = find(facts, raw=raw)
        assert (f.metric, f.value, f.period) == ("leasing volume", value, "2021Q3")
    assert not [f for f in facts if f.raw == "500,000"]


def test_an_era_a_level_is_likened_to_dates_no_figure_after_it() -> None:
    facts = facts_of(
        "Demand continues to be at a pre-2019 normal run rate. In the third quarter, leasing volume was 1,204,330 "
        "rentable square feet."
    )
    assert find(facts, raw="1,204,330").period == "2021Q3"
