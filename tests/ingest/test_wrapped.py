"""Hard-wrapped calls (PDF pages, vendor exports): no sentence cut mid-way, no page furniture inside
a paragraph, and no speaker label, heading or roster entry joined to the text before it."""

from __future__ import annotations

import textwrap

import pytest

from finbrief.ingest.paragraphs import glue, paragraph_texts

SPEECH = (
    "Thanks for question {k}. Leasing spreads held up in every region we serve, and the new plant in"
    " the north reached full speed in the spring, so margins widened again in the quarter and we now"
    " expect the second half to carry that momentum into next year as well."
)
TITLE = "Harbor Lane Industrial Q2 2026 Earnings Call"
ENTRY = "Harbor Lane Industrial Holdings, Inc. - Founder & Executive Chairman"


def test_a_running_title_after_a_participant_entry_stays_out_of_it() -> None:
    """The page's footer and running title printed right after a participant entry (the entry the
    text repeats at each turn): the entry stays whole and the title stays a paragraph of its own."""
    turns = []
    for k in range(1, 7):
        turns += [
            "Maya Lindqvist",
            "",
            ENTRY,
            *([f"Page {k // 2 + 1} of 9", TITLE] if k % 2 else []),
            "",
            *textwrap.wrap(SPEECH.format(k=k), 70),
            "",
        ]
    got = paragraph_texts("\n".join(turns))
    assert got.count(ENTRY) == 6
    assert got.count(TITLE) == 3
    assert not any(TITLE in p and p != TITLE for p in got)


def test_an_entry_repeated_at_every_turn_is_not_page_furniture() -> None:
    """A participant entry the wrap broke ('... President, CEO &' / 'Director') that meets a page
    number at two of its many turns is still the speaker's entry, whole, not the page's header."""
    head = "Harbor Lane Industrial Holdings, Inc. - President, CEO &"
    text: list[str] = []
    for k in range(1, 9):
        page = [f"Page {k} of 9", TITLE] if k in (2, 3) else []
        text += ["Maya Lindqvist", "", head, *page, "Director", "", *textwrap.wrap(SPEECH.format(k=k), 60), ""]
    got = paragraph_texts("\n".join(text))
    assert got.count(f"{head} Director") == 8
    assert "Director" not in got
    assert got.count(TITLE) == 2


def _wrap_chars(paragraphs: list[str], n: int) -> str:
    """Each paragraph cut every ``n`` characters (as a fixed-width export does), blank lines between."""
    return "\n\n".join("\n".join(p[i : i + n] for i in range(0, len(p), n)) for p in paragraphs)


ZH_PARAGRAPHS = [
    "据Example Research统计,2025年星穹科技的GMV约3.2万亿元,同比增长28%,其2026年目标为4.1万亿元,"
    "这意味着今年需实现约20%的增长,而行业整体增速预计只有个位数,竞争将更加激烈。",
    "在智能体时代,我们观察到几个趋势:一是模型需要更长的上下文窗口以执行更复杂的任务;二是需要能调用多种"
    "工具接入企业内部系统,因此我们在云平台上推出了新的Agent Studio产品,帮助客户更快落地。",
    "海岳云第三季度收入为286亿元人民币,同比增长13%,其中AI相关产品收入连续七个季度实现三位数增长,"
    "公共云业务收入增速进一步提升,经调整EBITA同比增长9%,主要得益于收入结构的改善与运营效率的提高。",
    "展望下一财年,管理层预计资本开支将维持在较高水平,重点投向数据中心与算力基础设施,同时继续回购股份,"
    "全年回购金额不低于50亿美元,并保持稳定的现金分红政策,以回报长期支持公司的股东。",
]


def test_chinese_wrapped_at_a_count_of_characters_keeps_each_paragraph_whole() -> None:
    """A Chinese export cut every 34 characters: a line holding Latin words or figures is narrower on
    screen than a line of Chinese alone, but the wrap cut it all the same; and a clause before a
    colon ('在智能体时代,我们观察到几个趋势:') is no speaker's label."""
    got = paragraph_texts(_wrap_chars(ZH_PARAGRAPHS, 34))
    assert got == ZH_PARAGRAPHS


def test_a_chinese_speaker_label_after_a_wrapped_answer_stays_a_label() -> None:
    """'吴明远:' under the last line of a wrapped answer opens the next turn."""
    text = _wrap_chars(ZH_PARAGRAPHS[:2], 34) + "\n吴明远:\n" + _wrap_chars(ZH_PARAGRAPHS[2:], 34)
    got = paragraph_texts(text)
    assert got[:2] == ZH_PARAGRAPHS[:2]
    assert got[2:] == ["吴明远:", *ZH_PARAGRAPHS[2:]]


def test_a_line_the_wrap_broke_before_a_long_word_goes_on() -> None:
    """A line well short of the column, unfinished, whose next word would not have fitted on it: the
    wrap broke it, in a notice set in capitals as in prose going on with a capitalised name. A short
    line whose next word would have fitted ended there (a heading, a label)."""
    lines = [
        "Prepared Remarks of the Chief Executive Officer",
        *textwrap.wrap(SPEECH.format(k=1), 64),
        "",
        "Leasing improved in the quarter, and we welcomed",
        "PricewaterhouseCoopers as the anchor tenant of the Riverside",
        "campus, which is now fully let.",
        "",
        "Jane Roe, Example Securities Research Division",
        *textwrap.wrap(SPEECH.format(k=2), 64),
        "",
        "IN NO WAY DOES THE PUBLISHER OR THE COMPANY ASSUME",
        "RESPONSIBILITIES FOR ANY INVESTMENT DECISIONS MADE ON THE BASIS",
        "OF THIS TRANSCRIPT.",
        "ALL RIGHTS RESERVED",
    ]
    assert paragraph_texts("\n".join(lines)) == [
        "Prepared Remarks of the Chief Executive Officer",
        SPEECH.format(k=1),
        "Leasing improved in the quarter, and we welcomed PricewaterhouseCoopers as the anchor tenant of"
        " the Riverside campus, which is now fully let.",
        "Jane Roe, Example Securities Research Division",
        SPEECH.format(k=2),
        "IN NO WAY DOES THE PUBLISHER OR THE COMPANY ASSUME RESPONSIBILITIES FOR ANY INVESTMENT DECISIONS"
        " MADE ON THE BASIS OF THIS TRANSCRIPT.",
        "ALL RIGHTS RESERVED",
    ]


