"""Chinese text cut at a fixed column in a few places only, too few to read as hard-wrapped."""

from __future__ import annotations

from finbrief.ingest import from_text

# Minutes of a fictional company, one line a paragraph, two of them cut at the export's column.
MINUTES = """岚溪科技股份有限公司投资者关系活动记录表

参与单位名称：青川证券 韩立
主要内容介绍：
董事长柏舟介绍了公司经营情况：公司全年实现营业收入合计约
5.6亿元，同比增长8%。
问题一：公司明年的扩产计划是什么？
回复：公司计划在明年上半年新增两条产线，预计下半年逐步达
产。
日期：2025年3月2日
"""


def test_chinese_lines_cut_at_the_text_s_column_mid_sentence_are_one_paragraph() -> None:
    texts = [p.text for p in from_text(MINUTES, "minutes.txt").paragraphs]
    assert "董事长柏舟介绍了公司经营情况：公司全年实现营业收入合计约5.6亿元，同比增长8%。" in texts
    assert "回复：公司计划在明年上半年新增两条产线，预计下半年逐步达产。" in texts
    assert "主要内容介绍：" in texts  # a short line before a paragraph stays its own


def test_unfinished_chinese_lines_short_of_the_widest_stay_apart() -> None:
    text = "会议纪要\n\n本次会议主要讨论了公司的产能规划与海外市场的拓展情况。\n一、产能规划\n公司新产线建设进展顺利。\n二、海外市场\n"
    texts = [p.text for p in from_text(text, "notes.txt").paragraphs]
    assert "一、产能规划" in texts and "二、海外市场" in texts


def test_a_latin_word_a_character_wrap_cut_inside_a_chinese_line_is_one_word() -> None:
    text = (
        "財務長 Nora Hsu：（簡報第3頁）Thank you. Second-quarter reve\n"
        "nue was NT$4.1 billion.\n\n"
        "發言人 蔡文心：接下來開放提問，請先報上公司與大名，謝謝各位參\n"
        "加。\n"
    )
    texts = [p.text for p in from_text(text, "call.txt").paragraphs]
    assert texts[0].endswith("Second-quarter revenue was NT$4.1 billion.")


def test_two_words_at_a_chinese_line_s_end_stay_two() -> None:
    text = (
        "財務長 Nora Hsu：（簡報第3頁）We grew in the quarter and expect to go in\n"
        "to new markets next year.\n\n"
        "發言人 蔡文心：接下來開放提問，請先報上公司與大名，謝謝各位參\n"
        "加。\n"
    )
    texts = [p.text for p in from_text(text, "call.txt").paragraphs]
    assert "go in to new markets" in texts[0]
