"""Speaker labels, roster lines and name shapes: what one line of a transcript says about who speaks.

A label is read in two steps. ``split_label`` peels the decorations layouts put around a label
(a timestamp, Markdown bold, a ``[3]`` numbering, an inline colon) and says where the speech starts;
then ``WHO_RULES``, one small recogniser per label shape, read the part that names the speaker:

- a role (``Operator``, ``主持人``, ``Unidentified Analyst``, ``问``, ``Interpreter``);
- ``Q - Name`` / ``A - Name`` prefixes;
- ``<firm>分析师`` alone (``高盛分析师``): an anonymous question with that firm;
- ``<firm>分析师<name>`` (``杰弗瑞分析师Brent Thill``, ``高盛分析师希斯-特里(Heath Terry)``);
- ``Name;Firm;Title`` (one-line vendor entries);
- ``Speaker 1`` (a speaker a transcription service told apart but did not name);
- a title before the name (``首席财务官周晓雯``, ``CFO Mark Davis``);
- a person: ``Name``, ``Name -- Title``, ``Name - Firm - Title``, ``Name - Firm, Title``,
  ``Name, Firm - Title``, ``名字（职务或机构）``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from finbrief.ingest.inline import ZH_REPORTED_ANSWER_RE, ZH_REPORTED_QUESTION_RE
from finbrief.ingest.script import to_simplified
from finbrief.lexicon.people import given_first, name_key
from finbrief.lexicon.transcript import Vocab, fold, vocab
from finbrief.model import Side

Strength = Literal["strong", "medium", "weak", "anon_inline"]
"""How sure a label is by itself: ``strong`` (a role label, ``Q – Name``, ``Name:`` alone, a known
name, a bold label, ``<firm>分析师<name>``), ``medium`` (``Name -- Title``), ``weak`` (a plausible name
with no other evidence) and ``anon_inline`` (``Q: text`` / ``A: text``: also how FAQ-style minutes
are written, so no evidence of a call by itself)."""

# Capital and small letters of Latin names, accented ones too ("LÓRNA PIKE", "Mária"): regex classes.
UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"
LATIN_SCRIPT_RE = re.compile(r"[\x00-\u024f]*")


def is_latin_script(s: str) -> bool:
    """Whether ``s`` is written in Latin letters, accented ones too (a name "José Ortiz", not "王强")."""
    return s.isascii() or LATIN_SCRIPT_RE.fullmatch(s) is not None

# "Name -- Title", "Name – Firm – Analyst", "Name - Title": hyphens need spaces (Jean-Luc), dashes not.
# "Name--Title" (an older export glues a double hyphen between the parts). "沙玥/首席财务官": between
# Chinese words a slash needs no spaces.
CJK_SLASH = r"(?<=[\u4e00-\u9fff])/(?=[\u4e00-\u9fff])"
PART_SPLIT_RE = re.compile(rf"\s+-{{1,2}}\s+|(?<=\S)--(?=\S)|\s+/\s+|{CJK_SLASH}|\s*(?:——|[–—]{{1,2}})\s*|\s*[，：]\s*")
# "Goldman Sachs / Bruce Lu", "邹明/国联证券": a firm and a name with a slash between (spaced, unless
# between Chinese words; a slash is otherwise no label).
SLASH_PARTS_RE = re.compile(rf"^[^/]{{2,40}}(?:\s/\s|{CJK_SLASH})[^/]{{2,40}}$")
SEPARATOR_CHARS = frozenset("-–—，：,/")
# "Q – Alicia Yap", "A - 刘丽娟": a question/answer prefix before a name.
QA_PREFIX_RE = re.compile(
    r"^(Q|A|问|答|問|question(?:\s+\d{1,3})?|answer)\s*(?:-{1,2}|[–—]{1,2})\s*(\S.*)$", re.IGNORECASE
)
# "QuestionAlicia Yap", "AnswerTom Reyes": a component type run into the name, as data sets built from
# a vendor's components print each turn's label.
GLUED_QA_RE = re.compile(r"^(Question|Answer)(?=[A-Z][a-z])(\S.*)$")
# "Alicia Yap, Citigroup" inside a vendor header line.
NAME_FIRM_RE = re.compile(r"^([^,]+),\s*(.+)$")
# "吴泳铭（首席执行官）" in a Chinese roster.
PAREN_RE = re.compile(r"^(.+?)\s*[（(]([^（()）]+)[)）]$")
# The verb after a question mark's brackets: "记者（南方商报）提问", "股东（恒川投资 邹平）提问".
ASKING_VERB_RE = re.compile(r"(?<=[)）])(?:提问|提問|发问|發問)$")
# "Emily Wong（Harrowgate Securities & Co.）", "何志明 Kelvin Ho（Meridian Capital Co., Ltd.）": a name, then a firm in
# Latin letters in brackets, which may hold an ampersand and run past an inline label's usual length.
BRACKETED_FIRM_WHO_RE = re.compile(r"[^（()）:：&\d，。]{2,30}?\s*[（(][A-Za-z][A-Za-z&'’.,\- ]{1,60}[)）]")
# A trailing "[3]" (vendor speaker numbering) or "{BIO 1234567 <GO>}" (terminal link to a profile).
NUMBERING_RE = re.compile(r"\s*(?:\[\d+\]|\{BIO\s+\d+\s*<GO>\})\s*$")
BULLET_RE = re.compile(r"^(?:[*•·●▪]|-(?=\s))\s*")
# A bullet before a label: a bullet sign, or "-" / "*" before a space (never the "**" of bold), or
# the ">>" broadcast captions print at each change of speaker (">> LAURA CHEN: ..."), or the pictographs
# chat-app minutes put before each label ("🙋 提问｜…", "💡 回复｜…": a picture is never part of who speaks),
# or the triangle a news site's press-conference record puts before each reporter ("▲财经日报记者：…"),
# or the keycap digits an article numbers its questions with ("1️⃣ 问（…）：…", "🔟 问：…").
LABEL_BULLET_RE = re.compile(
    r"(?:[•·●▪◆◇■□▶►▸▲△★☆]|[-*](?=\s)|>{1,3}(?=\s)|(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]\uFE0F?)+"
    r"|(?:[0-9#*]\uFE0F?\u20E3)+)\s*"
)
INLINE_COLON_RE = re.compile(r"[:：]")
# A transcript laid out as a table, one row a turn: "| Speaker | Remarks |" in Markdown, "Name | text"
# from a Word or HTML table; the speech cell ends the row.
TABLE_ROW_RE = re.compile(r"\|?\s*(?P<who>[^|\n]{1,60}?)\s*\|\s*(?P<rest>[^|\s][^|]*?)\s*\|?\s*$")
# A timestamp before or after a label: "[00:05:27]", "(05:27)", "00:05:27", "0:05".
TIMESTAMP = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?"
# Three or four short cells apart by bars, alone on a line: who speaks, as "Name | Firm | Title".
PIPE_CELLS_RE = re.compile(r"[^|\n，,。？?！!：:]{1,24}(?:\s\|\s[^|\n，,。？?！!：:]{1,24}){2,3}")
# A tab-separated row: a time cell or none, who speaks, what they say.
TAB_ROW_RE = re.compile(rf"(?:{TIMESTAMP}\t+)?(?P<who>[^\t\n]{{1,40}}?)\t+(?P<rest>\S[^\t]*)$")
# A timestamp in brackets opening the speech after a label's colon: "Jane Roe: (05:47) Thank you.".
BRACKETED_TIME_RE = re.compile(r"[\[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]\s*")
# A name, its time in brackets, then the speech with no colon: "Catherine Moss [00:44] Thank you, Julian."
# (a full stop only after an initial: "Noah H. Brennan [07:40] Hi.")
NAME_TIME_SPEECH_RE = re.compile(
    r"(?P<who>(?:[^\[\]()（）\d:：,，.。?？!！]|(?<=\b[A-Z])\.){2,40}?)\s*[\[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]\s+(?=\S)"
)
# A name with its hh:mm:ss time run into both it and the speech, as a quote site's copy of a transcript
# panel flattens the name, time and speech cells: "Jane Roe00:03:15Hi, good morning.", "Speaker 200:01:40…"
# (a two-digit hour: "Speaker 2" then "00:01:40").
GLUED_TIME_RE = re.compile(
    r"(?P<who>[A-Za-z][^\d:：\n.,;!?]{1,40}?(?:\s\d{1,2})?)(?<=[A-Za-z\d])\d{2}:\d{2}:\d{2}(?=[A-Z\"“'‘(\[¿¡])"
)
# The mark between a range's two times: a caption arrow, a dash, or a typeset arrow ("00:00:04 → 00:00:41")
# as a notes tool writes each turn's span.
RANGE_ARROW = r"(?:-->|→|[-–—])"
# A table's first cell holding the time of the row's turn: "| 00:04:16 | Jenna Brooks | Thanks. |".
TIME_CELL_RE = re.compile(rf"\|?\s*{TIMESTAMP}(?:\s*{RANGE_ARROW}\s*{TIMESTAMP})?\s*(?=\|)")
# A lead time or a cue range: "[00:05:27]", "0:05 -", "[00:00:02.100 --> 00:00:14.800]".
# A machine transcription's time range in seconds: "[1305.080 --> 1309.120]".
SECONDS_RANGE = r"\[\d{1,6}(?:\.\d{1,3})?\s*-->\s*\d{1,6}(?:\.\d{1,3})?\]"
LEAD_TIME_RE = re.compile(
    rf"^\s*(?:{SECONDS_RANGE}|{TIMESTAMP}(?:\s*{RANGE_ARROW}\s*{TIMESTAMP})?)\s*(?:[-–—|]\s*)?"
)
# ... a post's date before it too ("投资者 hjk2019  2025-09-19 15:02": a platform stamps each post), or a
# middle dot between them ("**Ann Lee** · 03:20": a notes app's speaker line), or a clock time of day as a
# video meeting's export stamps each speaker line ("Ann Lee  10:02 AM").
CLOCK_ENDS = ("am", "pm", ".m.")
TRAIL_TIME_RE = re.compile(
    rf"\s*(?:[-–—|·•]\s*)?(?:(?:19|20)\d\d[-/.]\d{{1,2}}[-/.]\d{{1,2}}\s+)?{TIMESTAMP}(?:\s?[AaPp]\.?[Mm]\.?)?\s*$"
)
# A speech service's Markdown heads each turn with its span in seconds and an HTML line break: "12.3–27.61<br>".
BROKEN_SECONDS_RANGE = r"\d{1,6}(?:\.\d{1,3})?\s*[-–—]\s*\d{1,6}(?:\.\d{1,3})?\s*<br\s*/?>"
TIME_ONLY_RE = re.compile(
    rf"^\s*(?:{SECONDS_RANGE}|{BROKEN_SECONDS_RANGE}|{TIMESTAMP}(?:\s*{RANGE_ARROW}\s*{TIMESTAMP})?)\s*$"
)
# A timestamp between a label and its colon: "Jane Doe (29:02):", "Jane Doe 00:05:27: text".
TIMED_LABEL_RE = re.compile(rf"(?P<who>[^\d:：]{{1,40}}?(?:\s?_?\d{{1,2}}(?=\s*[\[(]|\s+\d))?)\s*{TIMESTAMP}\s*[:：]")
# A date (and time) in brackets between a label and its colon, as a Q&A platform's export stamps each
# post: "投资者提问（2026-03-02 10:15）：", "董秘回答(2026/03/04)：".
DATED_LABEL_RE = re.compile(
    r"(?P<who>[^\d:：()（）\[\]]{1,30}?)\s*(?P<stamp>[（(]\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?)\s*[)）])\s*[:：]"
)
# ("顾晓东（06:35）：…", a meeting tool's minutes: the time into the recording in brackets, as the date.)
# The verbs that end a Q&A platform's marks ("投资者提问", "董秘回答").
PLATFORM_VERBS = ("提问", "提問", "回答", "回复", "回覆", "答复", "答覆")
# A parenthesis right after a bold name: "**Lisa Su** (Executives):".
BOLD_PAREN_RE = re.compile(r"([(（][^()（）\n]{1,60}[)）])")
# A Markdown heading holding a label alone: "### Jensen Huang, President & CEO, NovaSky Corp."
HEADING_LABEL_RE = re.compile(r"#{1,6}\s+(?P<who>[^#\n]{2,120}?)\s*#*\s*$")
# A line in single-marker emphasis: "*UBS Investment Bank, Research Division*" under a bold name.
EMPHASIS_RE = re.compile(r"^([*_])(?![*_\s])(?P<inner>[^*_]+?)(?<!\s)\1$")
# Markdown bold around a label: "**Jason Wang - MediaTek, Analyst**", "**Operator:** text".
# (asterisks between digits are a masked phone number's, "**138****6620**", not the bold's end)
BOLD_RE = re.compile(r"(\*\*|__)(?P<who>(?:[^*_\n]|(?<=\d)\*{2,6}(?=\d)|(?<=[^\W_])_(?=[^\W_])){1,120}?)\1(?!\*{0,4}\d)")
LATIN_TOKEN_RE = re.compile(r"^(?:[A-ZÀ-Þ][\w'’-]*\.?|[A-Z]\.(?:[A-Z]\.)*)$")
# Chinese names: 2-4 characters, or a transliterated foreign name with a separator (约翰·史密斯, 希斯-特里).
CJK_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,6}[·•‧\-－][\u4e00-\u9fff]{1,8}$")
CJK_SEPARATORS = "·•‧-－"
# Chinese names are 2-3 characters; 4 only with a compound surname (欧阳明远).
MAX_CJK_NAME = 3
SENTENCE_END = frozenset("。！？!?；;，,…")
WHO_FORBIDDEN_RE = re.compile(r"[\d/\\@#%&=<>\"“”「」『』【】《》?？!！。，;；]")
PARENS = frozenset("()（）")
ANALYST_RE = re.compile(
    r"^(?:(?:research|equity|senior|sell-side)\s+)*analysts?$|^(?:分析[师员師員]|研究[员員])$", re.IGNORECASE
)
# A firm written as a broker's research arm ("UBS Investment Bank, Research Division", "BMO Capital
# Markets Equity Research"): vendors name sell-side analysts' firms this way, whatever their job title
# ("Associate Director", "Senior MD & Senior Equity Research Analyst") says.
RESEARCH_ARM_RE = re.compile(r"\b(?:Research Division|Equity Research)\b", re.IGNORECASE)
# What a briefing's record says a media asker is, after the outlet: "(Nikkei, reporter)".
OUTLET_ROLE_RE = re.compile(r"^(?:reporter|journalist|correspondent|media|press|editor|记者|記者)$", re.IGNORECASE)
# "<firm>分析师<name>": a Chinese analyst label names the firm before the word and the person after.
# The firm may be written in Latin script, spaces and all ("Huatai Securities分析师Wei Zhang").
ZH_ANALYST_RE = re.compile(
    r"^(?P<firm>[^\s:：]{1,20}?|[A-Za-z][A-Za-z&.,' -]{1,40}?[A-Za-z.])\s*(?:的)?(?:首席|资深|高级|行业)?(?:分析[师员]|研究员)\s*(?P<name>.+)$"
)
# The words one of which each of the two patterns holds (looked for before running them: most lines hold none).
ANALYST_WORDS = ("分析师", "分析员", "研究员")
FIRM_ANALYST_WORDS = (*ANALYST_WORDS, "记者")
# "高盛分析师：" / "瑞銀分析員：": an analyst named only by their firm (the asker stays anonymous).
ZH_FIRM_ANALYST_RE = re.compile(r"^(?P<firm>[^\s:：]{2,12}?)(?:的|\s+)?(?:分析[师员]|研究员|记者)$")
# "《信報》記者", "《财经》记者": a publication's reporter, its name in title marks.
OUTLET_REPORTER_RE = re.compile(r"^《[^《》\s]{1,12}》\s*(?:记者|記者)$")
# Words before 分析师 that are no firm ("卖方分析师", "首席分析师").
NOT_A_FIRM_RE = re.compile(
    r"^(?:卖方|买方|行业|首席|资深|高级|证券|研究|某|一位|另一位|其他|其他的|下一位|未具名|不具名|现场|媒体|网络|一名|另一名)$"
)
# A question or answer mark with who asks or answers in brackets: "答（董事长）", "問（《信報》）" (a
# newspaper's name in title marks is allowed there), perhaps with the verb after ("记者（南方商报）提问").
QA_PAREN_RE = re.compile(
    r"^(?:第\s*(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*[位名](?=股东|股東|投资者|投資者|网友|網友))?"  # "第一位股东（…）"
    r"(?:问题|問題|问|問|答|(?:股东|股東|投资者|投資者|网友|網友)?(?:提问|提問)|提问者|提問者|提问人|提問人|回答|回复|回覆|答复|答覆|分析师|分析師|分析员|分析員|记者|記者|"
    r"(?:机构|機構)?投资者|(?:机构|機構)?投資者|投资人|投資人|法人|股东|股東|[QA]|"
    r"questioner(?:\s+[A-Z](?![a-z]))?|respondent|answerer|"
    r"(?:share|stock|unit)holder)"  # "Shareholder (Mr Brian Cole)": a meeting's record, who asks in brackets
    r"\s*(?:[0-9]{0,3}|[一二三四五六七八九十]{1,3})\s*"
    r"[（(](?P<inner>[^（）()]{1,50})[)）](?:提问|提問|发问|發問)?$",
    re.IGNORECASE,
)
# What a role label may say its holder does: "董事長補充", "总经理回答", "董事长致辞".
# "总经理补充答复：": adding to an answer, in one verb or two.
TITLE_VERB_RE = re.compile(r"(?:补充(?:回答|回复|答复|说明)?|回答|回复|答复|回应|发言|报告|致辞|讲话)$")
# Marks that name an outside asker ("分析師（富邦）", "记者（明报）"): what the brackets hold is their firm.
ANALYST_MARK_RE = re.compile(r"(?:分析师|分析员|记者|投资者|投资人|法人|提问者|提问人)\s*[（(]")
# A question or answer mark in lenticular brackets opening a line: "【问】…", "【答】…".
BRACKET_MARK_RE = re.compile(r"\s*【\s*(?P<who>问|問|答|提问|提問|回答|回复|回覆|[QA]\d{0,2})\s*】\s*", re.IGNORECASE)
# A mark after a speaker's label that their words come through an interpreter: "Robin Li -- CEO
# [interpreted]", "林远航（董事长）（经翻译）".
INTERPRETED_RE = re.compile(
    r"\s*[\[(（](?:interpreted|interpretation|translated|through (?:an )?interpreter|via (?:an )?interpreter|"
    r"经翻译|經翻譯|翻译|翻譯|口译|口譯|传译|傳譯)[\])）]$",
    re.IGNORECASE,
)
# Who speaks in lenticular brackets opening a line: "【顾言 北辰资本】…", "【林远航 董事长】…".
BRACKET_WHO_RE = re.compile(r"【\s*(?P<who>[^【】\n\d]{2,30}?)\s*】\s*")
# The same in square brackets, as plain-text minutes type them, but only before a question or answer
# mark ("[中信证券 王磊]问:…", "[财务总监 许曼]答:…"): square brackets alone also hold "[Inaudible]".
# "<Q – Jerome Saltz>: …" / "<A – Helen Osei>: …": a filed transcript's question or answer mark and
# the speaker's name in angle brackets before the speech.
ANGLE_QA_RE = re.compile(r"<\s*(?P<who>[QA]\s*(?:-{1,2}|[–—]{1,2})\s*[^<>\n]{2,60}?)\s*>\s*[:：]?\s*")
# A name in square brackets alone on its line, over the speech (a transcription editor's speaker line);
# a bracketed vendor mark ("[Operator Instructions]", "[Music]") is read as its words would be alone.
LONE_SQUARE_RE = re.compile(r"\[\s*(?P<who>[^\[\]\n\d:：]{2,60}?)\s*\]")
SQUARE_WHO_RE = re.compile(r"\[\s*(?P<who>[^\[\]\n\d:：]{2,30}?)\s*\](?=\s*(?:提问|提問|回答|问|問|答)\s*[:：])")
# A meeting's asker labelled by the microphone they speak at ("Microphone 2:", "Floor Mic 1:"): a number
# that is no time; the vocabulary says the label asks.
MICROPHONE_WHO_RE = re.compile(r"(?i:(?:floor |room |audience )?(?:microphone|mic)\s*(?:no\.?\s*)?[0-9]{1,2})")
# ... or closed by the colon itself, as a roadshow platform's record writes every turn: "[主持人]：…",
# "[沐川股份 董事长 郝文山]：…", "[网友 价值投资者2019]：…" (a user name may hold digits).
SQUARE_COLON_RE = re.compile(r"\[\s*(?P<who>[^\[\]\n:：]{2,30}?)\s*\]\s*[:：]\s*")
# A Q&A platform's record line, a date or the company (and its code) before the mark: "9月1日有投资者向
# 远帆电气(688321)提问", "董秘回答(远帆电气SH688321)", a Hong Kong code ("(00700.HK)") or one a digest masks
# ("(603XXX)"); the vocabulary says which marks these are.
PLATFORM_WHO_RE = re.compile(
    r"(?:\d{1,2}月\d{1,2}日)?[^:：\d]{1,30}?(?:[(（][^()（）:：\d]{0,20}[A-Za-z]{0,2}\d{3}[\dXx]{1,3}(?:\.[A-Za-z]{2})?[)）])?[^:：\d]{0,8}"
)
# A role in brackets right after an answer mark's colon: "答：（总经理）主要是…".
LEAD_PAREN_RE = re.compile(r"\s*[（(](?P<inner>[^（）()]{1,12})[)）]\s*[:：]?\s*")
# Title marks around a publication's name: "《信報》".
TITLE_MARKS = "《》〈〉"
# A Latin name in parentheses after a Chinese one: "希斯-特里(Heath Terry)".
ALIAS_RE = re.compile(r"^(?P<name>.+?)\s*[（(](?P<alias>[A-Za-z][A-Za-z .'’-]{1,40})[)）]$")
# A title before a name: "首席财务官周晓雯", "微软首席执行官萨提亚·纳德拉", "CFO Mark Davis", or joined to it by a
# hyphen as call notes do in brackets ("A（董事长-殷宏）").
TITLED_RE = re.compile(
    r"^(?P<pre>[^\s:：]{0,12}?(?:首席[\u4e00-\u9fff]{1,6}官|联席[\u4e00-\u9fff]{0,4}官|执行长|财务长|总裁|总经理|"
    r"董事长|主席|副总裁|总监|负责人|经理|董事会秘书|董秘|证券事务代表|发言人|投资者关系|(?<![A-Za-z])(?:IR|CEO|CFO|COO|CTO)(?![A-Za-z])|"
    r"董事(?![长会])|监事(?![长会])))\s*(?:[-－–—]\s*)?(?P<name>[^\s:：\-－–—].{1,24})$"
)
# The same with the longest title first: "董事长兼总经理张明" (the shortest reading, "董事长" before
# "兼总经理张明", names nobody).
TITLED_LONG_RE = re.compile(TITLED_RE.pattern.replace("{0,12}?", "{0,12}", 1))
# Titles that make a label before a name only with the label's colon (or bold).
COLON_ONLY_TITLES = ("董事会秘书", "董秘", "证券事务代表", "发言人")
TITLED_EN_RE = re.compile(
    r"^(?P<pre>(?:(?:Chief|Executive|Senior|Vice|Deputy)\s+)*(?:CEO|CFO|COO|CTO|President|Chairman|Chairwoman|"
    r"Chair|(?:Chief\s+\w+\s+Officer)))\s+(?P<name>[A-Z].{2,40})$"
)
# A speaker told apart by a transcription service: "Speaker 1", "SPEAKER_02", "发言人 2" (in either
# script: a speaker's own spelling is matched too, "發言人 2").
# (a word processor's dictation in Taiwan writes "說話者 1"; an expert call's notes number askers "投资人1";
# a recording app numbers voices "角色1"; a recording renamed by office numbers its askers "提问人1")
DIARIZED_RE = re.compile(
    r"(?i:speaker|spk|[发發]言人|[说說]话人|說話人|[说說][话話]者|[讲講]者|角色|(?P<analyst>分析[师師]|投[资資]者|投[资資]人|提[问問]者|提[问問]人))\s*[_ ]?\d{1,2}"
    r"|(?i:speaker)\s+[A-Z]"  # "Speaker A": a service that tells speakers apart by letter
    r"|(?:[发發]言人|[说說]话人|說話人|[说說][话話]者|[讲講]者)\s*[A-Z](?![A-Za-z])"  # "发言人A" (the same in Chinese)
    # a video-meeting participant the platform shows without a name: a guest number ("访客3", "Guest 2"),
    # a dial-in's masked phone number ("138****6620"), someone's device ("Lucy的iPhone", "Amy的iPad (2)")
    r"|(?:[访訪]客|[游遊]客|[来來][宾賓]|(?i:guest))\s*[_ ]?\d{1,4}"
    # ... a dial-in the platform numbers ("Call-in User_3", "Call-in user 2", "Caller 4")
    r"|(?i:call-?in\s+user|caller)\s*[_ ]?\d{1,4}"
    r"|1\d{2}[*＊xX]{4}\d{4}"
    # (a device only as someone's: a bare "iPhone" heads a topic in minutes)
    r"|[^\s的:：]{1,12}的(?:iPhone|iPad|Android|HUAWEI|华为手机|MacBook)(?:\s*[(（]?\d{1,2}[)）]?)?"
    # ... or a phone's model alone ("Galaxy S23", "iPhone 15 Pro": a model number, never the bare brand)
    r"|(?:iPhone|iPad|Galaxy|Pixel|Redmi|OnePlus|HUAWEI|Mate)\s*[A-Z]?\d{1,3}(?:\s*(?:Pro|Max|Plus|Ultra|mini))*"
)
# The same in square brackets opening the line, the speech after it: "[SPEAKER_01] Thanks. …".
DIARIZED_BRACKET_RE = re.compile(r"\[\s*(?P<who>(?i:speaker|spk)\s*[_ ]?(?:\d{1,2}|[A-Z]))\s*\]\s*")
# A numbered question or answer mark of minutes and investor-relations records: "问题1", "Q2", "回复3",
# "股东1" (a shareholders' meeting), "Questioner 2".
NUMBERED_MARK_RE = re.compile(
    r"(?:问题|提问者|提問者|(?:股东|股東|投资者|投資者|网友|網友)?(?:提问|提問)|問題|問|问|答|回复|回覆|股东|股東|个人投资者|個人投資者|questioner|[QA])\s*[0-9０-９一二三四五六七八九十]{1,3}", re.IGNORECASE
)
# A Q&A platform's page: the user name, a space, then the verb ("sunny_2019 问："); the name may hold digits.
USER_ASKS_RE = re.compile(r"[^\s:：/\\@#%&=<>\"“”「」『』【】《》?？!！。，;；]{2,20}[ \u3000]+[问問]")
MAX_LABEL_CHARS = 120
# An AI call summary's marks without a colon: a numbered question then the word for asking
# ("问题1 提问 公司如何看待…"), and the word for answering before the answer's first bullet ("回答 - …").
SPACED_MARK_RE = re.compile(
    r"(?P<who>(?:问题|問題)\s*[0-9]{1,3}(?=\s+(?:提问|提問)\s)|回答(?=\s+-\s)|回复(?=\s+-\s)|回覆(?=\s+-\s))"
    r"\s+(?:(?:提问|提問)\s+|-\s+)(?=\S)"
)
SPACED_MARK_STARTS = frozenset("问問回")
# A label in capitals that names the speaker, their title and their firm before its colon, longer than
# an inline name ("DANA WHITFIELD, VICE PRESIDENT, INVESTOR RELATIONS, CORWIN LOGISTICS: Thank you."):
# wire-service transcripts; the capitals and the commas say it is no sentence.
CAPS_LONG_LABEL_RE = re.compile(
    r"(?P<who>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’&-]*)+(?:, ?[A-Z&][A-Z.'’&-]*(?: [A-Z&][A-Z.'’&-]*)*){1,5})\s*:\s*"
)
# A name in capitals closed by a full stop, the speech after it on the same line ("RACHEL KIM. Thank
# you.", "MS. LANG. We plan to …", "CHAIR BROOKS. Good afternoon."): press-conference transcripts.
# ... a role alone so ("MODERATOR. Next question."), never another single word ("NOTE. …").
CAPS_PERIOD_ROLES = ("MODERATOR", "OPERATOR", "HOST", "QUESTIONER", "INTERPRETER")
CAPS_PERIOD_LABEL_RE = re.compile(
    rf"(?P<who>(?:MR|MS|MRS|DR)\. [A-Z][A-Z'’-]+|[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){{1,3}}|{'|'.join(CAPS_PERIOD_ROLES)})"
    r"\.\s+(?=[A-Z\"“(])"
)
# A label line has few words (a vendor header with a long title has about ten); one ending with a
# period is a sentence unless it is as short as a name ("J. Smith Jr.").
MAX_LABEL_WORDS = 16
# A header line of the strict form ``Name -- Firm, Research Division -- Title`` (or ``Name -- Title``)
# alone on its line: a vendor's speaker header whatever its length (long firm and title names run past
# the limits above). The name is two to five capitalised words, each part opens with a capital and
# holds no sentence punctuation.
DASH_PART = r"[A-Z0-9&](?:(?! -- )[^?!;:\n])*"
DASH_HEADER_RE = re.compile(
    r"(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,4}) -- " + DASH_PART + r"(?: -- " + DASH_PART + r")?"
)
MAX_NAME_WORDS = 5
# A firm's legal form closing a line ("…, Pellow & Co."): its full stop ends a name, not a sentence.
LEGAL_FORMS = ("Inc", "Ltd", "Co", "Corp", "L.L.C", "L.P", "S.A", "N.A", "N.V")
LEGAL_END_RE = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, LEGAL_FORMS)) + r")\.$")
LEGAL_ENDS = tuple(f"{form}." for form in LEGAL_FORMS)
"""What a line ``LEGAL_END_RE`` finds a form in ends with (tested first: most sentences end otherwise)."""
# The characters of a line's end that ``LEGAL_END_RE`` needs to see (its longest form and the space before).
LEGAL_TAIL = 8
MAX_INLINE_WHO = 40
# ... unless it reads as a name, a dash and an affiliation, which a firm's legal form lengthens ("Jane
# Roe - Example Securities Co., Ltd.: …"; within MAX_INLINE_WHO + TIME_CHARS).
DASHED_WHO_RE = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s+(?:-{1,2}|[–—]{1,2})\s+[A-Z][^:：!?。]*?(?<!\s)"
)
# ... or unless it reads by its parts as a person's name, then a title and a firm, whatever its length
# ("Jane Roe, Managing Director, Pellow & Co.:", "Omar Field - Senior Research Analyst - Varnley Capital
# Partners:", "Ruth Calder (Chief Financial Officer, Tessaly Foods):"): see ``_parted_who``.
PARTED_WHO_RE = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4})"
    r"(?:,\s+(?P<comma>[^:：()]+)|\s+(?:-{1,2}|[–—]{1,2})\s+(?P<dash>[^:：()]+)|\s*\((?P<paren>[^:：()]+)\))"
)
# How the parts after the name are set apart, by the shape's separator (a bracket's parts by commas).
PARTED_SPLIT_RE = {
    "comma": re.compile(r",\s+"),
    "dash": re.compile(r"\s+(?:-{1,2}|[–—]{1,2})\s+"),
    "paren": re.compile(r",\s+"),
}
# Lower-case words a title or a firm's name may hold between its capitalised ones ("Head of Investor
# Relations", "Bank of the West", "Banco de la Plata").
NAME_CONNECTORS = frozenset({"of", "and", "for", "the", "&", "de", "la", "du", "del", "von", "van", "der", "y", "et"})
# A timestamp's length ("(00:38:20)" and a space) between the speaker part and its colon.
TIME_CHARS = 11
# Trailing timestamps and numbering are looked for in this many last characters.
TAIL_CHARS = 24
# A detail part (title or firm) longer than this, or with more words, is speech, not a label.
MAX_DETAIL_CHARS = 110
MAX_DETAIL_WORDS = 16
# A title or firm after a Chinese name and a space ("林远航 董事长") is at most this long.
MAX_DETAIL_CJK = 16


@dataclass(frozen=True)
class Label:
    """A speaker label found in one paragraph."""

    role: str | None
    """``operator`` | ``host`` | ``company_representative`` | ``unnamed_analyst`` | ``interpreter`` |
    ``question`` | ``answer``; None: a person."""
    who: str
    """The label as written (name without prefix or title)."""
    key: str
    """``name_key`` of ``who``."""
    strength: Strength
    inline: bool
    body_start: int
    prefix: str | None = None
    """``Q`` or ``A`` from ``Q – Name`` / ``A – Name``."""
    title: str | None = None
    firm: str | None = None
    alias: str | None = None
    """Another spelling given with the name (``希斯-特里(Heath Terry)``)."""
    side: Side | None = None
    """The side a label states in parentheses (``Lisa Su (Executives)``, ``Jane Roe (Analysts)``)."""
    also: tuple[tuple[str, str, str | None], ...] = ()
    """Others the label names as speaking with ``who`` (``答：董事长王建平、总经理陈立：``): (who, key,
    title) of each."""


@dataclass(frozen=True)
class RosterEntry:
    """A participant line: who, and what the roster says about them."""

    index: int
    name: str
    key: str
    side: Side
    role: str | None
    firm: str | None
    affiliation: str | None = None
    """The affiliation text as written (``Firm - Title``), which turn headers repeat."""
    lines: tuple[str, ...] = ()
    """The affiliation's lines as written (one, or two when it was wrapped)."""