def test_a_participant_entry_wrapped_onto_a_line_of_title_words_is_whole() -> None:
    """A roster entry and the turn headers repeating it, wrapped at the column ('... - MD, Head of Real'
    / 'Estate Research & Senior Analyst', the roster's remainder wrapped unlike the headers'): one
    entry each time; the next participant's name and the speech after a header stay apart."""
    firm = "Example Harbor Securities LLC, Research Division - MD, Head of Real"
    rest, rest2 = "Estate Research & Senior Analyst", "Estate Research & Senior Research Analyst"
    lines = ["Jane Roe", firm, rest, "", "John Doe", "Example Holdings, Inc. - Chief Financial Officer", ""]
    for k in (1, 2):
        lines += ["Jane Roe", firm, rest2, "", *textwrap.wrap(SPEECH.format(k=k), 70), ""]
        lines += ["John Doe", "Example Holdings, Inc. - Chief Financial Officer", ""]
        lines += [*textwrap.wrap(SPEECH.format(k=k + 2), 70), ""]
    got = paragraph_texts("\n".join(lines))
    assert got.count(f"{firm} {rest}") == 1 and got.count(f"{firm} {rest2}") == 2
    assert got.count("Jane Roe") == 3 and got.count("John Doe") == 3
    assert all(SPEECH.format(k=k) in got for k in (1, 2, 3, 4))


def test_a_line_of_prose_said_twice_still_goes_on() -> None:
    """'... comes from the line of Michael' / 'Brandt from Example Bank.' printed at two turns (the
    host's words repeat): each time one sentence, not a roster line."""
    host = "And I show our next question comes from the line of Michael"
    lines: list[str] = []
    for k, asker in enumerate(("Brandt from Example Bank.", "Okafor from Harbor Point.", "Brandt again.")):
        lines += ["Operator", host, asker, "", *textwrap.wrap(SPEECH.format(k=k), 64), ""]
    got = paragraph_texts("\n".join(lines))
    assert f"{host} Brandt from Example Bank." in got
    assert f"{host} Okafor from Harbor Point." in got
    assert got.count("Operator") == 3


def test_a_wrapped_list_of_places_and_a_clock_time_read_on() -> None:
    """Prose the wrap broke inside a list of shops and malls ('... Doc Martens at' / 'Los Cerritos,
    ...'), before a clock time ('beginning at' / '2:00 p.m. Eastern Time') or after a sentence's
    first word 'A': one paragraph, though the lines look like entries, a timestamp or a margin mark."""
    para = [
        "We opened new stores across the portfolio this quarter: Aritzia at Village Park, Doc Martens at",
        "Los Cerritos, Free People Movement at Kierland Commons, JD Sports at Westfield Oaks, and",
        "Lululemon at San Tan Village. There will be a replay of the call beginning today at",
        "2:00 p.m. Eastern Time. We also closed a bridge loan at a yield of 13.3% in Parkland, Example. A",
        "$15 million preferred equity investment also closed, secured by a fully leased building.",
    ]
    text = "\n".join([*textwrap.wrap(SPEECH.format(k=1), 96), "", *para, "", *textwrap.wrap(SPEECH.format(k=2), 96)])
    got = paragraph_texts(text)
    assert got == [SPEECH.format(k=1), " ".join(para), SPEECH.format(k=2)]


def test_a_timestamp_still_opens_a_turn() -> None:
    """'00:05 Good morning ...' under an unfinished line is a new turn (a timestamp, not a clock time)."""
    text = "\n".join([*textwrap.wrap(SPEECH.format(k=1), 70), "00:05 Good morning, and welcome to the call."])
    assert paragraph_texts(text)[-1] == "00:05 Good morning, and welcome to the call."


def test_an_entry_broken_after_its_firm_goes_on_with_its_title() -> None:
    """'Harbor Lane Sustainable Infrastructure Capital, Inc. -' / 'Executive VP, CFO & COO' is one
    entry (a title with a comma is no 'Name, Firm' entry); the next participant's name stays apart."""
    head = "Harbor Lane Sustainable Infrastructure Capital, Inc. -"
    lines = ["Jeffrey Eckel", "", head, "Executive VP, CFO & COO", "", "Maya Lindqvist", ""]
    for k in (1, 2, 3):
        lines += [*textwrap.wrap(SPEECH.format(k=k), 60), ""]
    got = paragraph_texts("\n".join(lines))
    assert got[:3] == ["Jeffrey Eckel", f"{head} Executive VP, CFO & COO", "Maya Lindqvist"]


def test_an_entry_remainder_that_meets_a_few_page_numbers_is_no_page_furniture() -> None:
    """A long document's running title meets every page number; the remainder of a participant entry
    ('Senior Equity Research Analyst') that happens to stand before three of ten is the entry's."""
    head = "Example Harbor Institutional Equities, Research Division - Senior MD &"
    rest = "Senior Equity Research Analyst"
    lines: list[str] = []
    for k in range(1, 11):
        lines += ["Stephen Vale", "", head, rest]
        lines += [f"Page {k} of 10", TITLE, ""] if k in (2, 5, 7) else ["", *textwrap.wrap(SPEECH.format(k=k), 72)]
        lines += [f"Page {k} of 10", TITLE, ""] if k not in (2, 5, 7) else []
        lines += [*textwrap.wrap(SPEECH.format(k=k + 20), 72), ""]
    got = paragraph_texts("\n".join(lines))
    assert got.count(f"{head} {rest}") == 10
    assert got.count(TITLE) == 10


