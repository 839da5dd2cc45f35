"""Data-to-text: figures realised from facts in the output language, exact and verifiable."""

from __future__ import annotations

import pytest

from finbrief.api import parse_bytes
from finbrief.facts import run
from finbrief.facts.numbers import format_amount
from finbrief.model import Document, Fact
from finbrief.summarize.realise import Record, doubt, highlights, realise, records, writable
from finbrief.verify import check
from tests.summarize.helpers import doc_from, zh_call, zh_facts


@pytest.mark.parametrize(
    ("value", "unit", "lang", "text"),
    [
        (38.6e9, "CNY", "en", "RMB 38.6 billion"),
        (38.6e9, "CNY", "zh-Hans", "386亿元"),
        (380e9, "CNY", "en", "RMB 380 billion"),
        (33.398e9, "CNY", "en", "RMB 33.398 billion"),
        (140.1e9, "CNY", "zh-Hans", "1401亿元"),
        (1234.5e6, "USD", "en", "$1,234.5 million"),
        (452.2e6, "USD", "en", "$452.2 million"),
        (0.83, "USD", "en", "$0.83"),
        (1.2e9, "USD", "zh-Hans", "12亿美元"),
        (26.0, "%", "en", "26%"),
        (1.5, "pp", "en", "1.5 percentage points"),
        (1.5, "pp", "zh-Hans", "1.5个百分点"),
        (53e6, "count", "en", "53 million"),
        (1.2e8, "count", "zh-Hans", "1.2亿"),
    ],
)
def test_one_formatter_with_the_options_highlights_use(value: float, unit: str, lang: str, text: str) -> None:
    assert format_amount(value, unit, lang, dollar="$", long_units=True) == text


def _f(metric: str, value: float, unit: str, subject: str = "Cloud Intelligence Group", **kw: object) -> Fact:
    return Fact(subject, metric, value, unit, 3, "x", 0, 1, **kw)  # type: ignore[arg-type]


def test_level_and_growth_make_one_sentence() -> None:
    r = Record(
        "Cloud Intelligence Group",
        "revenue",
        _f("revenue", 33.4e9, "CNY"),
        _f("revenue", 26.0, "%", change="yoy"),
        3,
        0,
        1.0,
    )
    # an unqualified change is year on year (the newswire convention); quarter on quarter is said
    assert (
        realise(r, "Alibaba Group", "en").text
        == "Cloud Intelligence Group revenue rose 26% to RMB 33.4 billion."
    )
    assert realise(r, "Alibaba Group", "zh-Hans").text == "云智能集团收入同比增长26%至334亿元。"
    assert realise(r, "Alibaba Group", "zh-Hant").text == "雲智能集團收入同比增長26%至334億元。"
    assert realise(r, "Alibaba Group", "en").citations == (3,)
    qoq = Record(
        "NovaSky", "revenue", None, _f("revenue", 5.0, "%", "NovaSky", change="qoq"), 3, 0, 1.0, quarter=3
    )
    assert realise(qoq, "NovaSky", "en").text == "Q3 revenue rose 5% quarter on quarter."


def test_declines_losses_and_outflows_read_as_such() -> None:
    down = Record(
        "Alibaba Group", "adjusted EBITDA", None, _f("adjusted EBITDA", -14.0, "%", change="yoy"), 3, 0, 1.0
    )
    assert realise(down, "Alibaba Group", "en").text == "Adjusted EBITDA fell 14%."
    assert realise(down, "Alibaba Group", "zh-Hans").text.endswith("同比下降14%。")
    fcf = Record("Alibaba Group", "free cash flow", _f("free cash flow", -18.8e9, "CNY"), None, 3, 0, 1.0)
    assert realise(fcf, "Alibaba Group", "en").text == "Free cash flow was an outflow of RMB 18.8 billion."
    assert "净流出188亿元" in realise(fcf, "Alibaba Group", "zh-Hans").text
    loss = Record("All others", "adjusted EBITA", _f("adjusted EBITA", -1.4e9, "CNY"), None, 3, 0, 1.0)
    assert (
        realise(loss, "Alibaba Group", "en").text
        == "All others adjusted EBITA was a loss of RMB 1.4 billion."
    )
    per_share = _f("EPS", -0.05, "USD", "NovaSky", raw="$0.05", per="share")
    eps = Record("NovaSky", "EPS", per_share, None, 3, 0, 1.0, quarter=2)
    assert realise(eps, "NovaSky", "en").text == "Q2 loss per share $0.05."
    net = Record(
        "NovaSky", "net income", _f("net income", -3e6, "USD", "NovaSky"), None, 3, 0, 1.0, quarter=2
    )
    assert realise(net, "NovaSky", "en").text == "Q2 net loss $3 million."
    for metric, said in (("earnings", "Q2 net loss"), ("operating income", "Q2 operating loss"), ("profit", "Q2 loss")):
        lost = Record("NovaSky", metric, _f(metric, -3e6, "USD", "NovaSky"), None, 3, 0, 1.0, quarter=2)
        assert realise(lost, "NovaSky", "en").text == f"{said} $3 million."


