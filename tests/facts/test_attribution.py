"""Attribution: subject, metric, change, qualifier, period, evidence and speaker of each figure.

Sentences are written for these tests; the figures are invented.
"""

from __future__ import annotations

import pytest

import finbrief.lexicon as lexicon
from finbrief.facts import as_json, identity, run
from finbrief.lexicon import files
from finbrief.model import Fact

from .builders import build, ingest

ALIBABA_HEAD = "阿里巴巴集团公布2023年第三季度业绩。阿里巴巴表示业务稳健。\n"


def facts_of(text: str, language: str = "zh-Hans") -> tuple[Fact, ...]:
    """Facts of a document with one paragraph per line."""
    return run(build(text, language))  # type: ignore[arg-type]


def find(facts: tuple[Fact, ...], **want: object) -> Fact:
    """The one fact whose fields equal ``want``."""
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change) for f in facts])
    return hits[0]


def test_segment_anaphora_carries_the_last_subject() -> None:
    facts = facts_of(
        ALIBABA_HEAD
        + "下面来看各业务板块，首先是中国电商集团。该板块本季度收入达1,234亿元人民币，同比增长7%。"
    )
    level = find(facts, value=123_400_000_000)
    growth = find(facts, value=7)
    assert (level.subject, level.metric, level.unit, level.change) == (
        "China E-commerce Group",
        "revenue",
        "CNY",
        None,
    )
    assert (growth.subject, growth.metric, growth.unit, growth.change) == (
        "China E-commerce Group",
        "revenue",
        "%",
        "yoy",
    )


def test_traditional_script_and_clause_subjects() -> None:
    facts = facts_of(
        "阿里巴巴集團公布2023年第三季度業績。阿里巴巴表示：雲業務收入同比增長15%，國際數字商業集團收入同比增長21%。",
        "zh-Hant",
    )
    assert find(facts, value=15).subject == "Cloud Intelligence Group"
    aidc = find(facts, value=21)
    assert "AIDC" in aidc.subject and aidc.metric == "revenue" and aidc.change == "yoy"
    assert aidc.evidence == "國際數字商業集團收入同比增長21%"


def test_metric_after_the_figure() -> None:
    facts = facts_of(ALIBABA_HEAD + "公司表示，将在未来三年投入2000亿元用于资本开支。")
    capex = find(facts, value=200_000_000_000)
    assert (capex.subject, capex.metric, capex.period) == ("Alibaba Group", "capex", "2023-2025")
    assert capex.evidence == "将在未来三年投入2000亿元用于资本开支"


def test_company_wide_metrics_belong_to_the_company() -> None:
    facts = facts_of(ALIBABA_HEAD + "阿里云表现亮眼。本季度，我们在云基础设施方面的资本支出达到123亿人民币。")
    assert find(facts, metric="capex").subject == "Alibaba Group"


def test_losses_and_outflows_are_negative() -> None:
    facts = facts_of(
        ALIBABA_HEAD
        + "“其他”分部收入同比下降9%。该分部经调整EBITA亏损6亿元。自由现金流为净流出42亿元人民币。"
    )
    assert find(facts, value=-9).subject == "All others"
    ebita = find(facts, metric="adjusted EBITA")
    assert (ebita.subject, ebita.value, ebita.unit) == ("All others", -600_000_000, "CNY")
    fcf = find(facts, metric="free cash flow")
    assert (fcf.subject, fcf.value) == ("Alibaba Group", -4_200_000_000)


def test_loss_amount_is_negative_income() -> None:
    facts = facts_of(
        "NovaSky Technology's quarter was difficult for NovaSky Technology's team.\n"
        "NovaSky Technology's net loss was $12 million.",
        "en",
    )
    loss = find(facts, unit="USD")
    assert (loss.subject, loss.metric, loss.value) == ("NovaSky Technology", "net income", -12_000_000)


