"""Paragraph splitting: the numbers are citation ids, so no text may be lost, reordered or renumbered."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from finbrief.ingest.paragraphs import (
    _repeated,
    display_width,
    page_bound,
    page_numbers,
    paragraph_texts,
    running_furniture,
    split_paragraphs,
)
from tests.ingest.builders import HANS, LONG_FIRM, VENDOR_EXPORT, WRAPPED_PROSE


def texts(text: str) -> list[str]:
    return [p.text for p in split_paragraphs(text)]


def squash(text: str) -> str:
    return "".join(text.split())


def test_each_line_is_a_paragraph() -> None:
    assert texts(HANS) == HANS.strip().split("\n")


def test_blank_lines_and_whitespace_lines_are_skipped() -> None:
    text = "\n\n  星穹科技发布业绩。 \n\u3000\u3000\n\t\n　　收入增长。\n\n\n"
    assert texts(text) == ["星穹科技发布业绩。", "收入增长。"]
    assert [p.n for p in split_paragraphs(text)] == [1, 2]


def test_inner_text_is_kept_exactly() -> None:
    line = "NovaSky  revenue\trose   18% ,  (RMB 12.3bn)"
    assert texts(f"  {line}  \n") == [line]


def test_one_sentence_per_line_stays_one_paragraph_per_line() -> None:
    lines = [
        "Good morning, and welcome to the NovaSky Technology third quarter earnings call.",
        "Revenue for the quarter was 12.3 billion yuan, up 18% from a year ago.",
        "Cloud revenue grew 26% and the cloud unit was profitable again.",
        "We expect operating margin to improve further in the fourth quarter.",
    ]
    assert texts("\n".join(lines)) == lines


def joined(text: str) -> str:
    """What a reader sees of wrapped text: each line break a space."""
    return " ".join(text.split("\n"))


def test_hard_wrapped_prose_is_one_paragraph_lines_joined_with_a_space() -> None:
    assert "\n" in WRAPPED_PROSE
    text = f"{WRAPPED_PROSE}\n\nThe shares rose 5% in Hong Kong trading.\n"
    assert texts(text) == [joined(WRAPPED_PROSE), "The shares rose 5% in Hong Kong trading."]


def test_wrapped_prose_after_a_label_line() -> None:
    assert texts(f"Operator\n{WRAPPED_PROSE}") == ["Operator", joined(WRAPPED_PROSE)]


def test_wrapped_paragraphs_without_blank_lines_split_at_short_lines() -> None:
    second = WRAPPED_PROSE.replace("NovaSky Technology said", "Its rival said")
    assert texts(f"{WRAPPED_PROSE}\n{second}") == [joined(WRAPPED_PROSE), joined(second)]


def test_vendor_export_turns_keep_labels_and_affiliations_apart() -> None:
    """Name line, affiliation line (repeated from the roster, one of them wrapped), then wrapped speech."""
    paras = texts(VENDOR_EXPORT)
    assert paras[:7] == [
        "CORPORATE PARTICIPANTS",
        "Laura Chen",
        "NovaSky Technology Inc. - Head of Investor Relations",
        "CONFERENCE CALL PARTICIPANTS",
        "Peter Grant",
        LONG_FIRM,
        "Research Analyst",
    ]
    speech = [p for p in paras if p.startswith("Thank you, Laura.")]
    assert len(speech) == 1 and "$50 billion" in speech[0] and "\n" not in speech[0]
    assert speech[0].endswith("over the next two years.")
    assert paras.count("Peter Grant") == 2 and paras.count(LONG_FIRM) == 2
    question = next(p for p in paras if p.startswith("Thanks. Could you"))
    assert question.endswith("data center build-out?")
    assert "3" not in paras and "4" not in paras  # stray page numbers dropped


def test_page_numbers_need_a_counting_run() -> None:
    assert page_numbers(["2", "text", "3", "more", "4"]) == {0, 2, 4}
    assert page_numbers(["Revenue", "12", "Cost", "7"]) == set()
    assert page_numbers(["Page 5 of 9", "text", "Page 6 of 9"]) == {0, 2}


def test_wrapped_chinese_joins_without_space() -> None:
    one = "星穹科技本季度云服务收入同比增长百分之三十一，带动集团经营利润率提升至百分"
    two = "之十四，管理层预计这一趋势将在下半年延续，海外业务亏损也在逐季收窄当中，"
    wrapped = "\n".join([one, two, "明年有望实现盈亏平衡。", "下一段"])
    assert texts(wrapped) == [one + two + "明年有望实现盈亏平衡。", "下一段"]


def test_hyphen_at_a_wrap_joins_without_space() -> None:
    text = "We signed a multi-year agreement with the largest operator in the region, a long-\nterm contract for 5 years that starts in the second half of the year, with more to come\nnext year."
    assert texts(text) == [text.replace("long-\nterm", "long-term").replace("\n", " ")]


def test_labels_inside_wrapped_text_start_paragraphs() -> None:
    body = "revenue grew in every region we serve, and our cloud margins improved for the third quarter in a row as"
    text = f"Laura Chen: Thank you all for joining, {body}\nexpected.\nPeter Grant: Thanks. {body}\nplanned."
    assert texts(text) == [
        f"Laura Chen: Thank you all for joining, {body} expected.",
        f"Peter Grant: Thanks. {body} planned.",
    ]


def test_table_and_list_blocks_are_not_merged() -> None:
    table = "Revenue          12.3 billion yuan   +18% year on year growth\nCloud revenue     4.1 billion yuan   +26% year on year growth\nOperating profit  1.9 billion yuan   +30% year on year growth"
    assert len(texts(table)) == 3
    items = "\n".join(
        f"- NovaSky expects item number {i} to contribute to revenue growth next" for i in range(4)
    )
    assert len(texts(items)) == 4


def test_chinese_lines_are_never_merged_even_without_final_punctuation() -> None:
    text = "未来三年,\n星穹科技将围绕人工智能这个战略核心加大投入\n云业务收入同比增长百分之二十六"
    assert texts(text) == text.split("\n")


def test_display_width_counts_cjk_double() -> None:
    assert display_width("AI云") == 4


# Lines mixing Chinese, English, numbers and odd whitespace; some blank, some wrapped-looking.
line_text = st.text(
    alphabet=st.sampled_from(list("星穹科技收入增长。，！？“”AbcDefg xyz.,?!%$0123456789 \t\u3000")),
    max_size=90,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(line_text, max_size=25), st.sampled_from(["\n", "\r\n", "\r"]))
def test_no_text_lost_order_kept(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    paragraphs = split_paragraphs(text)
    assert [p.n for p in paragraphs] == list(range(1, len(paragraphs) + 1))
    normalised = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    pages = page_numbers(normalised)
    kept = "".join(line for i, line in enumerate(normalised) if i not in pages)
    got = squash("".join(p.text for p in paragraphs))
    assert sorted(got) == sorted(squash(kept))  # nothing lost or added
    # A page's header or footer may follow the paragraph the page break cut; all else keeps its order.
    moved = running_furniture(normalised, _repeated(normalised)) | page_bound(normalised, pages)
    if not moved:
        assert got == squash(kept)
    moved_texts = {squash(normalised[i]) for i in moved}
    in_order = squash("".join(line for i, line in enumerate(normalised) if i not in pages and i not in moved))
    position = 0
    for p in paragraphs:
        assert p.text and p.text == p.text.strip()
        if squash(p.text) in moved_texts:
            continue  # a header or footer set after the paragraph the page break cut
        found = in_order.find(squash(p.text), position)
        assert found >= position, "paragraphs out of order"
        position = found + len(squash(p.text))


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.text(alphabet="NovaSky revenue grew in the quarter ", min_size=50, max_size=75), min_size=2)
)
def test_wrapped_like_blocks_keep_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    paragraphs = split_paragraphs(text)
    assert squash("".join(p.text for p in paragraphs)) == squash(text)
    assert all(re.sub(r"\s", "", p.text) for p in paragraphs)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["", " ", "\u3000", "a line of text", "  indented", "x"]), max_size=8))
def test_one_block_means_no_blank_line_between_text_lines(lines: list[str]) -> None:
    from finbrief.ingest.paragraphs import _is_blank, _one_block

    text_at = [i for i, line in enumerate(lines) if not _is_blank(line)]
    expected = not text_at or all(not _is_blank(line) for line in lines[text_at[0] : text_at[-1] + 1])
    assert _one_block(lines) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=".。!？;：…\"'”’」』)）]a \n(", max_size=8))
def test_a_sentence_end_is_read_from_the_line_end(line: str) -> None:
    from finbrief.ingest.paragraphs import closes_sentence

    closes = re.compile(r"[.。!！?？;；:：…](?:[\"'”’」』)）\]]*)$")
    assert closes_sentence(line) == bool(closes.search(line))


def test_make_paragraph_is_the_dataclass_built_faster() -> None:
    import dataclasses

    from finbrief.model import Paragraph, make_paragraph

    args = (7, "Orbisco Freight grew revenue 4%.", "dana-hale", "prepared", "text", 0)
    fast, slow = make_paragraph(*args), Paragraph(*args)
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert list(vars(fast)) == [f.name for f in dataclasses.fields(Paragraph)]
    assert make_paragraph(1, "Hi.") == Paragraph(n=1, text="Hi.")
    assert fast.sentences == slow.sentences
    try:
        fast.text = "changed"  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a made paragraph is frozen too")


PDF_PAGES_MID_SENTENCE = """\
Laura Chen
Chief Executive Officer, NovaSky Technology Inc.
Thank you. Revenue grew 18% to $1.2 billion and cloud revenue grew 31%, and we expect the gross margin to
recover steadily through the year as the new regions in Europe and Asia come online, which should help us
reach the targets we set out at the investor day last year and keep our cost of capital in
=== PAGE 12 ===
NOVASKY TECHNOLOGY INC. FQ3 2025 EARNINGS CALL | OCT 21, 2025
Copyright © 2025 Example Market Data. All rights reserved.
examplemarketdata.com/transcripts 12
check for the rest of the decade.
Mark Davis
Chief Financial Officer, NovaSky Technology Inc.
Gross margin was 42.5% and free cash flow was $180 million, the highest quarterly figure in our history and
well ahead of the plan that we shared with investors at the beginning of the year, when we said that the
=== PAGE 13 ===
NOVASKY TECHNOLOGY INC. FQ3 2025 EARNINGS CALL | OCT 21, 2025
Copyright © 2025 Example Market Data. All rights reserved.
examplemarketdata.com/transcripts 13
second half would carry most of the growth.
"""


def test_running_header_and_footer_inside_a_sentence_follow_it() -> None:
    """A page break's running header and footer (repeated on every page, verbatim or but for the page
    number) between a line that does not finish its sentence and one going on in lower case: the
    sentence reads on across the break, and the header and footer lines follow its paragraph, one
    paragraph each (nothing dropped)."""
    texts = paragraph_texts(PDF_PAGES_MID_SENTENCE)
    assert texts[2].endswith("keep our cost of capital in check for the rest of the decade.")
    assert texts[3:7] == [
        "=== PAGE 12 ===",
        "NOVASKY TECHNOLOGY INC. FQ3 2025 EARNINGS CALL | OCT 21, 2025",
        "Copyright © 2025 Example Market Data. All rights reserved.",
        "examplemarketdata.com/transcripts 12",
    ]
    assert texts[-5].endswith("when we said that the second half would carry most of the growth.")
    assert texts[-1] == "examplemarketdata.com/transcripts 13"
    assert texts[0] == "Laura Chen" and texts[7] == "Mark Davis"


def test_a_page_number_and_a_header_inside_a_sentence() -> None:
    """A 'Page 3 of 40' footer and the running title under it, between the halves of a sentence
    (blank lines around them or not): the sentence and its figure's scale stay whole."""
    body = (
        "Our order book closed the quarter at a record level, and we expect deliveries to pick up\n"
        "through the year as the second plant ramps and the new lines in Poland come online at\n"
        "full speed, which takes revenue for the year to about $4.6\n"
    )
    body2 = (
        "Margins held up well despite the higher input costs, and we now expect the gross margin\n"
        "for the full year to land close to the middle of the range, with free cash flow of $310\n"
    )
    title = "Harbor Lane Industrial Q2 2026 Earnings Call"
    for sep in ("\n", "\n\n"):
        text = (
            f"{body}Page 3 of 40{sep}{title}{sep}billion, the top of the range we gave in February.\n"
            f"{body2}Page 4 of 40{sep}{title}{sep}million after the plant investments in both years.\n"
        )
        texts = paragraph_texts(text)
        assert texts[0].endswith("about $4.6 billion, the top of the range we gave in February.")
        assert texts[1] == title
        assert texts[2].endswith("free cash flow of $310 million after the plant investments in both years.")
        assert texts[3] == title
        assert all("Page" not in t and title not in t for t in texts if t.startswith("Our order"))