def test_a_chinese_business_line_is_named_in_english_or_not_written() -> None:
    overseas = Record("海外", "deliveries", None, _f("deliveries", 140.0, "%", "海外", change="yoy"), 3, 0, 1.0)
    assert realise(overseas, "Lingyun", "en").text == "Overseas deliveries rose 140%."
    assert realise(overseas, "Lingyun", "zh-Hans").text == "海外交付量同比增长140%。"
    unknown = Record("蓝鲸", "gross margin", _f("gross margin", 16.8, "%", "蓝鲸"), None, 3, 0, 1.0)
    assert not writable(unknown, "Lingyun", "en")  # named in no words an English reader can read: not written
    assert writable(unknown, "Lingyun", "zh-Hans") and writable(overseas, "Lingyun", "en")
    ahead = Record("整车", "gross margin guidance", _f("gross margin guidance", 18.0, "%", "整车"), None, 3, 0, 1.0,
                   forward=True)
    assert realise(ahead, "Lingyun", "en").text == "Sees vehicle gross margin 18%."


def test_reported_figures_read_in_the_newswire_register_as_written() -> None:
    eps = Record(
        "NovaSky",
        "adjusted EPS",
        _f("adjusted EPS", 1.3, "USD", "NovaSky", raw="$1.30"),
        None,
        3,
        0,
        1.0,
        quarter=3,
    )
    assert realise(eps, "NovaSky", "en").text == "Q3 adjusted earnings per share $1.30."
    level = _f("revenue", 188.4e6, "USD", "NovaSky", raw="$188.4 million")
    base = _f("revenue", 163.2e6, "USD", "NovaSky", raw="$163.2 million", basis="prior", period="2020Q3")
    r = Record("NovaSky", "revenue", level, None, 3, 0, 1.0, quarter=3, base=base)
    assert realise(r, "NovaSky", "en").text == "Q3 revenue $188.4 million versus $163.2 million."
    assert realise(r, "NovaSky", "zh-Hans").text == "三季度收入为1.884亿美元（对比1.632亿美元）。"
    big = _f("assets under management", 1284.6e9, "USD", "NovaSky", raw="$1,284.6 billion")
    aum = Record("NovaSky", "assets under management", big, None, 3, 0, 1.0)
    assert realise(aum, "NovaSky", "en").text == "Assets under management $1,284.6 billion."


