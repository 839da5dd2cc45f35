"""Chinese Q&A layouts: the same real questions and answers re-rendered in layouts seen in the wild.

Real Chinese call transcripts are scarce, so a new layout usually arrives with no labelled example.
This bench takes the Chinese calls whose Q&A is already labelled (``../shared/eval/qa_dev.json`` over
the corpus, and the ``zh_*`` documents of the structure gold files under ``$FINBRIEF_EXTRA/struct``),
reads each labelled exchange with a small reader of its own (the text from the labelled question start
to the end of its line, then the following lines up to the next labelled question, speaker labels
stripped), and writes every call again in each layout of ``LAYOUTS``. The gold follows the layout:
askers and firms only where the layout prints them, answerers only where it names them.

    .venv/bin/python bench/bench_layouts_zh.py          # one row per layout
    .venv/bin/python bench/bench_layouts_zh.py -v       # and every problem
    .venv/bin/python bench/bench_layouts_zh.py --only tingwu --dump /tmp/x   # keep the rendered files

Scoring: finbrief.structure.eval.score_pairs (precision, recall, asker, firm, exact answerer set).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from finbrief.api import parse
from finbrief.structure.eval import FileScore, score_pairs
from finbrief.structure.eval import total as sum_scores

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXTRA = Path(os.environ.get("FINBRIEF_EXTRA", "/work/extra"))
GOLD_FILES = (
    "gold_zh",
    "gold_docs2",
    "gold_docs3_v2",
    "gold_docs4",
    "gold_docs5",
    "gold_docs6",
    "gold_docs8",
    "gold_docs9",
)
DOC_DIRS = {"gold_zh": "docs", "gold_docs3_v2": "docs3"}

# Names and firms for exchanges whose source names nobody (a layout that prints names needs some).
STAND_IN_ASKERS = (("陈明", "华泰证券"), ("刘洋", "中金公司"), ("赵磊", "国泰君安"), ("孙婷", "招商证券"))
TITLES = ("董事长", "首席财务官", "总经理", "董事会秘书")
LABEL_RE = re.compile(
    r"^\s*(?:[-*#>\s]*)(?:\**[^：:，。？?！\s]{1,12}(?: [^：:，。？?！\s]{1,12})?(?:[（(][^）)]{0,30}[）)])?\**)\s*[：:]\s*"
)
STAMP_RE = re.compile(r"^\s*[\[(（]?\d{1,2}:\d{2}(?::\d{2})?[\])）]?\s*")
# A moderator's invitation or the next asker's greeting, in a source that names nobody: no answer.
FLOOR_RE = re.compile(r"下一位|接下来请|有请|^.{0,12}我是.{2,16}(?:证券|證券|基金|资本|資本|投顾|投顧|资管|公司)[^，,]{0,6}。?$")
LEAD_NAME_RE = re.compile(r"^\s*[（(\[【][^（）()\[\]【】]{1,12}[）)\]】]\s*(?:答|问|回答|回复)?\s*[：:]?\s*")
# A line that asks (a follow-up) or a moderator's line is no answer.
QUESTIONISH = re.compile(r"[?？]\s*$")
MODERATOR_RE = re.compile(
    r"^\W*(?:主持人|主持|会议主持人|接线员|操作员|operator|moderator|host)\W*\s*[：:]", re.IGNORECASE
)
# A speaker header of a timed export ("邵雨晴 00:05:41", "说话人 4 00:07:02"): not speech.
HEADER_RE = re.compile(r"^.{0,30}\d{1,2}:\d{2}(?::\d{2})?\s*$")


@dataclass
class Exchange:
    """One labelled question and its answers, as text with no layout."""

    asker: str | None
    firm: str | None
    question: str
    answers: list[tuple[str | None, str]]


@dataclass
class Call:
    name: str
    exchanges: list[Exchange] = field(default_factory=list)


def _find(text: str, anchor: str, start: int = 0) -> re.Match[str] | None:
    pat = r"\s*".join(re.escape(ch) for ch in re.sub(r"\s+", "", anchor))
    return re.compile(pat).search(text, start)


def _clean(line: str) -> str:
    line = STAMP_RE.sub("", line)
    for _ in range(2):  # "答：財務長 吳佩珊：…": a mark, then who answers
        line = LABEL_RE.sub("", line, count=1).lstrip(" *")
    line = LEAD_NAME_RE.sub("", line, count=1)  # "A：（何立新）目前…", "[董事长 陶永康]答:…": who answers
    return re.sub(r"\s+", " ", line).strip(" *")


# A labelled question: its start, asker, firm and answerers.
Row = tuple[str, str | None, str | None, list[str]]


def _read(text: str, rows: list[Row], name: str) -> Call:
    """The exchanges of one document: question from its labelled start to the end of the line (the
    next line too when that is short), answers the substantial lines after it up to the next start."""
    spans: list[tuple[int, int, Row]] = []
    for row in rows:
        m = _find(text, row[0])
        if m:
            spans.append((m.start(), m.end(), row))
    spans.sort(key=lambda s: s[0])
    call = Call(name)
    for k, (at, _end, (_a, asker, firm, answerers)) in enumerate(spans):
        stop = spans[k + 1][0] if k + 1 < len(spans) else min(len(text), at + 3000)
        chunk = text[at:stop]
        lines = [ln for ln in chunk.split("\n")]
        question = _clean(lines[0]) if not LABEL_RE.match(lines[0]) else lines[0].strip()
        rest = lines[1:]
        while len(question) < 25 and rest and not re.search(r"[？?。！!]$", question):
            question += _clean(rest.pop(0))  # a question a transcription cut into short lines
        kept = [ln for ln in rest if not HEADER_RE.match(ln.strip()) and not MODERATOR_RE.match(ln)]
        body = [c for c in map(_clean, kept) if len(c) >= 12 and not (QUESTIONISH.search(c) or FLOOR_RE.search(c))]
        body = [b[:240] for b in body[:3]]
        if len(question) < 8 or not body or not answerers:
            continue
        people = answerers[: len(body)]
        answers: list[tuple[str | None, str]] = [(people[min(i, len(people) - 1)], b) for i, b in enumerate(body)]
        call.exchanges.append(Exchange(asker, firm, question[:300], answers))
    return call


def load_calls(shared: Path, extra: Path) -> list[Call]:
    """Every Chinese call with labelled Q&A that is present on this machine."""
    calls: list[Call] = []
    qa_dev = shared / "eval" / "qa_dev.json"
    if qa_dev.is_file():
        g = json.loads(qa_dev.read_text(encoding="utf-8"))
        doc = shared / "corpus" / "alibaba" / g["doc"]
        if doc.is_file():
            rows: list[Row] = [
                (p["question_anchor"], None, None, [a[0] for a in p["answerers_any"]]) for p in g["pairs"]
            ]
            calls.append(_read(doc.read_text(encoding="utf-8"), rows, "corpus_alibaba"))
    for stem in GOLD_FILES:
        gold = extra / "struct" / f"{stem}.jsonl"
        if not gold.is_file():
            continue
        by_file: dict[str, list[Row]] = {}
        for line in gold.read_text(encoding="utf-8").splitlines():
            e = json.loads(line)
            if "question_start" in e and e["file"].startswith("zh") and e["required"]:
                by_file.setdefault(e["file"], []).append(
                    (e["question_start"], e["asker"], e["firm"], e["answerers"])
                )
        folder = extra / "struct" / DOC_DIRS.get(stem, stem.removeprefix("gold_"))
        for fname, rows in sorted(by_file.items()):
            if (folder / fname).is_file():
                calls.append(_read((folder / fname).read_text(encoding="utf-8"), rows, f"{stem}/{fname}"))
    return [c for c in calls if c.exchanges]


# ---- layouts: each writes a call and the gold entries of what it printed ----------------------------

Gold = list[dict[str, Any]]
Render = Callable[[Call], tuple[str, Gold]]


def _who(ex: Exchange, i: int) -> tuple[str, str]:
    if ex.asker:
        return ex.asker, ex.firm or STAND_IN_ASKERS[i % len(STAND_IN_ASKERS)][1]
    return STAND_IN_ASKERS[i % len(STAND_IN_ASKERS)]


def _entry(ex: Exchange, asker: str | None, firm: str | None, answerers: list[str]) -> dict[str, Any]:
    return {
        "asker": asker,
        "firm": firm,
        "answerers": sorted(set(answerers)),
        "question_start": ex.question[:20],
        "required": True,
    }


def _self_named(ex: Exchange, asker: str | None) -> tuple[str | None, str | None]:
    """Asker and firm for a layout that prints no names: those the question's own words give ("我是
    天风证券的何佳", "…？（元大投顧 林志豪）"), else ``asker`` (a diarised label) and no firm."""
    if ex.asker and ex.asker in ex.question:
        return ex.asker, ex.firm if ex.firm and ex.firm in ex.question else None
    return asker, None