def test_narrowed_loss_is_a_decline_of_the_loss() -> None:
    facts = facts_of(ALIBABA_HEAD + "国际数字商业集团经调整EBITA亏损同比收窄20%。")
    (loss,) = facts
    assert (loss.metric, loss.value, loss.unit, loss.change) == ("adjusted EBITA loss", -20, "%", "yoy")
    facts = facts_of(
        "NovaSky Technology's year.\nNovaSky Technology's net losses narrowed by 20% from NovaSky Technology's 2022.",
        "en",
    )
    assert find(facts, unit="%").metric == "net loss" and find(facts, unit="%").value == -20


def test_margin_is_a_level() -> None:
    facts = facts_of(ALIBABA_HEAD + "云智能集团收入同比增长12%。经调整EBITA利润率稳定在7.5%。")
    margin = find(facts, value=7.5)
    assert (margin.subject, margin.metric, margin.unit, margin.change) == (
        "Cloud Intelligence Group",
        "adjusted EBITA margin",
        "%",
        None,
    )


def test_implied_subject_and_counter() -> None:
    facts = facts_of(
        ALIBABA_HEAD + "88VIP会员数保持两位数同比增长，已突破4,800万人。淘宝闪购日均订单达到9000万单。"
    )
    members = find(facts, value=48_000_000)
    assert (members.subject, members.metric, members.unit, members.qualifier) == (
        "Taobao and Tmall Group",
        "88VIP members",
        "count",
        "over",
    )
    orders = find(facts, value=90_000_000)
    assert (orders.subject, orders.metric) == ("quick commerce", "daily orders")


def test_subject_inside_an_adverbial_is_not_the_topic() -> None:
    facts = facts_of(ALIBABA_HEAD + "盒马在接入淘宝即时零售后，线上订单整体突破150万，同比增长45%。")
    assert {f.subject for f in facts if f.metric == "orders"} == {"Hema (Freshippo)"}


def test_non_gaap_modifier_before_metric() -> None:
    facts = facts_of(ALIBABA_HEAD + "本季度，不按美国通用会计准则，净利润为401.2亿元，同比增长3%。")
    assert find(facts, unit="CNY").metric == "non-GAAP net income"


def test_change_types() -> None:
    facts = facts_of(ALIBABA_HEAD + "淘天客户管理收入同比增长4%，环比增长2%。较4月，骑手数增长三倍。")
    assert find(facts, value=4).change == "yoy"
    assert find(facts, value=2).change == "qoq"
    assert find(facts, value=300, unit="%").change is None  # grew threefold, against a named base


def test_unmarked_growth_without_a_convention_has_no_change() -> None:
    facts = facts_of("阿里巴巴集团今天发布公告。阿里巴巴的云业务收入增长12%。")
    assert find(facts, value=12).change is None


def test_stated_convention_makes_unmarked_growth_yoy() -> None:
    text = (
        "阿里巴巴集团2023年12月季度财报电话会议。除非另有说明，会议中提到的增长率均为同比增长。\n"
        "阿里巴巴的云智能集团收入增长12%。"
    )
    assert find(facts_of(text), value=12).change == "yoy"


def test_english_call() -> None:
    text = "\n".join(
        [
            "Welcome to NovaSky Technology's third quarter 2023 earnings call.",
            "NovaSky Technology's teams delivered a strong quarter.",
            "NovaSky Technology's revenue was $1.25 billion in the third quarter, up 12% year over year.",
            "Diluted earnings per share were $0.47, and adjusted EPS was $0.52.",
            "Operating margin expanded 80 basis points sequentially to 18.5%.",
            "For the full year 2024, we expect revenue of $5.1 billion to $5.3 billion.",
        ]
    )
    facts = facts_of(text, "en")
    revenue = find(facts, value=1_250_000_000)
    assert (revenue.subject, revenue.metric, revenue.unit, revenue.period) == (
        "NovaSky Technology",
        "revenue",
        "USD",
        "2023Q3",
    )
    assert find(facts, value=12).change == "yoy"
    assert find(facts, value=0.47).metric == "diluted EPS"
    assert find(facts, value=0.52).metric == "adjusted EPS"
    bps = find(facts, unit="bps")
    assert (bps.value, bps.metric, bps.change) == (80, "operating margin", "qoq")
    assert find(facts, value=18.5).change is None
    guide = find(facts, value=5_100_000_000)
    assert (guide.metric, guide.value_high, guide.period) == ("revenue guidance", 5_300_000_000, "2024")