@dataclass(frozen=True)
class Who:
    """The speaker part of a line, with how it was written around it."""

    text: str
    simp: str
    inline: bool
    body_start: int
    colon: bool
    bold: bool
    # A timestamp opened the line ("00:01:30 發言人 吳志明"): a transcription's speaker line, not a list entry.
    stamped: bool = False


@cache
def _metric_words() -> frozenset[str]:
    """The Chinese names of metrics (毛利率, 费用率, 利润): a minutes' topic heading ("毛利率：…"), never
    a person, though many start with a surname's character."""
    from finbrief.lexicon.metrics import metrics

    return frozenset(a for m in metrics() for a in m.aliases if CJK_NAME_RE.match(a))


def is_cjk_name(s: str, v: Vocab) -> bool:
    """A short Chinese line that reads as a person's name (known surname, not a common word)."""
    if not CJK_NAME_RE.match(s) or s in v.cjk_stopwords or s in _metric_words():
        return False
    if any(c in s for c in CJK_SEPARATORS):
        return True
    if s.startswith(v.compound_surnames):
        return True
    return len(s) <= MAX_CJK_NAME and s[0] in v.surnames


def is_latin_name(s: str, v: Vocab) -> bool:
    """2-5 capitalised words (particles and initials allowed) that are not heading words."""
    tokens = s.split()
    words = [t for t in tokens if t not in v.latin_particles]
    if not 2 <= len(words) <= MAX_NAME_WORDS or len(tokens) > 6 or tokens[0] in v.latin_particles:
        return False
    full = 0
    for t in words:
        if not LATIN_TOKEN_RE.match(t) or t.rstrip(".").casefold() in v.latin_stopwords:
            return False
        if len(t.rstrip(".")) > 1 and not re.fullmatch(r"(?:[A-Z]\.)+", t):
            full += 1
    return full >= 1


def is_name(s: str, v: Vocab) -> bool:
    """A plausible person's name in either script (``s`` in simplified Chinese)."""
    s = s.strip()
    return is_cjk_name(s, v) or is_latin_name(s, v)


def strip_emphasis(text: str) -> str:
    """``text`` without single-marker Markdown emphasis around the whole of it (``*Firm, Title*``)."""
    m = EMPHASIS_RE.match(text) if text[:1] in "*_" else None
    return m.group("inner") if m else text


SIDE_HEADERS: dict[str, Side] = {
    "roster_company": "company",
    "roster_analyst": "analyst",
    "roster_any": "unknown",
}


def side_word(text: str, v: Vocab) -> Side | None:
    """The side a roster heading names (``Executives``, ``Analysts``, ``Participant``), if ``text`` is one."""
    kind = v.header(fold(text))
    return SIDE_HEADERS.get(kind) if kind else None


def _simp(orig: str, para: str, simp: str) -> str:
    """Simplified form of ``orig`` (a slice of ``para``), from the paragraph's cached view when possible."""
    if len(para) == len(simp):
        i = para.find(orig)
        if i >= 0:
            return simp[i : i + len(orig)]
    return to_simplified(orig)


# A courtesy or academic title before a Latin name in a label ("Mr Graham Pollard", "Ms. Ritu Saxena",
# "Dr. Ines Vogel"): not part of the name, which the roster and the operator give without it (a rank or
# an honour, "Sir", stays).
COURTESY_RE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?=[A-Z])")
# The legal form closing a company's name ("Acme Foods, Inc."): no detail of a person.
CORPORATE_SUFFIXES = frozenset({"inc", "ltd", "llc", "plc", "corp", "co", "lp", "llp", "ag", "sa", "nv", "se", "gmbh"})


def _person(who: str, who_s: str, v: Vocab, known: frozenset[str]) -> tuple[str, str, list[str]] | None:
    """(name, key, detail parts) if ``who`` names a person: ``Name``, ``Name -- Title``,
    ``Name -- Firm -- Analyst``, ``Name, Firm - Title``, ``Name, Title``, ``名字（职务）``."""
    same = who == who_s  # (an English label's views are one text: each pattern is matched once)
    pm = PAREN_RE.match(who)
    pms = pm if same else PAREN_RE.match(who_s)
    if pm and pms:
        name, name_s, details = pm.group(1).strip(), pms.group(1).strip(), [pm.group(2).strip()]
    elif PARENS.isdisjoint(who):
        if SEPARATOR_CHARS.isdisjoint(who):
            parts, parts_s = [who.strip()], [who_s.strip()]
        else:
            parts = [p.strip() for p in PART_SPLIT_RE.split(who) if p.strip()]
            parts_s = parts if same else [p.strip() for p in PART_SPLIT_RE.split(who_s) if p.strip()]
        if not parts or len(parts) != len(parts_s) or len(parts) > 4:
            return None
        name, name_s, details = parts[0], parts_s[0], parts[1:]
        if len(parts) == 2 and _firm_first(parts_s, v, known):  # "Morgan Stanley - Emily Chan"
            name, name_s, details = parts[1], parts_s[1], [parts[0]]
        elif len(parts) == 2 and _title_first(parts_s, v, known):  # "Chief Executive Officer — Jane Roe"
            return parts[1], name_key(parts_s[1]), [parts[0]]
        m = NAME_FIRM_RE.match(name)
        ms = m if name == name_s else NAME_FIRM_RE.match(name_s)
        if m and ms:
            name, name_s, details = m.group(1).strip(), ms.group(1).strip(), [m.group(2).strip(), *details]
    else:
        return None
    details = [p for p in details if p.casefold() not in v.platform_tags]  # "Marcus Lindgren (Guest)"
    if len(details) == 1 and riding_party(details[0]):
        details = []  # "Ann Roy (Terrebonne, BQ)": a member's riding and party, no title or firm
    if len(details) == 1 and details[0].rstrip(".").casefold() in CORPORATE_SUFFIXES:
        return None  # "CALLOWAY FOODS, INC.": a company's name, no one's label
    if (courtesy := COURTESY_RE.match(name)) is not None and len(name) == len(name_s):
        name, name_s = name[courtesy.end() :], name_s[courtesy.end() :]  # "Mr Graham Pollard"
    named = is_name(name_s, v)
    if not (named or known):
        return None  # (no name, and no name the text knows: the key is not made)
    key = name_key(name_s)
    if not named and key not in known:
        return None
    if any(
        len(p) > MAX_DETAIL_CHARS or len(p.split()) > MAX_DETAIL_WORDS or p[-1] in SENTENCE_END
        for p in details
    ):
        return None
    return name, key, details


def _firm_first(parts_s: list[str], v: Vocab, known: frozenset[str]) -> bool:
    """``Firm - Name``: a firm (the glossary's, or one ending like a firm) before a person's name, or
    anything but a title before the name of someone the text introduces."""
    firm, person = parts_s
    if name_key(firm) in known or not (name_key(person) in known or is_name(person, v)):
        return False
    if name_key(person) in known and not is_title(firm, v):
        return True  # the one the text introduces ("… from Jane Roe with Orloff Brothers") is who speaks
    return is_firm(firm, v) and not is_firm(person, v)


def _title_first(parts_s: list[str], v: Vocab, known: frozenset[str]) -> bool:
    """``Title — Name``: an office (perhaps with a comma, ``Vice President, Investor Relations``) before
    a person's name, as a news site's participants list prints each entry."""
    title, person = parts_s
    return (
        is_title(title, v)
        and not is_name(title, v)
        and (name_key(person) in known or is_latin_name(person, v))
        and not is_title(person, v)
        and not is_firm(person, v)
    )


def is_title(text: str, v: Vocab) -> bool:
    """A job title (``Chief Financial Officer``, ``Analyst``, ``首席财务官``), in either script."""
    return bool(v.job_title.search(to_simplified(text)))


def title_and_firm(details: list[str], side: Side, v: Vocab) -> tuple[str | None, str | None]:
    """(role, firm) from the parts after a name: the last part is the title when there are several
    (``Firm - Analyst``); a single part is a title if it reads like one (``首席执行官``, ``Head of IR``),
    else a firm (``花旗``, ``Morgan Stanley``); ``Firm, Title`` in one part is split at its last comma,
    ``Analyst, Firm`` at its first;
    on a company roster an unclear single part is a title."""
    if not details:
        return None, None
    if len(details) == 2 and is_title(details[0], v) and not is_title(details[1], v) and is_firm(details[1], v):
        return details[0], details[1]  # "Senior Research Analyst - Varnley Capital Partners": the title first
    if len(details) >= 2:
        return details[-1], " - ".join(details[:-1])
    only = details[0]
    head, sep, tail = only.rpartition(", ")
    if sep and is_title(tail, v) and not is_title(head, v):
        return tail, head
    first, sep, rest = only.partition(", ")
    if sep and not is_title(rest, v) and (is_analyst_title(first) or (is_title(first, v) and is_firm(rest, v))):
        return first, rest  # "Analyst, Morgan Stanley & Co. LLC", "Managing Director, Pellow & Co.": the title first
    fa = ZH_FIRM_ANALYST_RE.match(to_simplified(only))
    if fa and not NOT_A_FIRM_RE.match(fa.group("firm")):  # "东岳证券分析师": the firm, then the word
        return only[len(fa.group("firm")) :], only[: len(fa.group("firm"))]
    if is_title(only, v) or side == "company":
        return only, None
    return None, only


def _cut_tail(text: str, rx: re.Pattern[str]) -> str:
    """``text`` without what ``rx`` (anchored at the end) matches in its last characters."""
    if not text or not (text[-1].isdigit() or text[-1] in "])}" or text[-3:].lower().endswith(CLOCK_ENDS)):
        return text
    tail = text[-TAIL_CHARS:]
    m = rx.search(tail)
    return text[: len(text) - len(tail) + m.start()] if m else text


def _prose(text: str) -> bool:
    """A line that ``split_label`` answers None for, told cheaply (most lines of a call are speech): it
    opens with a letter (no bullet, timestamp, bracket or mark), holds no colon where a label's would
    close it and no table bar, and is too long for a label or a sentence of more words than a name."""
    head = text[: MAX_INLINE_WHO + TIME_CHARS + 1]
    if not head[:1].isalpha() or ":" in head or "：" in head or "|" in head[: MAX_INLINE_WHO + 3]:
        return False
    if head[:2].isupper() and _caps_label(text) is not None:
        return False
    t = text.rstrip()
    if " -- " in head and _dash_header(t):
        return False
    if (":" in t[: MAX_LABEL_CHARS + 1] or "：" in t[: MAX_LABEL_CHARS + 1]) and (
        _parted_colon(t) is not None or _titled_colon(t) is not None
    ):
        return False
    # a trailing timestamp or number cut leaves more than a label's length; a full stop is cut by nothing,
    # unless it closes a firm's legal form ("Jane ROE, Pellow Bank & Co.", "…, Pellow Securities Co., Ltd.")
    return len(t) > MAX_LABEL_CHARS + 2 * TAIL_CHARS or (
        t[-1] == "."
        and t.count(" ") >= MAX_NAME_WORDS
        and (not t.endswith(LEGAL_ENDS) or LEGAL_END_RE.search(t[-LEGAL_TAIL:]) is None)
    )


# A legislator's bracket in a committee's evidence: the riding or constituency, then the party's short form
# ("Mr. Jane Roe (Markham—Unionville, CPC):", "Mrs. Ann Roy (Terrebonne, BQ):", "(Laval—Mille-Îles, Lib.)"):
# a member, who speaks for no firm.
RIDING_PARTY_RE = re.compile(r"[A-Z][\w'’.—–-]*(?:\s+[A-Z][\w'’.—–-]*){0,4},\s+(?:[A-Z]{2,4}|[A-Z][a-z]{1,3}\.)")




def riding_party(text: str) -> bool:
    """``text`` reads as a member's riding and party (``RIDING_PARTY_RE``), not a firm and its legal form
    ("Example Partners, LLC", "Example Securities, Inc.") nor anything in capitals throughout."""
    if not RIDING_PARTY_RE.fullmatch(text) or text.isupper():
        return False
    return text.rpartition(",")[2].strip().rstrip(".").casefold() not in CORPORATE_SUFFIXES