def test_a_word_broken_by_the_wrap_is_whole_again_when_written_whole_elsewhere() -> None:
    """'re-' at a line's end and 'venue' on the next is the text's 'revenue'; a hyphenated compound
    the text writes with its hyphen ('long-term') keeps it."""
    text = (
        "Total revenue rose 12% in the quarter on higher volumes in every region, and the long-term\n"
        "contracts we signed last year lifted recurring re-\n"
        "venue to 64% of the total, while the long-\n"
        "term pipeline grew again and our order intake reached a new high for the year as a whole.\n"
    )
    (para,) = texts(text)
    assert "recurring revenue to 64%" in para
    assert "the long-term pipeline" in para
    assert "\u00ad" not in para


def test_a_broken_word_never_written_whole_is_whole_again_when_its_right_part_is_no_word() -> None:
    """'slot-' / 'ting': 'ting' is no word of the text or the lexicons, so the hyphen was the wrap's."""
    text = (
        "We expect the new warehouse management system to be fully rolled out by the end of the\n"
        "year, with most of the savings coming from fewer manual steps and better slot-\n"
        "ting of the fast movers, which we measure every week across all our sites and shifts.\n"
    )
    (para,) = texts(text)
    assert "better slotting of the fast movers" in para


def test_a_common_verb_broken_by_the_wrap_is_whole_again_whatever_the_lexicons_measure() -> None:
    """'ann-' / 'ounced': no lexicon word may make 'ounced' read as an inflected word of its own (a
    singular measure such as 'ounce' did), or the call's 'announced' stays broken."""
    text = (
        "Earlier this month the board approved a new buyback program and, in the same release, ann-\n"
        "ounced a quarterly dividend of $0.12 per share, payable to shareholders in the new year.\n"
    )
    (para,) = texts(text)
    assert "release, announced a quarterly dividend" in para


