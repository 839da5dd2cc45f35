"""Name shapes and single-line label parsing: not every short line is a name."""

from __future__ import annotations

import pytest

from finbrief.lexicon.transcript import vocab
from finbrief.structure.labels import Label, is_name, parse_label, parse_roster_line, title_and_firm


@pytest.mark.parametrize(
    "line", ["林志远", "周晓雯", "欧阳明远", "Sarah Lee", "Ana de la Cruz", "J. R. Smith", "Jean-Luc Martin"]
)
def test_plausible_names(line: str) -> None:
    assert is_name(line, vocab())


@pytest.mark.parametrize(
    "line",
    [
        "谢谢",
        "云业务",
        "展望",
        "文章语言",
        "星穹科技",
        "Forward-Looking Statements",
        "Cloud Growth",
        "Thank You",
        "Operator Instructions",
        "Revenue",
        "sarah lee",
        "The Quarter In Review Today Again",
    ],
)
def test_not_names(line: str) -> None:
    assert not is_name(line, vocab())


def label(text: str, known: frozenset[str] = frozenset()) -> Label | None:
    return parse_label(text, text, vocab(), known)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Operator", "operator"),
        ("操作员", "operator"),
        ("主持人:", "host"),
        ("主持人：", "host"),
        ("公司代表", "company_representative"),
        ("问:", "question"),
        ("Q:", "question"),
        ("答:", "answer"),
        ("Operator   [12]", "operator"),
    ],
)
def test_role_labels(text: str, role: str) -> None:
    lab = label(text)
    assert lab is not None and lab.role == role and not lab.inline


def test_inline_label_body_start() -> None:
    text = "Sarah Lee: What is the outlook?"
    lab = label(text)
    assert lab is not None and lab.inline and lab.who == "Sarah Lee"
    assert text[lab.body_start :] == "What is the outlook?"
    lab = label("林志远：谢谢。")
    assert lab is not None and lab.body_start == 4


def test_anonymous_inline_is_weak_evidence() -> None:
    lab = label("Q: What drove growth?")
    assert lab is not None and lab.role == "question" and lab.strength == "anon_inline"


@pytest.mark.parametrize(
    ("text", "who", "prefix"),
    [("A – Toby Lin", "Toby Lin", "A"), ("Q - Sarah Lee", "Sarah Lee", "Q"), ("A - 周晓雯", "周晓雯", "A")],
)
def test_prefixed_names(text: str, who: str, prefix: str) -> None:
    lab = label(text)
    assert lab is not None and (lab.who, lab.prefix, lab.strength) == (who, prefix, "strong")


def test_vendor_headers() -> None:
    lab = label("Priya Raman -- Morgan Stanley -- Analyst")
    assert lab is not None and (lab.who, lab.firm, lab.title) == ("Priya Raman", "Morgan Stanley", "Analyst")
    lab = label("Laura Chen,  NovaSky Technology Inc - CEO   [2]")
    assert lab is not None and (lab.who, lab.firm, lab.title) == (
        "Laura Chen",
        "NovaSky Technology Inc",
        "CEO",
    )


@pytest.mark.parametrize(
    "text",
    [
        "吴泳铭表示:公司会继续投入。",
        "注意:以下内容仅供参考。",
        "Note: figures are unaudited.",
        "The call started at 8:30 AM.",
        "Revenue grew 9%.",
        "Net Revenue: $1.2 billion",
        "林志远将云服务比作水电煤。",
    ],
)
def test_sentences_are_not_labels(text: str) -> None:
    assert label(text) is None


def test_known_names_bypass_the_shape_test() -> None:
    assert label("NovaBot") is None
    lab = label("NovaBot", frozenset({"novabot"}))
    assert lab is not None and lab.strength == "strong"


@pytest.mark.parametrize(
    ("line", "name", "details"),
    [
        ("刘明 - 投资者关系负责人", "刘明", ["投资者关系负责人"]),
        ("Alicia Tan - 花旗", "Alicia Tan", ["花旗"]),
        ("Eddie Lam -- Chief Executive Officer", "Eddie Lam", ["Chief Executive Officer"]),
        ("Alicia Tan, Citigroup - Analyst", "Alicia Tan", ["Citigroup", "Analyst"]),
        ("* Priya Raman", "Priya Raman", []),
        ("林志远（首席执行官）", "林志远", ["首席执行官"]),
    ],
)
def test_roster_lines(line: str, name: str, details: list[str]) -> None:
    parsed = parse_roster_line(line, line, vocab(), frozenset())
    assert parsed is not None
    assert (parsed[0], parsed[2]) == (name, details)


