"""Calibration of the facts stage's grades: how often facts of each kind are right, from labelled sets.

Run by hand (not in CI). It extracts every fact (nothing withheld) of the labelled documents of a pool of
label sets, judges each one against its label as ``bench_facts.py`` does, and writes one row per judged
fact with the fact's ``Grade`` (``finbrief.facts.evidence``: where its metric, period and subject were
decided, how many rivals its sentence names) and a few plain features (language, speaker side, unit
kind, change, comparison base), whether it is right in every field and which fields are wrong; one row
per labelled figure records whether some fact matched it, for recall:

    .venv/bin/python bench/bench_grades.py table --pool tune --out /tmp/grades_tune.jsonl
    .venv/bin/python bench/bench_grades.py kinds /tmp/grades_tune.jsonl [--by metric,subject_rivals]
    .venv/bin/python bench/bench_grades.py rows /tmp/grades_check.jsonl

``kinds`` prints the all-fields precision of each kind of fact (by one or two features, or the
features given), so that a kind wrong about as often as right can be chosen as a ``WITHHELD`` row;
``rows`` prints, for a table, each ``WITHHELD`` row's right and wrong facts dropped and the set's
precision and recall with the rows applied and without them (withholding is re-applied to the
recorded facts, so a table made once scores any change to the rows).

Pools follow the development sets' own halves (the first-line comment of each label file names them):
``tune`` is the tune halves of the sets that have halves plus the whole development sets that have
none; ``check`` is the check halves; ``heldout`` the held-out sets, run only to check, never to tune.
``--set LABELS[:part,part]`` adds a label file (optionally only the documents whose key contains a part).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_facts as bf

L = "bench/labels/"
HALVES: dict[str, tuple[str, str]] = {
    # label set -> (tune documents, check documents), as the sets' first-line comments name them
    "dev_en10": ("hersha,pennymac,rayonier,extra_space", "uniti,community_health,farmland,ladder"),
    "dev_en11": ("tanger,eastgroup,medical_prop", "prologis,vici,udr"),
    "dev_en12": ("FHN,TXT,FDS", "OXM,EOG"),
    "dev_en13": ("ZTS,NSC,TSN", "FN_,OMC"),
    "dev_en14": ("xenia_hotels,getty_realty,boston_properties", "federal_realty,rlj_lodging"),
    "dev_en15": (
        "universal_gurufocus,generalmills_8k,movers_midday,zions_reuters,msft_benzinga,pepcoke_thestreet,"
        "workday_roundup,cokepep_beveragedaily,pepcoke_aol,parker_globenewswire,flir_zacks,adi_ap,progress_thestreet",
        "patterson_wso,movers_doordash,rbb_thefly,thomsonreuters_lincoln,msft_bi_analysts,watts_8k,coke_organic_shrewdm",
    ),
    "dev_en16": ("alexandria_real_estate,five_point,epr_properties", "innovative_industrial,safehold,alexander_baldwin"),
    "dev_en17": (
        "rli_8k,lilly_ap,intel_fnh,newcrest_financelive,alaska_air,verizon_reuters,evans_8k,coned_reuters,"
        "gm_cheatsheet,duke_ap,unitil_nhbr",
        "bms_pharmatimes,intel_irishtimes,coppermountain_mw,delta_usair_cbs,northeast_dj,restaurants_nrn,bancfirst_8k",
    ),
    "dev_en18": ("WGO,MTN,DLB", "LZB,COO,GEF"),
    "dev_en19": ("CHD,EMN", "MSI,IQV"),
    "dev_en20": ("WRB_q2_2021,TFX_q3_2021,MAN_q3_2021", "RE_q3_2020,POR_q3_2021,FMC_q3_2021"),
    "dev_en21": ("ACM_q4_2021,AIT_q1_2021,NJR_q1_2021", "CBT_q4_2020,ODC_q3_2021,SBH_q1_2021"),
    "dev_en22": (
        "redwood_trust,diversified_healthcare,gaming_and_leisure",
        "kkr_real_estate_finance,kennedy_wilson,mfa_financial",
    ),
    "dev_en23": ("HAL_q3_2021,MA_q4_2021,DXC_q2_2022", "ects/X_q3_2021,MMC_q3_2021,NUS_q3_2021"),
    "dev_en24": (
        "HLT_q3_2021,ZBH_q4_2020,national_storage_affiliates",
        "MTH_q3_2021,summit_hotel_properties,global_medical_reit",
    ),
    "dev_en25": (
        "EAT_q4_2020,IVZ_q4_2020,four_corners_property",
        "RSG_q3_2021,easterly_government,dream_industrial_reit",
    ),
    "dev_en26": (
        "EIG_q1_2021,SJI_q2_2021,invesco_mortgage_capital",
        "FN_q1_2020,seven_hills_realty,braemar_hotels",
    ),
    "dev_en27": (
        "LYV_q4_2020,CCK_q2_2021,mid_america_apartment",
        "ABT_q3_2021,dynex_capital,ashford_hospitality",
    ),
    "dev_zh12": ("docs5/tune", "docs5/check"),
    "dev_zh15": ("a_luzhou,c_brokers,d_umc,e_umc,g_ceair,i_sf", "b_wuliangye,f_ase,h_fosun,j_nev,k_wuxi"),
    "dev_zh16": (
        "a_foxconn,b_ruralbanks,c_seres,d_cqrcb,e_gzjiajia,f_twse",
        "g_insurers5,h_budweiser,i_ruralbanks,j_sph,k_tsmc,l_roborock",
    ),
    "dev_zh17": (
        "a_luxshare,c_nonbank,e_picc,g_tclsmart,i_listedbanks,k_eaglenice",
        "b_psbc,d_tsugami,f_insurers,h_shouxiangu,j_orientalwatch,l_asiafinancial",
    ),
    "dev_zh18": (
        "a_funds,c_tasly,e_boqi,g_jnby,i_yrdbanks,k_lifeins",
        "b_boc,d_tpex,f_coscointl,h_insurers4,j_cmbc,l_nonbank",
    ),
}
WHOLE = ("facts", "dev_en2", "dev_en3", "dev_en6", "dev_en7", "dev_en8", "dev_en9", "dev_zh13", "dev_zh14")
"""Development sets without halves, tuned on whole."""

POOLS: dict[str, list[tuple[str, str]]] = {
    "tune": [(L + s + ".jsonl", "") for s in WHOLE] + [(L + s + ".jsonl", t) for s, (t, _) in HALVES.items()],
    "check": [(L + s + ".jsonl", c) for s, (_, c) in HALVES.items()],
    "heldout": [(L + "heldout.jsonl", ""), (L + "heldout3.jsonl", ""), (L + "heldout4.jsonl", "")],
}


def _unit_kind(unit: str) -> str:
    if unit in ("%", "pp", "bps"):
        return unit
    if unit == "count":
        return "count"
    if unit.isupper() and len(unit) == 3:
        return "money"
    return "other"


def _period_kind(period: str | None) -> str:
    if period is None:
        return "none"
    if "-" in period or ".." in period:
        return "span"
    if "Q" in period:
        return "quarter"
    if "H" in period:
        return "half"
    if "M" in period or len(period) > 6:
        return "month"
    return "year"


def doc_rows(set_name: str, doc_key: str, labels: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One row per judged fact of a document (every fact kept) and one per labelled figure."""
    from finbrief.api import parse
    from finbrief.facts.attribution import extract_graded

    doc = parse(bf.resolve(doc_key))
    sheet, grades = extract_graded(doc)
    where = bf.Locator(doc)
    by_figure = {(lab["raw"], lab["nth"]): lab for lab in labels}
    sides = {s.id: s.side for s in doc.speakers}
    lang = "en" if doc.language == "en" else "zh"
    base = {"set": set_name, "doc": doc_key, "lang": lang}
    for f, g in zip(sheet.facts, grades, strict=True):
        para = doc.paragraph(f.paragraph)
        at = bf.figure_at(para.text, f)
        key = where.key(f.paragraph, at, f.raw)
        label = by_figure.get(key)
        if label is None:
            continue
        verdict = bf.judge(f, label)
        wrong = [k for k, ok in verdict.items() if not ok]
        yield {
            **base,
            "kind": "fact",
            "key": list(key),
            "right": not wrong,
            "wrong": "not a fact" if not label.get("fact", True) else ",".join(wrong),
            "grade": g._asdict() if g is not None else None,
            "fact": asdict(f),
            "side": sides.get(para.speaker or "", "none"),
            "section": para.section,
            "unit_kind": _unit_kind(f.unit),
            "period_kind": _period_kind(f.period),
            "doc_period": f.period == sheet.period,
            "company": f.subject == sheet.company,
        }
    for lab in labels:
        if lab.get("fact", True):
            yield {**base, "kind": "gold", "key": [lab["raw"], lab["nth"]]}