def test_a_word_broken_before_an_ending_is_whole_again_even_after_a_word() -> None:
    """'improve-' / 'ment': 'improve' is a word, but no compound ends in 'ment'."""
    text = (
        "We expect the new warehouse management system to be fully rolled out by the end of the\n"
        "year, with most of the savings coming from fewer manual steps and a steady improve-\n"
        "ment of the fast movers, which we measure every week across all our sites and shifts.\n"
    )
    (para,) = texts(text)
    assert "a steady improvement of the fast movers" in para


@pytest.mark.parametrize(
    ("left", "right", "whole"),
    [
        ("ins-", "ight", "insight"),  # 'ins' is no plural of 'in' in a word's first part
        ("toge-", "ther", "together"),  # 'ther' inflects no 'the'
    ],
)
def test_a_broken_word_whose_part_only_looks_inflected_is_whole_again(left: str, right: str, whole: str) -> None:
    """A part that only looks like a two-letter word inflected ('ins', 'ther') says nothing: the word is whole."""
    text = (
        "We expect the new warehouse management system to be fully rolled out by the end of the\n"
        f"year, with most of the savings coming from fewer manual steps and some {left}\n"
        f"{right} in the fast movers, which we measure every week across all our sites and shifts.\n"
    )
    (para,) = texts(text)
    assert f"some {whole} in the fast movers" in para