def test_qualifiers_and_ranges() -> None:
    capex = Record(
        "Alibaba Group", "capex", _f("capex", 380e9, "CNY", qualifier="over"), None, 3, 0, 1.0, True
    )
    assert (
        realise(capex, "Alibaba Group", "en").text
        == "Plans capital expenditure of more than RMB 380 billion."
    )
    assert realise(capex, "Tencent", "en").text == (
        "Alibaba Group plans capital expenditure of more than RMB 380 billion."
    )
    guide = Record(
        "ACME",
        "revenue guidance",
        _f(
            "revenue guidance", 2.41e9, "USD", "ACME", value_high=2.46e9, raw="$2.41 billion to $2.46 billion"
        ),
        None,
        3,
        0,
        1.0,
        True,
        period="FY 2022",
    )
    assert realise(guide, "ACME", "en").text == "Sees FY 2022 revenue $2.41 billion to $2.46 billion."
    eps = _f("adjusted EPS guidance", 3.0, "USD", "ACME", value_high=3.2, raw="$3.00 to $3.20")
    r = Record("ACME", "adjusted EPS guidance", eps, None, 3, 0, 1.0, True, period="Q4")
    assert realise(r, "ACME", "en").text == "Sees Q4 adjusted earnings per share $3.00 to $3.20."
    growth = Record(
        "ACME",
        "revenue guidance",
        None,
        _f("revenue guidance", 5.0, "%", "ACME", value_high=6.0),
        3,
        0,
        1.0,
        True,
    )
    assert realise(growth, "ACME", "en").text == "Sees revenue up 5% to 6%."
    # a forecast step from this quarter is said, as a result's is: unqualified reads as year on year
    step = _f("revenue guidance", 3.0, "%", "ACME", change="qoq")
    sequential = Record("ACME", "revenue guidance", None, step, 3, 0, 1.0, True, period="Q4")
    assert realise(sequential, "ACME", "en").text == "Sees Q4 revenue up 3% quarter on quarter."
    level = _f("revenue guidance", 530e6, "USD", "ACME", raw="$530 million")
    both = Record("ACME", "revenue guidance", level, step, 3, 0, 1.0, True, period="Q4")
    assert realise(both, "ACME", "en").text == "Sees Q4 revenue $530 million, up 3% quarter on quarter."


def test_sample_call_highlights_are_verified_and_rank_headline_results_first() -> None:
    doc = zh_call()
    facts = zh_facts(doc)
    rs = records(doc, facts)
    assert rs[0].metric == "revenue"
    for lang in ("en", "zh-Hans", "zh-Hant"):
        hs = highlights(doc, facts, lang)
        assert len(hs) >= 5
        for h in hs:
            assert check(h, doc) is None, (h, check(h, doc))
    en = [h.text for h in highlights(doc, facts, "en")]
    assert "Q2 revenue rose 9% to RMB 126.85 billion." in en
    assert any(t.startswith("Q2 NovaSky Cloud revenue rose 31% to RMB 21.54 billion") for t in en)


NOVASKY_CALL = """\
Welcome to NovaSky's third quarter 2021 earnings call. NovaSky's team delivered a record quarter.
Third quarter sales reached $188.4 million versus $163.2 million in the third quarter of last year.
Adjusted earnings per share for the third quarter came to $0.64, and GAAP earnings per share to $0.52.
For fiscal 2022, we expect revenue of $2.41 billion to $2.46 billion.
We expect adjusted earnings per share of $2.70 to $2.95 for fiscal 2022.
"""


def test_an_english_call_reads_in_the_newswire_register_and_verifies() -> None:
    doc = doc_from(NOVASKY_CALL)
    texts = [h.text for h in highlights(doc, run(doc), "en")]
    assert "Q3 adjusted earnings per share $0.64." in texts
    assert "Q3 GAAP earnings per share $0.52." in texts
    assert "Q3 sales $188.4 million versus $163.2 million." in texts  # the call says "sales"
    assert "Sees FY 2022 revenue $2.41 billion to $2.46 billion." in texts
    assert "Sees FY 2022 adjusted earnings per share $2.70 to $2.95." in texts
    for h in highlights(doc, run(doc), "en"):
        assert check(h, doc) is None, (h, check(h, doc))


def test_headlines_stop_where_the_figures_stop_mattering() -> None:
    doc = doc_from(NOVASKY_CALL + "Headcount was 1,200 at quarter end.\n")
    facts = run(doc)
    everything = highlights(doc, facts, "en", k=10)
    headlines = highlights(doc, facts, "en", k=10, floor=0.7)
    assert len(headlines) < len(everything)
    assert not any("Headcount" in h.text for h in headlines)