def _named(ex: Exchange) -> list[str]:
    return [a for a, _ in ex.answers if a]


OPENING = "各位投资者大家好，欢迎参加公司本次业绩说明会，下面先由管理层介绍经营情况，然后进入问答环节。"


def wenda_paren(call: Call) -> tuple[str, Gold]:
    """Meeting minutes: ``问（机构 姓名）：`` and ``答（姓名）：`` records."""
    out, gold = ["业绩说明会纪要", "", "一、问答环节", ""], []
    for i, ex in enumerate(call.exchanges):
        asker, firm = _who(ex, i)
        out += [f"问（{firm} {asker}）：{ex.question}", ""]
        out += [f"答（{a}）：{t}" for a, t in ex.answers] + [""]
        gold.append(_entry(ex, asker, firm, _named(ex)))
    return "\n".join(out), gold


def firm_analyst(call: Call) -> tuple[str, Gold]:
    """``<firm>分析师<name>：`` questions, ``<title><name>：`` answers, a host between them."""
    out, gold = [f"主持人：{OPENING}", ""], []
    for i, ex in enumerate(call.exchanges):
        asker, firm = _who(ex, i)
        out += [f"主持人：下面请{firm}的{asker}提问。", "", f"{firm}分析师{asker}：{ex.question}", ""]
        for j, (a, t) in enumerate(ex.answers):
            out += [f"{TITLES[j % len(TITLES)]}{a}：{t}", ""]
        gold.append(_entry(ex, asker, firm, _named(ex)))
    return "\n".join(out), gold