@pytest.mark.parametrize(
    ("left", "right", "kept"),
    [
        ("low-", "teens growth in the quarter", "low-teens"),  # a compound's first part (hyphens.yaml)
        ("co-", "founder of the company", "co-founder"),
        ("mid-", "single digits for the year", "mid-single"),
        ("pre-", "tax income for the year", "pre-tax"),  # 'tax' is a word on its own
        ("year-over-", "year growth in the quarter", "year-over-year"),
        ("e-", "commerce sales in the quarter", "e-commerce"),
        ("keto-", "friendly menus in the quarter", "keto-friendly"),  # a compound's second part
        ("bye-", "bye to the old systems", "bye-bye"),
    ],
)
def test_a_line_end_hyphen_of_a_compound_stays(left: str, right: str, kept: str) -> None:
    text = (
        "We expect the new warehouse management system to be fully rolled out by the end of the\n"
        f"year, with most of the savings coming from fewer manual steps and some {left}\n"
        f"{right}, which we measure every week across all our sites and shifts.\n"
    )
    (para,) = texts(text)
    assert kept in para


def test_a_broken_word_the_text_writes_inflected_is_whole_again() -> None:
    """'dis-' / 'closed' in a text that writes 'closed' and 'disclose': the whole word inflects one of the
    text's, so the hyphen was the wrap's although 'closed' is a word on its own."""
    text = (
        "Brightwater Tools closed the Halden plant in May, and we will disclose the full costs of that move in\n"
        "the annual report; the amount we dis-\n"
        "closed so far covers the severance paid to the staff of the plant and the write-down of its presses.\n"
    )
    (para,) = texts(text)
    assert "the amount we disclosed so far" in para


def test_a_broken_word_after_a_prefix_is_whole_again_when_the_text_writes_it_inflected() -> None:
    """'de-' / 'cline' in a text that writes 'declined': 'de' makes compounds, but the text writes the word."""
    text = (
        "Orders at Brightwater Tools declined 4% in the quarter as distributors ran down their stocks, and we\n"
        "expect a further de-\n"
        "cline in the first half before the new range of cordless drills reaches the shelves in the spring.\n"
    )
    (para,) = texts(text)
    assert "a further decline in the first half" in para


def test_a_short_right_part_is_no_two_letter_word_inflected() -> None:
    """'mak-' / 'ers': 'ers' is no plural of the filler 'er' the call writes, so the word is whole again."""
    text = (
        "Er, thank you. On the question of demand, we hear from policy mak-\n"
        "ers and from our dealers that the new grid rules will lift orders for our inverters from next year.\n"
    )
    (para,) = texts(text)
    assert "from policy makers and" in para