# A member's first label with the bracket ("Mrs. Ann Roy (Terrebonne, BQ): …"), the chair's with the member inside
# it ("The Chair (Mr. Dan Roe (Laval—Mille-Îles, Lib.)): …").
MEMBER_LABEL_RE = re.compile(
    r"\s*(?:The\s+(?:Acting\s+)?Chair\s*\()?(?:Mr|Mrs|Ms|Miss|Dr|Hon)\.?\s+[A-Z][^():]{1,40}?\s*\((?P<bracket>"
    + RIDING_PARTY_RE.pattern
    + r")\)\)?\s*:"
)
# The presiding member's label by office alone ("The Chair:", "The Acting Chair:").
COMMITTEE_CHAIRS = frozenset({"chair", "the chair", "the acting chair", "acting chair", "the chairperson"})


def _member_label(text: str) -> bool:
    """``text`` opens with a member's label and its riding-and-party bracket (``MEMBER_LABEL_RE``)."""
    if not text[:3].startswith(("Mr", "Mrs", "Ms", "Mis", "Dr", "Hon", "The")):
        return False  # (the cheap test first)
    m = MEMBER_LABEL_RE.match(text)
    return m is not None and riding_party(m["bracket"])


def committee_chair(texts: Sequence[str], labels: dict[int, Label]) -> None:
    """In a committee's evidence, whose members speak under a riding-and-party bracket, the chair labelled by
    office presides: a host, who gives the floor and answers nothing (a company's chair answers at its own
    meeting, where no member's bracket appears)."""
    chairs = [i for i, lab in labels.items() if lab.who.casefold() in COMMITTEE_CHAIRS]
    if not chairs or not any(_member_label(t) for t in texts):
        return
    for i in chairs:
        labels[i] = dataclasses.replace(labels[i], role="host", who="The Chair", key=fold("The Chair"))


def _parted_who(who: str) -> bool:
    """``who`` is a person's name, then two or three parts (a title and a firm) each a run of capitalised
    words, one of them holding a title word: a label by its parts, whatever its length (a sentence before
    a colon opens with no name, or holds lower-case words)."""
    m = PARTED_WHO_RE.fullmatch(who)
    if m is None:
        return False
    v = vocab()
    if not is_latin_name(m.group("name"), v):
        return False
    shape = m.lastgroup or ""
    parts: list[str] = []
    for part in PARTED_SPLIT_RE[shape].split(m.group(shape).strip()):
        if parts and part.rstrip(".").casefold() in CORPORATE_SUFFIXES:
            parts[-1] = f"{parts[-1]}, {part}"  # "Pellow Securities Co., Ltd.": one firm's name
        else:
            parts.append(part)
    if not 2 <= len(parts) <= 3:
        return False
    if shape == "paren" and riding_party(m.group(shape).strip()):
        return True  # "Jane Roe (Markham—Unionville, CPC)": a member, by riding and party
    for part in parts:
        words = part.split()
        if not words or len(words) > MAX_DETAIL_WORDS or part[-1] in SENTENCE_END:
            return False
        if not words[0][:1].isupper() or any(
            not (w[:1].isupper() or w[:1].isdigit() or w in NAME_CONNECTORS) for w in words
        ):
            return False
    return any(is_title(p, v) for p in parts) and not all(is_title(p, v) for p in parts)


def _parted_colon(core: str) -> re.Match[str] | None:
    """The colon closing a long label that reads by its parts (``_parted_who``), within a label line's length."""
    m = INLINE_COLON_RE.search(core, 0, MAX_LABEL_CHARS + 1)
    return m if m is not None and m.start() > MAX_INLINE_WHO and _parted_who(core[: m.start()].strip()) else None


# A long office before a name, every word capitalised but "of" and "and", a comma after the office's
# rank ("Vice President of Investor Relations Jane Roe:", "Senior Vice President, Investor Relations Jane
# Roe:"): a label's speaker part longer than an inline name; the title rules judge it.
TITLED_WHO_RE = re.compile(r"(?:[A-Z][\w'’.-]*,?\s+(?:(?:of|and|&)\s+)?){3,9}[A-Z][\w'’.-]*")


def _titled_colon(core: str) -> re.Match[str] | None:
    """The colon closing a long title-and-name label (``TITLED_WHO_RE``), within a label line's length."""
    m = INLINE_COLON_RE.search(core, 0, MAX_LABEL_CHARS + 1)
    return m if m is not None and m.start() > MAX_INLINE_WHO and TITLED_WHO_RE.fullmatch(core[: m.start()].strip()) else None


def _dash_header(t: str) -> bool:
    """``Name -- Firm, Research Division -- Title`` alone on its line (``DASH_HEADER_RE``), not ending
    like a sentence."""
    return t[-1:] not in SENTENCE_END and DASH_HEADER_RE.fullmatch(t) is not None


def _caps_label(t: str) -> re.Match[str] | None:
    """A label in capitals the colon search misses: too long for an inline name, or closed by a full
    stop (``CAPS_LONG_LABEL_RE``, ``CAPS_PERIOD_LABEL_RE``), with the speech after it."""
    m = CAPS_LONG_LABEL_RE.match(t) or CAPS_PERIOD_LABEL_RE.match(t)
    return m if m is not None and m.end() < len(t) and len(m.group("who")) <= MAX_LABEL_CHARS else None


# A committee's oral-evidence record numbers each question before its label ("Q12 Mark Oyston: …",
# "Q3 Chair: …"): the number is no part of who asks. The name must run to a colon, so "Q4 revenue" is not one.
EVIDENCE_NUMBER_RE = re.compile(r"Q\d{1,4}\s+(?=(?:Chair|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}):)")


def split_label(text: str, simp: str) -> Who | None:
    """The speaker part of a paragraph, past a leading bullet or timestamp and inside Markdown bold,
    and where the speech starts (0 when the label stands alone)."""
    return None if _prose(text) else _split_label(text, simp)


def _split_label(text: str, simp: str) -> Who | None:
    """``split_label`` of a line that is not ``_prose``."""
    t = text.rstrip()
    start = len(t) - len(t.lstrip())
    bullet = LABEL_BULLET_RE.match(t, start)
    if bullet:  # "• Laura Chen - CEO": a page that lists every line as a bullet
        start = bullet.end()
    elif t[start : start + 1] == "Q" and (qn := EVIDENCE_NUMBER_RE.match(t, start)) is not None:
        start = qn.end()  # "Q12 Mark Oyston: …": the record's question number, then who asks
    stamped = False
    if t[start : start + 1] in ("[", "(") or t[start : start + 1].isdigit():
        m = LEAD_TIME_RE.match(t, start)
        if m and m.end() < len(t):
            start, stamped = m.end(), True
    c = t[start : start + 1]
    if c in SPACED_MARK_STARTS:  # "问题1 提问 …", "回答 - …": an AI summary's marks, no colon
        sm = SPACED_MARK_RE.match(t, start)
        if sm is not None:
            who = sm.group("who")
            return Who(who, _simp(who, text, simp), True, sm.end(), True, False)
    if c == "[":  # "[中信证券 王磊]问:…": who speaks, in square brackets before a mark
        sq = (
            SQUARE_WHO_RE.match(t, start)
            or DIARIZED_BRACKET_RE.match(t, start)  # or "[SPEAKER_01] …"
            or SQUARE_COLON_RE.match(t, start)  # or "[主持人]：…"
        )
        if sq is not None:
            who = sq.group("who")
            inline = sq.end() < len(t)
            return Who(who, _simp(who, text, simp), inline, sq.end() if inline else 0, True, False)
        lone = LONE_SQUARE_RE.fullmatch(t, start)
        if lone is None and t[-1:].isdigit() and (clock := TRAIL_TIME_RE.search(t, start)) is not None:
            lone = LONE_SQUARE_RE.fullmatch(t, start, clock.start())  # "[Jane Roe] 16:05:37": a clock time after
        if lone is not None:  # "[Jane Roe]" alone above the speech: an editor's speaker line
            who = lone.group("who")
            return Who(who, _simp(who, text, simp), False, 0, False, False)
    if c == "<":  # "<Q – Jerome Saltz>: …": the mark and the name in angle brackets
        aq = ANGLE_QA_RE.match(t, start)
        if aq is not None:
            who = aq.group("who")
            inline = aq.end() < len(t)
            return Who(who, _simp(who, text, simp), inline, aq.end() if inline else 0, True, False)
    if c == "【":  # "【问】碳纤维价格今年怎么看？": the mark is the label
        bm = BRACKET_MARK_RE.match(t, start)
        if bm is not None and bm.end() < len(t):
            who = bm.group("who")
            return Who(who, _simp(who, text, simp), True, bm.end(), True, False)
        bw = BRACKET_WHO_RE.match(t, start)
        if bw is not None:  # "【顾言 北辰资本】请问…": who speaks, in brackets
            who = bw.group("who")
            inline = bw.end() < len(t)
            return Who(who, _simp(who, text, simp), inline, bw.end() if inline else 0, True, False)
    if c in ("*", "_") and t.startswith(("**", "__"), start):
        return _bold(t, start, text, simp)
    if c in ("*", "_") and t[-1:] == c and (em := _emphasised(t, start, text, simp)) is not None:
        return em
    if c == "#":  # "### Joe Moore, Analyst, Morgan Stanley": a heading per speaker
        h = HEADING_LABEL_RE.match(t, start)
        if h is None:
            return None
        who = _cut_tail(LEAD_TIME_RE.sub("", h.group("who"), count=1), TRAIL_TIME_RE).strip()  # "### [16:30:04] Speaker 1"
        return Who(who, _simp(who, text, simp), False, 0, False, True)
    if "\t" in t[start:]:  # a spreadsheet's export: "00:00:20<TAB>包振华<TAB>前三季度…"
        cells = TAB_ROW_RE.match(t, start)
        if cells is not None:
            who = cells.group("who").strip()
            return Who(who, _simp(who, text, simp), True, cells.start("rest"), True, False)
    if t[start : start + 1] != "|" and (cells := PIPE_CELLS_RE.fullmatch(t, start)) is not None:
        who = " - ".join(c.strip() for c in cells.group(0).split("|"))  # "宓文卿 | 澜沧旅游 | 董事长": one person
        return Who(who, _simp(who, text, simp), False, 0, False, False)
    if "|" in t[start : start + MAX_INLINE_WHO + 3]:  # a table row: "| Sara Quint (CEO) | Thank you. |"
        timed = TIME_CELL_RE.match(t, start)  # "| 00:04:16 | Jenna Brooks | Thanks. |": past the time
        row = TABLE_ROW_RE.match(t, timed.end() if timed else start)
        if row:
            who = row.group("who").strip()
            return Who(who, _simp(who, text, simp), True, row.start("rest"), True, False)
    head = t[start : start + MAX_INLINE_WHO + 2]
    if c.isalpha() and (k := head.find(":")) > 2 and head[k - 1].isdigit() and (glued := GLUED_TIME_RE.match(t, start)) is not None:
        who = glued.group("who").strip()  # "Jane Roe00:03:15Hi.": the time ends the label and opens the speech
        if not WHO_FORBIDDEN_RE.search(who) or DIARIZED_RE.fullmatch(who):
            return Who(who, _simp(who, text, simp), True, glued.end(), True, False, True)
    if ("[" in head or "(" in head) and (nt := NAME_TIME_SPEECH_RE.match(t, start)) is not None:
        who = nt.group("who").strip()  # "Catherine Moss [00:44] Thank you.": the bracketed time ends the label
        if not WHO_FORBIDDEN_RE.search(who) or DIARIZED_RE.fullmatch(who):
            return Who(who, _simp(who, text, simp), True, nt.end(), True, False, True)
    core = _cut_tail(t[start:], TRAIL_TIME_RE)
    timed_tail = len(core) < len(t) - start
    # The colon closes the speaker part within MAX_INLINE_WHO characters, past a timestamp's own
    # colon ("Jane Roe, Managing Director (0:38:20):"): the time does not count against the name.
    m = INLINE_COLON_RE.search(core, 0, MAX_INLINE_WHO + TIME_CHARS + 1)
    if m and (core[m.start() - 1 : m.start()] in ("）", ")") or core[m.start() - 1 : m.start()].isdigit()):
        dated = DATED_LABEL_RE.match(core) if "（" in core[: m.start()] or "(" in core[: m.start()] else None
        if dated is not None:  # "张总（2026-03-02）：…": the post's date is no part of who …
            who = dated.group("who").strip()
            if who.endswith(PLATFORM_VERBS):  # … but dates a platform's mark ("董秘回答（2026-03-04）")
                who = core[: dated.end("stamp")].strip()
            rest = core[dated.end() :]
            inline = bool(rest.strip())
            body = start + dated.end() + (len(rest) - len(rest.lstrip())) if inline else 0
            return Who(who, _simp(who, text, simp), inline, body, True, False)
    if (
        m
        and m.start() > MAX_INLINE_WHO
        and not core[m.start() - 1 : m.start()].isdigit()
        and not QA_PAREN_RE.fullmatch(core[: m.start()].strip())  # "问（Nomura Securities Co., Ltd. Kenji Mori）："
        and not DASHED_WHO_RE.fullmatch(core[: m.start()].strip())  # "Jane Roe - Example Securities, Inc.:"
        and not BRACKETED_FIRM_WHO_RE.fullmatch(core[: m.start()].strip())
    ):
        m = None
    # "Jane Roe, Managing Director, Pellow & Co.:", "Vice President of Investor Relations Jane Roe:"
    parted = m is None and (m := _parted_colon(core) or _titled_colon(core)) is not None
    if (m is None or m.start() > MAX_INLINE_WHO) and core[:2].isupper():
        caps = _caps_label(core)
        if caps is not None:  # "LISA TRAN, ANALYST, KELLER BROTHERS: …", "RACHEL KIM. Thank you. …"
            who = caps.group("who")
            return Who(who, _simp(who, text, simp), True, start + caps.end(), True, False)
    if m and core[m.start() - 1 : m.start()].isdigit():  # the colon of a timestamp: "Name (29:02):"
        timed = TIMED_LABEL_RE.match(core)
        if timed:
            who = timed.group("who").strip()
            rest = core[timed.end() :]
            if not who or (WHO_FORBIDDEN_RE.search(who) and not DIARIZED_RE.fullmatch(who)):
                return None
            inline = bool(rest.strip())
            body = start + timed.end() + (len(rest) - len(rest.lstrip())) if inline else 0
            return Who(who, _simp(who, text, simp), inline, body, True, False)
    if m:
        who = INTERPRETED_RE.sub("", core[: m.start()].strip())
        rest = core[m.end() :]
        if not who or (
            WHO_FORBIDDEN_RE.search(who)
            and not parted
            and not DIARIZED_RE.fullmatch(who)
            and not (DASHED_WHO_RE.fullmatch(who) and not WHO_FORBIDDEN_RE.search(who.replace(" & ", " ")))
            and not BRACKETED_FIRM_WHO_RE.fullmatch(who)
            and not NUMBERED_MARK_RE.fullmatch(who)
            and not QA_PAREN_RE.fullmatch(who)
            and not _numbered_bar(who)
            and not SLASH_PARTS_RE.fullmatch(who)
            and not PLATFORM_WHO_RE.fullmatch(who)
            and not MICROPHONE_WHO_RE.fullmatch(who)
            and not OUTLET_REPORTER_RE.fullmatch(who)
            # "网友 稳健投资2019：…" (or "網友 …"): a user name may hold digits
            and not POST_HEADER_RE.fullmatch(_simp(who, text, simp))
            and not USER_ASKS_RE.fullmatch(who)  # "sunny_2019 问：…": a platform user name over the question
            and not ACCOUNT_ASKER_RE.fullmatch(_simp(who, text, simp))  # "股東戶號10523發言要點：…"
            and not DIARIZED_ROLE_RE.fullmatch(_simp(who, text, simp))  # "说话人1（主持人）：…"
        ):
            return None
        inline = bool(rest.strip())
        body = start + m.end() + (len(rest) - len(rest.lstrip())) if inline else 0
        if inline and t[body : body + 1] in ("(", "["):  # "Jane Roe: (05:47) Thank you.": past the time
            after = BRACKETED_TIME_RE.match(t, body)
            if after is not None and after.end() < len(t):
                body = after.end()
        return Who(who, _simp(who, text, simp), inline, body, True, False)
    if " -- " in core and _dash_header(core):
        return Who(core, _simp(core, text, simp), False, 0, False, False)
    if len(core) > MAX_LABEL_CHARS + TAIL_CHARS:
        return None
    core = _cut_tail(core, NUMBERING_RE).strip().rstrip(",，")  # "Jessie Wang, [2]"
    if core[-1:] == ":":  # "Jane Roe, Analyst, Example Securities:": the colon closes a label line
        core = core[:-1].rstrip()
    if not core or len(core) > MAX_LABEL_CHARS or core[-1] in SENTENCE_END:
        return None
    words = core.count(" ") + 1
    if words > MAX_LABEL_WORDS or (core[-1] == "." and words > MAX_NAME_WORDS and not LEGAL_END_RE.search(core)):
        return None
    core = INTERPRETED_RE.sub("", core)
    if (timed_tail or stamped) and "," in core:
        core = given_first(core)
    # (a time after the name stamps the line as a turn's header too: "金澜科技-董秘 周宁 2025-11-05 15:00:12")
    return Who(core, _simp(core, text, simp), False, 0, False, False, stamped or timed_tail)





def _bold(t: str, start: int, text: str, simp: str) -> Who | None:
    """``**Name - Firm, Title**`` alone, or ``**Name:** speech`` / ``**Name**: speech``, the side or
    title perhaps in parentheses after the bold name (``**Lisa Su** (Executives):``)."""
    b = BOLD_RE.match(t, start)
    if not b:
        return None
    who = b.group("who").strip()
    colon = who.endswith((":", "："))
    who = who.rstrip(":： ").strip()
    if who[:1] == "【" and who[-1:] == "】":  # "**【董事长 韩启明】**": lenticular brackets inside the bold
        who = who[1:-1].strip()
    if who[-1:].isdigit():  # "**发言人1 00:35**", "**林远航 00:01:10**": the time inside the bold
        who = _cut_tail(who, TRAIL_TIME_RE).strip() or who
    stripped = t[b.end() :].lstrip()
    paren = BOLD_PAREN_RE.match(stripped) if stripped[:1] in ("(", "（") else None
    if paren and TIME_ONLY_RE.match(paren.group(1)):  # "**Name - Firm, Title** (00:05:27)": when, not who
        stripped, paren = stripped[paren.end() :].lstrip(), None
    if paren:  # "**Lisa Su** (Executives):": the side or title after the bold name
        who = f"{who} {paren.group(1)}"
        stripped = stripped[paren.end() :].lstrip()
    em = BOLD_EM_TITLE_RE.fullmatch(stripped) or BOLD_EM_TITLE_RE.fullmatch(
        _cut_tail(stripped, TRAIL_TIME_RE).rstrip()  # "**Name** -- *Title* [00:08:51]": its time after it
    )
    if em is not None:
        who = f"{who} -- {em.group('title').strip()}"  # "**Name** -- *Title*": the title in italics, alone
        stripped = ""
    if stripped[:1] in (":", "："):
        colon = True
        stripped = stripped[1:].lstrip()
    elif (dash := BOLD_DASH_RE.match(stripped)) is not None and dash.end() < len(stripped):
        colon = True  # "**骆铭（首席执行官）**——三季度…": a dash after the bold name stands for the colon
        stripped = stripped[dash.end() :].lstrip()
    rest = stripped if colon else _cut_tail(stripped, TRAIL_TIME_RE).strip()
    if not colon and not rest and who:
        mark = _bold_mark(t, b)
        if mark is not None:
            return mark
    if (rest and not colon) or not who:
        return None  # "**Revenue** grew 5%": emphasis, not a label
    inline = bool(rest)
    body = len(t) - len(stripped) if inline else 0
    return Who(who, _simp(who, text, simp), inline, body, colon, True)


def _emphasised(t: str, start: int, text: str, simp: str) -> Who | None:
    """``*Ravi Sethna (08:02)*``: a line wholly in single-marker emphasis is a label when what it holds is
    one alone with its time or colon (an italic line without either is a title or a firm, not a turn)."""
    em = EMPHASIS_RE.match(t[start:])
    if em is None:
        return None
    inner = em.group("inner")
    if not (inner[-1:] in (":", "：") or _cut_tail(inner, TRAIL_TIME_RE) != inner):
        return None
    at = start + 1
    w = _split_label(inner, simp[at : at + len(inner)] if len(simp) == len(text) else to_simplified(inner))
    return w if w is not None and not w.inline else None


# A dash right after a bold label, in the colon's place.
BOLD_DASH_RE = re.compile(r"\s*(?:——|—|–|--)\s*")

# A bold name's title or firm in italics after a dash, the whole line a label: "**Ann Lee** -- *CFO*".
BOLD_EM_TITLE_RE = re.compile(r"(?:—|–|--)\s*(?P<em>\*{1,2}|_{1,2})(?P<title>[^*_\n]{2,80})(?P=em)\s*")


# A question or answer mark opening a line of bold: "**Q1：碳纤维新产能的爬坡节奏？**".
BOLD_MARK_RE = re.compile(r"(?:[QA]|问|答|問)\s*[0-9０-９]{0,3}|问题\s*[0-9０-９一二三四五六七八九十]{1,3}", re.IGNORECASE)


def _bold_mark(t: str, b: re.Match[str]) -> Who | None:
    """``**Q1：question？**`` (a whole line in bold, the question after the mark inside it): the mark
    is the label, the speech starts after its colon."""
    inner_start = b.start("who")
    m = INLINE_COLON_RE.search(t, inner_start, b.end("who"))
    if m is None or not BOLD_MARK_RE.fullmatch(t[inner_start : m.start()].strip()):
        return None
    body = m.end() + len(t[m.end() :]) - len(t[m.end() :].lstrip())
    if body >= b.end("who"):
        return None
    head = t[inner_start : m.start()].strip()
    return Who(head, head, True, body, True, True)


WhoRule = Callable[[Who, Vocab, frozenset[str]], "Label | None"]