def name_paren_firm(call: Call) -> tuple[str, Gold]:
    """``<name>（<firm>）：`` questions, ``<name>（<title>）：`` answers."""
    out, gold = [f"主持人：{OPENING}", ""], []
    for i, ex in enumerate(call.exchanges):
        asker, firm = _who(ex, i)
        out += [f"{asker}（{firm}）：{ex.question}", ""]
        for j, (a, t) in enumerate(ex.answers):
            out += [f"{a}（{TITLES[j % len(TITLES)]}）：{t}", ""]
        gold.append(_entry(ex, asker, firm, _named(ex)))
    return "\n".join(out), gold


def irm_record(call: Call) -> tuple[str, Gold]:
    """投资者关系活动记录表: a header table, then numbered ``问题N：`` / ``回复：`` with no names."""
    people = sorted({a for ex in call.exchanges for a in _named(ex)})
    out = [
        "投资者关系活动记录表",
        "编号：2024-012",
        "投资者关系活动类别：■特定对象调研 □分析师会议 ■业绩说明会",
        "参与单位名称及人员姓名：华泰证券、中金公司、国泰君安等机构投资者",
        "时间：2024年5月10日 15:00-16:30",
        f"上市公司接待人员姓名：{'、'.join(people)}",
        "投资者关系活动主要内容介绍：",
        "",
    ]
    gold = []
    for i, ex in enumerate(call.exchanges, 1):
        out += [f"问题{i}：{ex.question}", "回复：" + "".join(t for _, t in ex.answers), ""]
        gold.append(_entry(ex, *_self_named(ex, None), []))
    out.append("附件清单（如有）：无")
    return "\n".join(out), gold