@pytest.mark.parametrize(
    ("left", "right", "whole"),
    [
        ("sustain-", "able", "sustainable"),
        ("owner-", "ship", "ownership"),
        ("our-", "selves", "ourselves"),
        ("depend-", "ent", "dependent"),
        ("select-", "ive", "selective"),
    ],
)
def test_a_word_broken_before_a_suffix_is_whole_again_after_a_word(left: str, right: str, whole: str) -> None:
    """'sustain-' / 'able', 'our-' / 'selves': no compound ends in these, though the first part is a word."""
    text = (
        "We expect the new warehouse management system to be fully rolled out by the end of the\n"
        f"year, and we sustain our plan, select our owner and depend on our staff with a {left}\n"
        f"{right} view of the fast movers, which we measure every week across all our sites and shifts.\n"
    )
    (para,) = texts(text)
    assert f"a {whole} view of the fast movers" in para


def test_a_compound_whose_first_part_the_text_writes_as_an_adverb_keeps_its_hyphen() -> None:
    """'nationally-' / 'renowned' in a text that writes 'national': both parts are words, and the text
    never writes 'nationallyrenowned', so the hyphen is the compound's."""
    text = (
        "We expect the new warehouse management system to be fully rolled out by the end of the\n"
        "year, with most of the savings coming from our position as the only nationally-\n"
        "renowned operator, which we measure every week across all our sites and shifts.\n"
        "\nThe national chains reported lower margins in the quarter.\n"
    )
    assert "nationally-renowned" in texts(text)[0]


def test_chinese_wrapped_without_spaces_keeps_the_scale_of_a_figure() -> None:
    one = "星穹科技本季度云服务收入达到人民币三十八点六亿元，同比增长三十一%，集团收入为38"
    two = "亿元，经营利润率提升至百分之十四，管理层预计这一趋势将在下半年延续下去。"
    assert texts(one + "\n" + two + "\n") == [one + two]


def test_a_title_over_a_wider_field_line_is_two_paragraphs() -> None:
    """Two lines, the second wider than the first: no wrap column to join them at."""
    lines = [
        "澄川精密股份有限公司 2025年全年业绩发布会 文字纪录",
        "出席管理层：主席 乔明远；行政总裁 姚思齐；财务总监 覃雪",
    ]
    assert texts("\n".join(lines) + "\n\n主持人：欢迎各位。\n") == [*lines, "主持人：欢迎各位。"]


def test_chinese_field_and_host_marks_start_a_paragraph_after_an_unfinished_line() -> None:
    """`出席管理層：` and `主持人：` at a line's start begin a paragraph even where the text looks wrapped."""
    lines = [
        "港灣物流集團 2025年全年業績發佈會 文字紀錄",
        "出席管理層：主席 鄧家明；行政總裁 車慧儀",
        "主持人：現在進入答問環節。",
        "問（高盛）：明年倉儲租金的增長預期？",
        "答（行政總裁）：我們預計明年租金增長約3%。",
        "問（《明報》）：會否考慮回購股份？",
        "答（主席）：暫時沒有回購計劃。",
    ]
    assert texts("\n".join(lines)) == lines


def test_language_tagged_lines_start_a_paragraph() -> None:
    """A bilingual export prints each line under a language tag, the rendering right under it: the
    tagged line starts a paragraph even after a line that finishes no sentence."""
    text = (
        "  [  1] [EN] Tuesday, July 29, 2031 at 4:30 p.m. ET\n"
        "       [中] 2031 年 7 月 29 日星期二下午 4:30 ET\n"
        "  [  2] [EN] Lumora Systems second quarter call\n"
        "       [中] Lumora Systems 第二季度电话会议\n"
    )
    assert texts(text) == [
        "[  1] [EN] Tuesday, July 29, 2031 at 4:30 p.m. ET",
        "[中] 2031 年 7 月 29 日星期二下午 4:30 ET",
        "[  2] [EN] Lumora Systems second quarter call",
        "[中] Lumora Systems 第二季度电话会议",
    ]


def test_a_figure_cut_by_the_wrap_in_chinese_text_is_joined_whole() -> None:
    """Chinese text wrapped at a column may cut a figure ("收入7" / ".6亿元"): joined with no space, the
    figure keeps its decimals and scale; a figure at a line end in English keeps its space."""
    from finbrief.ingest.paragraphs import glue

    speech = (
        "沈一鸣：谢谢主持人。上半年公司实现营业收入12.8亿元，同比增长16%；归母净利润2.3亿元，同比增长"
        "12%。其中耗材业务收入7.6亿元，同比增长24%，海外业务收入1,200万元，占比较低，但是增长很快，"
        "我们会继续加大海外市场的投入，预计全年海外收入将超过3,500万元，毛利率保持在60%以上。"
    )
    lines = [speech[k : k + 32] for k in range(0, len(speech), 32)]
    assert any(line.endswith("7") for line in lines)  # the wrap cuts "7.6亿元"
    (text,) = paragraph_texts("\n".join(lines))
    assert text == speech
    assert glue("revenue of 7", "2 billion") == "revenue of 7 2 billion"
    assert glue("up 12", "% from") == "up 12 % from"