def test_a_sentence_the_wrap_broke_inside_a_bracket_goes_on() -> None:
    """'... and Webcast. (Operator' / 'Instructions) As a reminder, ...': the next word did not fit."""
    para = [
        "Greetings, and welcome to the Harbor Lane Third Quarter",
        "Earnings Call and Webcast today. (Operator",
        "Instructions) As a reminder, this conference is being",
        "recorded.",
    ]
    speech = [line for k in range(1, 5) for line in (*textwrap.wrap(SPEECH.format(k=k), 60), "")]
    assert paragraph_texts("\n".join([*para, "", *speech]))[0] == " ".join(para)


RENEWALS = [
    "Occupancy across the Riverside campus rose again in the quarter,",
    "and rents on renewals rose by 6.1% from a year ago, ahead of our",
    "plan. We expect occupancy of 96.5% for the year.",
    "Notwithstanding, renewal spreads came in 5.2% above expiring",
    "rents, and we see the same spread on the leases signed since the",
    "end of the quarter.",
]
BALANCE = [
    "Turning to the balance sheet, we ended the quarter with $412 million",
    "of liquidity and no debt maturing before the end of next year.",
]


def _turns(*blocks: list[str]) -> str:
    """Blocks of wrapped lines between wrapped speeches, a blank line after each."""
    lines: list[str] = []
    for k, block in enumerate(blocks):
        lines += [*textwrap.wrap(SPEECH.format(k=k), 64), "", *block, ""]
    return "\n".join(lines)


def test_a_sentence_ending_short_of_the_column_reads_on_where_blank_lines_end_paragraphs() -> None:
    """'... for the year.' ends well short of the column only because 'Notwithstanding,' would not fit:
    where blank lines end every paragraph, the paragraph goes on."""
    got = paragraph_texts(_turns(RENEWALS, BALANCE))
    assert " ".join(RENEWALS) in got
    assert " ".join(BALANCE) in got


def test_paragraphs_ending_at_a_bare_line_break_stay_apart() -> None:
    """A text that also ends a paragraph at a bare line break, with room left on its last line
    ('... end of the quarter.' / 'Turning to ...'): a short line finishing a sentence ends its paragraph."""
    got = paragraph_texts(_turns(RENEWALS + BALANCE))
    assert " ".join(RENEWALS[:3]) in got
    assert " ".join(RENEWALS[3:]) in got
    assert " ".join(BALANCE) in got


def test_a_line_after_a_word_broken_by_a_hyphen_holds_the_whole_word() -> None:
    """'... and the underwri-' / 'ting by our peers, we watch the loans in downtown' / 'Chicago ...': the
    wrap moved the word's head past the column, so the line is short only by that; it goes on."""
    para = [
        "Thinking about the loans maturing next year and the underwri-",
        "ting by our peers, we watch the loans in downtown",
        "Chicago and Denver that come due in January and February.",
    ]
    got = paragraph_texts(_turns(para))
    assert any(p.startswith("Thinking about") and p.endswith("and February.") for p in got)


def test_a_sentence_never_ends_on_a() -> None:
    """'... So for example, there is a' / 'Chicago office loan ...': one sentence, though the line is short."""
    para = ["Peers cut their ratings. For example, there is a", "Chicago office loan due in January."]
    assert " ".join(para) in paragraph_texts(_turns(para))


def test_a_short_line_whose_sentence_goes_on_past_the_column_is_no_heading() -> None:
    """'This is up $0.01. The increase is due to' after a finished line looks like a heading, but its
    sentence goes on in lower case with a word that would not have fitted on it: one paragraph."""
    para = [
        "We now expect funds from operations of $2.69 to $2.73 a share.",
        "This is up $0.01. The increase is due to",
        "stronger-than-anticipated property income across the portfolio.",
    ]
    got = paragraph_texts(_turns(para, BALANCE))
    assert " ".join(para) in got


def test_an_aside_in_brackets_the_wrap_moved_onto_its_own_line_stays_in_its_paragraph() -> None:
    """'(Operator Instructions)', printed at several turns, under a full line whose sentence it would
    not have fitted after: the aside closes that paragraph, it is no label."""
    para = [
        "Good morning, and welcome to the Harbor Lane Third Quarter 2026",
        "Earnings Call. I will be your moderator for today's call.",
        "(Operator Instructions)",
    ]
    again = ["We will now begin the question-and-answer session.", "(Operator Instructions)"]
    got = paragraph_texts(_turns(para, RENEWALS, again))
    assert " ".join(para) in got


@pytest.mark.parametrize("width", [64, 70])
def test_a_vendor_turn_header_the_wrap_broke_the_same_way_at_every_turn_stays_with_its_speech(width: int) -> None:
    """'Jane Roe;Example Bank, Research Division;Equity Research' / 'Associate^ speech ...' at every
    turn (or '... Associate^' / 'speech ...'): the header line repeats word for word, but what follows
    it differs; the turn reads on."""
    header = "Jane Roe;Example Bank, Research Division;Equity Research Associate^ "
    questions = [
        "And then sort of on the renovation. So just wondering if those returns come in lower than expected.",
        "And then, just one last quick one is, what are you seeing on cap rates on dispositions today?",
        "It's actually Jane on for John right now. What does the current loss to lease look like as well?",
    ]
    lines: list[str] = []
    for k, question in enumerate(questions):
        lines += [*textwrap.wrap(header + question, width), "", "Mark Dale", "", *textwrap.wrap(SPEECH.format(k=k), width), ""]
    got = paragraph_texts("\n".join(lines))
    for question in questions:
        assert header + question in got


@pytest.mark.parametrize("said", ["Thank you.", "David?"])
def test_a_short_sentence_on_a_line_of_its_own_closes_its_paragraph(said: str) -> None:
    """'Thank you.' or 'David?', which other turns also say on a line of their own, after a full line
    that finishes a sentence: the end of the speech, where blank lines end the paragraphs."""
    closing = [
        "I appreciate your time and energy you're spending on Harbor Lane.",
        "Any questions, feel free to give David or myself a call.",
        said,
    ]
    got = paragraph_texts(_turns(closing, ["Operator", "", said], BALANCE))
    assert " ".join(closing) in got
    assert said in got  # (the operator's own paragraph)