def test_english_segment_pattern() -> None:
    facts = facts_of(
        "NovaSky Technology's quarter at NovaSky Technology's plants.\n"
        "NovaSky Technology's Industrial Sensors segment sales rose 9%.",
        "en",
    )
    assert find(facts, value=9).subject == "Industrial Sensors"


def test_history_list_gets_each_period() -> None:
    facts = facts_of(
        ALIBABA_HEAD + "2021年一季度至2021年四季度，云智能集团收入同比增速分别为,-1%、2%、5%和8%。"
    )
    got = [(f.value, f.period, f.change) for f in facts if f.subject == "Cloud Intelligence Group"]
    assert got == [(-1, "2021Q1", "yoy"), (2, "2021Q2", "yoy"), (5, "2021Q3", "yoy"), (8, "2021Q4", "yoy")]


def test_period_led_clause_and_year_context() -> None:
    facts = facts_of(ALIBABA_HEAD + "去年三季度，阿里收入同比增长5%；二季度，收入同比增长4%。")
    assert find(facts, value=5).period == "2022Q3"
    assert find(facts, value=4).period == "2022Q2"


def test_evidence_is_exact_and_short() -> None:
    text = ALIBABA_HEAD + "\n".join(
        [
            "云業務收入同比增長２６％，AI相關產品收入連續第八個季度保持三位數增長。",
            "按合并基准计算，总营收为2,345亿元人民币；调整后息税折旧及摊销前利润(EBITDA)下降9%。",
        ]
    )
    doc = build(text, "zh-Hant")
    facts = run(doc)
    assert facts
    for f in facts:
        assert doc.paragraph(f.paragraph).text[f.start : f.end] == f.evidence
        assert 0 < len(f.evidence) <= 64
    assert find(facts, value=26).evidence == "云業務收入同比增長２６％"
    assert find(facts, value=-9).metric == "adjusted EBITDA"
    assert find(facts, value=234_500_000_000).subject == "Alibaba Group"


def test_order_and_speaker() -> None:
    text = "阿里巴巴集团电话会。\n阿里巴巴云业务收入同比增长12%，利润率为9%。\n淘天集团收入同比增长3%。"
    doc = build(text, speakers={2: "eddie-wu", 3: "toby-xu"})
    facts = run(doc)
    assert [(f.paragraph, f.start) for f in facts] == sorted((f.paragraph, f.start) for f in facts)
    assert [f.speaker for f in facts] == ["eddie-wu", "eddie-wu", "toby-xu"]


def test_speaker_change_resets_the_carried_subject() -> None:
    text = "阿里巴巴集团电话会，阿里巴巴出席。\n阿里云表现强劲。\n收入同比增长12%。\n收入同比增长3%。"
    facts = run(build(text, speakers={2: "a", 3: "a", 4: "b"}))
    assert find(facts, value=12).subject == "Cloud Intelligence Group"
    assert find(facts, value=3).subject == "Alibaba Group"


def test_document_without_figures() -> None:
    assert run(build("管理层表示，公司将继续投资人工智能。\nWe remain confident about the year ahead.")).facts == ()


def test_figures_without_a_metric_are_not_facts() -> None:
    assert run(build("We opened 12 new offices and hired 300 engineers.", "en")).facts == ()