def test_question_and_answer_labels_start_a_paragraph_in_wrapped_text() -> None:
    """A Q&A list in wrapped minutes packs "Q："/"A：" lines with no blank line between them, a question
    often cut without punctuation: each labelled line is a paragraph of its own, never glued onto the
    line before it as a wrap, in Chinese and English alike."""
    prose = (
        "玄圭材料本季度营业收入同比增长百分之十八，主要来自海外客户订单的持续放量和高端产品占比的提升。" * 4
    )
    wrapped = [prose[k : k + 40] for k in range(0, len(prose), 40)]
    qa_zh = [
        "Q：请问价格因素对本季度收入增长的贡献大概有多少以及明年的预期如何考虑成本端的变化和",
        "A：大约两个百分点来自价格其余来自销量和产品结构的改善我们预计明年价格贡献会有所下降",
        "Q：那么利润率",
        "A：持平",
    ]
    got = paragraph_texts("\n".join(wrapped + qa_zh + wrapped))
    assert got[1:5] == qa_zh
    assert "".join(got) == "".join(wrapped + qa_zh + wrapped)  # nothing lost or moved

    line = "Net sales rose in every region and the margin widened on better pricing and a richer mix, as the"
    body = [
        line,
        "team explained in its remarks on the quarter and the outlook for the year ahead of us all.",
    ]
    qa_en = [
        "Q: How much did pricing add to growth in the quarter and what do you expect from it in 2026",
        "A: About two points came from pricing and the rest came from volume and mix in all regions",
        "Q:And margins",
        "A: Flat.",
    ]
    got = paragraph_texts("\n".join(body + qa_en + body))
    assert got[1:5] == qa_en


def test_a_header_next_to_its_page_number_leaves_the_sentence_it_broke() -> None:
    """The running title printed next to each page number is the page's, even where the sentence
    goes on with a capitalised word: it follows the paragraph, which reads on."""
    text = (
        "Same-store revenue grew 6.1% in the quarter, ahead of the plan, and we raised the full-year\n"
        "guidance for core funds from operations by $0.02 per share to a new midpoint of $4.31, as\n"
        "Page 2 of 12\n"
        "Harbor Lane Industrial Q2 2026 Earnings Call\n"
        "Northern markets kept leasing at record spreads while new supply in the southern ones slowed.\n"
        "Occupancy ended the quarter at 97.2%, up 40 basis points on the year, and renewals ran high\n"
        "throughout the portfolio, with retention above the long-run average in every one of our\n"
        "Page 3 of 12\n"
        "Harbor Lane Industrial Q2 2026 Earnings Call\n"
        "regions, so we expect the second half to carry the momentum into next year as well.\n"
    )
    title = "Harbor Lane Industrial Q2 2026 Earnings Call"
    texts = paragraph_texts(text)
    assert "a new midpoint of $4.31, as Northern markets kept leasing" in texts[0]
    assert texts[0].endswith("in every one of our regions, so we expect the second half to carry the momentum into next year as well.")
    assert texts[1:] == [title, title]


def test_a_figure_cut_from_its_scale_by_a_line_break_is_whole() -> None:
    """A line never starts with a figure's scale or unit: after a line ending in a digit, '%。',
    '亿元' or 'billion' is that figure's rest, in wrapped text or not."""
    assert texts("海岳精工第三季营收新台币 85.6 亿元，先进封装占比提升到 35\n%。\n") == [
        "海岳精工第三季营收新台币 85.6 亿元，先进封装占比提升到 35%。"
    ]
    assert texts("Backlog ended at $4.6\nbillion.\nNext, margins.") == ["Backlog ended at $4.6 billion.", "Next, margins."]
    assert texts("Revenue was 38\n亿元，同比增长12%。") == ["Revenue was 38亿元，同比增长12%。"]
    assert texts("非利息收入同比增加24,812\n百万元，增长15.9%。") == ["非利息收入同比增加24,812百万元，增长15.9%。"]
    assert texts("Table 2\n2025\nRevenue") == ["Table 2", "2025", "Revenue"]