def make_table(sets: list[tuple[str, str]], out: Path) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for labels, parts in sets:
            by_doc = bf.load_labels(bf.ROOT / labels)
            if parts:
                ps = [x for x in parts.split(",") if x]
                by_doc = {k: v for k, v in by_doc.items() if any(x in k for x in ps)}
            for doc_key in sorted(by_doc):
                if not bf.resolve(doc_key).is_file():
                    print(f"# absent: {doc_key}", file=sys.stderr)
                    continue
                for row in doc_rows(Path(labels).stem, doc_key, by_doc[doc_key]):
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                    n += 1
                fh.flush()
    print(f"{n} rows -> {out}", file=sys.stderr)
    return 0


def load(paths: Iterable[Path]) -> list[dict[str, Any]]:
    rows = []
    for p in paths:
        rows += [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def features(row: dict[str, Any]) -> dict[str, Any]:
    """The features a kind of fact is told by: the grade's fields (rivals capped at 2) and plain ones."""
    g = row["grade"]
    f = row["fact"]
    out: dict[str, Any] = {"lang": row["lang"], "graded": g is not None}
    if g is not None:
        for k, v in g.items():
            out[k] = min(v, 2) if isinstance(v, int) and not isinstance(v, bool) else v
    out |= {
        "side": row["side"],
        "unit_kind": row["unit_kind"],
        "period_kind": row["period_kind"],
        "doc_period": row["doc_period"],
        "company": row["company"],
        "change": f["change"],
        "basis": f["basis"],
        "per": f["per"],
        "qualifier": f["qualifier"],
    }
    return out


def _withheld(row: dict[str, Any]) -> int | None:
    """Index of the first ``WITHHELD`` row matching a recorded fact, None when it is kept."""
    from finbrief.facts.evidence import WITHHELD, Grade, MetricHow, PeriodHow, SubjectHow
    from finbrief.model import Fact

    if row["grade"] is None:
        return None
    d = {k: v for k, v in row["grade"].items() if k in Grade._fields}
    d |= {"metric": MetricHow(d["metric"]), "period": PeriodHow(d["period"]), "subject": SubjectHow(d["subject"])}
    g = Grade(**d)
    f = Fact(**row["fact"])
    return next((i for i, w in enumerate(WITHHELD) if w.test(g, f)), None)


def kinds(rows: list[dict[str, Any]], by: list[str] | None, min_support: int, max_precision: float) -> int:
    facts = [r for r in rows if r["kind"] == "fact"]
    feats = [features(r) for r in facts]
    right = sum(r["right"] for r in facts)
    print(f"# {len(facts)} judged facts, all fields right {right / max(1, len(facts)):.3f}")
    names = sorted({k for f in feats for k in f})
    combos: list[tuple[str, ...]] = [tuple(by)] if by else [(n,) for n in names] + list(itertools.combinations(names, 2))
    cells: dict[tuple[tuple[str, Any], ...], Counter[str]] = defaultdict(Counter)
    for r, f in zip(facts, feats, strict=True):
        for combo in combos:
            if all(c in f for c in combo):
                cell = tuple((c, f[c]) for c in combo)
                cells[cell]["right" if r["right"] else "wrong"] += 1
                if not r["right"]:
                    for w in r["wrong"].split(","):
                        cells[cell]["w:" + w] += 1
    print("| kind | facts | right | precision | wrong fields |")
    print("|---|---|---|---|---|")
    shown = []
    for cell, c in cells.items():
        n = c["right"] + c["wrong"]
        p = c["right"] / n
        if n >= min_support and (by or p <= max_precision):
            shown.append((p, -n, cell, c))
    for p, n, cell, c in sorted(shown):
        ws = ", ".join(f"{k[2:]} {v}" for k, v in c.most_common() if k.startswith("w:"))
        name = " & ".join(f"{k}={v}" for k, v in cell)
        print(f"| {name} | {-n} | {c['right']} | {p:.3f} | {ws} |")
    return 0


def score(rows: list[dict[str, Any]], withhold: bool) -> tuple[int, int, int, int]:
    """(facts judged, right in every field, labels found, labels) with or without the ``WITHHELD`` rows."""
    kept = [r for r in rows if r["kind"] == "fact" and not (withhold and _withheld(r) is not None)]
    found = {(r["doc"], *r["key"]) for r in kept if r["right"]}
    gold = [(r["doc"], *r["key"]) for r in rows if r["kind"] == "gold"]
    return len(kept), sum(r["right"] for r in kept), sum(1 for g in gold if g in found), len(gold)


def rows_report(rows: list[dict[str, Any]]) -> int:
    from finbrief.facts.evidence import WITHHELD

    tally: dict[int, Counter[str]] = defaultdict(Counter)
    for r in rows:
        if r["kind"] == "fact":
            i = _withheld(r)
            if i is not None:
                tally[i]["right" if r["right"] else "wrong"] += 1
                tally[i][r["lang"] + (" right" if r["right"] else " wrong")] += 1
    print("| withheld row | right dropped | wrong dropped | en right/wrong | zh right/wrong |")
    print("|---|---|---|---|---|")
    for i, w in enumerate(WITHHELD):
        t = tally[i]
        print(
            f"| {w.why} | {t['right']} | {t['wrong']} | {t['en right']}/{t['en wrong']} |"
            f" {t['zh right']}/{t['zh wrong']} |"
        )
    print()
    print("| part | facts (all kept) | all fields | recall | facts (withheld dropped) | all fields | recall |")
    print("|---|---|---|---|---|---|---|")
    parts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        parts[r["set"]].append(r)
        parts["all (" + r["lang"] + ")"].append(r)
        parts["all"].append(r)
    for name in sorted(parts, key=lambda s: (s.startswith("all"), s)):
        cells = []
        for withhold in (False, True):
            n, ok, found, gold = score(parts[name], withhold)
            cells += [str(n), f"{ok / max(1, n):.3f}", f"{found / max(1, gold):.3f} ({found}/{gold})"]
        print(f"| {name} | {' | '.join(cells)} |")
    return 0


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("table", help="extract, judge and write one row per judged fact and labelled figure")
    t.add_argument("--pool", choices=sorted(POOLS), action="append", default=[])
    t.add_argument("--set", action="append", default=[], help="LABELS[:part,part] (documents whose key has a part)")
    t.add_argument("--out", type=Path, required=True)
    k = sub.add_parser("kinds", help="all-fields precision of each kind of fact in tables")
    k.add_argument("tables", type=Path, nargs="+")
    k.add_argument("--by", help="comma-separated features (default: every feature and every pair)")
    k.add_argument("--min", type=int, default=15, help="least facts of a kind shown")
    k.add_argument("--max", type=float, default=0.65, help="highest precision of a kind shown (without --by)")
    k.add_argument("--lang", choices=("en", "zh"))
    r = sub.add_parser("rows", help="right and wrong facts each WITHHELD row drops, scores with and without them")
    r.add_argument("tables", type=Path, nargs="+")
    a = ap.parse_args(list(argv) if argv is not None else None)
    if a.cmd == "table":
        sets = [s for p in a.pool for s in POOLS[p]]
        sets += [tuple(s.split(":", 1)) if ":" in s else (s, "") for s in a.set]  # type: ignore[misc]
        return make_table(sets, a.out)
    rows = load(a.tables)
    if a.cmd == "kinds":
        if a.lang:
            rows = [x for x in rows if x["lang"] == a.lang]
        return kinds(rows, a.by.split(",") if a.by else None, a.min, a.max)
    return rows_report(rows)


if __name__ == "__main__":
    sys.exit(main())