def test_title_in_parentheses_and_after_a_comma() -> None:
    lab = label("林志远（星穹科技首席执行官）：谢谢大家。")
    assert lab is not None and (lab.who, lab.title, lab.inline) == ("林志远", "星穹科技首席执行官", True)
    lab = label("Laura Chen, Chief Executive Officer: Thank you.")
    assert lab is not None and (lab.who, lab.title, lab.firm) == (
        "Laura Chen",
        "Chief Executive Officer",
        None,
    )
    assert label("林志远（首席执行官") is None


@pytest.mark.parametrize(
    ("details", "side", "expected"),
    [
        (["花旗"], "unknown", (None, "花旗")),
        (["Morgan Stanley"], "unknown", (None, "Morgan Stanley")),
        (["首席执行官"], "unknown", ("首席执行官", None)),
        (["Head of Investor Relations"], "unknown", ("Head of Investor Relations", None)),
        (["Citigroup", "Analyst"], "analyst", ("Analyst", "Citigroup")),
        (["电商事业群"], "company", ("电商事业群", None)),
        (["長汀證券, 研究員"], "unknown", ("研究員", "長汀證券")),
        (["远川证券, 分析员"], "unknown", ("分析员", "远川证券")),
    ],
)
def test_title_or_firm(details: list[str], side: str, expected: tuple[str | None, str | None]) -> None:
    assert title_and_firm(details, side, vocab()) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Revenue at Corvant Labs grew in every region we serve this quarter.",
        "Margins held up well.",
        "Thanks, everyone, and welcome to the Corvant Labs third quarter call, which we will keep "
        "brief today because there is a lot to cover across the segments and the outlook for next year",
        "Dana Whitfield: thank you, and good morning to everyone on the line today.",
        "Dana Whitfield",
        "Dana Whitfield (00:03:12)",
        "Corvant Labs CFO Dana Whitfield.",
        "(CFO) We grew revenue in every region this quarter.",
        "Dana | Thanks, and good morning to everyone on the line today.",
    ],
)
def test_prose_shortcut_agrees_with_the_full_reading(text: str) -> None:
    # speech the shortcut rejects is what the full reading rejects; labels never take it
    from finbrief.structure import labels

    if labels._prose(text):
        assert labels._split_label(text, text) is None
    assert labels.split_label(text, text) == labels._split_label(text, text)


@pytest.mark.parametrize(
    "line, prose",
    [
        ("Jane Roe, analyst at Pellow Bank & Co.", False),
        ("Jane Roe, analyst at Pellow Securities Co., Ltd.", False),
        ("Jane Roe of Example Partners, L.L.C.", False),
        ("We grew revenue at Pellow Bank and Co.", False),
        ("We grew revenue at Pellow in every region.", True),
        ("We grew revenue in every region, thanks to Pellow Bank, Inc.'s help.", True),
    ],
)
def test_a_line_closing_on_a_legal_form_is_no_prose(line: str, prose: bool) -> None:
    """A full stop closing a firm's legal form ends a name, not a sentence: the line is read for a label
    (the end is tested before the pattern runs, and every form the pattern knows ends so)."""
    from finbrief.structure import labels

    assert labels._prose(line) is prose
    assert all(labels.LEGAL_END_RE.search(f"Pellow {end}") for end in labels.LEGAL_ENDS)
    assert len(labels.LEGAL_ENDS) == len(labels.LEGAL_FORMS)


@pytest.mark.parametrize("line", ["**138****6620**  00:07:52", "**访客3**  00:15:10", "**Lucy的iPhone**  00:12:31", "Guest 2:"])
def test_unnamed_meeting_participants_are_numbered_speakers(line: str) -> None:
    """A caller a meeting platform shows by a masked number, a guest number or a device is a speaker
    it did not name, like ``Speaker 2``: their own words may name them later."""
    from finbrief.ingest.script import to_simplified

    lab = parse_label(line, to_simplified(line), vocab(), frozenset())
    assert lab is not None and lab.role is None
    assert lab.who and lab.who in line