def _clause_fact(text: str, number: str, metric: str, value: float, unit: str = "USD", **kw: object) -> tuple[Document, Fact]:
    """A one-paragraph document and the fact of ``number`` in it, its evidence the words before it."""
    doc = doc_from(text)
    p = next(p for p in doc.paragraphs if number in p.text)
    at = p.text.index(number)
    start, end = max(0, at - 45), at + len(number)
    if metric.split()[-1].lower() not in p.text[start:end].lower():  # "$36 million related to sales"
        end = len(p.text.rstrip("."))
    return doc, Fact("NovaSky", metric, value, unit, p.n, p.text[start:end], start, end, raw=number, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "number", "metric", "value", "unit"),
    [
        ("Supply shortages impacted our third quarter revenue by approximately $4 million.", "$4 million", "revenue", 4e6, "USD"),
        ("Revenue from our drone services work totaled $9 million in Q3.", "$9 million", "revenue", 9e6, "USD"),
        ("The stores we bought add $30 million in incremental annual revenues.", "$30 million", "revenue", 30e6, "USD"),
        ("It is expected to generate revenue of approximately $35 million in 2022.", "$35 million", "revenue", 35e6, "USD"),
        ("Fixed income had average daily revenues of $1.5 million.", "$1.5 million", "revenue", 1.5e6, "USD"),
        ("We received $36 million related to sales of cargoes.", "$36 million", "sales", 36e6, "USD"),
        ("We reported net income of $21 million or $0.50 per share, down from adjusted net income of $25 million or $0.61 per share in the prior year quarter.", "$0.61", "adjusted EPS", 0.61, "USD"),
        ("The insurance recovery represents about $0.07 per share of earnings.", "$0.07", "EPS", 0.07, "USD"),
        ("This includes $0.02 per share from credit and another $0.01 from joint ventures.", "$0.01", "EPS", 0.01, "USD"),
        ("Last year's adjusted net income per diluted share excluded $0.13 of divestiture adjustments.", "$0.13", "adjusted EPS", 0.13, "USD"),
        ("Core earnings per share improvement in the quarter was $0.12.", "$0.12", "adjusted EPS", 0.12, "USD"),
        ("NAREIT FFO per diluted share was $0.45.", "$0.45", "diluted EPS", 0.45, "USD"),
        ("Results included investment gains and losses of $124 million or $0.42 per share.", "$0.42", "EPS", 0.42, "USD"),
        ("We face a difficult comparison to the prior year when sales increased 14%.", "14%", "revenue", 14.0, "%"),
        ("Year-to-date capital expenditures were approximately $70 million.", "$70 million", "capex", 70e6, "USD"),
        ("In the fourth quarter, Domestic Card revenue was $1.2 billion.", "$1.2 billion", "revenue", 1.2e9, "USD"),
    ],
)
def test_a_figure_its_own_clause_says_is_something_else_is_doubted(
    text: str, number: str, metric: str, value: float, unit: str
) -> None:
    doc, f = _clause_fact(text, number, metric, value, unit, change="yoy" if unit == "%" else None)
    assert doubt(doc, f) is not None


@pytest.mark.parametrize(
    ("text", "number", "metric", "value"),
    [
        ("Revenue for the quarter was $50.2 million.", "$50.2 million", "revenue", 50.2e6),
        ("Excluding the impact of a gain on a sale, adjusted earnings were $127.1 million or $1.04 per diluted share.", "$1.04", "adjusted EPS", 1.04),
        ("Driven by strong pricing, earnings per share grew 48% to $2.87.", "$2.87", "EPS", 2.87),
        ("We reported net income of $21 million or $0.50 per share, down from $25 million.", "$0.50", "EPS", 0.50),
        ("Net revenue in the quarter was $2.27 billion, an increase of $416 million.", "$2.27 billion", "revenue", 2.27e9),
        ("Compared to last year, revenue was up 5% to $3.2 million.", "$3.2 million", "revenue", 3.2e6),
        ("Fourth-quarter revenue of $3.636 billion grew 10.2%.", "$3.636 billion", "revenue", 3.636e9),
    ],
)
def test_the_metric_s_own_figure_is_not_doubted(text: str, number: str, metric: str, value: float) -> None:
    doc, f = _clause_fact(text, number, metric, value)
    assert doubt(doc, f) is None