def test_json_contract() -> None:
    fact = find(facts_of(ALIBABA_HEAD + "阿里云收入同比增长12%。"), value=12)
    data = as_json(fact)
    assert list(data) == [
        "subject",
        "metric",
        "value",
        "unit",
        "change",
        "period",
        "qualifier",
        "paragraph",
        "evidence",
        "speaker",
        "basis",
        "per",
    ]
    assert data["value"] == 12.0 and data["change"] == "yoy"


def test_pipeline_documents() -> None:
    doc = ingest(
        "星穹科技季度业绩\n以下为电话会实录:\n林志远:\n大家好。阿里巴巴云智能集团本季度收入同比增长21%。\n",
        source="call.txt",
    )
    facts = run(doc)
    assert any(f.value == 21 and f.unit == "%" for f in facts)
    for f in facts:
        assert doc.paragraph(f.paragraph).text[f.start : f.end] == f.evidence


@pytest.fixture
def novasky_lexicon(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lexicon with one more company and segment, added as data only."""
    original = files.load

    def patched(name: str) -> object:
        data = original(name)
        if name == "companies.yaml":
            extra = {
                "name": "NovaSky Technology",
                "aliases": ["星穹科技", "星穹", "NovaSky"],
                "currency": "CNY",
            }
            return {**data, "companies": [*data["companies"], extra]}
        if name == "subjects.yaml":
            seg = {
                "name": "NovaSky Cloud",
                "company": "NovaSky Technology",
                "aliases": ["星穹云", "NovaSky Cloud"],
            }
            return {**data, "segments": [*data["segments"], seg]}
        if name == "calendars.yaml":
            companies = {**data["companies"], "NovaSky Technology": {"fiscal_year_end_month": 6}}
            return {**data, "companies": companies}
        return data

    def clear() -> None:
        lexicon.reload()
        identity._CONTEXTS.clear()  # company and period context are kept per document

    monkeypatch.setattr(files, "load", patched)
    clear()
    yield
    monkeypatch.setattr(files, "load", original)
    clear()


@pytest.mark.usefixtures("novasky_lexicon")
def test_a_new_company_is_a_data_change() -> None:
    facts = facts_of(
        "星穹科技公布2024财年第二季度业绩。\n星穹云收入为52亿，同比增长18%。星穹科技的资本开支为9亿。"
    )
    cloud = find(facts, value=5_200_000_000)
    assert (cloud.subject, cloud.metric, cloud.unit, cloud.period) == (
        "NovaSky Cloud",
        "revenue",
        "CNY",
        "2023Q4",
    )
    assert find(facts, value=900_000_000).subject == "NovaSky Technology"


def test_a_subject_a_metric_implies_stays_with_its_company() -> None:
    """CMR implies Alibaba's China E-commerce Group in an Alibaba call, never in another company's."""
    other = facts_of("星穹科技本季度客户管理收入同比增长8%。")
    assert [f.subject for f in other if f.metric == "customer management revenue"] == ["company"]


def test_beating_expectations_is_a_result_not_a_forecast() -> None:
    got = facts_of("星穹秒达增长超出预期,9月日均订单达到6,500万单。")
    assert [f.metric for f in got if f.value == 65_000_000] == ["daily orders"]
    ahead = facts_of("Cloud revenue came in ahead of expectations at $2.1 billion.", "en")
    assert all("guidance" not in f.metric for f in ahead)
    plan = facts_of("我们预计下季度日均订单达到7,000万单。")
    assert [f.metric for f in plan if f.value == 70_000_000] == ["daily orders guidance"]


def test_our_and_the_cloud_pillar_name_their_subjects_in_an_alibaba_call() -> None:
    text = (
        "阿里巴巴集团公布季度业绩。阿里巴巴国际数字商业集团收入同比增长19%。\n"
        "在AI+云领域,来自外部客户的收入同比增长26%。\n"
        "包括AIDC在内的多个业务利润率提升。我们的净利润增长6%。"
    )
    got = facts_of(text)
    assert find(got, value=26.0).subject == "Cloud Intelligence Group"
    assert find(got, value=6.0).subject == "Alibaba Group"