def test_a_list_item_set_inside_the_lines_of_a_paragraph_stays_in_it_when_the_wrap_opens_a_line_with_it() -> None:
    """A paragraph writing its items inline ('... [2]. - Cloud revenue ...'): an item the wrap moved to
    the start of a line is still part of that paragraph, not a list of its own."""
    para = (
        "Core Viewpoint - Example Cloud's results show the effect of its investment in models [1]. - Cloud"
        " revenue growth accelerated from 18% in the previous quarter to 26% [2]. - Model revenue rose for"
        " eight quarters in a row [3]. - The company plans to invest more over the next three years [4]."
        " - Analysts note that heavy investors are likely to be rewarded by the market over time [5]."
    )
    for width in range(56, 72):
        got = paragraph_texts(textwrap.fill(para, width) + "\n")
        assert got == [para], width


@pytest.mark.parametrize("blank", [True, False])
def test_a_page_footer_and_running_title_inside_a_turn_header_go_after_it(blank: bool) -> None:
    """'Maya Lindqvist' / 'Page 2 of 9' / the running title / the entry (or the footer and title
    right before the name): the turn's header reads name, then entry, and the title follows them."""
    turns: list[str] = []
    gap = [""] if blank else []
    for k in range(1, 13):
        page = [f"Page {k // 2} of 9", TITLE]
        if k % 4 == 2:
            header = ["Maya Lindqvist", *page, *gap, ENTRY]
        elif k % 4 == 0:
            header = [*page, *gap, "Maya Lindqvist", "", ENTRY]
        else:
            header = ["Maya Lindqvist", "", ENTRY]
        turns += ["", *header, "", *textwrap.wrap(SPEECH.format(k=k), 70), ""]
    got = paragraph_texts("\n".join(turns))
    assert [got[i + 1] for i, p in enumerate(got) if p == "Maya Lindqvist"] == [ENTRY] * 12
    assert got.count(TITLE) == 6


def test_a_chinese_clause_before_a_colon_after_a_full_line_reads_on() -> None:
    """The wrap ends a full line at a sentence's end, and the next line opens with a clause before a
    colon ('如今恰逢两家业务整合完成之际:'): longer than any speaker's name and title, it is no label;
    a name before a colon there still opens a turn."""
    first = "星穹科技的即时零售业务需要足够的商户、运力和用户,三者缺一不可,否则投资效率很低。"
    rest = "如今恰逢两家业务整合完成之际:我们拥有海量的高活跃用户、成熟的商户基础以及物流运力体系。"
    n = len(first)
    para = first + rest
    got = paragraph_texts(_wrap_chars([ZH_PARAGRAPHS[0], para, ZH_PARAGRAPHS[2]], n))
    assert got == [ZH_PARAGRAPHS[0], para, ZH_PARAGRAPHS[2]]
    turn = first + "\n吴明远:我们预计明年收入增长约百分之十五,利润率也会进一步提升,谢谢。"
    assert paragraph_texts(turn)[-1].startswith("吴明远:")


def test_a_time_of_day_the_wrap_put_at_a_line_start_reads_on() -> None:
    """'... between, say, 10:00 and' / '2:00 in Atlanta; ...': a time said in a sentence, going on in
    lower case after a line its sentence cannot end on, is no timestamp opening a turn."""
    para = [
        "We have spread out a little bit in Atlanta, but the inner ring, between, say, 10:00 and",
        "2:00 in Atlanta; and in Phoenix, a lot of the new deliveries are out Southwest.",
    ]
    assert " ".join(para) in paragraph_texts(_turns(para))
    assert paragraph_texts("00:05 Operator\n00:07 Thanks, and welcome.") == ["00:05 Operator", "00:07 Thanks, and welcome."]


def test_a_line_of_names_finishing_a_sentence_short_of_the_column_reads_on() -> None:
    """'and the Harbor Lane Securities Reform Act of 2031.' (no lower-case word but its first) ends short of
    the column only because 'Forward-looking' would not fit: where blank lines end paragraphs, it goes on."""
    para = [
        "Please note that some statements on this call are forward-looking",
        "statements as defined in and within the safe harbors under the",
        "and the Harbor Lane Securities Reform Act of 2031.",
        "Forward-looking statements in the earnings release, along with",
        "our remarks, are made as of today and reflect our current views.",
    ]
    got = paragraph_texts(_turns(para, BALANCE))
    assert " ".join(para) in got
    assert " ".join(BALANCE) in got


def test_a_bracket_the_wrap_broke_closes_its_paragraph_on_the_next_line() -> None:
    """'... for today's call. (Operator' / 'Instructions)': the aside's close would not have fitted on
    the line; it ends the paragraph there."""
    para = [
        "Good morning, and thank you for attending the",
        "Harbor Lane Third Quarter Earnings Call. My name",
        "is Megan, and I will be your moderator for",
        "our call. I'm your host. (Operator",
        "Instructions)",
    ]
    speech = [*textwrap.wrap(SPEECH.format(k=1), 50), "", *textwrap.wrap(SPEECH.format(k=2), 50)]
    got = paragraph_texts("\n".join([*speech, "", *para, "", *speech]))
    assert " ".join(para) in got
    assert got.count(SPEECH.format(k=1)) == 2


# Paragraphs that no line of another repeats (a page's band must hold no line printed twice by chance).
FILLER = [
    "Leasing spreads held up in every region we serve, and the new plant in the north reached full speed in"
    " the spring, so margins widened again in the quarter.",
    "Our cold storage sites in the south filled faster than planned, which let us raise rents on renewals by"
    " a high single digit and keep turnover at its lowest in five years.",
    "Turning to capital, we sold two older warehouses near the port at a price well above book value and put"
    " the proceeds into the expansion of our Riverside campus.",
    "Finally, our outlook for the year stays unchanged, as the pipeline of new leases covers most of the"
    " space that comes due before the end of the year.",
]