def _role(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``Operator``, ``主持人``, ``Unidentified Analyst``, ``问``, ``Interpreter``; also with who holds
    the role in parentheses (``主持人（中金公司 张伟）``)."""
    role = v.label(fold(w.simp))
    who, simp = w.text, w.simp
    if role is None and w.colon and " " in w.simp.strip():  # "主持人 刘芳：": the role, then who holds it
        head, _, rest = w.simp.strip().partition(" ")
        held = v.label(fold(head))
        if held in ("host", "operator") and is_name(rest.strip(), v):
            return Label(held, w.text.strip(), fold(head), "strong", w.inline, 0)
    if role is None and ("｜" in w.simp or "|" in w.simp):
        barred = _qa_barred(w, v, known)  # "Q1｜中信建投 李然", "A｜董事长 宋岩": the bar as brackets
        if barred is not None:
            return barred
    if role is None:
        asking = ASKING_VERB_RE.search(w.simp.strip()) is not None  # "记者（南方商报）提问"
        bare = ASKING_VERB_RE.sub("", w.simp.strip()) if asking else w.simp
        m = PAREN_RE.match(bare) if ")" in bare or "）" in bare else None  # (its closing bracket, looked for first)
        role = v.label(fold(m.group(1))) if m else None
        if asking and role != "question":
            role = None  # (the verb of asking follows a question mark's brackets only)
        if m and role is not None and (v.label(fold(m.group(2))) or side_word(m.group(2), v)):
            who = simp = m.group(1).strip()  # "Operator (Operator)": the role, said twice
        elif m and role in ("question", "answer"):
            return _qa_bracket(w, role, v, known)
    if role is None:
        return None
    anon = role in ("question", "answer")
    strength: Strength = "anon_inline" if anon and w.inline else "strong"
    return Label(role, who, fold(simp), strength, w.inline, 0)


# Roles a transcript writes in a speaker's place, then that speaker's firm and title, after dashes.
UNNAMED_ROLES = ("unnamed_analyst", "question", "company_representative")
MIN_ROLE_CHARS = 3
DASH_SPLIT_RE = re.compile(r"\s+-{1,2}\s+|(?<=\S)--(?=\S)|\s*(?:——|[–—]{1,2})\s*")
DASHES = ("-", "–", "—")  # (one of them is in every split ``DASH_SPLIT_RE`` finds: looked for first)


def _role_with_details(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``Unknown speaker -- Morgan Stanley -- Analyst``, ``Unidentified Analyst--UBS``: a role in the
    name's place, then the firm and title: an analyst the transcript does not name, with that firm (a
    company speaker not named when the title is an executive's)."""
    if w.bold or not any(d in w.simp for d in DASHES) or not DASH_SPLIT_RE.search(w.simp):
        return None
    parts = [p.strip() for p in DASH_SPLIT_RE.split(w.text.strip()) if p.strip()]
    parts_s = [p.strip() for p in DASH_SPLIT_RE.split(w.simp.strip()) if p.strip()]
    if len(parts) < 2 or len(parts) != len(parts_s):
        return None
    role = v.label(fold(parts_s[0])) if len(parts_s[0]) >= MIN_ROLE_CHARS else None  # (never a Q / A mark)
    if role == "host" and is_name(parts_s[1].split(",")[0].strip(), v):
        # "Moderator - Alicia Stone, Investor Relations": the host, named (as "Moderator (Alicia Stone)")
        return Label("host", w.text.strip(), fold(w.simp.strip()), "strong", w.inline, 0)
    if role not in UNNAMED_ROLES:
        return None
    title, firm = title_and_firm(parts[1:], "analyst", v)
    if title is not None and not is_analyst_title(title) and is_title(title, v):
        role = "company_representative"
    elif role == "question":
        role = "unnamed_analyst"  # "Unknown speaker -- Firm -- Analyst": someone asking for a firm
    return Label(role, parts[0], fold(parts_s[0]), "strong", w.inline, 0, title=title, firm=firm)


QA_BAR_RE = re.compile(r"^(?P<mark>[^｜|]{1,8}?)\s*[｜|]\s*(?P<inner>[^｜|]{1,30})$")


def _numbered_bar(who: str) -> bool:
    """``Q1｜中信建投 李然``: a numbered mark before the bar (its digits are no part of a name)."""
    m = QA_BAR_RE.fullmatch(who.strip())
    return m is not None and NUMBERED_MARK_RE.fullmatch(m.group("mark").strip()) is not None


def _qa_barred(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``Q1｜中信建投 李然``, ``A｜董事长 宋岩``: a question or answer mark, a bar, then who (as
    ``Q1（中信建投 李然）`` says it in brackets)."""
    m, ms = QA_BAR_RE.match(w.text.strip()), QA_BAR_RE.match(w.simp.strip())
    if not (m and ms):
        return None
    role = v.label(fold(ms.group("mark")))
    inner, inner_s = m.group("inner").strip(), ms.group("inner").strip()
    if role == "company_representative":  # "管理层｜聂文涛": the company's side, one of its people by name
        role = "answer" if _bar_names_person(inner_s, v, known) else None
    if role not in ("question", "answer"):
        return None
    prefix = "Q" if role == "question" else "A"
    if _bar_names_person(inner_s, v, known):  # "投资者｜张明", "公司｜聂文涛": who asks or answers, by name
        return Label(None, inner, name_key(inner_s), "strong", w.inline, 0, prefix=prefix)
    pm, pms = PAREN_RE.match(inner), PAREN_RE.match(inner_s)
    if role == "question" and pm and pms and _bar_names_person(pms.group(1), v, known) and is_firm(pms.group(2), v):
        # "投资者｜张明（北辰证券）": the name, then the firm in brackets
        name, firm = pm.group(1).strip(), pm.group(2).strip()
        return Label(None, name, name_key(pms.group(1)), "strong", w.inline, 0, prefix="Q", firm=firm)
    text = f"{m.group('mark').strip()}（{m.group('inner').strip()}）"
    simp = f"{ms.group('mark').strip()}（{ms.group('inner').strip()}）"
    return _qa_bracket(dataclasses.replace(w, text=text, simp=simp), role, v, known)


def _bar_names_person(inner_s: str, v: Vocab, known: frozenset[str]) -> bool:
    """``投资者｜张明``, ``公司｜聂文涛``: after the word for a side the bar gives who speaks, so a lone name
    there is the person, not a firm (a firm, a title or a kind of investor is read as brackets are)."""
    if " " in inner_s or is_firm(inner_s, v) or is_title(inner_s, v) or v.generic_asker.fullmatch(inner_s):
        return False
    return name_key(inner_s) in known or is_cjk_name(inner_s, v)


def _qa_bracket(w: Who, role: str, v: Vocab, known: frozenset[str]) -> Label | None:
    """``答（董事长）``, ``答（许青岚）``, ``問（摩根士丹利）``: who answers, or the asker's firm, in brackets
    after the mark. A title names a company speaker by role; a name, that person; anything else
    after a question mark is the asker's firm (a publication's title marks dropped)."""
    m = QA_PAREN_RE.match(w.text.strip())
    ms = QA_PAREN_RE.match(w.simp.strip())
    if not (m and ms):
        return None
    # (an ideographic space parts the firm and the name as a space does: "（宏曜證券\u3000林建宏）")
    inner, inner_s = (g.group("inner").replace("\u3000", " ").strip() for g in (m, ms))
    prefix = "Q" if role == "question" else "A"
    if v.role_only_title.fullmatch(inner_s):
        return Label(None, inner, name_key(inner_s), "strong", w.inline, 0, prefix=prefix, title=inner)
    if role == "question" and v.generic_asker.fullmatch(inner_s):  # "Q1（法人）": askers in general
        return Label("question", w.text, fold(w.simp), "strong", w.inline, 0)
    person = _bracketed_person(inner, inner_s, w, prefix, v, known)
    if person is not None and prefix == "Q" and person.firm and INVESTOR_MARK_RE.fullmatch(to_simplified(person.firm)):
        return dataclasses.replace(person, firm=None)  # "问题2（投资者 张先生）": an investor of no firm
    if person is not None:
        return dataclasses.replace(person, firm=_outlet(person.firm)) if prefix == "Q" and person.firm else person
    if role == "question" and " " in inner_s.strip():  # "記者（港經日報 楊穎欣）": the outlet or firm, then the name
        head, _, tail = inner.strip().rpartition(" ")
        head_s, _, tail_s = inner_s.strip().rpartition(" ")
        if head_s and is_cjk_name(tail_s, v) and not is_title(head_s, v):
            firm = None if INVESTOR_MARK_RE.fullmatch(head_s) else _outlet(head.strip(TITLE_MARKS).strip())
            return Label(None, tail, name_key(tail_s), "strong", w.inline, 0, prefix="Q", firm=firm)
    key = name_key(inner_s)
    if ANALYST_MARK_RE.match(w.simp.strip()) or (key not in known and is_firm(inner_s, v)):
        key = ""  # "問（高盛）": a firm, though 高 is a surname too
    if key and (key in known or is_cjk_name(inner_s, v)):
        return Label(None, inner, key, "strong", w.inline, 0, prefix=prefix)
    if role == "question" and not is_title(inner_s, v):
        firm = inner.strip(TITLE_MARKS).strip()
        head, sep, tail = firm.rpartition(",")
        if sep and (is_analyst_title(tail) or OUTLET_ROLE_RE.match(tail.strip())):
            firm = head.strip()  # "(Nikkei, reporter)", "(Mizuho Securities, analyst)": the firm alone
        if (INVESTOR_MARK_RE.match(w.simp.strip()) or INVESTOR_MARK_RE.match(inner_s.strip())) and not is_firm(
            inner_s.strip(TITLE_MARKS).strip(), v
        ):
            firm = ""  # "网友提问（海边的风）", "问（投资者 海边的风）": a user name or a channel, no firm
        elif (marked := MARKED_FIRM_RE.fullmatch(inner_s.strip())) is not None:
            firm = firm[marked.start("firm") :] if len(firm) == len(inner_s.strip()) else marked["firm"]
        return Label("question", w.text, fold(w.simp), "strong", w.inline, 0, firm=_outlet(firm) or None)
    return None


# A question mark that names an investor or a platform user ("网友提问", "投资者", "个人股东"): what its
# brackets hold is a firm only when it reads as one.
INVESTOR_MARK_RE = re.compile(r"(?:个人|机构)?(?:投资者|网友|股东|用户)")
# The kind of investor asking before their firm in a question mark's brackets ("问（股东 鸿石基金）"): the
# word says who they are, the firm is what follows it.
MARKED_FIRM_RE = re.compile(rf"{INVESTOR_MARK_RE.pattern}[ \u3000]+(?P<firm>\S.*)")
# The word for a reporter after an outlet's name in brackets: "问（新华财讯记者）", "問（港經日報的記者 楊穎欣）".
REPORTER_AFTER_RE = re.compile(r"(?:的)?\s*(?:记者|記者)$")


def _outlet(firm: str) -> str:
    """The outlet of ``<outlet>记者`` (its reporter asks for it), else ``firm`` as it is."""
    head = REPORTER_AFTER_RE.sub("", firm).strip()
    return head if len(head) >= 2 else firm


def _bracketed_person(
    inner: str, inner_s: str, w: Who, prefix: str, v: Vocab, known: frozenset[str]
) -> Label | None:
    """``董事长 刘永平``, ``华西证券 苗青``, ``行政總裁車慧儀`` in brackets after a mark: that person, with
    title or firm."""
    if INNER_SEP_RE.search(inner_s):  # "申万宏源·訾浩", "Citi – Wei Zhang": the parts apart by a space
        inner = " ".join(p for p in INNER_SEP_RE.split(inner) if p)
        inner_s = " ".join(p for p in INNER_SEP_RE.split(inner_s) if p)
    latin = _firm_latin_name(inner, inner_s, prefix, w, v, known) or _latin_bracketed(inner, prefix, w, v, known)
    if latin is not None:
        return latin
    if "，" in inner_s or "," in inner_s:  # "（王磊，中信证券）": the comma parts the name and the firm
        inner, inner_s = (x.replace("，", "/").replace(",", "/") for x in (inner, inner_s))
    who = Who(inner, inner_s, False, 0, True, False)
    for rule in (_titled, _firm_then_name) if " " in inner_s.strip() else (_titled, _firm_name_joined):
        lab = rule(who, v, known)
        if lab is not None:
            return dataclasses.replace(lab, strength="strong", inline=w.inline, prefix=prefix)
    return None


# Who asked or answered, in brackets after the words themselves: "Q：第四季營收展望如何？（元大投顧 林志豪）",
# "A: It is sequencing. [Jane Roe, COO]"; or after a dash closing the question: "问：…？——中信建投 房宇"
# (perhaps inside the bold of the whole line).
TRAILING_WHO_RE = re.compile(
    r"(?:[（(](?P<inner>[^（）()]{2,24})[)）]|\[(?P<square>[^\[\]]{2,60})\]"
    r"|(?<=[？?。！!])\s*(?:——|—|--)\s*(?P<dash>[^—\-（）()？?。！!]{2,24}?))\s*(?:\*\*|__)?\s*$"
)
TRAILING_MARKS = ")）]"


def trailing_asker(text: str, simp: str, lab: Label, v: Vocab, known: frozenset[str]) -> Label | None:
    """The person a record names after an anonymous question or answer (``Q：…？（元大投顧 林志豪）``,
    ``A: … [Jane Roe, COO]``), as the brackets after the mark would name them; None when the
    brackets hold no person."""
    prefix = {"question": "Q", "answer": "A"}.get(lab.role or "")
    if prefix is None or lab.firm or not lab.inline:
        return None
    m, ms = TRAILING_WHO_RE.search(text), TRAILING_WHO_RE.search(simp)
    if not (m and ms) or m.start() <= lab.body_start:
        return None
    inner, inner_s = (x.group("inner") or x.group("square") or x.group("dash") for x in (m, ms))
    inner, inner_s = inner.strip(), inner_s.strip()
    if v.generic_asker.fullmatch(inner_s):
        return None  # "（投資人）": an investor in general
    who = Who(inner, inner_s, True, lab.body_start, True, False)
    person = _bracketed_person(inner, inner_s, who, prefix, v, known)
    if person is None and prefix == "Q" and m.group("inner") and " " not in inner_s and is_firm(inner_s, v):
        return dataclasses.replace(lab, firm=inner)  # "Q：…？（元大投顧）": a firm's question, no name given
    if person is None or person.prefix != prefix:
        return None
    return dataclasses.replace(person, inline=True, body_start=lab.body_start)


# Who asked or answered, in square brackets opening the words after the mark: "Q: [Jane Roe, Example Bank] How
# …?", "A: [John Doe] We …".
LEADING_WHO_RE = re.compile(r"\s*\[(?P<square>[^\[\]]{2,60})\]\s*(?=\S)")


def leading_asker(text: str, simp: str, lab: Label, v: Vocab, known: frozenset[str]) -> Label | None:
    """The person a record names in square brackets right after an anonymous question's or answer's mark
    (``Q: [Jane Roe, Example Bank] How …?``, ``A: [John Doe] We …``), the speech starting past them;
    None when the brackets hold no person."""
    prefix = {"question": "Q", "answer": "A"}.get(lab.role or "")
    if prefix is None or lab.firm or not lab.inline:
        return None
    m, ms = LEADING_WHO_RE.match(text, lab.body_start), LEADING_WHO_RE.match(simp, lab.body_start)
    if not (m and ms):
        return None
    inner, inner_s = m.group("square").strip(), ms.group("square").strip()
    if v.generic_asker.fullmatch(inner_s):
        return None
    person = _bracketed_person(inner, inner_s, Who(inner, inner_s, True, m.end(), True, False), prefix, v, known)
    if person is None or person.prefix != prefix:
        return None
    return dataclasses.replace(person, inline=True, body_start=m.end())


def trailing_speaker(text: str, v: Vocab, known: frozenset[str]) -> Label | None:
    """``Copper production was 61,400 tonnes. [Jane Roe, President and CEO]``: a paragraph under no
    label signed in square brackets by a person, with their title or firm after a comma."""
    m = TRAILING_WHO_RE.search(text)
    if m is None or not text[: m.start()].strip():
        return None
    inner = (m.group("square") or "").strip()
    if "," not in inner:
        return None
    who = Who(inner, inner, True, 0, True, False)
    return _latin_bracketed(inner, "", who, v, known)


# A capitalised Latin word of a name after a firm in brackets ("Huatai Securities Wei Zhang").
LATIN_NAME_WORD_RE = re.compile(r"[A-Z][a-z'’-]+")


def _firm_latin_name(
    inner: str, inner_s: str, prefix: str, w: Who, v: Vocab, known: frozenset[str]
) -> Label | None:
    """``问（Huatai Securities Wei Zhang）``, ``问（摩根士丹利 Brian Lee）``: a firm, then a Latin name, with
    no comma between: the last two (else three) capitalised words are the name when what comes before
    them reads as a firm."""
    if len(inner) != len(inner_s):
        return None
    words = inner.split()
    for n in (2, 3):
        tail = words[-n:]
        if len(words) <= n or not all(LATIN_NAME_WORD_RE.fullmatch(x) for x in tail):
            break
        name = " ".join(tail)
        cut = len(inner) - len(name)
        firm, firm_s = inner[:cut].strip(), inner_s[:cut].strip()
        if not is_firm(firm_s, v) or is_firm(name, v):
            continue
        if name_key(name) in known or is_latin_name(name, v):
            return Label(None, name, name_key(name), "strong", w.inline, 0, prefix=prefix, firm=firm)
    return None


# A family name alone in Latin letters ("Sakaguchi"), as a Japanese company's record names its speakers.
# (a double-barrelled or accented one too: "Sakaguchi-Reyes", "Nuñez")
SURNAME_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{1,20}(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{1,20})?")


def _listed_surname(name: str, known: frozenset[str]) -> str | None:
    """The key of the one known person whose last name ``name`` is, if exactly one."""
    if not SURNAME_RE.fullmatch(name):
        return None
    tail = " " + name.casefold()
    found = [k for k in known if k.endswith(tail)]
    return found[0] if len(found) == 1 else None


def _latin_bracketed(inner: str, prefix: str, w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``Q (Jane Doe, Barclays)``, ``A (Mark Ellis, CFO)``, ``Q (Jane Doe)``: a Latin name first in
    the brackets, then perhaps a job title or the firm after a comma."""
    name, _, rest = inner.partition(",")
    name, rest = name.strip(), rest.strip()
    if (courtesy := COURTESY_RE.match(name)) is not None:
        name = name[courtesy.end() :]  # "Shareholder (Mrs Ann Pryor)": the name past its courtesy title
    surname = _listed_surname(name, known)
    if surname is not None:  # "A1 (Sakaguchi)": the one listed person of that family name
        title = rest if rest and is_title(rest, v) else None
        return Label(None, name, surname, "strong", w.inline, 0, prefix=prefix, title=title)
    if not is_latin_script(name) or not (name_key(name) in known or (is_latin_name(name, v) and not is_firm(name, v))):
        return None  # "Q (Morgan Stanley)": a firm asks
    if name_key(name) not in known and OUTLET_ROLE_RE.match(rest):
        return None  # "Questioner B (Kobe Times, reporter)": an outlet's reporter asks
    title = rest if rest and is_title(rest, v) else None
    firm = rest if rest and title is None else None
    return Label(None, name, name_key(name), "strong", w.inline, 0, prefix=prefix, title=title, firm=firm)


# A mark, a separator, then who: "提问 1 · 广发证券 · 曾一帆", "回复｜董事长 沈慕白", "問題一 — 富邦投顧 林佳蓉";
# or who in brackets after a mark ("嘉宾（总经理 顾承泽）"). The mark is a short word (perhaps numbered);
# the separators between the parts are spaced dots or bars, or dashes; what follows names one person.
MARK_SEP_RE = re.compile(r"^(?P<mark>[^\s·•｜|—–\-]{1,6}(?:\s?(?:\d{1,3}|[一二三四五六七八九十]{1,3}))?)\s*(?:[·•｜|]|——|[–—]|\s-{1,2}\s)\s*(?P<inner>\S.{0,40})$")
# The characters one of those separators needs (a cheap test before the expressions).
MARK_CHARS = frozenset("·•｜|—–-（(")
MARK_PAREN_RE = re.compile(r"^(?P<mark>[\u4e00-\u9fff]{1,4})\s*[（(](?P<inner>[^（）()]{3,40})[)）]$")
INNER_SEP_RE = re.compile(r"\s*(?:[·•｜|]|——|[–—]|\s-{1,2}\s)\s*")


def _mark_then_person(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``提问 1 · 广发证券 · 曾一帆``, ``回复｜董事长 沈慕白``: a mark, a separator, then a person with a
    firm or a title. The mark's own meaning says who asks (``提问``) or answers (``回复``); a mark the
    vocabulary does not know leaves it to the person: a title answers, a firm asks."""
    if MARK_CHARS.isdisjoint(w.simp):
        return None
    m, ms = MARK_SEP_RE.match(w.text.strip()), MARK_SEP_RE.match(w.simp.strip())
    bracketed = not (m and ms)
    if bracketed:  # "嘉宾（总经理 顾承泽）": the brackets part the mark from who
        m, ms = MARK_PAREN_RE.match(w.text.strip()), MARK_PAREN_RE.match(w.simp.strip())
    if not (m and ms) or len(w.text.strip()) != len(w.simp.strip()):
        return None
    mark = ms.group("mark").strip()
    if bracketed and " " not in ms.group("inner").strip():
        return None  # "王磊（中信证券）": in brackets a whole person must follow, a title or firm and a name
    role = v.label(fold(mark))
    if role not in (None, "question", "answer"):
        return None
    if name_key(mark) in known or is_title(mark, v) or is_firm(mark, v):
        return None
    if not bracketed and is_cjk_name(mark, v):
        return None  # "沈慕白｜董事长": a person first is no mark
    inner = " ".join(p for p in INNER_SEP_RE.split(m.group("inner").strip()) if p)
    inner_s = " ".join(p for p in INNER_SEP_RE.split(ms.group("inner").strip()) if p)
    prefix = "Q" if role == "question" else "A" if role == "answer" else ""
    lab = _bracketed_person(inner, inner_s, w, prefix or "Q", v, known)
    if lab is None:
        return None
    if not prefix:  # the person's side says it
        if lab.firm and (not lab.title or is_analyst_title(lab.title)):
            prefix = "Q"
        elif lab.title and not is_analyst_title(lab.title) and not lab.firm:
            prefix = "A"
        else:
            return None
    return dataclasses.replace(lab, prefix=prefix)


# A question's number, a space, then who asks, in Chinese: "Q1 华岳证券 孙悦", "问题2 长岭资本 周航".
NUMBERED_MARK_PERSON_RE = re.compile(
    r"(?P<mark>(?:Q|问题|问|提问)\s?[0-9]{1,2})\s+(?P<inner>[\u4e00-\u9fff][^:：，,。？?！!]{2,30})", re.IGNORECASE
)


def _numbered_mark_person(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``### Q1 华岳证券 孙悦``: a numbered question's mark and, after a space, the firm and the name of who
    asks (a heading or a line over the question)."""
    if w.inline or len(w.text.strip()) != len(w.simp.strip()):
        return None
    m = NUMBERED_MARK_PERSON_RE.fullmatch(w.simp.strip())
    if m is None:
        return None
    at = m.start("inner")
    lab = _bracketed_person(w.text.strip()[at:], m["inner"], w, "Q", v, known)
    if lab is None or not lab.firm or lab.prefix != "Q":
        return None
    return dataclasses.replace(lab, strength="strong", inline=False, body_start=0)


def _role_word_person(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``主讲人（董事长 刘永平）``, ``提问嘉宾（华西证券 苗青）``: a word for the part someone plays, who
    they are in brackets; a presenter answers, a guest asks."""
    if not w.colon:
        return None
    m, ms = PAREN_RE.match(w.text.strip()), PAREN_RE.match(w.simp.strip())
    if not (m and ms):
        return None
    word = ms.group(1).strip()
    prefix = "A" if v.presenter_word.fullmatch(word) else "Q" if v.asker_word.fullmatch(word) else None
    if prefix is None:
        return None
    inner, inner_s = m.group(2).strip(), ms.group(2).strip()
    if prefix == "A" and v.role_only_title.fullmatch(inner_s):  # "公司（董事长）": the office's holder answers
        return Label(None, inner, name_key(inner_s), "strong", w.inline, 0, prefix="A", title=inner)
    return _bracketed_person(inner, inner_s, w, prefix, v, known)


def _title_only(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``財務長：``, ``董事长：``, ``董事長補充：``: a job title alone before a colon (perhaps with the
    verb of what they do: answer, add), a company speaker named by role."""
    lone = (  # (an office alone on its line counts in capitals only, and without a colon: those tested first)
        not w.inline and not w.colon and w.text.strip().isupper() and v.office_label.fullmatch(w.simp.strip()) is not None
    )
    stamped = not w.inline and w.stamped and v.role_only_title.fullmatch(w.simp.strip()) is not None
    if not w.colon and not lone and not stamped:
        # (an office alone on its line in capitals is a label too: "CHIEF FINANCIAL OFFICER", and so is
        # one a recording's speaker line stamps with its time: "财务总监 00:03:05", a speaker renamed by office)
        return None
    simp = w.simp.strip()
    verb = TITLE_VERB_RE.search(simp)
    if verb is not None and verb.start() > 0:
        simp = simp[: verb.start()]
    if not (
        v.role_only_title.fullmatch(simp)
        or ((w.inline or not w.colon) and v.office_label.fullmatch(simp))
        or stamped
        or (w.colon and _joined_offices(simp, v))
    ):
        return None
    who = w.text.strip()[: len(simp)] if len(w.text.strip()) == len(w.simp.strip()) else simp
    return Label(None, who, name_key(simp), "strong", w.inline, 0, title=who)


# Offices one person holds, written with a slash between them ("董事长/总经理", "副总/董秘").
OFFICE_SLASH_RE = re.compile(r"[/／]")


def _joined_offices(simp: str, v: Vocab) -> bool:
    """``董事长/总经理：``, ``副总/董秘：``: two or more offices (or their short forms) joined by slashes,
    one person who holds them all, named by role."""
    parts = OFFICE_SLASH_RE.split(simp)
    return len(parts) > 1 and all(v.role_only_title.fullmatch(p) or p in v.title_short_form for p in parts)


def _prefixed(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``Q – Alicia Yap`` / ``A - 刘丽娟`` / ``QuestionAlicia Yap``: the prefix says question or answer."""
    pm = QA_PREFIX_RE.match(w.text) or GLUED_QA_RE.match(w.text)
    pms = QA_PREFIX_RE.match(w.simp) or GLUED_QA_RE.match(w.simp)
    if not (pm and pms):
        return None
    prefix = "Q" if pm.group(1)[:1].upper() in ("Q", "问", "問") else "A"
    inner = dataclasses.replace(w, text=pm.group(2).strip(), simp=pms.group(2).strip())
    lab = _role(inner, v, known) or _person_rule(inner, v, known)
    if lab is None and prefix == "Q" and pm.group(1)[:1] in "Qq" and len(pm.group(1)) > 1:
        return Label("question", w.text, fold(w.simp), "strong", w.inline, 0)  # "Question 4 - A shareholder online"
    if lab is None:
        return None
    if prefix == "Q" and lab.firm and v.generic_asker.fullmatch(to_simplified(lab.firm)):
        lab = dataclasses.replace(lab, firm=None)  # "Question 1 - Jane Roe, shareholder": of no firm
    return dataclasses.replace(lab, prefix=prefix, strength="strong")


# A role word, its English gloss, then maybe who holds it: "分析师 Analyst 刘洋（广发证券）",
# "管理层 Management 韩立", "主持人 Moderator" (interpreted calls label each turn in both languages).
ROLE_GLOSS_RE = re.compile(r"^(?P<zh>[\u4e00-\u9fff]{1,6})\s*(?P<en>[A-Za-z][A-Za-z ]{0,40}?[A-Za-z])(?:\s+(?P<rest>\S.*))?$")
# The roles whose holder asks, and those whose holder answers.
ASKING_ROLES = ("question", "unnamed_analyst")
ANSWERING_ROLES = ("answer", "company_representative")


def _role_gloss(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """A Chinese role word glossed in English, alone or before a person: the role says which side
    the person is on (an analyst asks, management answers)."""
    m = ROLE_GLOSS_RE.match(w.simp.strip())
    if m is None:
        return None
    role = v.label(fold(m["zh"]))
    gloss = fold(m["en"])
    if role is None or not (v.label(gloss) or ANALYST_RE.match(gloss)):
        return None
    text = w.text.strip()
    same = len(text) == len(w.simp.strip())
    if m["rest"] is None:
        return Label(role, text[: len(m["zh"])] if same else m["zh"], fold(m["zh"]), "strong", w.inline, 0)
    prefix = "Q" if role in ASKING_ROLES else "A" if role in ANSWERING_ROLES else None
    if prefix is None:
        return None
    rest = text[m.start("rest") :] if same else m["rest"]
    inner = dataclasses.replace(w, text=rest.strip(), simp=m["rest"].strip())
    lab = _person_rule(inner, v, known) or _name_then_detail(inner, v, known)
    if lab is None or lab.role is not None:
        return None
    return dataclasses.replace(lab, prefix=prefix, strength="strong")


def _zh_analyst(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``杰弗瑞分析师Brent Thill``, ``高盛分析师希斯-特里(Heath Terry)``: firm, the word, the name."""
    ms = ZH_ANALYST_RE.match(w.simp) if any(word in w.simp for word in ANALYST_WORDS) else None
    if not ms:
        return None
    same = len(w.text) == len(w.simp)  # (the original script's text, read at the simplified view's places:
    m = ZH_ANALYST_RE.match(w.text) or ms  # "瑞銀分析師 Sunny Lin" holds no simplified 分析师)

    def part(g: str) -> str:
        return (w.text[ms.start(g) : ms.end(g)] if same else m.group(g)).strip()

    name, name_s, alias = part("name"), ms.group("name").strip(), None
    am, ams = ALIAS_RE.match(name), ALIAS_RE.match(name_s)
    if am and ams:
        name, name_s, alias = am.group("name").strip(), ams.group("name").strip(), am.group("alias").strip()
    key = name_key(name_s)
    if key not in known and not is_name(name_s, v):
        return None
    firm = part("firm")
    return Label(None, name, key, "strong", w.inline, 0, title="分析师", firm=firm, alias=alias)


def _firm_analyst(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``高盛分析师：``, ``瑞銀分析員：``, ``《信報》記者：``: an analyst (or a reporter) the transcript names
    only by firm; an anonymous question with that firm."""
    ms = ZH_FIRM_ANALYST_RE.match(w.simp) if any(word in w.simp for word in FIRM_ANALYST_WORDS) else None
    if not ms or NOT_A_FIRM_RE.match(ms.group("firm")):
        return None
    firm = w.text[: ms.end("firm")] if len(w.text) == len(w.simp) else ms.group("firm")
    return Label("question", w.text, fold(w.simp), "strong", w.inline, 0, firm=firm.strip().strip(TITLE_MARKS))


def _asking_verb(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``法人問：``, ``外資法人問：``, ``凱基投顧分析師問：``: an anonymous asker's word (or a firm's
    analyst), then the verb of asking (as Taiwan's briefing records write questions)."""
    simp = w.simp.rstrip()
    if not w.colon or simp[-1:] != "问" or len(simp) < 3:
        return None
    cut = simp[:-1].rstrip()
    text = w.text.rstrip()[: len(cut)] if len(w.text.rstrip()) == len(simp) else cut
    bare = dataclasses.replace(w, text=text, simp=cut)
    if v.label(fold(cut)) == "question":
        return Label("question", w.text, fold(w.simp), "strong", w.inline, 0)
    return _firm_analyst(bare, v, known)


# "分析師 周明（遠山證券）", "分析师周明（远山证券）", "投资者 李立", "分析师Brent Thill（杰弗瑞）": the word
# for an outside asker, their name (Chinese, or a Latin name of up to four words), their firm in brackets.
ASKER_WORD_NAME_RE = re.compile(
    r"^(?:分析[师员]|研究员|记者|投资者)\s*(?P<name>[^\s（）()]{2,24}?|[A-Za-z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){1,3})"
    r"\s*(?:[（(](?P<firm>[^（）()]{2,30})[)）])?$"
)

ASKER_WORD_STARTS = frozenset("分研记投")


def _asker_word_name(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``分析師 周明（遠山證券）：``, ``投资者 李立：``: the word for who asks, then their name and firm."""
    if not (w.colon or w.bold) or w.simp.lstrip()[:1] not in ASKER_WORD_STARTS:
        return None
    ms = ASKER_WORD_NAME_RE.match(w.simp.strip())
    if ms is None:
        return None
    name_s = ms.group("name")
    key = name_key(name_s)
    if key not in known and not is_name(name_s, v):
        return None
    text = w.text.strip()
    same = len(text) == len(w.simp.strip())
    name = text[ms.start("name") : ms.end("name")] if same else name_s
    firm = (text[ms.start("firm") : ms.end("firm")] if same else ms.group("firm")) if ms.group("firm") else None
    title = (text if same else w.simp.strip())[: ms.start("name")].strip()
    return Label(None, name, key, "strong", w.inline, 0, title=title, firm=firm, side="analyst")


def is_firm(name_s: str, v: Vocab) -> bool:
    """A firm's name (Chinese simplified, or English): one the glossary knows, or one ending like a firm."""
    from finbrief.lexicon.glossary import firm_name

    return (
        bool(v.firm_name.search(name_s))
        or firm_name(name_s, "en") != name_s
        or firm_name(name_s, "zh-Hans") != name_s
    )


# "颍川证券-陆遥": a firm in Chinese, a hyphen, a Chinese name.
FIRM_HYPHEN_NAME_RE = re.compile(r"(?P<firm>[\u4e00-\u9fff]{2,14})\s?[-－–—]\s?(?P<name>[\u4e00-\u9fff]{2,4})")
# "华岳证券｜张明", "北辰资管 | 李静": a firm in Chinese, a bar (a table's cell edge kept in the label), a Chinese name.
FIRM_BAR_NAME_RE = re.compile(r"(?P<firm>[\u4e00-\u9fff]{2,14})\s*[|｜]\s*(?P<name>[\u4e00-\u9fff]{2,4})")
# ... as the label of an inline line: "北辰资管 | 李静：…" (a bar that parts no table row's cells).
FIRM_BAR_LABEL_RE = re.compile(rf"\s*(?P<who>{FIRM_BAR_NAME_RE.pattern})\s*[:：]\s*(?=\S)")
# "瑞银 Sunny Lin", "摩根士丹利 Erik Woodring": a firm in Chinese, a space, a name in Latin letters.
ZH_FIRM_LATIN_NAME_RE = re.compile(r"^(?P<firm>[\u4e00-\u9fff]{2,14})\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2})$")


def _firm_then_name(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``摩根大通 林涛``, ``中信证券 李想``, ``瑞银 Sunny Lin``: a firm, a space, a person: an analyst of
    that firm."""
    latin = ZH_FIRM_LATIN_NAME_RE.match(w.simp.strip())
    if latin is None and _closes_on_no_name(w.simp.strip(), v, known):
        return None  # (a sentence alone on its line, "Turning to our outlook now.": no firm is looked up)
    latin = latin or _latin_firm_latin_name(w.simp.strip(), v)
    if latin is not None:
        return _firm_then_latin_name(w, latin, v, known)
    head_s, sep, name_s = w.simp.strip().rpartition(" ")
    bar = FIRM_BAR_NAME_RE.fullmatch(w.simp.strip()) if "|" in w.simp or "｜" in w.simp else None
    if bar is not None and len(w.text.strip()) == len(w.simp.strip()):
        # "华岳证券｜张明": the bar parts the firm and the person as a space would
        head_s, sep, name_s = bar["firm"], "|", bar["name"]
        head, name = w.text.strip()[: bar.end("firm")], w.text.strip()[bar.start("name") :]
    elif not sep and (hy := FIRM_HYPHEN_NAME_RE.fullmatch(w.simp.strip())) is not None and v.broker_name.search(hy["firm"]):
        # "颍川证券-陆遥": a chat group's display name, the broker then the person (a company's own people
        # write their company so, "裕恒新材-周立群": only a broker's or a fund's name makes an asker)
        head_s, sep, name_s = hy["firm"], "-", hy["name"]
        head, name = w.text.strip()[: hy.end("firm")], w.text.strip()[hy.start("name") :]
    elif not sep or not head_s or (" " in head_s.strip() and not LATIN_FIRM_HEAD_RE.fullmatch(head_s.strip())):
        return None
    else:
        head, _, name = w.text.strip().rpartition(" ")
    title = "分析师"
    pm, pms = PAREN_RE.match(name), PAREN_RE.match(name_s)
    if pm and pms and is_title(pms.group(2), v):  # "中信建投 王磊（分析师）"
        name, name_s, title = pm.group(1).strip(), pms.group(1).strip(), pm.group(2).strip()
    key = name_key(name_s)
    firm_s = head_s.strip().casefold() if LATIN_FIRM_HEAD_RE.fullmatch(head_s.strip()) else head_s.strip()
    if (key not in known and not is_cjk_name(name_s, v)) or not is_firm(firm_s, v):
        return None
    strength: Strength = "strong" if w.bold or (w.colon and not w.inline) or title != "分析师" else "medium"
    return Label(None, name, key, strength, w.inline, 0, title=title, firm=head.strip())


# "Harbor Peak Securities 吳家豪": a foreign broker's name in Latin letters before a Chinese name.
LATIN_FIRM_HEAD_RE = re.compile(r"[A-Z][\w&.'’-]*,?(?:\s+[A-Za-z&][\w&.'’-]*,?){1,6}")


# "Kingsbridge Securities Eric Lo": a firm and a person, both in Latin letters (a foreign broker at a
# Taiwan or Hong Kong briefing); the firm ends where its last word ends a firm's name.
LATIN_WORDS_RE = re.compile(r"[A-Z][\w&.'’-]*,?(?:\s+[A-Za-z&][\w&.'’-]*,?){2,6}")


def _latin_firm_latin_name(t: str, v: Vocab) -> re.Match[str] | None:
    """The firm-then-name split of a line of Latin words, as a match with ``firm`` and ``name``."""
    if not LATIN_WORDS_RE.fullmatch(t):
        return None
    words = t.split()
    for k in range(len(words) - 2, 0, -1):  # (the name: the last two or three words)
        if len(words) - k > 3:
            break
        firm = " ".join(words[:k])
        if is_firm(firm.casefold(), v):
            return re.match(rf"(?P<firm>{re.escape(firm)})\s+(?P<name>{re.escape(' '.join(words[k:]))})$", t)
    return None


def _closes_on_no_name(t: str, v: Vocab, known: frozenset[str]) -> bool:
    """``t`` is a line of Latin words (``LATIN_WORDS_RE``) one space apart whose last two or three words
    name no one: whatever firm its first words name, no analyst follows it, and nothing else of
    ``_firm_then_name`` reads such a line (its head before the last space holds a space)."""
    if not LATIN_WORDS_RE.fullmatch(t):
        return False
    words = t.split()
    if " ".join(words) != t:
        return False
    for k in range(len(words) - 2, 0, -1):  # (the names ``_latin_firm_latin_name`` may close on)
        if len(words) - k > 3:
            break
        name = " ".join(words[k:])
        if is_name(name, v) or (known and name_key(name) in known):
            return False
    return True


def _firm_then_latin_name(w: Who, m: re.Match[str], v: Vocab, known: frozenset[str]) -> Label | None:
    """``瑞银 Sunny Lin``: the Chinese firm must be one (the glossary's, or ending like a firm) and the
    Latin words a name; a label alone on its line needs the firm's name to be sure."""
    name_s = m.group("name")
    key = name_key(name_s)
    if (key not in known and not is_name(name_s, v)) or not is_firm(m.group("firm"), v):
        return None
    text = w.text.strip()
    same = len(text) == len(w.simp.strip())
    firm = text[m.start("firm") : m.end("firm")] if same else m.group("firm")
    name = text[m.start("name") :] if same else name_s
    strength: Strength = "strong" if w.bold or w.colon or key in known else "medium"
    return Label(None, name, key, strength, w.inline, 0, title="分析师", firm=firm)


# A broker's or investor's name run into the person's ("中信证券王磊", "嘉实基金的赵明", "来自中金公司的王磊",
# "中信证券-王磊", "王磊/中信证券"): the firm ends like a firm or is one the glossary knows. (Words that
# also end an issuer's own name, 集团 or 控股, are not enough: "远帆集团林远航" is the company's own man.)
JOINED_FIRM_RE = re.compile(
    r"(?:证券|证券公司|资本|基金|投资|投顾|资管|资产管理|研究所|研究院|保险|信托|期货|资产|财富)$"
)
JOINED_SEPARATORS = "-－—/·・ "
MAX_JOINED_FIRM = 14


def _joined_firm(head: str, v: Vocab) -> bool:
    head = head.strip(JOINED_SEPARATORS)
    if not 2 <= len(head) <= MAX_JOINED_FIRM:
        return False
    return bool(JOINED_FIRM_RE.search(head)) or (
        not head.endswith(("集团", "控股")) and is_firm(head, v)
    )


# The verb after an asker's name in a record's label ("中信证券王磊问：").
ASKING_VERBS = ("提问", "發問", "发问", "問", "问")


def _firm_name_joined(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``中信证券王磊：``, ``嘉实基金的赵明：``, ``王磊/中信证券：``: a firm and an analyst's name written
    together, with the label's colon or bold (alone, such a line is as likely a heading)."""
    simp = w.simp.strip()
    if not (w.colon or w.bold) or not "\u4e00" <= simp[-1:] <= "\u9fff" or " " in simp.strip(JOINED_SEPARATORS):
        return None
    text = w.text.strip()
    same = len(text) == len(simp)
    asked = next((verb for verb in ASKING_VERBS if simp.endswith(verb) and len(simp) > len(verb) + 3), "")
    if asked:  # "中信证券王磊问：": who asks, then the verb
        simp, text = simp[: -len(asked)], text[: -len(asked)] if same else text
    lead = 2 if simp.startswith("来自") else 0
    body = simp[lead:]
    for k in (4, 3, 2):  # the name closes the label ("中信证券王磊", "中信证券的王磊")
        name_s, head = body[-k:], body[:-k].rstrip(JOINED_SEPARATORS)
        head = head.removesuffix("的")
        if (name_key(name_s) in known or is_cjk_name(name_s, v)) and _joined_firm(head, v):
            firm = text[lead : lead + len(head)] if same else head
            name = text[len(text) - k :] if same else name_s
            break
        name_s, head = body[:k], body[k:]  # ... or opens it, a separator after: "王磊/中信证券"
        if head[:1] and head[0] in JOINED_SEPARATORS and is_cjk_name(name_s, v) and _joined_firm(head, v):
            firm = text[lead + k :].strip(JOINED_SEPARATORS) if same else head.strip(JOINED_SEPARATORS)
            name = text[lead : lead + k] if same else name_s
            break
    else:
        return None
    key = name_key(name_s)
    strength: Strength = "strong" if w.bold or not w.inline or key in known or asked else "medium"
    return Label(None, name, key, strength, w.inline, 0, title="分析师", firm=firm)


def _semicolon(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``Name;Firm;Title`` or ``Name;Title``: a one-line vendor entry."""
    if ";" not in w.text or w.inline:
        return None
    parts = [p.strip() for p in w.text.split(";")]
    parts_s = [p.strip() for p in w.simp.split(";")]
    if not 2 <= len(parts) <= 3 or not all(parts) or len(parts) != len(parts_s):
        return None
    key = name_key(parts_s[0])
    if key not in known and not is_name(parts_s[0], v):
        return None
    title: str | None = parts[-1]
    firm = parts[1] if len(parts) == 3 else None
    if len(parts) == 2 and not is_title(parts[1], v):
        title, firm = None, parts[1]
    return Label(None, parts[0], key, "medium", False, 0, title=title, firm=firm)


def _titled(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``首席执行官林志远``, ``微软首席财务官艾米·胡德``, ``CFO Mark Davis``, ``Head of Communications Ana Ruiz``:
    a title (and company) before the name."""
    alias_s = None
    for rx in (TITLED_RE, TITLED_LONG_RE, TITLED_EN_RE, v.office_before_name):
        m = rx.match(w.simp)
        if m is None:
            continue
        name_s = m.group("name").strip()
        key = name_key(name_s)
        if key in known or is_name(name_s, v):
            break
        am = ALIAS_RE.match(name_s)  # "首席执行官蒂姆·库克（Tim Cook）": the name, its original in brackets
        if am is not None and is_name(am.group("name"), v) and is_name(am.group("alias"), v):
            alias_s = am.group("alias").strip()
            break
    else:
        return None
    if m.group("pre").endswith(COLON_ONLY_TITLES) and not (w.colon or w.bold or w.stamped):
        return None  # "董事会秘书 柯安" alone on a line: a staff list's entry more often than a label
    cut = len(w.simp) - len(name_s)
    name = w.text[cut:].strip() if len(w.text) == len(w.simp) else name_s
    title = w.text[:cut].strip() if len(w.text) == len(w.simp) else m.group("pre").strip()
    strength: Strength = "strong" if key in known or (w.colon and not w.inline) else "medium"
    if alias_s is not None:
        am = ALIAS_RE.match(name)
        name = am.group("name").strip() if am is not None else name
        return Label(None, name, name_key(name_s[: len(name)]), strength, w.inline, 0, title=title, alias=alias_s)
    return Label(None, name, key, strength, w.inline, 0, title=title)


def _company_spaced_titled(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``沐川股份 董事长 郝文山``: the company's short name, a space, then a title and name (a roadshow
    platform's record labels its guests so); the name and title are read as without the company."""
    simp = w.simp.strip()
    head, sep, rest = simp.partition(" ")
    if not sep or not 2 <= len(head) <= 12 or not "\u4e00" <= head[0] <= "\u9fff" or TITLED_RE.match(head + "某某"):
        return None  # (the head is the company, no office: "董事长 许青岚；财务总监 宋雨" is a staff list)
    rest = rest.strip()
    m = TITLED_RE.match(rest)
    if m is None or not v.role_only_title.fullmatch(m.group("pre").strip()):
        return None
    cut = len(simp) - len(rest)
    text = w.text.strip()
    inner = Who(text[cut:] if len(text) == len(simp) else rest, rest, w.inline, w.body_start, w.colon, w.bold, w.stamped)
    return _titled(inner, v, known)


def _diarized(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``Speaker 1``, ``SPEAKER_02``, ``发言人2``: a speaker a transcription service told apart but did not
    name; a person like any other (their side comes from what they do)."""
    m = DIARIZED_RE.fullmatch(w.simp.strip())
    if not m:
        return None
    strength: Strength = "strong" if w.colon or m["analyst"] else "medium"
    title = "分析师" if m["analyst"] else None  # "分析师1": an analyst the transcript numbers
    return Label(None, w.text, fold(w.simp), strength, w.inline, 0, title=title)


# A video-meeting participant shown by the bare brand of their device ("iPhone: 喂，能听到吗？我是…"): a caller
# only when the words after the colon open as a caller's do, a greeting or their name; otherwise such a
# word heads a topic in minutes ("iPhone: revenue grew 5%").
BARE_DEVICE_RE = re.compile(r"iPhone|iPad|Android|HUAWEI|Galaxy|Pixel|Redmi|OnePlus")
BARE_DEVICE_LABEL_RE = re.compile(r"\s*(?P<who>iPhone|iPad|Android|HUAWEI|Galaxy|Pixel|Redmi|OnePlus)\s*[:：]\s*")
CALLER_OPENING_RE = re.compile(r"(?:喂|哈喽|hello\b|hi\b|hey\b)|(?:[^。！？!?]{0,12}?)(?:我是|我叫|我系|this is\b|my name is\b)", re.IGNORECASE)
# How far into a device's line the caller's opening may come.
CALLER_OPENING_CHARS = 16


def unnamed_form(form: str) -> bool:
    """A label naming nobody: a transcription service's number ("说话人 3") or a bare device ("iPhone"),
    the person behind it known only from what is said."""
    f = form.strip()
    return bool(DIARIZED_RE.fullmatch(f) or BARE_DEVICE_RE.fullmatch(f))


# A diarised speaker a reader marked with the part they play: "说话人1（主持人）", "发言人2 董事长".
DIARIZED_ROLE_RE = re.compile(r"(?P<num>(?:[发發]言人|[说說]话人|說話人|(?i:speaker))\s*\d{1,2})\s*(?:[（(](?P<in>[^（()）]{2,12})[)）]|\s(?P<after>\S{2,12}))")


def _diarized_role(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``说话人1（主持人）：``, ``发言人2 董事长：``, ``说话人4（华岳证券 孙悦）：``: a transcription service's
    numbered speaker with the part they play written beside the number: the host, the holder of that
    office, or an analyst named with their firm."""
    if not w.colon:
        return None
    m = DIARIZED_ROLE_RE.fullmatch(w.simp.strip())
    if m is None:
        return None
    part = (m["in"] or m["after"]).strip()
    if v.label(fold(part)) == "host":
        return Label("host", w.text.strip(), fold(part), "strong", w.inline, 0)
    at = m.start("in") if m["in"] else m.start("after")
    who = w.text.strip()[at : at + len(part)] if len(w.text.strip()) == len(w.simp.strip()) else part
    if m["in"] and not v.role_only_title.fullmatch(part):
        return _diarized_asker(dataclasses.replace(w, text=who, simp=part), v, known)
    if not v.role_only_title.fullmatch(part):
        return None
    return Label(None, who, name_key(part), "strong", w.inline, 0, title=who)


def _diarized_asker(inner: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``华岳证券 孙悦`` in a numbered speaker's brackets: read as a numbered record's asker is (a firm and
    a person); anything else there (a topic, a lone word) names no one."""
    for rule in NUMBERED_ASKER_RULES:
        lab = rule(inner, v, known)
        if lab is not None:
            return dataclasses.replace(lab, strength="strong") if lab.role is None and lab.firm else None
    return None


def _platform_mark(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``9月1日有投资者向远帆电气(688321)提问:`` / ``9月3日公司回答表示:`` / ``董秘回答(远帆电气SH688321)：``:
    a Q&A platform's record of an anonymous investor's question and the company's answer. The date or
    the company named in the mark makes it a record's label, not a word in passing."""
    if not w.colon:
        return None
    folded = fold(w.simp)
    role = "question" if v.platform_question.fullmatch(folded) else "answer" if v.platform_answer.fullmatch(folded) else None
    if role is None:
        return None
    if role == "answer":  # "董秘回答(…)": the company answers through the one who holds that title
        title = PLATFORM_TITLE_RE.match(w.simp.strip())
        if title is not None and v.role_only_title.fullmatch(title.group("title")):
            who = w.text.strip()[: title.end("title")] if len(w.text) == len(w.simp) else title.group("title")
            return Label(None, who, name_key(title.group("title")), "strong", w.inline, 0, prefix="A", title=who)
    return Label(role, w.text, folded, "strong", w.inline, 0)


# The title in a platform's answer mark: "董秘回答(远帆电气SH688321)", "董事会秘书回复表示".
PLATFORM_TITLE_RE = re.compile(r"(?:\d{1,2}月\d{1,2}日)?(?P<title>[\u4e00-\u9fff]{2,6}?)(?:回答|回复|答复)")


def _title_paren_name(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``行政總裁（車明遠）：``, ``董事长（林远航）``: a job title, who holds it in brackets."""
    m, ms = PAREN_RE.match(w.text.strip()), PAREN_RE.match(w.simp.strip())
    if not (m and ms):
        return None
    title_s, name_s = ms.group(1).strip(), ms.group(2).strip()
    if not v.role_only_title.fullmatch(title_s):
        return None
    key = name_key(name_s)
    if key not in known and not is_name(name_s, v):
        return None
    strength: Strength = "strong" if w.colon or w.bold or key in known else "medium"
    return Label(None, m.group(2).strip(), key, strength, w.inline, 0, title=m.group(1).strip())


# A Chinese name and its detail joined by a hyphen: "林远航-董事长", "顾言-北辰资本".
CJK_HYPHENED_RE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4})(?P<sep>[-－–—])(?P<rest>[\u4e00-\u9fff]{2,16})")


def _name_then_detail(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``林远航 董事长``, ``沈一鸣 东岳证券分析师``, ``顾言 北辰资本``: a Chinese name, a space (or a hyphen,
    as chat groups' display names join them: ``林远航-董事长``), then a title, a firm with the word
    analyst, or a firm."""
    name_s, sep, rest_s = w.simp.strip().partition(" ")
    if not sep and (hy := CJK_HYPHENED_RE.fullmatch(w.simp.strip())) is not None:
        name_s, sep, rest_s = hy["name"], hy["sep"], hy["rest"]
    rest_s = rest_s.strip()
    if not sep or not rest_s or " " in rest_s or len(rest_s) > MAX_DETAIL_CJK:
        return None
    key = name_key(name_s)
    if key not in known and not is_cjk_name(name_s, v):
        return None
    text = w.text.strip()
    same = len(text) == len(w.simp.strip())
    name, rest = (text[: len(name_s)], text[len(text) - len(rest_s) :]) if same else (name_s, rest_s)
    fa = ZH_FIRM_ANALYST_RE.match(rest_s)
    title: str | None
    firm: str | None
    if fa and not NOT_A_FIRM_RE.match(fa.group("firm")):
        title, firm = rest[len(fa.group("firm")) :], rest[: len(fa.group("firm"))]
    elif v.role_only_title.fullmatch(rest_s) or is_analyst_title(rest_s):
        title, firm = rest, None
    elif is_firm(rest_s, v):
        title, firm = None, rest
    else:
        return None
    strength: Strength = "strong" if w.bold or w.colon or key in known else "medium"
    return Label(None, name, key, strength, w.inline, 0, title=title, firm=firm)


# "Grace Tsai 財務長", "Kevin Hsu 宏遠證券": a name in Latin letters, a space, then the person's office or
# firm in Chinese (a Taiwan or Hong Kong record naming its people by their English names).
LATIN_NAME_CJK_DETAIL_RE = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2})\s+(?P<rest>[\u4e00-\u9fff]{2,16})")


def _latin_name_then_detail(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``Grace Tsai 財務長：``, ``Kevin Hsu 宏遠證券：``: an English name, then the person's office or firm
    in Chinese, before a colon (or alone on the line above the speech)."""
    if not w.colon and w.inline:
        return None
    simp = w.simp.strip()
    m = LATIN_NAME_CJK_DETAIL_RE.fullmatch(simp)
    if m is not None:
        name_s, rest_s = m["name"], m["rest"]
    else:
        return None
    key = name_key(name_s)
    if key not in known and not is_latin_name(name_s, v):
        return None
    fa = ZH_FIRM_ANALYST_RE.match(rest_s)
    title: str | None
    firm: str | None
    if fa and not NOT_A_FIRM_RE.match(fa.group("firm")):
        title, firm = rest_s[len(fa.group("firm")) :], rest_s[: len(fa.group("firm"))]
    elif v.role_only_title.fullmatch(rest_s) or is_analyst_title(rest_s):
        title, firm = rest_s, None
    elif is_firm(rest_s, v):
        title, firm = "分析师", rest_s
    else:
        return None
    text = w.text.strip()
    if len(text) == len(simp):  # the label as printed (traditional script kept)
        title = text[len(simp) - len(title) :] if title and firm is None else title
        firm = text[len(simp) - len(firm) :] if firm else None
    strength: Strength = "strong" if w.bold or w.colon or key in known else "medium"
    return Label(None, text[: len(name_s)] if len(text) == len(simp) else name_s, key, strength, w.inline, 0, title=title, firm=firm)


# A Latin initial ("S."): no word a name ends on.
INITIAL_RE = re.compile(r"[A-Z]\.")


def _latin_name_latin_firm(text: str, w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``Amy Lin Northgate Capital：毛利率…``: an English name, then a firm in Latin letters, before a
    full-width colon and Chinese speech: a foreign broker's analyst in a Chinese record (the name the
    first two or three words, the rest a firm's name)."""
    if not (w.colon and w.inline) or not text[: w.body_start].rstrip().endswith("："):
        return None
    if not CJK_CHAR_RE.search(text[w.body_start : w.body_start + 8]):
        return None
    words = w.text.split()
    if not 3 <= len(words) <= 7 or not all(LATIN_TOKEN_RE.match(t) for t in words):
        return None
    splits = [(" ".join(words[:k]), " ".join(words[k:])) for k in (2, 3) if not INITIAL_RE.fullmatch(words[k - 1])]
    splits = [(n, f) for n, f in splits if f and is_firm(f.casefold(), v)]
    # (a name the host announced decides between "Amy S. Lin" and "Amy S.")
    for name, firm in sorted(splits, key=lambda nf: name_key(nf[0]) not in known):
        if name_key(name) in known or is_latin_name(name, v):
            return Label(None, name, name_key(name), "strong", True, w.body_start, title="分析师", firm=firm)
    return None


def _name_title_joined(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``张明董事长``, ``李华财务总监``: a Chinese name, then a title with no space between."""
    simp = w.simp.strip()
    if not simp or not "\u4e00" <= simp[-1] <= "\u9fff":
        return None
    m = v.joined_title.search(simp)
    if m is None or not 2 <= m.start() <= 4:
        return None
    name_s = simp[: m.start()]
    key = name_key(name_s)
    if name_s in v.title_qualifier or (key not in known and not is_cjk_name(name_s, v)):
        return None
    text = w.text.strip()
    same = len(text) == len(simp)
    name, title = (text[: m.start()], text[m.start() :]) if same else (name_s, m.group(0))
    strength: Strength = "strong" if w.bold or w.colon or key in known else "medium"
    return Label(None, name, key, strength, w.inline, 0, title=title)


# A courtesy word after a full name: "张明先生", "董事长张明先生", "李华女士（财务总监）", and after a space
# ("王敏 先生", "Grace Tsai 女士": an English name takes it only so).
COURTESY_AT = r"(?:(?<=[\u4e00-\u9fff]{{2}})[ \u3000]?|(?<=[A-Za-z]{{2}})[ \u3000])(?:{words})(?=$|\s|[（(])"


def _courtesy(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``董事长张明先生``, ``张明先生（董事长）``, ``李华女士``: the label without the courtesy word after
    the name, read by the person rules (``王先生`` alone stays as written)."""
    if not v.name_courtesy or not any(c in w.simp for c in v.name_courtesy):
        return None
    rx = re.compile(COURTESY_AT.format(words="|".join(v.name_courtesy)))
    m = rx.search(w.simp)
    if m is None:
        return None
    simp = w.simp[: m.start()] + w.simp[m.end() :]
    text = w.text[: m.start()] + w.text[m.end() :] if len(w.text) == len(w.simp) else simp
    bare = dataclasses.replace(w, text=text, simp=simp)
    for rule in (_title_paren_name, _titled, _name_title_joined, _name_then_detail, _person_rule):
        lab = rule(bare, v, known)
        if lab is not None and lab.role is None:
            return lab
    return None


def _surname_office_given(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``鄭董事長文彥：``, ``張股東志強：``: an office (or the word for a shareholder) between the surname and
    the given name, as Taiwan's official records write speakers: the officer the attendance line lists by
    that full name, or the shareholder so named."""
    simp = w.simp.strip()
    if not w.colon or not 3 <= len(simp) <= SURNAME_OFFICE_CHARS or not CJK_ONLY_RE.fullmatch(simp):
        return None
    for sur in (1, 2):
        for given in (1, 2):
            middle = simp[sur : len(simp) - given]
            if len(middle) < 2:
                continue
            name_s = simp[:sur] + simp[len(simp) - given :]
            shareholder = v.shareholder_word.fullmatch(middle) is not None
            if not (shareholder or v.role_only_title.fullmatch(middle)) or not is_cjk_name(name_s, v):
                continue
            key = name_key(name_s)
            if not shareholder and key not in known:
                continue  # an officer by the name the attendance line gives
            if shareholder and name_s[-1:] in SPEECH_VERB_ENDS | {"说"}:
                continue  # "張股東問：": the verb, not a given name
            text = w.text.strip()
            name = text[:sur] + text[len(text) - given :] if len(text) == len(simp) else name_s
            side: Side | None = "analyst" if shareholder else None
            return Label(None, name, key, "strong", w.inline, 0, title=middle, side=side)
    return None


# The longest label read as surname, office and given name; only Chinese characters in it.
SURNAME_OFFICE_CHARS = 9
CJK_ONLY_RE = re.compile(r"[\u4e00-\u9fff]+")


def _honorific(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``拿督黄志明：``, ``执行主席丹斯里陈永福：``: the label without the honour written before the name,
    read by the person rules."""
    hon = next((h for h in v.name_honorific if h in w.simp), None)
    if hon is None:
        return None
    at = w.simp.find(hon)
    if not CJK_NAME_CHAR_RE.match(w.simp[at + len(hon) : at + len(hon) + 1]):
        return None
    simp = w.simp[:at] + w.simp[at + len(hon) :]
    text = w.text[:at] + w.text[at + len(hon) :] if len(w.text) == len(w.simp) else simp
    bare = dataclasses.replace(w, text=text, simp=simp)
    for rule in (_courtesy, _titled, _name_title_joined, _person_rule):
        lab = rule(bare, v, known)
        if lab is not None and lab.role is None:
            return lab
    return None


# A verb of taking one's turn after who speaks, before the colon: "董事长张明补充：", "张明答：", "王磊问：".
# ("张明表示：" is how news quotes someone: no label.)
# "主席霍嘉麟開場：", "董事长汪启航介绍：": opening the meeting, presenting, are taking one's turn too.
SPEECH_VERB_RE = re.compile(r"(?:补充(?:回答|回复|答复|说明)?|回答|回复|答复|回应|发言|提问|报告|开场|介绍|致辞|答|问)$")
SPEECH_VERB_ENDS = frozenset("充答复应言问告场绍辞")
# "主持人 说：", "嘉宾 许振华 说：" alone on their line over the speech (an online interview's record);
# inline, "张明说：" is how news quotes someone.
LINE_SAY_RE = re.compile(r"\s说$")
# A word for the part someone plays, a space, then who: "嘉宾 许振华".
ROLE_WORD_SPACED_RE = re.compile(r"(?P<word>[\u4e00-\u9fff]{2,4})\s+(?=\S)")


def _person_verb(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``董事长张明补充：``, ``张明（董事长）回答：``, ``张明答：``, ``凱遠證券 張書豪 提問：``: a person (or a
    firm's analyst), then a verb of taking the turn."""
    simp = w.simp.rstrip()
    if not w.colon or (simp[-1:] not in SPEECH_VERB_ENDS and not (simp[-1:] == "说" and not w.inline)):
        return None
    m = SPEECH_VERB_RE.search(simp) or (LINE_SAY_RE.search(simp) if not w.inline else None)
    if m is None or m.start() < 2:
        return None
    cut = simp[: m.start()].rstrip()
    if v.role_only_title.fullmatch(cut):
        return None  # "董事长补充：": a title alone, named by role
    text = w.text.rstrip()[: len(cut)] if len(w.text.rstrip()) == len(simp) else cut
    if v.label(fold(cut)) == "host":  # "主持人 说：" alone over the host's words
        return Label("host", text, fold(cut), "strong", w.inline, 0)
    word = ROLE_WORD_SPACED_RE.match(cut)
    if word is not None and v.presenter_word.fullmatch(word["word"]):
        cut = cut[word.end() :]  # "嘉宾 许振华 答：": the guest word before the name
        text = text[word.end() :] if len(text) == len(simp[: m.start()].rstrip()) else cut
    bare = dataclasses.replace(w, text=text, simp=cut)
    for rule in (_courtesy, _title_paren_name, _titled, _name_title_joined, _name_then_detail, _firm_then_name, _person_rule):
        lab = rule(bare, v, known)
        if lab is not None and lab.role is None:
            return lab  # as sure as the person's shape alone: "董事长张明表示：" is also how news quotes
    return None


# "张明 Zhang Ming", "Zhang Ming 张明": a name in both scripts, a space between.
BILINGUAL_NAME_RE = re.compile(
    r"^(?:(?P<cjk>[\u4e00-\u9fff·•‧]{2,8})\s+(?P<latin>[A-Za-z][A-Za-z .'’-]{1,40})"
    r"|(?P<latin2>[A-Za-z][A-Za-z .'’-]{1,40}?)\s+(?P<cjk2>[\u4e00-\u9fff·•‧]{2,8}))$"
)


CJK_NAME_CHAR_RE = re.compile(r"[\u4e00-\u9fff]")


# The Chinese half of a bilingual label: a name, then its details after a comma or a space.
CJK_HALF_RE = re.compile(r"^(?P<name>[\u4e00-\u9fff·•‧]{2,8})(?:\s*[，,、]\s*|\s+)(?P<detail>\S.{0,40})$")


def _bilingual_label(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``Wang Jianping, Chairman 王建平，董事长``: a label in English, then the same in Chinese, alone on
    its line; the English one speaks, the Chinese name is an alias."""
    if w.inline:
        return None
    simp = w.simp.strip()
    first_cjk = CJK_CHAR_RE.search(simp)  # (one search, not a loop over the characters of a Latin line)
    k = first_cjk.start() if first_cjk is not None else -1
    if k < 4 or not simp[:k].rstrip().endswith(tuple("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.)")):
        return None
    latin_s, cjk_s = simp[:k].strip(), simp[k:].strip()
    if "," not in latin_s and " - " not in latin_s:
        return None
    half = CJK_HALF_RE.match(cjk_s)
    if half is None or not is_cjk_name(half.group("name"), v):
        return None
    text = w.text.strip()
    latin = text[: len(latin_s)] if len(text) == len(simp) else latin_s
    lab = _person_rule(Who(latin, latin_s, False, 0, False, w.bold), v, known)
    if lab is None or lab.role is not None:
        return None
    cjk_name = text[k : k + len(half.group("name"))] if len(text) == len(simp) else half.group("name")
    return dataclasses.replace(lab, alias=cjk_name, strength="strong" if lab.strength == "strong" else "medium")


def _bilingual_name(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``张明 Zhang Ming``, ``Zhang Ming 张明``: one person named in both scripts; the first spelling
    is the name, the other an alias. A title or a firm may follow in brackets (``陳立賢 Jason Chan（主席）``,
    ``何志明 Kelvin Ho（Meridian Capital）``)."""
    simp = w.simp.strip()
    if " " not in simp or not CJK_NAME_CHAR_RE.search(simp):
        return None
    detail = _bilingual_detail(w, v)
    if detail is not None:
        core, title, firm = detail
        lab = _bilingual_name(dataclasses.replace(w, text=core[0], simp=core[1]), v, known)
        return dataclasses.replace(lab, title=title, firm=firm, strength="strong") if lab is not None else None
    m = BILINGUAL_NAME_RE.match(simp)
    if m is None:
        return None
    cjk, latin = (m["cjk"], m["latin"]) if m["cjk"] else (m["cjk2"], m["latin2"])
    latin = latin.strip()
    if not (is_cjk_name(cjk, v) and is_latin_name(latin, v)) or v.role_only_title.fullmatch(cjk):
        return None  # ("Vincent Kuo 董事長": an office after the name, no second name)
    text = w.text.strip()
    same = len(text) == len(w.simp.strip())
    first_is_cjk = bool(m["cjk"])
    cut = len(cjk) if first_is_cjk else len(text) - len(cjk)
    cjk_text = (text[:cut] if first_is_cjk else text[cut:]).strip() if same else cjk
    name, alias = (cjk_text, latin) if first_is_cjk else (latin, cjk_text)
    key = name_key(cjk if first_is_cjk else latin)
    strength: Strength = "strong" if w.bold or w.colon or key in known else "medium"
    return Label(None, name, key, strength, w.inline, 0, alias=alias)


def _bilingual_detail(w: Who, v: Vocab) -> tuple[tuple[str, str], str | None, str | None] | None:
    """((text, simp) before the brackets, title, firm) of a label ending in a bracketed title or firm;
    None when the brackets hold neither or the label does not end in them."""
    m, ms = PAREN_RE.match(w.text.strip()), PAREN_RE.match(w.simp.strip())
    if m is None or ms is None:
        return None
    inner, inner_s = m.group(2).strip(), ms.group(2).strip()
    core = (m.group(1).strip(), ms.group(1).strip())
    if is_title(inner_s, v) and not is_firm(inner_s, v):
        return core, inner, None
    if is_firm(inner_s, v):
        return core, None, inner
    return None


# An office and a surname in capitals ("VICE CHAIR MARSH.", "SECRETARY VOSS:"): a press conference's or a
# hearing's label; the office is matched against the lexicon's offices.
CAPS_OFFICE_LABEL_RE = re.compile(rf"(?P<office>[{UPPER}]+(?: [{UPPER}]+){{0,3}}) (?P<surname>[{UPPER}][{UPPER}'’-]+)")


def _office_surname(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``VICE CHAIR MARSH. …``, ``GOVERNOR ALDEN:``: an office and a surname before the speech or a colon,
    the office as title; a title line's field after an office (``VICE PRESIDENT FINANCE``) is no surname."""
    who = w.text.strip()
    if not (w.inline or w.colon) or not who.isupper():
        return None
    m = CAPS_OFFICE_LABEL_RE.fullmatch(who)
    if m is None or not v.office_title.fullmatch(m["office"]):
        return None
    surname = m["surname"].casefold()
    if surname in v.office_fields or surname in v.latin_stopwords or v.office_title.fullmatch(surname):
        return None
    strength: Strength = "strong" if name_key(who) in known or (w.colon and not w.inline) or w.bold else "weak"
    return Label(None, who, name_key(who), strength, w.inline, 0, title=m["office"].title())


# Two people named together on a label line, then their titles in the same order ("Jane Roe and Raj
# Patel -- Chief Executive Officer and Chief Financial Officer"): both answer the turn under it.
JOINT_LABEL_RE = re.compile(
    r"(?P<a>[^\s–—-][^–—-]{2,40}?)\s+(?:and|&)\s+(?P<b>[^–—-]{3,40}?)\s+(?:--|—|–|-)\s+(?P<ta>[^–—-]{2,60}?)\s+(?:and|&)\s+(?P<tb>[^–—-]{2,60})"
)


def _joint_names(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``Jane Roe and Raj Patel -- Chief Executive Officer and Chief Financial Officer`` alone on its
    line: two of the company's people speaking as one, the first the label's, the second in ``also``."""
    text = w.text.strip()
    if w.inline or len(text) != len(w.simp.strip()):
        return None
    m = JOINT_LABEL_RE.fullmatch(text)
    if m is None:
        return None
    a, b, ta, tb = (m.group(g).strip() for g in ("a", "b", "ta", "tb"))
    if not all(is_name(n, v) and " " in n for n in (a, b)):
        return None
    if not all(v.job_title.search(t) and not is_analyst_title(t) for t in (ta, tb)):
        return None
    strength: Strength = "strong" if name_key(a) in known and name_key(b) in known else "medium"
    return Label(None, a, name_key(a), strength, False, 0, title=ta, prefix="A", also=((b, name_key(b), tb),))


def _person_rule(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """A person, with the evidence the line itself gives (colon, bold, details, known name)."""
    person = _person(w.text, w.simp, v, known)
    if person is None:
        return None
    name, key, details = person
    if key in known or (w.colon and not w.inline) or w.bold:
        strength: Strength = "strong"
    elif details and (w.colon or not w.inline):
        strength = "medium"  # "Name -- Title", "刘芳 - 首席财务官: ..."
    else:
        strength = "weak"
    side = side_word(details[0], v) if len(details) == 1 and PAREN_RE.match(w.text) else None
    if side is not None:  # "Lisa Su (Executives)": the side, not a title or a firm
        return Label(None, name, key, strength, w.inline, 0, side=side)
    title, firm = title_and_firm(details, "unknown", v)
    return Label(None, name, key, strength, w.inline, 0, title=title, firm=firm)


# A numbered heading of minutes naming who speaks in the part it opens: "一、董事长乔明远致辞",
# "（二）财务总监姚思齐介绍财务情况", "2. 董秘柯安汇报经营情况".
SPEECH_HEADING_RE = re.compile(
    r"^(?P<num>(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[、.．])\s*)?"
    r"(?P<who>[^\s，,。：:]{2,16}?)(?:先生|女士)?\s*(?:致辞|发言|讲话|演讲|(?:介绍|汇报|解读|说明|分析|总结)[^，,。：:]{0,16})$"
)


HEADING_NUMBER_START = frozenset("一二三四五六七八九十（(0123456789")
# How an unnumbered heading naming who speaks ends ("乐远CEO林远航演讲").
SPEECH_ENDS = ("致辞", "发言", "讲话", "演讲")


def _speech_heading(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``一、董事长乔明远致辞`` (or, unnumbered, ``澄川CEO乔明远演讲``) alone on its line: who gives the
    remarks the heading opens (a title and a name, or, numbered, a name the text knows), the label of
    the paragraphs under it."""
    if w.inline or w.colon:
        return None
    simp = w.simp.strip()
    if simp[:1] not in HEADING_NUMBER_START and not simp.endswith(SPEECH_ENDS):
        return None  # unnumbered, only "<title><name>致辞" and the like
    m = SPEECH_HEADING_RE.match(simp)
    if m is None:
        return None
    who_s = m.group("who")
    text = w.text.strip()
    who = text[m.start("who") : m.end("who")] if len(text) == len(w.simp.strip()) else who_s
    inner = Who(who, who_s, False, 0, True, False)
    for rule in (_titled, _name_title_joined):
        lab = rule(inner, v, known)
        if lab is not None:
            return dataclasses.replace(lab, strength="strong", inline=False, body_start=0)
    if m.group("num") and name_key(who_s) in known:  # an unnumbered heading names the title too
        return Label(None, who, name_key(who_s), "strong", False, 0)
    if v.role_only_title.fullmatch(who_s):  # "一、董事长致辞", "董事长致辞": the office's holder
        return Label(None, who, name_key(who_s), "strong", False, 0, title=who)
    return None


# A record's account of who spoke before what they said: "公司董事会秘书林晓云首先介绍了公司基本情况：…".
REPORTED_INTRO_RE = re.compile(
    r"^(?P<who>[^\s，,。]{2,20}?)(?:首先|随后|接着|简要|详细|重点|向投资者)?(?:介绍|汇报|说明|解读|通报)了?[^，,。]{0,16}$"
)

PRESENTING_VERBS = ("介绍", "汇报", "说明", "解读", "通报")


def _reported_intro(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``公司董事会秘书林晓云首先介绍了公司基本情况：…``: a title and a name, the verb of presenting, a
    colon, then what they presented: the speaker of the paragraph (and of those that follow)."""
    if not (w.inline and w.colon) or not any(verb in w.simp for verb in PRESENTING_VERBS):
        return None
    m = REPORTED_INTRO_RE.match(w.simp.strip())
    if m is None:
        return None
    who_s = m.group("who").removeprefix("公司")
    text = w.text.strip()
    start = m.start("who") + (len(m.group("who")) - len(who_s))
    who = text[start : m.end("who")] if len(text) == len(w.simp.strip()) else who_s
    lab = _titled(Who(who, who_s, False, 0, True, False), v, known)
    if lab is None or lab.title is None:
        return None
    return dataclasses.replace(lab, strength="strong", inline=True)


# A Q&A platform post's header line: the platform's word for who posted, then who (a user name, or a
# company guest's title and name), the post's time cut off: "投资者 hjk2019", "嘉宾 董事长 田昊宇".
POST_HEADER_RE = re.compile(r"(?P<word>投资者|网友|股东|公司嘉宾|嘉宾)[ \u3000]+(?P<rest>\S.{0,29})")
POST_GUEST_WORDS = frozenset({"公司嘉宾", "嘉宾"})


def _post_header(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``投资者 hjk2019`` / ``嘉宾 董事长 田昊宇`` alone on a line above a post, or before a colon opening it
    (a roadshow's text record: ``[15:04:18] 网友 海边的风：…``): an investor's user name asks
    anonymously (no person's name), a guest's title and name answer for the company."""
    if w.colon != w.inline:
        return None
    m = POST_HEADER_RE.fullmatch(w.simp.strip())
    if m is None:
        return None
    rest_s = m.group("rest").strip()
    if m.group("word") in POST_GUEST_WORDS:
        same = len(w.text.strip()) == len(w.simp.strip())
        rest = w.text.strip()[m.start("rest") :].strip() if same else rest_s
        lab = _titled(Who(rest, rest_s, False, 0, True, False), v, known)
        return dataclasses.replace(lab, strength="strong", prefix="A", inline=w.inline) if lab is not None else None
    if any(c.isspace() for c in rest_s):
        return None  # a user name is one word
    return Label("question", w.text.strip(), fold(w.simp.strip()), "strong", w.inline, 0, prefix="Q")


# A shareholders' meeting minutes' speaker: "股東戶號10523發言要點", the register number standing for the
# shareholder (no name), or a corporate shareholder's representative named in brackets
# ("股東戶號2231（法人股東鴻遠投資股份有限公司代表人 陳建志）發言要點") (simplified text).
ACCOUNT_ASKER_RE = re.compile(
    r"(?:股东)?户号\s*[0-9０-９]{1,10}\s*(?:[（(](?P<inner>[^（）()]{2,60})[)）])?\s*(?:发言(?:要点|摘要)?|提问|询问)?"
)
REPRESENTATIVE_RE = re.compile(r"(?:法人股东)?(?P<firm>[^\s（）()]{2,30}?)之?代表人?\s*(?P<name>[\u4e00-\u9fff]{2,4})")


def _account_holder(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``股東戶號10523發言要點：``: a shareholder known by register number asks as nobody; a corporate
    shareholder's representative named in brackets asks as that name, from that shareholder."""
    if not w.colon:
        return None
    simp = w.simp.strip()
    m = ACCOUNT_ASKER_RE.fullmatch(simp)
    if m is None:
        return None
    if m.group("inner"):
        r = REPRESENTATIVE_RE.fullmatch(m.group("inner").strip())
        if r is not None and is_cjk_name(r.group("name"), v):
            text = w.text.strip()
            same = len(text) == len(simp)
            at = m.start("inner") + len(m.group("inner")) - len(m.group("inner").lstrip())
            firm = text[at + r.start("firm") : at + r.end("firm")] if same else r.group("firm")
            name = text[at + r.start("name") : at + r.end("name")] if same else r.group("name")
            return Label(None, name, name_key(r.group("name")), "strong", w.inline, 0, prefix="Q", firm=firm)
    return Label("question", w.text.strip(), fold(simp), "strong", w.inline, 0, prefix="Q")


WHO_RULES: tuple[WhoRule, ...] = (
    _speech_heading,
    _account_holder,
    _reported_intro,
    _platform_mark,
    _post_header,
    _role_gloss,
    _role,
    _mark_then_person,
    _numbered_mark_person,
    _prefixed,
    _role_with_details,
    _firm_analyst,
    _asking_verb,
    _zh_analyst,
    _asker_word_name,
    _semicolon,
    _diarized_role,
    _diarized,
    _role_word_person,
    _surname_office_given,
    _honorific,
    _courtesy,
    _person_verb,
    _name_title_joined,
    _title_only,
    _title_paren_name,
    _titled,
    _company_spaced_titled,
    _firm_then_name,
    _firm_name_joined,
    _bilingual_label,
    _name_then_detail,
    _latin_name_then_detail,
    _bilingual_name,
    _office_surname,
    _joint_names,
    _person_rule,
)
"""Label shapes, tried in order; the first that reads the line wins."""
# The shapes that name an asker and their firm, after a record's question number.
NUMBERED_ASKER_RULES: tuple[WhoRule, ...] = (_zh_analyst, _firm_then_name, _firm_name_joined)


# A heading naming its speaker in brackets at its end: "Overview of results (Arima)".
HEADED_BY_RE = re.compile(r"(?P<head>[A-Z][^()（）:：.!?]{2,50}?)\s*\((?P<who>[A-Z][\w'’ -]{1,40})\)")


def _headed_by(t: str, known: frozenset[str]) -> Label | None:
    """``Overview of results (Arima)``: a heading alone on its line whose brackets name a listed
    person (by full or family name): the speech under it is theirs."""
    m = HEADED_BY_RE.fullmatch(t)
    if m is None:
        return None
    who = m["who"].strip()
    key = _listed_surname(who, known) or (name_key(who) if name_key(who) in known else None)
    return Label(None, who, key, "strong", False, 0) if key is not None else None


# Who speaks in brackets opening a paragraph, the speech right after: "（行政總裁車慧儀）我們會…".
LEAD_WHO_RE = re.compile(r"\s*[（(](?P<who>[^（）()\n]{2,24})[)）]\s*[:：]?\s*")


def _lead_bracket(text: str, simp: str, v: Vocab, known: frozenset[str]) -> Label | None:
    """``（行政總裁車慧儀）我們會…``, ``（董事长）…``: a title and name, or a title alone, in brackets
    before the speech (a press briefing's record); anything else in brackets is no label."""
    m = LEAD_WHO_RE.match(text)
    if m is None or m.end() >= len(text.rstrip()):
        return None
    who = m.group("who").strip()
    who_s = _simp(who, text, simp)
    w = Who(who, who_s, True, m.end(), True, False)
    for rule in (_title_only, _titled, _title_paren_name):
        lab = rule(w, v, known)
        if lab is not None:
            return dataclasses.replace(lab, strength="strong", body_start=m.end())
    key = _listed_surname(who, known) or (name_key(who) if name_key(who) in known else None)
    if key is not None and m.group().rstrip()[-1:] in ":：":  # "(Sakaguchi): On returns, …": a listed person
        return Label(None, who, key, "strong", True, m.end(), prefix="A")
    return None


# How far into the sentence a topic heading's word comes back ("费用：期间费用率12.1%").
TOPIC_ECHO_CHARS = 16


# Words before a speaker's own name when they introduce themselves ("我是财务总监何静", "我是瑞丰证券的韩卓").
SELF_NAMING_RE = re.compile(r"我(?:是|叫|系)|本人")


def _topic_heading(lab: Label, w: Who, simp: str, known: frozenset[str]) -> bool:
    """``费用：期间费用率12.1%``, ``成本：原材料成本下降``: a bare Chinese word before an inline colon that
    the sentence after it soon says again is the topic of a minutes' line, not who speaks (people do not
    open their words with their own name, but for saying who they are: ``何静：我是财务总监何静，…``)."""
    if lab.role is not None or lab.title or lab.firm or not w.inline or lab.key in known:
        return False
    word = w.simp.strip()
    if not CJK_NAME_RE.fullmatch(word):
        return False
    window = simp[w.body_start : w.body_start + TOPIC_ECHO_CHARS]
    at = window.find(word)
    return at >= 0 and SELF_NAMING_RE.search(window[:at]) is None


def _call_title(lab: Label, w: Who, v: Vocab) -> bool:
    """``# Pinegrove Software — Q3 FY2026 earnings call``: a line alone naming the call is the
    document's title, however much its first part reads like a name."""
    return lab.role is None and not w.inline and bool(v.call_title.search(w.simp))


# A courtesy after a name in a staff list ("李永坚先生").
COURTESY_TAIL_RE = re.compile(r"(?:先生|女士|博士|教授)$")


def _staff_entry(lab: Label, w: Who, simp: str, v: Vocab, known: frozenset[str]) -> bool:
    """``总经理：李永坚先生``, ``董秘：陈立``: a job title and, after its colon, only who holds it: a
    record form's or a minutes' list of the company's people, not the title's holder speaking."""
    if lab.role is not None or not w.inline or lab.title is None or lab.who != lab.title:
        return False
    rest = COURTESY_TAIL_RE.sub("", simp[w.body_start :].strip().rstrip("。；;，,"))
    words = rest.split()
    if len(words) > 1 and ("：" in rest or ":" in rest):  # "董秘：孙婧　　证券代码：…": a page's info line
        rest = words[0]
    return bool(rest) and (name_key(rest) in known or is_cjk_name(rest, v))


def _host_listing(lab: Label, w: Who, simp: str, v: Vocab) -> bool:
    """``主持人：董事会秘书 林晓``: the host's word and, after its colon, only a title and a name: a record's line
    saying who hosts (the roster's), not the host speaking."""
    if lab.role != "host" or not w.inline:
        return False
    title, sep, name = simp[w.body_start :].strip().rstrip("。；;").rpartition(" ")
    return bool(sep) and is_title(title.strip(), v) and is_cjk_name(name, v)


# The items of a Chinese list after a label's colon ("华泰证券 王磊、中信证券 李想"), and what no such
# list holds: a sentence's end or a word asking something.
LIST_ITEM_SPLIT_RE = re.compile(r"[、，,；;]")
MAX_LIST_ITEM_CHARS = 16
# (nor thanks and good wishes: "股东：谢谢管理层，祝公司越来越好" is an asker's closing words)
NOT_A_LIST_RE = re.compile(r"[？?。！!]|问|请|吗|呢|如何|怎么|谢谢|感谢|祝(?:公司|贵公司|各位|大家|管理层)")
CJK_CHAR_RE = re.compile(r"[\u4e00-\u9fff]")


def _attendance_list(lab: Label, w: Who, simp: str) -> bool:
    """``与会者：华泰证券 王磊、中信证券 李想``, ``分析师：…、…``: askers' word and, after its colon, a list of
    firms and people: a record's list of who came, not an anonymous question."""
    if lab.role != "question" or not w.inline:
        return False
    rest = simp[w.body_start :].strip().rstrip("。；;，,等")
    items = [i.strip() for i in LIST_ITEM_SPLIT_RE.split(rest)]
    return (
        len(items) >= 2
        and not NOT_A_LIST_RE.search(rest)
        and all(0 < len(i) <= MAX_LIST_ITEM_CHARS and CJK_CHAR_RE.search(i) for i in items)
    )


# Call notes in the third person: "投资者问及…。" reports a question, "公司表示，…" the company's reply
# (ingest puts the reply on a line of its own; see finbrief.ingest.inline).
REPORTED_ANSWER_OPEN_RE = re.compile(ZH_REPORTED_ANSWER_RE.pattern.removeprefix("(?<=[。？！?!])"))
MAX_REPORTED_QUESTION = 120
REPORTED_STARTS = frozenset("有部多个投分机参股网公管董总财")


def _reported(text: str, simp: str) -> Label | None:
    """``投资者问及快运业务的价格竞争情况。`` (a short paragraph of one or two sentences): an anonymous
    question; ``公司表示，…``: the company's answer. The whole paragraph is the speech."""
    if (q := ZH_REPORTED_QUESTION_RE.match(simp)) is not None and len(simp) <= MAX_REPORTED_QUESTION:
        return Label("question", text[: q.end()], fold(simp[: q.end()]), "anon_inline", True, 0)
    if (a := REPORTED_ANSWER_OPEN_RE.match(simp)) is not None:
        return Label("answer", text[: a.end()], fold(simp[: a.end()]), "anon_inline", True, 0)
    return None


# "【提问】国金证券 阙明" alone on its line: a mark in lenticular brackets, then who (the words below).
BRACKET_MARK_WHO_RE = re.compile(r"\s*【\s*(?P<mark>[^【】\s]{1,6})\s*】\s*(?P<who>[^，,。？?！!：:]{2,30}?)\s*$")


def _bracket_mark_person(text: str, simp: str, v: Vocab, known: frozenset[str]) -> Label | None:
    """``【提问】国金证券 阙明``, ``【回复】董事长 芮嘉树``: the mark and who it is, the way
    ``提问｜国金证券 阙明`` says it with a bar (a line of its own: the speech follows)."""
    m, ms = BRACKET_MARK_WHO_RE.match(text), BRACKET_MARK_WHO_RE.match(simp)
    if not (m and ms):
        return None
    if v.label(fold(ms["mark"])) == "question" and v.generic_asker.fullmatch(ms["who"].strip()):
        # "【提问】网友", "【提问】投资者" alone on a line: an anonymous asker, the question on the next line
        return Label("question", text.strip(), fold(simp.strip()), "strong", False, 0)
    who = Who(f"{m['mark']}｜{m['who']}", f"{ms['mark']}｜{ms['who']}", False, 0, False, False)
    return _mark_then_person(who, v, known)


def _firm_bar_label(text: str, simp: str, v: Vocab) -> Who | None:
    """``北辰资管 | 李静：…``: a firm, a bar, a name and a colon open the line; the bar parts who the label names,
    not a table row's cells (a word for askers or a mark before the bar is left to the marks' rules)."""
    m, ms = FIRM_BAR_LABEL_RE.match(text), FIRM_BAR_LABEL_RE.match(simp)
    if not (m and ms) or m.end() != ms.end() or v.label(fold(ms["firm"])) is not None or not is_firm(ms["firm"], v):
        return None
    return Who(m["who"], ms["who"], True, m.end(), True, False)


def parse_label(text: str, simp: str, v: Vocab, known: frozenset[str]) -> Label | None:
    """The speaker label in paragraph ``text`` (``simp`` its simplified view), if it has one; a kind of
    investor in a firm's place (``章远（个人投资者）``, ``Q2（某公募）``) is no firm."""
    lab = _parse_label(text, simp, v, known)
    if lab is not None and lab.firm and v.generic_asker.fullmatch(to_simplified(lab.firm).strip()):
        return dataclasses.replace(lab, firm=None)
    dev = BARE_DEVICE_LABEL_RE.match(text) if lab is None and text.lstrip()[:1] in "iAHGPRO" else None
    if dev is not None and CALLER_OPENING_RE.match(text, dev.end(), dev.end() + CALLER_OPENING_CHARS):
        return Label(None, dev["who"], fold(dev["who"]), "medium", True, dev.end())  # a caller on a device
    return lab


def _parse_label(text: str, simp: str, v: Vocab, known: frozenset[str]) -> Label | None:
    if _prose(text):
        return None  # (``split_label``'s answer, before the bracket test: a letter opens the line)
    if simp[:1] in REPORTED_STARTS:
        reported = _reported(text, simp)
        if reported is not None:
            return reported
    if text[:1] in "（(" or text.lstrip()[:1] in "（(":
        lead = _lead_bracket(text, simp, v, known)
        if lead is not None:
            return lead
    if text.rstrip()[-1:] == ")" and (headed := _headed_by(text.strip(), known)) is not None:
        return headed
    if text.lstrip()[:1] in NUMBERED_ASKER_START:
        numbered = _numbered_asker(text, simp, v, known)
        if numbered is not None:
            return numbered
    if text.lstrip()[:1] == "【":
        marked = _bracket_mark_person(text, simp, v, known)
        if marked is not None:
            return marked
    w = _firm_bar_label(text, simp, v) if "|" in text else None
    w = w or _split_label(text, simp)
    if w is None:
        return None
    if w.inline and v.fields:
        field = v.field(fold(w.simp))
        lab = _field(text, simp, w, field, v, known) if field is not None else None
        if lab is not None:
            return lab
    if w.inline and w.colon and (sided := _side_then_person(text, simp, w, v, known)) is not None:
        return sided
    for rule in WHO_RULES:
        lab = rule(w, v, known)
        if lab is not None:
            if (
                _topic_heading(lab, w, simp, known)
                or _staff_entry(lab, w, simp, v, known)
                or _host_listing(lab, w, simp, v)
                or _attendance_list(lab, w, simp)
                or _call_title(lab, w, v)
            ):
                return None
            lab = dataclasses.replace(lab, body_start=w.body_start if w.inline else 0)
            if lab.firm and (came := READ_FROM_RE.match(lab.firm)) is not None and came.end() < len(lab.firm):
                lab = dataclasses.replace(lab, firm=lab.firm[came.end() :])  # "下一条来自网络端澄江基金的张敏："
            if lab.role is None and w.inline and text.lstrip().startswith(("【", "[")):
                lab = _marked_after(text, lab)
            elif lab.role in ("question", "answer") and w.inline and text.lstrip().startswith(("【", "[")):
                mark = MARK_AFTER_RE.match(text, lab.body_start)  # "【投资者】问：…": the speech is past the mark
                lab = dataclasses.replace(lab, body_start=mark.end()) if mark is not None else lab
            if lab.role in ("question", "answer") and w.inline and lab.strength == "anon_inline":
                return _named_inside(text, simp, w.body_start, lab, v, known) or lab
            return lab
    return (
        _firm_asking(text, simp, w, v)
        or _latin_given_name(text, w, v)
        or _slashed(text, simp, w, v, known)
        or _latin_name_latin_firm(text, w, v, known)
    )


def _side_then_person(text: str, simp: str, w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``Executive: Jane Roe (Chief Executive Officer)``, ``Analyst: John Doe (Example Securities)``: a word
    for the part someone plays, a colon, and the rest of the line one person with their title or firm in
    brackets: the line names who speaks below it, on the side the word gives."""
    word = fold(w.simp.strip())
    side: Side | None = (
        "company" if v.presenter_word.fullmatch(word) else "analyst" if v.asker_word.fullmatch(word) else None
    )
    if side is None or len(simp) != len(text):
        return None
    rest, rest_s = text[w.body_start :].strip(), simp[w.body_start :].strip()
    if "\n" in rest or PAREN_RE.fullmatch(rest) is None:
        return None
    person = _person(rest, rest_s, v, known)
    if person is None or len(person[2]) != 1:
        return None
    name, key, details = person
    title, firm = title_and_firm(details, side, v)
    if side == "analyst" and firm is None and title is not None and not is_analyst_title(title):
        title, firm = None, title  # "Analyst: John Doe (Example Securities)": the brackets hold the firm
    return Label(None, name, key, "strong", False, 0, title=title, firm=firm, side=side)


# A host reading out who sent the question, before the firm: "下一条来自网络端", "来自电话端的"; no part of it.
READ_FROM_RE = re.compile(r"^[^，。：:\s]{0,6}?(?:来自|來自)(?:网络端|網絡端|網路端|电话端|電話端|线上|線上|网上|網上|现场|現場)?的?")


# The number of a record's question before who asks it: "1、", "1）", "问题一、", "Q2."; the asker named after
# it ("1、中信证券：请问…", "问题一、北辰证券顾言：…").
NUMBERED_ASKER_RE = re.compile(
    r"\s*(?:(?:问题|問題|提问|提問|问|問|Q)\s*)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．）)]\s*(?=[^\s\d])",
    re.IGNORECASE,
)
NUMBERED_ASKER_START = frozenset("0123456789一二三四五六七八九十问問提Qq")


def _numbered_asker(text: str, simp: str, v: Vocab, known: frozenset[str]) -> Label | None:
    """``1、中信证券：请问…``, ``问题一、北辰证券顾言：…？``: a numbered question of an investor-relations
    record whose line names the asking firm (and perhaps the analyst) before the colon: the number is
    no part of the firm. Only a label that names a firm counts (a number before a title or a topic
    is a heading's)."""
    m = NUMBERED_ASKER_RE.match(text)
    if m is None or len(simp) != len(text):
        return None
    at = m.end()
    rest, rest_s = text[at:], simp[at:]
    w = _split_label(rest, rest_s)
    if w is None or not (w.inline and w.colon):
        return None
    lab = _firm_asking(rest, rest_s, w, v)
    if lab is None:
        for rule in NUMBERED_ASKER_RULES:
            lab = rule(w, v, known)
            if lab is not None:
                break
    if lab is None or lab.firm is None or lab.role == "answer":
        # "1、问：（中信证券 王磊）…": the number before a question's own mark
        marked = parse_label(rest, rest_s, v, known) if rest_s[:1] in QUESTION_MARK_START else None
        if marked is None or not (marked.role == "question" or marked.prefix == "Q"):
            return None
        return dataclasses.replace(marked, body_start=at + marked.body_start)
    return dataclasses.replace(lab, body_start=at + w.body_start)


# The first character of a question's mark ("问：", "提问：", "Q:") after a record's number.
QUESTION_MARK_START = frozenset("问提Qq")


# How a firm's question opens, after its name and colon ("中信证券：请问…").
ASKING_OPEN_RE = re.compile(r"^(?:请问|請問|想问|想問|请教|請教|问一下|我想问|我想了解|想了解)")


def _firm_asking(text: str, simp: str, w: Who, v: Vocab) -> Label | None:
    """``中信证券：请问…``, ``北辰基金：…？``: a broker or fund named alone before the colon, and a question
    after it: an anonymous question from that firm. (A firm's line that asks nothing is no label: a
    broker hosting the call speaks that way too.)"""
    if not (w.inline and w.colon):
        return None
    head = w.simp.strip()
    if not 2 <= len(head) <= MAX_JOINED_FIRM or not "\u4e00" <= head[-1] <= "\u9fff" or not v.broker_name.search(head):
        return None
    body = simp[w.body_start :].strip() if len(simp) == len(text) else to_simplified(text[w.body_start :]).strip()
    if not (ASKING_OPEN_RE.match(body) or body.endswith(("?", "？")) or v.asks.search(body)):
        return None
    firm = w.text.strip() if len(w.text.strip()) == len(head) else head
    return Label("question", w.text, fold(w.simp), "strong", True, w.body_start, firm=firm)


# Two parts of a label joined by one slash, no space about it: "財務長／許雅筑：", "凱遠投顧／張書豪：",
# "Northbay Capital/Jason Lee:" (a title or firm, then the person).
SLASHED_WHO_RE = re.compile(r"^[^/／]*[^\s/／][/／][^\s/／][^/／]*$")


def _slashed(text: str, simp: str, w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``財務長／許雅筑：``, ``凱遠投顧／張書豪：``: a label read as its two parts spaced, when it names a person."""
    if not (w.inline and w.colon) or not SLASHED_WHO_RE.match(w.simp.strip()):
        return None
    at, at_s = text.find(w.text), simp.find(w.simp)
    if at < 0 or at_s < 0:
        return None
    spaced, spaced_s = (
        s[:a] + who.replace("／", " ").replace("/", " ") + s[a + len(who) :]
        for s, a, who in ((text, at, w.text), (simp, at_s, w.simp))
    )
    lab = parse_label(spaced, spaced_s, v, known)
    return lab if lab is not None and lab.role is None and lab.key and lab.strength != "weak" else None


# A Latin given name alone ("Jessie", "Kevin"), the way a Chinese call's record may label an IR
# manager or an analyst known by an English name.
GIVEN_NAME_RE = re.compile(r"[A-Z][a-z]{2,14}")


def _latin_given_name(text: str, w: Who, v: Vocab) -> Label | None:
    """``Jessie：谢谢大家…``: one capitalised Latin word, a full-width colon, Chinese speech: a person a
    Chinese record names by an English given name (weak alone: it must recur, or sit among labels)."""
    who = w.text.strip()
    if not (w.colon and w.inline) or not GIVEN_NAME_RE.fullmatch(who) or who.casefold() in v.latin_stopwords:
        return None
    head = text[: w.body_start].rstrip()
    if not head.endswith("：") or not CJK_CHAR_RE.search(text[w.body_start : w.body_start + 8]):
        return None
    return Label(None, who, name_key(who), "weak", True, w.body_start)


# A question or answer mark after who speaks in brackets: "【中信证券 王磊】问：…", "【董事长 张明】答：…".
MARK_AFTER_RE = re.compile(r"\s*(?P<mark>提问|提問|回答|问|問|答)\s*[:：]\s*")


def _marked_after(text: str, lab: Label) -> Label:
    """``【中信证券 王磊】问：…``: the mark after the bracketed speaker says they ask (or answer), as
    plainly as a colon would: a strong label whose speech starts past the mark."""
    m = MARK_AFTER_RE.match(text, lab.body_start)
    if m is None:
        return lab
    prefix = "A" if m.group("mark") in ("回答", "答") else "Q"
    return dataclasses.replace(lab, body_start=m.end(), strength="strong", prefix=prefix)


def _named_inside(text: str, simp: str, at: int, lab: Label, v: Vocab, known: frozenset[str]) -> Label | None:
    """``答：公司董事长 李海川：…``: an answer (or question) mark, then who says it, then the speech."""
    paren = LEAD_PAREN_RE.match(text, at)
    if paren is not None and lab.role == "question":  # "问：（东岳证券 沈一鸣）请问…": who asks, in brackets
        inner = paren.group("inner").strip()
        inner_s = to_simplified(inner)
        asker = _bracketed_person(inner, inner_s, Who(inner, inner_s, True, 0, True, False), "Q", v, known)
        if asker is not None:
            return dataclasses.replace(asker, body_start=paren.end())
    if paren is None and lab.role == "question":
        spaced = _asker_spaced(text, simp, at, v, known)
        if spaced is not None:  # "问：中信证券 王磊 请问…": who asks, set off by spaces alone
            return spaced
    if paren is not None and lab.role == "answer":  # "答：（总经理）主要是…": the role in brackets
        role = paren.group("inner").strip()
        role_s = simp[paren.start("inner") : paren.end("inner")].strip() if len(simp) == len(text) else to_simplified(role)
        if v.role_only_title.fullmatch(role_s):
            return Label(None, role, name_key(role_s), "strong", True, paren.end(), prefix="A", title=role)
        title_s, sep, who_s = role_s.rpartition(" ")  # "（發言人 張副總）": a title, then who
        if sep and v.role_only_title.fullmatch(title_s.strip()) and CJK_NAME_RE.fullmatch(who_s):
            who = role[len(role) - len(who_s) :] if len(role) == len(role_s) else who_s
            return Label(None, who, name_key(who_s), "strong", True, paren.end(), prefix="A", title=title_s.strip())
        joined = Who(role, role_s, True, 0, True, False)  # "（董秘陈立）": a title run into the name
        for rule in (_titled, _name_title_joined):
            person = rule(joined, v, known)
            if person is not None:
                return dataclasses.replace(person, strength="strong", prefix="A", body_start=paren.end())
    said = _said_by(text, simp, at, lab, v, known)
    if said is not None:
        return said
    split = split_label(text[at:], simp[at:] if len(simp) == len(text) else to_simplified(text[at:]))
    alone = split is None or not split.inline or not split.colon
    # "**Q：高盛分析师 Michael Ng**": the mark and who, bold, alone on the line; the speech below
    inner = _bold_who_after_mark(text, simp, at) if alone else split
    if inner is None:
        return None
    verb = TITLE_VERB_RE.search(inner.simp.rstrip())
    if verb is not None and verb.start() > 1:  # "答：董事长 张明 回答：…": who, then the verb
        cut = inner.simp[: verb.start()].rstrip()
        cut = cut.removesuffix("共同").removesuffix("一起").rstrip()  # "…和总经理陈立共同回答"
        inner = dataclasses.replace(inner, text=inner.text[: len(cut)] if len(inner.text) == len(inner.simp) else cut, simp=cut)
    role_only = _title_only(inner, v, known) if lab.role == "answer" else None
    if role_only is not None:  # "答：董事长：…": the office, its holder the staff list's
        return dataclasses.replace(role_only, strength="strong", prefix="A", body_start=at + inner.body_start)
    several = _several_named(inner, v, known)
    if several is not None:
        prefix = "Q" if lab.role == "question" else "A"
        return dataclasses.replace(several, strength="strong", prefix=prefix, body_start=at + inner.body_start)
    if lab.role == "question" and not alone and v.generic_asker.fullmatch(inner.simp.strip()):
        # "【提问】网友：请问…", "问：投资者：…": askers in general, no one named; the speech is past their colon
        return dataclasses.replace(lab, body_start=at + inner.body_start)
    firm = _asking_firm(inner, v, known) if lab.role == "question" else None
    if firm is not None:  # "问：摩根士丹利：…": the asker's firm, no name
        return Label("question", lab.who, lab.key, "strong", True, at + inner.body_start, firm=firm)
    rules = (_courtesy, _zh_analyst, _titled, _name_title_joined, _firm_then_name, _firm_name_joined, _name_then_detail)
    for rule in (*rules, _person_rule):
        person = rule(inner, v, known)  # (_firm_name_joined: "问：中信证券王磊：…"; _zh_analyst: "问：高盛分析师 Michael Ng：…")
        if person is not None and (
            person.strength in ("strong", "medium") or (rule is _person_rule and is_cjk_name(inner.simp.strip(), v))
        ):  # "答：黃仁昭：…": a Chinese name between the mark and a colon
            prefix = "Q" if lab.role == "question" else "A"
            if alone:
                return dataclasses.replace(person, strength="strong", prefix=prefix, inline=False, body_start=0)
            return dataclasses.replace(
                person, strength="strong", prefix=prefix, body_start=at + inner.body_start
            )
    return None


# Sentence marks: a bold line holding one is speech, not who speaks.
SPEECH_MARKS = frozenset("。？?！!，,；;：:")
MAX_BOLD_WHO = 40


def _bold_who_after_mark(text: str, simp: str, at: int) -> Who | None:
    """What follows a question or answer mark when the whole line is bold and ends there
    (``**Q：高盛分析师 Michael Ng**``, ``**A：首席财务官 孙丽华**``): who speaks, the speech below."""
    t = text.rstrip()
    if not (t.lstrip().startswith("**") and t.endswith("**")):
        return None
    rest = t[at:-2].strip()
    if not 2 <= len(rest) <= MAX_BOLD_WHO or any(c in SPEECH_MARKS or c == "*" for c in rest):
        return None
    rest_s = simp.rstrip()[at:-2].strip() if len(simp) == len(text) else to_simplified(rest)
    return Who(rest, rest_s, False, 0, False, True)


def _asking_firm(inner: Who, v: Vocab, known: frozenset[str]) -> str | None:
    """The firm alone between a question mark and a colon (``问：高盛：…``): a firm's name that holds no
    analyst's name after it and is no one the call names."""
    name_s = inner.simp.strip()
    if not name_s or name_key(name_s) in known or not is_firm(name_s, v):
        return None
    if _firm_then_name(inner, v, known) is not None or _firm_name_joined(inner, v, known) is not None:
        return None
    return inner.text.strip()


# A question mark's asker set off by spaces alone ("问：中信证券 王磊 请问…", "问：中信证券王磊 请问…"):
# a firm, its analyst's name, a space or an asking opening, then the speech.
SPACED_ASKER_RE = re.compile(
    r"\s*(?P<head>[\u4e00-\u9fff]{2,14}\s+[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{4,16})(?:\s+|(?=请问|想问|请教|我想))(?=\S)"
)


def _asker_spaced(text: str, simp: str, at: int, v: Vocab, known: frozenset[str]) -> Label | None:
    """``问：中信证券 王磊 请问…``: a broker's name and its analyst's after the question's mark, with no
    colon or brackets: who asks (the firm must end like a broker's or be one the glossary knows)."""
    m = SPACED_ASKER_RE.match(simp, at)
    if m is None:
        return None
    head = m.group("head")
    splits = [head.rsplit(None, 1)] if " " in head else [[head[:-k], head[-k:]] for k in (3, 2)]
    for firm_s, name_s in splits:
        firm_s = firm_s.strip().removesuffix("的")
        if _joined_firm(firm_s, v) and (name_key(name_s) in known or is_cjk_name(name_s, v)):
            break
    else:
        return None
    same = len(text) == len(simp)
    start = m.start("head") + head.index(firm_s)
    firm = text[start : start + len(firm_s)] if same else firm_s
    name = text[m.end("head") - len(name_s) : m.end("head")] if same else name_s
    return Label(None, name, name_key(name_s), "strong", True, m.end(), prefix="Q", title="分析师", firm=firm)


# Several people named together before an answer's colon: "董事长王建平、总经理陈立".
SEVERAL_SPLIT_RE = re.compile(r"\s*[、，,；;]\s*|\s*(?:和|及|与)\s*(?=[^、，,]{2,}$)")
MAX_SEVERAL = 4


def _several_named(w: Who, v: Vocab, known: frozenset[str]) -> Label | None:
    """``董事长王建平、总经理陈立``: two to four people, each with a title before the name (or a name the
    text knows), named together as answering: the first, the others in ``also``."""
    simp = w.simp.strip()
    if "、" not in simp and "，" not in simp and "," not in simp and "和" not in simp and "及" not in simp:
        return None
    parts_s = SEVERAL_SPLIT_RE.split(simp)
    if not 2 <= len(parts_s) <= MAX_SEVERAL:
        return None
    text = w.text.strip()
    same = len(text) == len(simp)
    found: list[Label] = []
    at = 0
    for part_s in parts_s:
        at = simp.index(part_s, at)
        part = text[at : at + len(part_s)] if same else part_s
        at += len(part_s)
        who = Who(part, part_s, True, 0, True, False)
        lab = _titled(who, v, known) or _name_title_joined(who, v, known)
        if lab is None and name_key(part_s) in known:
            lab = Label(None, part, name_key(part_s), "strong", True, 0)
        if lab is None:
            return None
        found.append(lab)
    first = found[0]
    return dataclasses.replace(first, also=tuple((x.who, x.key, x.title) for x in found[1:]))


# Who answers, named at the head of the answer with a verb of saying: "董事长林远航回复称，…",
# "财务总监周晓雯表示，…", "林总介绍，…".
SAID_BY_RE = re.compile(r"(?P<who>[^，,：:。；;\s]{2,16}?)(?:回复称|回答称|回复|回答|答复|表示|介绍|指出|说明|称)[，,：:]")


def _said_by(text: str, simp: str, at: int, lab: Label, v: Vocab, known: frozenset[str]) -> Label | None:
    """``公司回复：董事长林远航回复称，…``: an answer mark, then who answers and a verb of saying (a
    record that reports the answer rather than quoting its speaker's label)."""
    if lab.role != "answer":
        return None
    view = simp if len(simp) == len(text) else to_simplified(text)
    m = SAID_BY_RE.match(view, at)
    if m is None:
        return None
    who_s = m.group("who")
    who = text[m.start("who") : m.end("who")] if view is simp else who_s
    w = Who(who, who_s, True, 0, True, False)
    for rule in (_courtesy, _titled, _name_title_joined):
        person = rule(w, v, known)
        if person is not None:
            return dataclasses.replace(person, strength="strong", prefix="A", body_start=at)
    key = name_key(who_s)
    if v.role_only_title.fullmatch(who_s):  # "董事长表示，…": the one who holds that office
        return Label(None, who, key, "strong", True, at, prefix="A", title=who)
    if key in known or is_cjk_name(who_s, v):  # "周晓雯表示，…": a Chinese name alone
        return Label(None, who, key, "strong", True, at, prefix="A")
    return None


def _field(text: str, simp: str, w: Who, field: str, v: Vocab, known: frozenset[str]) -> Label | None:
    """``提问人：中信证券 李想`` / ``回答人：董事长 王强``: a form's field naming who asks or answers next
    (a header line: the speech follows under ``问题：`` / ``回答：``); ``提问者：投资者（匿名）``, an anonymous
    asker's. None when the field names no one (``提问者：请问…``: a question mark, read as such)."""
    rest, rest_s = text[w.body_start :].strip(), simp[w.body_start :].strip()
    inner = Who(rest, rest_s if len(rest_s) == len(rest) else to_simplified(rest), False, 0, True, False)
    # (an answerer's field may name several people: "回应人：财务长 叶书豪、总经理 廖敏卿")
    several = (_several_named,) if field == "answerer_field" else ()
    for rule in (*several, _firm_then_name, _zh_analyst, _titled, _person_rule):
        lab = rule(inner, v, known)
        if lab is not None:
            prefix = "Q" if field == "asker_field" else "A"
            return dataclasses.replace(lab, strength="strong", inline=False, body_start=0, prefix=prefix)
    if field == "asker_field" and rest and is_firm(inner.simp, v):  # "提问机构：中金公司": a firm alone
        return Label("question", rest, fold(inner.simp), "strong", False, 0, prefix="Q", firm=rest)
    if field == "asker_field" and (
        v.generic_asker.fullmatch(inner.simp) or v.label(fold(inner.simp)) == "question"
    ):  # "提问者：投资者（匿名）", "提问人：投资者A"
        return Label("question", rest, fold(inner.simp), "strong", False, 0, prefix="Q")
    return None


def is_time_only(text: str) -> bool:
    """A line holding only a timestamp (or a subtitle time range): furniture between turns. Each form holds a colon
    or the ">" of an arrow or a break, looked for before the pattern runs: most lines are speech."""
    return (":" in text or ">" in text) and TIME_ONLY_RE.match(text) is not None


def is_research_arm(firm: str | None) -> bool:
    """A firm named as a broker's research arm (``RESEARCH_ARM_RE``): an outside analyst's."""
    return firm is not None and RESEARCH_ARM_RE.search(firm) is not None


def is_analyst_title(title: str | None) -> bool:
    """A title that marks an outside analyst (``Analyst``, ``Research Analyst``, ``分析师``)."""
    return title is not None and ANALYST_RE.match(title.strip()) is not None


# What parts a roster line's cells ("Name;Firm;Title", "李想 | 启明证券 | 分析师" pasted from a table); a
# line with a semicolon that parts no entry so is none, one with bars may still be "Name Title".
ROSTER_CELL_SEPARATORS = (";", "|", "｜")


def parse_roster_line(
    line: str, simp: str, v: Vocab, known: frozenset[str]
) -> tuple[str, str, list[str]] | None:
    """(name, key, detail parts) of a roster line like ``刘丽娟 - 投资者关系负责人``, ``李想 | 启明证券 | 分析师``
    or ``* Alicia Yap``."""
    t = BULLET_RE.sub("", line.strip())
    ts = BULLET_RE.sub("", simp.strip())
    if not t or len(t) > 150 or t[-1] in "。！？!?；;":
        return None
    for sep in (c for c in ROSTER_CELL_SEPARATORS if c in t):
        parts = [p.strip() for p in t.split(sep)]
        parts_s = [p.strip() for p in ts.split(sep)]
        if 2 <= len(parts) <= 3 and all(parts) and len(parts) == len(parts_s):
            key = name_key(parts_s[0])
            if key in known or is_name(parts_s[0], v):
                return parts[0], key, parts[1:]
        if sep == ";":
            return None
    return _person(t, ts, v, known) or _spaced(t, ts, v, known)


def _spaced(t: str, ts: str, v: Vocab, known: frozenset[str]) -> tuple[str, str, list[str]] | None:
    """``林志远 首席执行官``, ``Sarah Lee 高盛``: a name, a space, then a title or firm (the longest
    leading run of words that is a name)."""
    words, words_s = t.split(), ts.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS + 4 or len(words) != len(words_s):
        return None
    for k in range(min(len(words) - 1, MAX_NAME_WORDS), 0, -1):
        name_s = " ".join(words_s[:k])
        key = name_key(name_s)
        if key in known or is_name(name_s, v):
            rest = " ".join(words[k:])
            if len(rest) > MAX_DETAIL_CHARS or rest[-1] in SENTENCE_END:
                return None
            return " ".join(words[:k]), key, [rest]
    return None
