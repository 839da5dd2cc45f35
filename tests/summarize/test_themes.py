"""The theme taxonomy is data: it loads, titles follow the language, noise is recognised."""

from __future__ import annotations

from finbrief.lexicon.themes import taxonomy, taxonomy_from_data


def test_packaged_taxonomy_has_the_themes_an_analyst_expects() -> None:
    keys = [t.key for t in taxonomy().themes]
    for key in (
        "financial_performance",
        "segments",
        "customers_demand",
        "products_technology",
        "costs_operations",
        "strategy_investment",
        "shareholder_returns",
        "outlook_guidance",
        "risks",
    ):
        assert key in keys
    for t in taxonomy().themes:
        assert t.title("en") and t.title("zh-Hans") and t.title("zh-Hant")


def test_no_theme_or_topic_names_a_company_product() -> None:
    # industry words only: a company's products are found through the subjects lexicon
    tax = taxonomy()
    hits = [t.keyword_hits for t in tax.themes] + [t.hits for t in tax.topics]
    for count in hits:
        for word in ("taobao", "tmall", "qwen", "aidc", "lazada", "88vip"):
            assert count(f"the {word} business", "") == 0, word
        for word in ("淘宝", "天猫", "千问", "通义", "高德", "钉钉"):
            assert count("", f"{word}业务") == 0, word


def test_themes_fit_other_industries() -> None:
    tax = taxonomy()

    def themes(text: str) -> set[str]:
        return {t.key for t in tax.themes if t.keyword_hits(text.lower(), "")}

    assert "customers_demand" in themes("Occupancy ended the quarter at 95.2% with strong leasing spreads.")
    assert "customers_demand" in themes("Backlog grew to a record and book-to-bill was 1.1.")
    assert "products_technology" in themes("The Phase 3 trial met its endpoint and we filed for approval.")
    assert "costs_operations" in themes("Production rose and unit costs fell on higher utilization.")
    assert "risks" in themes("Net charge-offs rose and credit quality remains a focus.")
    titles = {t.key: t.title("en") for t in tax.topics}
    for key in ("occupancy", "credit", "lending", "same_store", "orders", "production", "pipeline"):
        assert titles[key]


def test_traditional_titles_are_derived_from_simplified() -> None:
    t = taxonomy().by_key("shareholder_returns")
    assert t.title("zh-Hans") == "股东回报"
    assert t.title("zh-Hant") == "股東回報"


def test_keywords_match_whole_english_words_and_chinese_substrings() -> None:
    t = taxonomy().by_key("shareholder_returns")
    assert t.keyword_hits("we repurchased shares and raised the dividend", "") == 2
    assert t.keyword_hits("the repurchaser", "") == 0
    assert t.keyword_hits("", "本季度我们回购了12亿美元") == 1


def test_disclaimers_are_noise_and_greetings_are_pleasantries() -> None:
    tax = taxonomy()
    assert tax.is_noise("this call contains forward-looking statements.", "")
    assert tax.is_noise("", "今天的讨论将包含前瞻性声明")
    assert not tax.is_noise("revenue rose 9%.", "")
    assert tax.pleasantries("", "谢谢,晚上好。恭喜管理层") >= 3
    assert tax.pleasantries("thank you, operator.", "") == 1


def test_call_procedure_is_noise_and_its_asides_are_pleasantries() -> None:
    tax = taxonomy()
    assert tax.is_noise("after my remarks, dana will review the results, and then we will open the call for questions.", "")
    assert tax.is_noise("we'll be happy to take your questions once lee has covered the quarter.", "")
    assert tax.is_noise("i will lead off today's call by providing commentary on the quarter.", "")
    assert tax.is_noise("the gaap measures are in our earnings materials, posted on our investor relations website.", "")
    assert not tax.is_noise("after the remarks of the regulator, we raised prices.", "")
    assert tax.is_noise("joining me today on the call to discuss results are ann lee, our ceo, and raj patel, our cfo.", "")
    assert tax.is_noise("on the call today are ann lee, chief executive officer, and raj patel.", "")
    assert not tax.is_noise("on the call with tenants, we agreed new terms.", "")
    assert tax.is_noise("ann, raj and lee are here with me to discuss our results for the third quarter.", "")
    assert tax.is_noise("also joining today's call are ann lee, chief operating officer, and raj patel.", "")
    assert tax.is_noise("we appreciate you dialing in today, and we look forward to giving you an overview of our quarter.", "")
    assert tax.pleasantries("happy friday morning, everyone.", "") == 1
    assert tax.pleasantries("i think the question is on labor costs.", "") == 1
    assert tax.pleasantries("with that, we thank you for your support of our plan.", "") == 1
    assert tax.pleasantries("labor costs rose 4% in the quarter.", "") == 0


def test_metric_weights_prefer_headline_metrics() -> None:
    tax = taxonomy()
    assert tax.metric_weight("revenue") > tax.metric_weight("share price")
    assert tax.metric_weight("adjusted EPS") == 1.0
    assert tax.metric_weight("something new") == 0.4


def test_custom_taxonomy_data() -> None:
    tax = taxonomy_from_data(
        {"themes": {"x": {"titles": {"en": "X"}, "en": ["widgets?"], "zh": ["部件"]}}, "metric_weights": []}
    )
    assert tax.by_key("x").keyword_hits("two widgets", "部件") == 2
    assert tax.by_key("x").title("zh-Hant") == "X"


def test_spoken_fillers_and_self_repairs_are_pleasantries() -> None:
    tax = taxonomy()
    assert tax.pleasantries("i mean we might add -- and i won't have the number -- about 3% a year.", "") == 2
    assert tax.pleasantries("you know, it was kind of a slow month.", "") == 2
    assert tax.pleasantries("we mean to grow 3% a year in kind.", "") == 0