def test_a_short_line_said_twice_near_one_page_number_stays_in_its_paragraph() -> None:
    """'compared to last year.' ends two paragraphs a few lines apart, the page number under the second:
    a line met twice next to one page number is no running header (one meets many page numbers)."""
    paras = [
        ["We raised our full year adjusted earnings guidance to a", "range of $5.00 to $5.10, nearly 40% growth", "compared to last year."],
        ["I will now summarize our results before turning the call", "over to Rita."],
        ["And I will start with Nutrition, where sales rose 9%", "compared to last year."],
    ]
    lines: list[str] = []
    for k, filler in enumerate(FILLER[:3], start=1):
        lines += [*textwrap.wrap(filler, 58), "", str(k), ""]
    for para in paras:
        lines += [*para, ""]
    lines += ["4", "", *textwrap.wrap(FILLER[3], 58)]
    assert paragraph_texts("\n".join(lines)) == [*FILLER[:3], *(" ".join(p) for p in paras), FILLER[3]]


def test_a_line_of_prose_said_twice_before_a_page_header_is_the_line_the_page_cut() -> None:
    """'After further adjusting for channel inventory, revenues' opens two paragraphs; the page's footer
    and running title stand after the second: its sentence goes on past them, and the paragraph before
    it stays apart."""
    first = "After further adjusting for changes in channel inventory, revenues"
    paras = [
        [first, "decreased 6.1% organically from the prior year."],
        ["After adjusting for currency, revenues declined 12.8% organically on a", "year-over-year basis."],
        ["After adjusting for these factors, revenues decreased 14% organically on a", "year-over-year basis."],
        [first, "declined 8% year-over-year and increased 10% sequentially on an organic", "basis."],
    ]
    lines: list[str] = []
    for k, filler in enumerate(FILLER[:3], start=1):
        lines += [*textwrap.wrap(filler, 72), f"Page {k} of 9", TITLE, ""]
    for para in paras[:3]:
        lines += [*para, ""]
    lines += [first, "Page 4 of 9", TITLE, *paras[3][1:], "", *textwrap.wrap(FILLER[3], 72)]
    got = paragraph_texts("\n".join(lines))
    assert got[-6:] == [*(" ".join(p) for p in paras), TITLE, FILLER[3]]


def test_an_entry_the_wrap_broke_short_of_the_column_is_whole_at_every_turn() -> None:
    """'Harbor Lane Net Lease, Inc. - CEO, President &' / 'Non-Independent Director' at each turn: the line
    ends short of the column only because the next word would not fit; one entry each time."""
    head, rest = "Harbor Lane Net Lease, Inc. - CEO, President &", "Non-Independent Director"
    lines = ["Maya Lindqvist", "", head, rest, ""]
    for k, filler in enumerate(FILLER, start=1):
        lines += ["Maya Lindqvist", "", head, rest, "", *textwrap.wrap(filler, 60), ""]
        lines += [f"Page {k} of 9", TITLE, ""] if k % 2 else []
    got = paragraph_texts("\n".join(lines))
    assert got.count(f"{head} {rest}") == 5
    assert FILLER[0] in got


def test_an_entry_going_on_in_lower_case_is_no_page_header_after_a_year_at_a_line_start() -> None:
    """'... Research Division - MD of Residential' / 'and Health Care' at each turn, under an answer
    whose last line is '2027.': the entry is whole, and so is the answer."""
    head, rest = "Harbor Point Advisors, LLC, Research Division - MD of Residential", "and Health Care"
    answers = [
        ["We should have everything that we currently own on board by the summer of", "2027."],
        ["Our team expects the rest of the program to be finished by the autumn of", "2028."],
        ["We see the same pace in the southern markets through the spring of", "2026."],
    ]
    lines: list[str] = []
    for answer in answers:
        lines += ["Jonah Pell", "", head, rest, "", *textwrap.wrap(FILLER[0], 72), ""]
        lines += ["Maya Lindqvist", "", "Harbor Lane Communities - Executive VP & CFO", "", *answer, ""]
    got = paragraph_texts("\n".join(lines))
    assert got.count(f"{head} {rest}") == 3
    assert all(" ".join(answer) in got for answer in answers)


def test_a_list_of_shops_and_malls_wrapped_over_full_lines_reads_on() -> None:
    """'... Garage at Scottsdale' / 'Fashion Square, Northwind at Harbor Square, ...': full lines of a
    sentence that only names places look like 'Name, Firm' entries; the sentence goes on."""
    para = [
        "Notable openings in the quarter include Aritzia at Kings Plaza, Athleta at",
        "San Tan Village, Doc Martens at Broadway Plaza, Garage at Scottsdale",
        "Fashion Square, Northwind at Harbor Square, JD Sports at Fresno",
        "Fashion Fair and Vintage Fair, and two more stores at Lakeside.",
    ]
    got = paragraph_texts(_turns(para, BALANCE))
    assert " ".join(para) in got
    entries = ["Jane Roe, Example Securities Research Division", "John Doe, Harbor Point Capital Markets"]
    assert paragraph_texts("\n".join(entries)) == entries


def test_a_running_title_before_a_turn_header_whose_firm_has_an_ampersand_goes_after_it() -> None:
    """'Page 5 of 9' / the running title / 'Jonah Pell' / 'Harbor Reed & Co. Incorporated, Research
    Division - Senior Research' / 'Analyst': the firm's '&' keeps the line an entry; the title follows it."""
    head, rest = "Harbor Reed & Co. Incorporated, Research Division - Senior Research", "Analyst"
    lines: list[str] = []
    for k, filler in enumerate(FILLER, start=1):
        lines += [*textwrap.wrap(filler, 70), "", f"Page {k} of 9", TITLE, ""]
    lines += [*textwrap.wrap(FILLER[0], 70), "", "Page 5 of 9", TITLE, "Jonah Pell", "", head, rest, ""]
    lines += textwrap.wrap(FILLER[1], 70)
    got = paragraph_texts("\n".join(lines))
    assert got[-4:] == ["Jonah Pell", f"{head} {rest}", TITLE, FILLER[1]]