def test_a_change_stated_for_a_part_is_not_the_total_s() -> None:
    doc = doc_from(
        "Welcome to NovaSky's third quarter 2021 earnings call.\n"
        "Third quarter consolidated revenues were $188.4 million, with NovaSky Cloud at $120 million, up 25%.\n"
    )
    texts = [h.text for h in highlights(doc, run(doc), "en", k=10)]
    assert "Q3 revenue $188.4 million." in texts
    assert not any("25%" in t for t in texts), texts


def test_a_half_years_forecast_is_shown_with_its_half_or_not_at_all() -> None:
    """A half year named right after the figure labels it; a half the sentence names elsewhere does not, and
    the forecast is then left out rather than read as the year's."""
    head = (
        "Welcome to NovaSky's second quarter 2022 earnings call.\n"
        "Revenue for the second quarter was $512 million, up 6%.\n"
    )
    doc = doc_from(head + "We expect revenue growth of 8% to 10% in the second half.\n")
    texts = [h.text for h in highlights(doc, run(doc), "en", k=10)]
    assert "Sees second-half revenue up 8% to 10%." in texts, texts
    doc = doc_from(head + "We expect revenue growth of 8% to 10%, mostly in the second half.\n")
    texts = [h.text for h in highlights(doc, run(doc), "en", k=10)]
    assert not any("8% to 10%" in t and "second-half" not in t for t in texts), texts


def test_a_quarter_named_for_another_figure_does_not_label_guidance() -> None:
    """The Q4 dates the implied figure; the range before it is the year's outlook."""
    doc = doc_from(
        NOVASKY_CALL.split("For fiscal 2022")[0]
        + "Our revenue guidance is now $820 million to $830 million, which implies $210 million to $220 million in Q4.\n"
    )
    texts = [h.text for h in highlights(doc, run(doc), "en", k=10)]
    assert "Sees revenue $820 million to $830 million this year." in texts
    assert not any(t.startswith("Sees Q4 revenue $820 million") for t in texts), texts


def test_the_quarter_reported_labels_the_results_however_often_the_next_is_named() -> None:
    text = (
        "Welcome to NovaSky's third quarter 2021 earnings call.\n"
        "Revenue for the quarter was $50.2 million, up 10%.\n"
        "Our fourth quarter pipeline is strong. The fourth quarter is seasonally our largest. "
        "We look at the fourth quarter with confidence.\n"
    )
    doc = parse_bytes(text.encode(), "NVSK_q3_2021.txt")
    texts = [h.text for h in highlights(doc, run(doc), "en", k=10)]
    assert "Q3 revenue rose 10% to $50.2 million." in texts, texts


def test_an_actual_result_is_never_a_range() -> None:
    doc = doc_from(
        "Welcome to NovaSky's second quarter 2020 earnings call.\n"
        "Second quarter sales were $120.5 million.\n"
        "Second quarter adjusted earnings per share were in the range of $0.61 to $0.66.\n"
    )
    facts = run(doc)
    texts = [h.text for h in highlights(doc, facts, "en", k=10)]
    assert "Q2 sales $120.5 million." in texts
    assert not any("$0.61" in t for t in texts), texts


def test_a_figure_after_a_turn_to_another_period_is_not_the_quarter_s() -> None:
    doc = doc_from(
        "Welcome to NovaSky's third quarter 2021 earnings call.\n"
        "For the third quarter, revenues were $652.6 million compared to $547.8 million in the 2020 period.\n"
        "Moving on to the results for the last 12 months ended September 30, 2021. "
        "We reported net income of $206.4 million.\n"
    )
    texts = [h.text for h in highlights(doc, run(doc), "en", k=10)]
    assert "Q3 revenue $652.6 million versus $547.8 million." in texts, texts
    assert not any("$206.4 million" in t for t in texts), texts


def test_a_plan_is_never_one_quarter_s_figure_wherever_it_is_repeated() -> None:
    doc = parse_bytes(
        (
            b"Welcome to NovaSky's third quarter 2025 earnings call.\n"
            b"Revenue for the quarter was $50.2 million.\n"
            b"We had previously planned a three-year investment of $38 billion in data centers, and demand may "
            b"exceed it. The initial $38 billion investment may prove insufficient.\n"
        ),
        "NVSK_q3_2025.txt",
    )
    texts = [h.text for h in highlights(doc, run(doc), "en", k=10)]
    assert "Q3 revenue $50.2 million." in texts, texts
    assert not any(t.startswith("Q3") and "$38 billion" in t for t in texts), texts