def hudongyi(call: Call) -> tuple[str, Gold]:
    """互动易 / 上证e互动 lists: investor question, board secretary's reply, a date line."""
    out, gold = [], []
    for i, ex in enumerate(call.exchanges):
        out += [
            f"投资者提问：{ex.question}",
            "董秘回答(示例股份SZ000000)：" + "".join(t for _, t in ex.answers),
            f"2024-05-{10 + i % 18:02d} 16:{i % 60:02d} 来自深交所互动易",
            "",
        ]
        gold.append(_entry(ex, *_self_named(ex, None), ["董秘"]))  # the platform names the role that answers
    return "\n".join(out), gold


def _stamp(sec: int) -> str:
    return f"{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}"


def tingwu(call: Call) -> tuple[str, Gold]:
    """通义听悟 / 飞书妙记 exports: ``发言人N 00:01:23`` then the text; no names, no blank lines."""
    ids: dict[str, str] = {"host": "发言人1"}
    out, gold, sec = ["发言人1 00:00:05", OPENING], [], 60

    def sid(key: str) -> str:
        return ids.setdefault(key, f"发言人{len(ids) + 1}")

    for i, ex in enumerate(call.exchanges):
        q = sid(f"q:{ex.asker or i}")
        out += [f"{q} {_stamp(sec)}", ex.question]
        sec += 40
        for a, t in ex.answers:
            out += [f"{sid(f'a:{a}')} {_stamp(sec)}", t]
            sec += 70
        gold.append(_entry(ex, *_self_named(ex, q), [sid(f"a:{a}") for a, _ in ex.answers]))
    return "\n".join(out), gold


def bilingual(call: Call) -> tuple[str, Gold]:
    """Interpreted calls: a timestamped header line with zh/en role labels, then the text."""
    out, gold, sec = ["[00:00:10] 主持人 Moderator", OPENING, ""], [], 90
    for i, ex in enumerate(call.exchanges):
        asker, firm = _who(ex, i)
        out += [f"[{_stamp(sec)}] 分析师 Analyst {asker}（{firm}）", ex.question, ""]
        sec += 45
        for a, t in ex.answers:
            out += [f"[{_stamp(sec)}] 管理层 Management {a}", t, ""]
            sec += 80
        gold.append(_entry(ex, asker, firm, _named(ex)))
    return "\n".join(out), gold


def _hant() -> Callable[[str], str]:
    try:
        import opencc  # type: ignore[import-untyped]

        conv = opencc.OpenCC("s2twp")
        return lambda s: str(conv.convert(s))
    except ImportError:  # labels stay in Traditional script; the content stays as written
        return lambda s: s


def hant_fashuohui(call: Call) -> tuple[str, Gold]:
    """Taiwanese 法說會 minutes in Traditional script: ``主持人：`` names the asker, then ``問：`` and
    ``答：`` records, the answerer's title before the name (財務長)."""
    t = _hant()
    titles = ("董事長", "財務長", "總經理", "發言人")
    out, gold = ["主持人：" + t(OPENING), ""], []
    for i, ex in enumerate(call.exchanges):
        asker, firm = _who(ex, i)
        out += [f"主持人：接下來請{t(firm)}的{t(asker)}提問。", f"問：{t(ex.question)}"]
        for j, (a, txt) in enumerate(ex.answers):
            out += [f"答：{titles[j % len(titles)]}{t(a or '')}：{t(txt)}"]
        out.append("")
        g = _entry(ex, t(asker), t(firm), [t(a) for a in _named(ex)])
        g["question_start"] = t(ex.question)[:20]
        gold.append(g)
    return "\n".join(out), gold