def test_a_bold_turn_header_after_its_timestamp_stays_apart_from_the_speech() -> None:
    """'[00:02:28] **Name - Firm, Title**' as long as a full line of the wrapped speech under it."""
    header = "[00:02:28] **Dara Quill - Fenmoor Securities, Analyst**"
    lines: list[str] = []
    for k in range(1, 5):
        lines += [header if k % 2 else f"[00:0{k}:10] **Moderator**", *textwrap.wrap(SPEECH.format(k=k), 70), ""]
    got = paragraph_texts("\n".join(lines))
    assert got.count(header) == 2
    assert SPEECH.format(k=1) in got


CAPTIONS = [
    "[19.7] Net sales for the quarter were $212 million, up 8%",
    "[24.0] from a year ago, led by our camping and trail lines.",
    "[28.3] Our next question comes from Tomas Reyes with Ashgrove Capital Partners.",
    "[32.1] Good afternoon. On gross margin, how much came from lower",
    "[35.6] freight costs, and how much from fewer promotions in our own stores?",
    "[40.2] About 70 basis points came from freight, and the rest",
    "[43.9] from fewer promotions. We expect freight to be roughly neutral for the rest of the year.",
]


def test_each_caption_of_a_video_transcript_stays_a_paragraph_when_wrapped() -> None:
    """A caption's line as long as the wrap's column does not run on into the next caption (its
    start in seconds opens it), and a caption the wrap broke ('... Ashgrove Capital' / 'Partners.')
    is whole."""
    got = paragraph_texts("\n".join(line for c in CAPTIONS for line in textwrap.wrap(c, 60)))
    assert got == CAPTIONS


SHORT = "Thanks for question {k}. Leasing spreads held up in every region we serve, and the plant is full."


def test_a_speaker_name_over_the_word_for_their_side_stays_apart() -> None:
    """'Pia Okonkwo' / 'analyst' over wrapped speech: the side word is no sentence going on."""
    askers = ["Pia Okonkwo", "Tobias Grell", "Anouk Verhey", "Ravi Sandhu"]
    lines: list[str] = []
    for k, asker in enumerate(askers):
        for j, (name, side) in enumerate(((asker, "analyst"), ("Ilse Brandvold", "executive"))):
            lines += [name[0], name, side, "", *textwrap.wrap(SHORT.format(k=2 * k + j), 70), ""]
    got = paragraph_texts("\n".join(lines))
    assert all(asker in got for asker in askers)
    assert got.count("analyst") == 4
    assert SHORT.format(k=2) in got


ZH_ITEMS = [
    "会议主要内容 - 公司是晨岭集团旗下从事冷链物流和仓储服务的主要平台，业务包括干线运输、城市配送和冷库租赁 [1][2]"
    " - 公司目前运营冷库46座，覆盖19个省市 [2] - 公司将聚焦核心城市并拓展医药冷链业务 [4][6]",
    "问答环节",
    "问题1 提问 公司如何看待冷库租金下行的压力以及后续的定价策略 [7] 回答 - 新增供给持续增加，部分城市租金压力明显 [7][8]",
    "问题2 提问 今年医药冷链的收入占比预计是多少 [11] 回答 - 预计全年医药冷链收入占比约两成，较去年提升五个百分点 [11][12]",
]


def _wrap_columns(paragraph: str, width: int) -> list[str]:
    """``paragraph`` cut where the next character would pass ``width`` display columns."""
    out, line, cols = [], "", 0
    for ch in paragraph:
        w = 2 if "\u4e00" <= ch <= "\u9fff" or ch in "，、" else 1
        if cols + w > width:
            out.append(line)
            line, cols = "", 0
        line, cols = line + ch, cols + w
    return [*out, line]


def test_a_chinese_line_with_room_for_the_next_character_ends_its_paragraph() -> None:
    """Chinese wrapped at 72 columns breaks anywhere: a line the next character would still have
    fitted on ended there (a heading, the next numbered question), however full it looks."""
    got = paragraph_texts("\n".join(line for p in ZH_ITEMS for line in _wrap_columns(p, 72)))
    assert got == ZH_ITEMS


RULE = "-" * 80


def test_a_rule_as_wide_as_the_page_never_takes_the_header_under_it() -> None:
    """A vendor's turn header between two rules, the header wrapped before its number ('[7]'): the
    rule stays a line of its own, the header stays whole."""
    header = "Ines Varga, Oberlin Tooling Industries Ltd - President & CEO"
    lines: list[str] = []
    for k in range(1, 5):
        lines += [RULE, header, f"[{k}]", RULE, "", *textwrap.wrap(SPEECH.format(k=k), 72), ""]
    got = paragraph_texts("\n".join(lines))
    assert got.count(RULE) == 8
    assert got.count(header) + got.count(f"{header} [1]") == 4


def test_each_row_of_a_markdown_table_stays_a_row_in_wrapped_notes() -> None:
    """'| **PV** | Pia Vance, Chief Financial Officer |' as long as the notes' full lines: one row a line."""
    rows = [
        "| **IB** | Ilse Brandvold, VP Investor Relations |",
        "| **PV** | Pia Vance, Chief Financial Officer, Treasurer |",
        "| **TG** | Tobias Grell, Ashgrove Capital Markets, Analyst |",
    ]
    turns = [line for k in range(1, 7) for line in ("", *textwrap.wrap(f"[0{k}:10] **PV:** {SPEECH.format(k=k)}", 60))]
    assert paragraph_texts("\n".join(["| | |", "|---|---|", *rows, *turns]))[2:5] == rows