def test_bold_still_ends_at_its_closing_marks() -> None:
    """Asterisks between digits stay inside the bold (a masked number), not ``**Q1**`` then text."""
    from finbrief.structure.labels import BOLD_RE

    assert BOLD_RE.match("**139****2208**")["who"] == "139****2208"  # type: ignore[index]
    assert BOLD_RE.match("**Operator** 2 lines")["who"] == "Operator"  # type: ignore[index]


@pytest.mark.parametrize("line", ["iPhone: revenue grew 5% in the quarter.", "手机：出货量同比增长12%。"])
def test_a_device_word_heading_a_topic_is_no_speaker(line: str) -> None:
    """Minutes' topic headings named after a product stay text: only someone's device is a caller."""
    from finbrief.ingest.script import to_simplified

    assert parse_label(line, to_simplified(line), vocab(), frozenset()) is None


@pytest.mark.parametrize("line", ["iPhone: 喂，能听到吗？我是远帆资本的柯远。", "iPad: Hi, this is Dana Holt from Ridgefield."])
def test_a_bare_device_opening_as_a_caller_does_is_a_speaker(line: str) -> None:
    """A guest a meeting shows only by their device is a caller when the words after it open as a caller's
    do (a greeting, their name): a speaker their own words name."""
    from finbrief.ingest.script import to_simplified

    lab = parse_label(line, to_simplified(line), vocab(), frozenset())
    assert lab is not None and lab.role is None and lab.who == line.split(":")[0]


_TIME_PIECES = ["", " ", "\t", "[", "(", "]", ")", "12", "０５", "٣", ":", "34", ".5", ",250", "-->", "-", "–", "—",
                "<br>", "<br/>", "<br />", "<BR>", ">", "Jane", "。"]


@pytest.mark.parametrize(
    "line",
    ["00:05:27", " [12:03] ", "(29:02)", "00:01:02,250 --> 00:01:04,000", "[1305.080 --> 1309.120]", "12.3–27.61<br>",
     "１２:３０", "Thank you.", "12.3-27.61", "2023", ""],
)
def test_a_time_only_line_is_read_as_the_plain_pattern_reads_it(line: str) -> None:
    from finbrief.structure.labels import TIME_ONLY_RE, is_time_only

    assert is_time_only(line) == (TIME_ONLY_RE.match(line) is not None)


def test_a_time_only_line_under_any_mix_of_its_pieces_is_read_as_the_plain_pattern_reads_it() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from finbrief.structure.labels import TIME_ONLY_RE, is_time_only

    @settings(max_examples=600, deadline=None)
    @given(st.lists(st.sampled_from(_TIME_PIECES), max_size=9))
    def check(pieces: list[str]) -> None:
        line = "".join(pieces)
        assert is_time_only(line) == (TIME_ONLY_RE.match(line) is not None)

    check()


@pytest.mark.parametrize(("line", "who", "title"), [("林远航-董事长：各位好。", "林远航", "董事长"), ("乔安-财务总监", "乔安", "财务总监")])
def test_a_chinese_name_and_its_title_joined_by_a_hyphen(line: str, who: str, title: str) -> None:
    """A chat group's display name ``林远航-董事长``: the name, then the title after the hyphen."""
    lab = label(line)
    assert lab is not None and (lab.who, lab.title) == (who, title)


@pytest.mark.parametrize("line", ["董秘答：公司今年会保持分红比例。", "公司答：新产线明年投产。"])
def test_the_company_or_its_secretary_with_the_bare_verb_answers(line: str) -> None:
    """``董秘答：`` / ``公司答：`` mark an anonymous company answer, as ``投资者问：`` marks a question."""
    lab = label(line)
    assert lab is not None and lab.role == "answer"


@pytest.mark.parametrize(
    ("text", "who", "title", "firm", "speech"),
    [
        ("Jane Roe, Managing Director, Pellow & Co.: Thanks for taking my question.",
         "Jane Roe", "Managing Director", "Pellow & Co.", "Thanks for taking my question."),
        ("Omar Field - Senior Research Analyst - Varnley Capital Partners: Can you size the price increase?",
         "Omar Field", "Senior Research Analyst", "Varnley Capital Partners", "Can you size the price increase?"),
        ("Ruth Calder, Chief Financial Officer, Tessaly Foods: Net sales rose 5%.",
         "Ruth Calder", "Chief Financial Officer, Tessaly Foods", None, "Net sales rose 5%."),
        ("Ruth Calder (Chief Financial Officer, Tessaly Foods): About two points.",
         "Ruth Calder", "Chief Financial Officer, Tessaly Foods", None, "About two points."),
    ],
)
def test_long_labels_read_by_their_parts(text: str, who: str, title: str, firm: str | None, speech: str) -> None:
    lab = label(text)
    assert lab is not None and lab.inline
    assert (lab.who, lab.title, lab.firm) == (who, title, firm)
    assert text[lab.body_start :] == speech