def test_a_hard_wrapped_chinese_bullet_list_keeps_each_item_whole() -> None:
    """No case tells a Chinese line goes on: a bullet wrapped at the list's column, or a line that
    starts with a comma, is the rest of the item."""
    text = (
        "二、经营情况\n\n"
        "- 示例科技2025年前三季度实现营业收入128.6亿元，同比增长15.2%，其中海外\n"
        "业务收入占比提升至32%，较上年末提高4个百分点。\n"
        "- 研发费用率为12.3%，与上年同期的12.1%相比变化不大，研发人员数量增至\n"
        "3,200人\n"
        "，同比基本持平。\n"
        "- 毛利率为28.4%，同比提升1.1个百分点，主要来自高端产品线的出货结构改善。\n"
        "- 公司预计第四季度收入环比增长5%至8%，全年资本开支维持在20亿元左右的\n"
        "水平。\n"
    )
    assert paragraph_texts(text) == [
        "二、经营情况",
        "- 示例科技2025年前三季度实现营业收入128.6亿元，同比增长15.2%，其中海外业务收入占比提升至32%，较上年末提高4个百分点。",
        "- 研发费用率为12.3%，与上年同期的12.1%相比变化不大，研发人员数量增至3,200人，同比基本持平。",
        "- 毛利率为28.4%，同比提升1.1个百分点，主要来自高端产品线的出货结构改善。",
        "- 公司预计第四季度收入环比增长5%至8%，全年资本开支维持在20亿元左右的水平。",
    ]


def test_short_chinese_list_items_stay_apart() -> None:
    """Items that end before the list's column are items of their own, punctuated or not."""
    text = (
        "- 示例科技2025年前三季度实现营业收入128.6亿元，同比增长15.2%，海外业务增长\n"
        "- 毛利率28.4%\n"
        "- 公司预计第四季度收入环比增长5%至8%，全年资本开支维持在20亿元左右水平\n"
        "- 研发投入\n"
    )
    assert paragraph_texts(text) == [line for line in text.split("\n") if line]


def test_a_wrapped_notice_in_capitals_is_one_paragraph() -> None:
    """Each line of a notice set in capitals looks like a heading; at the wrap column and unfinished,
    it goes on."""
    notice = (
        "THE INFORMATION CONTAINED IN THIS REPORT REFLECTS THE\n"
        "PUBLISHER'S SUBJECTIVE CONDENSED SUMMARY OF THE APPLICABLE\n"
        "COMPANY'S CALL AND THERE MAY BE MATERIAL ERRORS OR OMISSIONS\n"
        "IN THE REPORTING OF THE SUBSTANCE OF THE CALLS. IN NO WAY\n"
        "DOES THE PUBLISHER ASSUME ANY RESPONSIBILITY FOR ANY\n"
        "INVESTMENT OR OTHER DECISIONS MADE BASED UPON THE\n"
        "INFORMATION PROVIDED IN THIS REPORT.\n"
    )
    text = (
        "CORPORATE PARTICIPANTS\n"
        "Jane Roe - Examplo Holdings, Inc. - Chief Financial Officer\n\n"
        "Thank you for joining us today. Our revenue for the quarter\n"
        "rose 5% to $1.2 billion, driven by strong demand in our core\n"
        "markets and a steady recovery in services, as we expected.\n\n"
        "DISCLAIMER\n" + notice
    )
    got = paragraph_texts(text)
    assert got[0] == "CORPORATE PARTICIPANTS"
    assert got[-2] == "DISCLAIMER"
    assert got[-1] == " ".join(notice.split())


def test_a_participant_entry_wrapped_the_same_way_each_time_is_whole() -> None:
    """A roster entry wrapped at the column, repeated as each turn's header, is one entry each time;
    the next participant listed by name alone stays apart."""
    entry = (
        "Harbor Point Securities, LLC, Research Division - MD of Industrials and\nHealth Care\n",
        "Examplo Realty Trust, Inc. - CFO, Treasurer & Principal Accounting\nOfficer\n",
    )
    turns = (
        "We had a good quarter and we expect the trend to continue into next year\n"
        "as rates settle, with occupancy holding up across our markets and rents\n"
        "still ahead of last year in most of the portfolio we own today.\n",
        "Could you talk about the pipeline for the second half and how much of it\n"
        "is already under contract, and whether pricing has moved since spring?\n",
        "Most of it is under contract. Pricing has come in a little, perhaps by\n"
        "twenty basis points, and we see more sellers coming back to the market.\n",
    )
    text = (
        "Jim Poe\n" + entry[0] + "\nMary Moe\n" + entry[1] + "\nHealth Care\n\n"
        "Mary Moe\n" + entry[1] + turns[0] + "\nJim Poe\n" + entry[0] + turns[1]
        + "\nMary Moe\n" + entry[1] + turns[2]
    )
    got = paragraph_texts(text)
    whole = [" ".join(e.split()) for e in entry]
    assert got.count(whole[0]) == 2
    assert got.count(whole[1]) == 3
    assert "Health Care" in got  # (a heading of its own, elsewhere)