def test_a_participant_entry_with_room_for_the_next_word_ends_there() -> None:
    """'Tobias Grell – Ashgrove Capital' then 'Operator': the word would have fitted on the entry's
    line, so the wrap did not break it there."""
    lines = [
        "Participants",
        "Ilse Brandvold – Chief Executive Officer",
        "Anouk Verhey – Kestrel BankTobias Grell – Ashgrove Capital",
        "Operator",
        *textwrap.wrap(SPEECH.format(k=1), 72),
        "Ilse Brandvold",
        *textwrap.wrap(SPEECH.format(k=2), 72),
    ]
    got = paragraph_texts("\n".join(lines))
    assert "Operator" in got


def test_turns_opening_with_a_bold_label_are_measured_for_the_wrap() -> None:
    """Every turn opens '**Name:** ...' and runs two lines: the label's line of speech shows the wrap's
    column, so the firm the wrap moved onto the next line ('... of Kestrel' / 'Securities.') goes on."""
    turns = [
        "**Operator:** Our next question comes from Anouk Verhey of Kestrel Securities.",
        "**Anouk Verhey:** Hi, thanks. Could you break out the price and volume contribution to growth?",
        "**Ilse Brandvold:** Volume was about eleven points and price about three points this quarter.",
        "**Operator:** Our next question comes from Tobias Grell of Ashgrove Research.",
        "**Tobias Grell:** Good morning. What are you seeing in promotions from private-label rivals?",
        "**Pia Vance:** Promotions picked up in September, mostly in oat milk, and eased in October.",
    ]
    got = paragraph_texts("\n\n".join("\n".join(textwrap.wrap(t, 72)) for t in turns))
    assert got == turns


def test_a_dash_set_between_spaces_keeps_them_when_chinese_lines_are_joined() -> None:
    """'回答' / '- 预计...' and '回答 -' / '预计...': the dash stays set off, as the answer's mark."""
    assert glue("[11] 回答", "- 预计全年医药冷链收入占比约两成") == "[11] 回答 - 预计全年医药冷链收入占比约两成"
    assert glue("[11] 回答 -", "预计全年医药冷链收入占比约两成") == "[11] 回答 - 预计全年医药冷链收入占比约两成"
    assert glue("收入占比约两", "成，较去年提升") == "收入占比约两成，较去年提升"


# A short note wrapped at 60 columns whose one page break falls inside a sentence: the page's bare number.
ONE_PAGE_BREAK = """\
Brightwater Foods said its frozen range grew faster than the
market for a third quarter, helped by new listings at two
national grocers and a price rise taken in the spring across
2
most of the range, while the chilled business held its share.

Management expects the second half to look much the same.
"""


@pytest.mark.parametrize("blank", [False, True])
def test_a_lone_page_number_inside_a_sentence_goes_after_its_paragraph(blank: bool) -> None:
    """Too few page numbers for a run of them: the one printed between a line that breaks off and one going
    on in lower case is the page's, not a word of the sentence."""
    text = ONE_PAGE_BREAK.replace("\n2\n", "\n\n2\n\n") if blank else ONE_PAGE_BREAK
    got = paragraph_texts(text)
    assert got[0].endswith("across most of the range, while the chilled business held its share.")
    assert got[1] == "2"


def test_a_number_cut_from_its_scale_stays_with_it() -> None:
    """A figure left alone on a line before its unit is the sentence's, no page number."""
    text = "Brightwater Foods expects capital spending of about\n450\nmillion dollars next year, a record.\n"
    got = paragraph_texts(text)
    assert "450" not in got
    assert any("450 million dollars" in p for p in got)


# A call whose centred title lines a 60-column wrap cut: the padding before one title line left on a line of
# its own, the other cut after its first word, the rest at the margin.
CENTRED_TITLE = (
    " " * 53 + "\n"
    "Korvath Metals Limited\n"
    + " " * 54 + "Q2\n"
    "FY28 Earnings Conference Call\n"
    "\n"
    "Moderator: Good day and welcome to the Korvath Metals call.\n"
    "I now hand over to Mr. Dev Anand. Thank you and over to you.\n"
)


def test_a_centred_title_line_the_wrap_cut_reads_whole() -> None:
    """The title's first word, set off by the centring, and its rest at the margin are one title, not a
    question numbered "Q2" and a line under it."""
    got = paragraph_texts(CENTRED_TITLE)
    assert got[:2] == ["Korvath Metals Limited", "Q2 FY28 Earnings Conference Call"]


def test_a_centred_line_with_room_for_the_next_word_stays_apart() -> None:
    """In a text whose lines run wider than the centred line, the line under it is no rest of it."""
    text = (
        " " * 40 + "Q2\n"
        "Results Overview\n"
        "\n"
        "Shipments rose 9% to 40,100 tonnes in the quarter, and we expect a similar pace in the second half.\n"
    )
    assert paragraph_texts(text)[:2] == ["Q2", "Results Overview"]


def test_a_right_aligned_chinese_footer_the_wrap_cut_reads_whole() -> None:
    """A page's footer set at the right margin, its last characters cut onto the next line: one footer, no
    speaker named by its last three characters."""
    footer = "本纪要仅供内部参考请阅读文末免责条款"
    text = (
        "答（财务总监 韩立）：三季度毛利率环比提升两个百分点，主要来\n"
        "自产品结构改善。\n"
        "\n"
        + " " * 34 + footer[:13] + "\n"
        + footer[13:] + "\n"
        "\n"
        "问（松岭证券 林悦）：四季度的出货节奏如何？\n"
    )
    got = paragraph_texts(text)
    assert footer in got
    assert footer[13:] not in got