def md_bold(call: Call) -> tuple[str, Gold]:
    """Markdown minutes: ``**姓名（机构）**：`` questions and ``**姓名**：`` answers under headings."""
    out, gold = ["# 业绩交流会纪要", "", "## 问答环节", ""], []
    for i, ex in enumerate(call.exchanges):
        asker, firm = _who(ex, i)
        out += [f"**{asker}（{firm}）**：{ex.question}", ""]
        out += [line for a, txt in ex.answers for line in (f"**{a}**：{txt}", "")]
        gold.append(_entry(ex, asker, firm, _named(ex)))
    return "\n".join(out), gold


def compact_ascii(call: Call) -> tuple[str, Gold]:
    """No blank lines between turns, half-width colons and brackets: ``姓名(机构):``."""
    out, gold = [f"主持人:{OPENING}"], []
    for i, ex in enumerate(call.exchanges):
        asker, firm = _who(ex, i)
        out.append(f"{asker}({firm}):{ex.question}")
        out += [f"{a}:{txt}" for a, txt in ex.answers]
        gold.append(_entry(ex, asker, firm, _named(ex)))
    return "\n".join(out), gold


LAYOUTS: dict[str, Render] = {
    "wenda_paren": wenda_paren,
    "firm_analyst": firm_analyst,
    "name_paren_firm": name_paren_firm,
    "irm_record": irm_record,
    "hudongyi": hudongyi,
    "tingwu": tingwu,
    "bilingual": bilingual,
    "hant_fashuohui": hant_fashuohui,
    "md_bold": md_bold,
    "compact_ascii": compact_ascii,
}


def score_layout(name: str, calls: list[Call], dump: Path | None) -> FileScore:
    scores = []
    with tempfile.TemporaryDirectory() as tmp:
        for call in calls:
            text, gold = LAYOUTS[name](call)
            path = (dump or Path(tmp)) / f"{name}__{call.name.replace('/', '_')}.txt"
            path.write_text(text + "\n", encoding="utf-8")
            if dump:
                path.with_suffix(".gold.json").write_text(
                    json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8"
                )
            scores.append(score_pairs(parse(path), gold, call.name))
    total = sum_scores(scores, name)
    total.problems = [f"{s.name}: {p}" for s in scores for p in s.problems]
    return total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--extra", type=Path, default=EXTRA)
    ap.add_argument("--only", help="Score only the layouts whose name contains this.")
    ap.add_argument("--dump", type=Path, help="Keep the rendered files and their gold in this folder.")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    if not a.shared.is_dir():
        print(f"skipped: {a.shared} not found (the labelled calls live there)", file=sys.stderr)
        return 0
    calls = load_calls(a.shared, a.extra)
    if not calls:
        print("skipped: no labelled Chinese call found", file=sys.stderr)
        return 0
    if a.dump:
        a.dump.mkdir(parents=True, exist_ok=True)
    n = sum(len(c.exchanges) for c in calls)
    print(f"{len(calls)} calls, {n} exchanges\n")
    print("| layout | required | predicted | precision | recall | asker | firm | answerers |")
    print("|---|---|---|---|---|---|---|---|")
    rows = []
    for name in LAYOUTS:
        if a.only and a.only not in name:
            continue
        s = score_layout(name, calls, a.dump)
        rows.append(s)
        print(
            f"| {name} | {s.required} | {s.predicted} | {s.precision:.2f} | {s.recall:.2f} | "
            f"{s.rate('asker'):.2f} | {s.rate('firm'):.2f} | {s.rate('answerers'):.2f} |",
            flush=True,
        )
    t = sum_scores(rows, "total")
    print(
        f"| **total** | {t.required} | {t.predicted} | {t.precision:.2f} | {t.recall:.2f} | "
        f"{t.rate('asker'):.2f} | {t.rate('firm'):.2f} | {t.rate('answerers'):.2f} |"
    )
    if a.verbose:
        for s in rows:
            for p in s.problems:
                print(f"{s.name}: {p}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