def test_a_long_term_target_is_not_the_year_s_guidance() -> None:
    doc = doc_from(
        NOVASKY_CALL + "This is integrated into our long-term targets of $4.5 billion in sales and 11% EBITDA "
        "margins, which are well within our capability.\n"
    )
    texts = [h.text for h in highlights(doc, run(doc), "en", k=10)]
    assert "Sees FY 2022 revenue $2.41 billion to $2.46 billion." in texts
    assert not any("$4.5 billion" in t for t in texts), texts


def test_the_year_s_guidance_said_after_the_quarter_is_not_the_quarter_s() -> None:
    doc = doc_from(
        NOVASKY_CALL.replace("For fiscal 2022, we expect revenue of $2.41 billion to $2.46 billion.\n", "")
        + "Given our Q3 results, we are raising our annual guidance and now expect revenue of $700 million to "
        "$710 million.\n"
    )
    texts = [h.text for h in highlights(doc, run(doc), "en", k=10)]
    assert not any(t.startswith("Sees Q3") for t in texts), texts


def test_a_line_of_business_reaching_a_figure_is_not_the_company() -> None:
    text = "We grew our e-commerce channel, reaching approximately $1.6 billion in revenue."
    doc, f = _clause_fact(text, "$1.6 billion", "revenue", 1.6e9)
    assert doubt(doc, f) is not None


def test_a_decline_range_reads_from_the_smaller_decline() -> None:
    down = _f("revenue guidance", -14.0, "%", "ACME", value_high=-13.0)
    r = Record("ACME", "revenue guidance", None, down, 3, 0, 1.0, forward=True)
    assert realise(r, "ACME", "en").text == "Sees revenue down 13% to 14%."


def test_a_share_of_orders_and_an_authorization_are_not_growth_or_buybacks() -> None:
    doc, share = _clause_fact("About 55% of online orders were fulfilled through our stores.", "55%", "orders", 55.0, "%")
    assert doubt(doc, share) is not None
    text = "The board approved a new share repurchase authorization of up to $2 billion."
    doc, buyback = _clause_fact(text, "$2 billion", "share buyback", 2e9)
    assert doubt(doc, buyback) is not None
    doc, bought = _clause_fact("We repurchased $300 million of shares.", "$300 million", "share buyback", 3e8)
    assert doubt(doc, bought) is None


def test_a_plan_over_several_years_says_how_many() -> None:
    doc = parse_bytes(
        (
            b"Welcome to NovaSky's third quarter 2025 earnings call.\n"
            b"Revenue for the quarter was $50.2 million.\n"
            b"We plan to invest $12 billion in data centers over the next three years.\n"
        ),
        "NVSK_q3_2025.txt",
    )
    facts = run(doc)
    assert "Plans investment of $12 billion over three years." in [h.text for h in highlights(doc, facts, "en", k=10)]
    assert "计划三年内投资120亿美元。" in [h.text for h in highlights(doc, facts, "zh-Hans", k=10)]


def test_a_target_years_out_is_worded_as_a_target_not_as_guidance() -> None:
    far = Record(
        "NovaSky", "revenue guidance", _f("revenue guidance", 6e9, "USD", "NovaSky"), None, 3, 0, 1.0,
        forward=True, period="FY 2029", far=True,
    )
    assert realise(far, "NovaSky", "en").text == "Targets FY 2029 revenue $6 billion."
    assert realise(far, "NovaSky", "zh-Hans").text == "收入目标60亿美元。"
    near = Record(
        "NovaSky", "revenue guidance", _f("revenue guidance", 4e9, "USD", "NovaSky"), None, 3, 0, 1.0,
        forward=True, period="FY 2026",
    )
    assert realise(near, "NovaSky", "en").text == "Sees FY 2026 revenue $4 billion."
    assert realise(near, "NovaSky", "zh-Hans").text.startswith("预计")