# A Chinese Markdown transcript with front matter, every line hard-wrapped at 60 columns.
FRONT_MATTER_WRAPPED = """\
---
title: "澄湖材料 2027 年第一季法說會逐字稿"
event: "澄湖材料股份有限公司 法人說明會"
date: "2027-05-08"
speakers: ["主持人", "董事長 程遠", "財務長 溫嵐", "松嶺證券
 韓笑"]
type: "transcript"
---

**【財務長 溫嵐】**：謝謝主持人。第一季合併營收新台幣 21.4
億元，季增 3%，年增 12%；毛利率 26.9%，營業利益率 10.2%，每
股盈餘 1.35 元，主要受惠於車用材料出貨增加與產品組合改善。

**【主持人】**：接下來開放提問，第一位是松嶺證券的韓笑先生。

**【松嶺證券 韓笑】**：謝謝。想請問董事長，新產線的良率提升
在下半年能否延續？客戶的拉貨有沒有放緩的跡象？另外海外客戶的
認證進度如何？

**【董事長 程遠】**：目前看下半年訂單能見度仍然很好，主要客
戶的新平台在第三季放量，我們預估全年營收年增兩成以上，海外客
戶的認證已經完成兩家。

**【財務長 溫嵐】**：補充一下，第二季毛利率預估與第一季相當
，大約 27% 到 28%，越南新廠的折舊仍然偏高，下半年會隨產能利
用率提升而改善。
"""


def test_front_matter_fields_leave_a_wrapped_chinese_transcript_wrapped() -> None:
    """Front matter fields open in lower case after lines that finish no sentence, as a sentence a speaker
    paused in would: they are fields, so the turns' wrapped lines still join, and each field stays its
    own paragraph."""
    got = paragraph_texts(FRONT_MATTER_WRAPPED)
    assert (
        "**【松嶺證券 韓笑】**：謝謝。想請問董事長，新產線的良率提升在下半年能否延續？客戶的拉貨有沒有放緩的跡象？"
        "另外海外客戶的認證進度如何？"
    ) in got
    assert 'date: "2027-05-08"' in got


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Revenue for the quarter was a record, helped by pricing, at $1\n.5 billion, up 12% on the year.\n", "$1.5 billion"),
        ("我们预计全年经营性现金流转正，约为 1\n.5 亿元。\n", "约为 1.5 亿元"),
    ],
)
def test_a_figure_cut_at_its_decimal_point_reads_whole(text: str, figure: str) -> None:
    """The wrap cut the figure before its decimal point: no space is put inside it."""
    assert figure in paragraph_texts(text)[0]


def test_numbered_chinese_paragraphs_after_a_full_line_start_anew() -> None:
    """A Chinese record wrapped at its column whose finished line happens to fill the width: the next
    numbered paragraph ("3.2 財務總監回應指…", "2．研发费用…") is no part of it."""
    text = "\n".join(
        [
            "3.1 股東區國強先生詢問本集團明年於東南亞的擴展計劃及資本開支。",
            "3.2 財務總監回應指，本集團明年資本開支約為港幣三億元，主要用",
            "於倉庫。",
            "1．公司新一代产品的注册进度如何？",
            "答：该产品已于今年三月提交注册申请，预计年内获批并开始销售。",
            "2．研发费用率较高，未来会下降吗？",
        ]
    )
    got = paragraph_texts(text)
    assert "3.2 財務總監回應指，本集團明年資本開支約為港幣三億元，主要用於倉庫。" in got
    assert "2．研发费用率较高，未来会下降吗？" in got


def test_a_line_opening_with_initials_and_a_chinese_colon_starts_a_turn() -> None:
    """Notes labelled by pinyin initials, wrapped at their column: "CHY：…" after a full line is a new
    turn, not the end of the one before."""
    speech = "一季度公司实现营业收入二十一亿元，同比增长百分之七，其中跨境物流收入增长超过三成，国内快运业务保持稳定，海外仓的出租率继续提升，分拣中心的自动化改造也在推进。"
    text = "\n".join(
        [
            *textwrap.wrap("CHY：" + speech, 30),
            "LJ：跨境业务毛利率大约高出国内业务四个百分点，主要来自海外仓。",
            "CHY：随着海外仓规模扩大，这个差距还会拉大。",
        ]
    )
    assert paragraph_texts(text)[-1] == "CHY：随着海外仓规模扩大，这个差距还会拉大。"



# Notes labelled with an office's initials before the name, hard-wrapped at 60 columns, one line a turn.
INITIALS_WRAPPED = """\
青岩科技 2025年一季度业绩电话会纪要

时间：2025年4月29日 20:00
公司参会：CEO 左青山，CFO 白若，IR 总监 严禾

IR 严禾：各位投资者晚上好，欢迎参加青岩科技一季度业绩电话会
，先请CEO左总介绍业务情况。
CEO 左青山：谢谢。一季度公司收入8.6亿元，同比增长19%，云服务
收入占比首次超过三成。
CFO 白若：一季度毛利率为44.1%，经营利润率为8.2%，比去年同期
提升2个百分点。
IR 严禾：下面进入问答环节，请第一位提问的北屿证券的孟川。
北屿证券 孟川：请问云服务的增长主要来自哪些行业？
CEO 左青山：主要来自金融和制造业客户，其中金融行业增长超过三
成。
IR 严禾：下一位是南桥基金的于蓝。
南桥基金 于蓝：全年的利润率目标有没有调整？
CFO 白若：我们维持全年经营利润率9%左右的目标不变。
"""


@pytest.mark.parametrize(
    ("label", "shape"),
    [
        ("CEO 左青山：", "CEO 左青山："),  # an office's initials before a Chinese name
        ("CEO 左青山：", "◆ 答（CEO）："),  # a research account's bulleted mark
        ("北屿证券 孟川：", "1️⃣ 问（北屿证券 孟川）："),  # a keycap-numbered question
    ],
)
def test_a_chinese_label_of_another_shape_after_a_question_starts_a_turn(label: str, shape: str) -> None:
    """In wrapped notes, a label after the question line (office initials, a bullet, a keycap number)
    opens the answer's own paragraph instead of going on with the question."""
    text = INITIALS_WRAPPED.replace(label, shape)
    got = paragraph_texts(text)
    assert any(p.startswith(shape + "主要来自金融") for p in got) or any(
        p.startswith(shape + "请问云服务") and p.endswith("？") for p in got
    )
    assert not any("？" + shape in p for p in got)