def test_a_label_after_a_page_header_starts_a_turn() -> None:
    """A PDF's text layer: a page number and the running header (its columns spaced apart) stand
    between two turns; the next speaker's label, right under the header, still opens a paragraph."""
    text = (
        "ALEX ROE: Good morning. Can you talk about the pace of group bookings for next year\n"
        "compared with where you were a year ago?\n"
        "\n"
        "JANE DOE: Group revenue on the books for next year is up about 7% versus the same time\n"
        "last year.\n"
        "                                                                   Page 2 of 4\n"
        "Example Hotels                        Q3 2025 Earnings Conference Call\n"
        "ALEX ROE: And what return are you underwriting on the renovations?\n"
        "\n"
        "JANE DOE: About 10% once the hotels stabilize.\n"
        "                                                                   Page 3 of 4\n"
    )
    paragraphs = paragraph_texts(text)
    assert "ALEX ROE: And what return are you underwriting on the renovations?" in paragraphs
    assert not any("Page 2" in p for p in paragraphs)


_LABEL_LINES = [
    "**Jane Roe - Example Capital, Analyst**",
    "__Jane Roe__:",
    "[00:05:27] **Jane Roe**",
    "(12:03) **Jane Roe**: [12:04]",
    "１２:３０ **Jane Roe**",  # full-width digits are digits to the pattern
    "٣:٠٥ **Jane Roe**",
    "12:30 **Jane Roe**",
    "Jane Roe **Analyst**",
    " **Jane Roe**",
    "*Jane Roe*",
    "",
]


@pytest.mark.parametrize("line", _LABEL_LINES)
def test_a_label_alone_is_read_as_the_plain_pattern_reads_it(line: str) -> None:
    from finbrief.ingest.paragraphs import _LABEL_ALONE_RE, _label_alone

    assert _label_alone(line) == (_LABEL_ALONE_RE.match(line) is not None)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["", "**", "__", "[", "(", "1", "１", "٣", "A", " ", "*"]), st.sampled_from(_LABEL_LINES))
def test_a_label_alone_under_any_opening_is_read_as_the_plain_pattern_reads_it(head: str, line: str) -> None:
    from finbrief.ingest.paragraphs import _LABEL_ALONE_RE, _label_alone

    text = head + line
    assert _label_alone(text) == (_LABEL_ALONE_RE.match(text) is not None)


def test_short_rest_of_a_cut_line_ending_on_a_linking_word_goes_on() -> None:
    """A hanging-indent turn cut again at 60 columns: the short rest ending on "from" and the indented
    line after it are one sentence, one paragraph."""
    text = (
        "Moderator:           The next question is from Ravi Menon\n"
        "from\n"
        "                     Kestrel Asset Management. Please go ahead.\n"
        "\n"
        "Ravi Menon:          What is the export share now?\n"
    )
    assert [squash(t) for t in texts(text)] == [
        squash("Moderator: The next question is from Ravi Menon from Kestrel Asset Management. Please go ahead."),
        squash("Ravi Menon: What is the export share now?"),
    ]


# A chat group's export hard-wrapped at 60 columns (Chinese broken anywhere): a message header (display
# name, date and time) over each message, blank lines between messages.
WRAPPED_CHAT = """\
远岫股份-董秘 贺明 2026-04-28 15:00:05
各位投资者好，欢迎参加远岫股份一季度业绩交流，今天财务总监乔
安和我一起在群里回答大家的问题，先请乔总介绍一下一季度的经营
情况。

远岫股份-财务总监 乔安 2026-04-28 15:01:10
一季度公司实现营业收入5.2亿元，同比增长14%，毛利率31.5%，环
比提升1.2个百分点。

远岫股份-财务总监 乔安 2026-04-28 15:01:40
经营性现金流净额1.1亿元。

泓川证券-祝远 2026-04-28 15:03:30
请问一季度毛利率提升的原因是什么？后面几个季度还能保持吗？
"""


def test_a_wrapped_chat_export_keeps_each_message_header_apart() -> None:
    """A header line ending on its date and time never runs on into the message under it, even in a
    hard-wrapped text where the header is as wide as a full line."""
    texts = paragraph_texts(WRAPPED_CHAT)
    assert [t for t in texts if t.startswith(("远岫股份-", "泓川证券-"))] == [
        "远岫股份-董秘 贺明 2026-04-28 15:00:05",
        "远岫股份-财务总监 乔安 2026-04-28 15:01:10",
        "远岫股份-财务总监 乔安 2026-04-28 15:01:40",
        "泓川证券-祝远 2026-04-28 15:03:30",
    ]
    assert "一季度公司实现营业收入5.2亿元，同比增长14%，毛利率31.5%，环比提升1.2个百分点。" in texts