@pytest.mark.parametrize(
    "text",
    [
        "Revenue, the main driver this quarter for our business, was: higher volume in every region.",
        "Chief Financial Officer Ruth Calder, speaking on the outlook, said: margins will hold.",
        "Jane Roe, our Managing Director, and the whole Pellow team said: thank you.",
    ],
)
def test_long_sentences_before_a_colon_stay_speech(text: str) -> None:
    assert label(text) is None


def test_a_title_before_a_firm_is_the_title() -> None:
    v = vocab()
    assert title_and_firm(["Senior Analyst", "Pellow Securities"], "unknown", v) == ("Senior Analyst", "Pellow Securities")
    assert title_and_firm(["Managing Director, Pellow & Co."], "unknown", v) == ("Managing Director", "Pellow & Co.")
    assert title_and_firm(["Pellow Securities", "Analyst"], "unknown", v) == ("Analyst", "Pellow Securities")
    assert title_and_firm(["Vice President, Finance"], "company", v) == ("Vice President, Finance", None)


@pytest.mark.parametrize(
    ("text", "known", "who", "firm"),
    [
        ("Varnley Securities Dana Whitcombe", frozenset(), "Dana Whitcombe", "Varnley Securities"),
        ("Varnley Securities Dana Q. Whitcombe", frozenset(), "Dana Q. Whitcombe", "Varnley Securities"),
        # a closing name only the text knows (its words read as no name on their own)
        ("Varnley Securities Dana of Orr", frozenset({"dana of orr"}), "Dana of Orr", "Varnley Securities"),
    ],
)
def test_a_latin_firm_then_a_name_alone_on_its_line(text: str, known: frozenset[str], who: str, firm: str) -> None:
    lab = parse_label(text, text, vocab(), known)
    assert lab is not None and (lab.who, lab.firm) == (who, firm)


@pytest.mark.parametrize(
    "text",
    ["Turning to our outlook for next year.", "Moving on to the Varnley Securities results.", "Good morning and welcome."],
)
def test_a_sentence_of_latin_words_alone_on_its_line_is_no_label(text: str) -> None:
    assert parse_label(text, text, vocab(), frozenset()) is None


@pytest.mark.parametrize(
    "line", ["Turning to Slide 7.", "Moving on to margins.", "Now looking at our outlook.", "I was on mute."]
)
def test_short_sentence_is_no_label(line: str) -> None:
    """A short sentence with a full stop, however few its words, names no speaker."""
    assert label(line) is None


def test_shapes_behind_quick_word_tests_still_read() -> None:
    """The label shapes whose patterns run only after a word or sign they need is found still read."""
    firm_only = label("澄川证券分析师：")
    assert firm_only is not None and firm_only.role == "question" and firm_only.firm == "澄川证券"
    named = label("澄川证券分析师 韩卓：请问毛利率？")
    assert named is not None and named.who == "韩卓" and named.firm == "澄川证券"
    unnamed = label("Unidentified Analyst -- Pellow Securities -- Analyst")
    assert unnamed is not None and unnamed.role == "unnamed_analyst" and unnamed.firm == "Pellow Securities"
    office = label("CHIEF FINANCIAL OFFICER")
    assert office is not None and office.title == "CHIEF FINANCIAL OFFICER"
    bracketed = label("主持人（澄川证券 王磊）：")
    assert bracketed is not None and bracketed.role == "host"


def test_bilingual_label_keeps_its_chinese_name_as_alias() -> None:
    """An English label then the same in Chinese: the English name speaks, the Chinese one is its alias."""
    lab = label("Hu Mingyuan, Chairman 胡明远，董事长")
    assert lab is not None and (lab.who, lab.title, lab.alias) == ("Hu Mingyuan", "Chairman", "胡明远")
