"""The structure stage: document kind, roster, speaker turns, sections and Q&A pairs.

The stage is a sequence of small recognisers, each in its own module:

1. ``scan``: headers, page furniture and lone timestamps;
2. ``roster``: participants and their sides, firms and titles;
3. ``announce``: the analysts the operator introduces, the people the call is handed to;
4. ``labels`` and ``turns``: speaker labels (a table of label shapes), turn headers, turns;
5. ``sections``: intro, prepared remarks, Q&A and closing;
6. ``sides``: who speaks for the company and who asks;
7. ``pairs``: questions and their answers;
8. ``unlabelled``: a call without labels, where the host names who asks next.

Between turns and sides, anonymous and numbered speakers get names where the text gives them: a
numbered speaker right after an introduction or a hand-over, a ``Q:`` opening with the asker's name
and firm, the ``Q:`` / ``A:`` of a two-person interview.

A document is a transcript when it has a roster or at least two confirmed speaker labels other than
inline anonymous ``Q: …`` / ``A: …`` lines (FAQ-style minutes read like that too), or anonymous
questions and answers under a Q&A or call header (the Q&A of a call written up). An unlabelled text
with spoken-call cues (prepared remarks, a machine transcription) is a ``transcript`` without
speakers; the document's ``warnings`` say when speakers could not be told apart.
"""

from __future__ import annotations

import dataclasses
import re
from itertools import pairwise

from finbrief.ingest.detect import SRT, VTT
from finbrief.lexicon.people import People, people
from finbrief.lexicon.transcript import Vocab, fold, vocab
from finbrief.model import Answer, DocKind, Document, QAPair, Section, make_paragraph
from finbrief.options import Options
from finbrief.structure import pairs as pairing
from finbrief.structure import sections, sides, unlabelled
from finbrief.structure.announce import (
    Announcements,
    find_announcements,
    first_name_host,
    floor_labels,
    italic_operator_lines,
    short_form_askers,
    staffed_floors,
)
from finbrief.structure.call import Call
from finbrief.structure.examination import examination_labels
from finbrief.structure.induce import induced_names
from finbrief.structure.initials import code_line_labels, initials_labels
from finbrief.structure.inturn import (
    askers_in_moderator_turns,
    firm_only_labels,
    handed_paragraphs,
    opening_self_named,
    questions_read_by_host,
    remarks_heading,
)
from finbrief.structure.labels import LEAD_TIME_RE, Label, committee_chair
from finbrief.structure.roster import Roster, parse_roster, staff_keys, staffed_secretary_marks
from finbrief.structure.runin import run_in_labels
from finbrief.structure.scan import Scan, scan
from finbrief.structure.signed import dash_signatures, named_above, signed_answers, stamped_answers
from finbrief.structure.speakers import Registry
from finbrief.structure.turns import affiliation_lines, build_turns, candidates, confirm
from finbrief.text.regex import anchored

# Unlabelled spoken remarks (ECTSum): within the first CUE_WINDOW paragraphs, a share of them in
# the first person (we/our/I, 我们) of at least FIRST_PERSON_SHARE in English, or a lower share with
# CUES_NEEDED distinct spoken-call cues (any language); never for texts under MIN_REMARKS paragraphs.
CUE_WINDOW = 40
CUES_NEEDED = 2
FIRST_PERSON_SHARE = 0.3
FIRST_PERSON_WITH_CUES = 0.2
MIN_REMARKS = 8
# ... or, in a machine transcription (most lines open with a time), the cues alone.
TIMED_SHARE = 0.6
FIRST_PERSON_RE = anchored(re.compile(r"\b(?:we|our|us|I)\b|我们", re.IGNORECASE))
_FIRST_PERSON_LOWER = re.compile(r"w(?<!\ww)e\b|o(?<!\wo)ur\b|u(?<!\wu)s\b|i(?<!\wi)\b")
"""``FIRST_PERSON_RE`` for lower-cased ASCII text: each word opens its alternative with its first letter
(a lookbehind then asks that no letter comes before it), so the engine skips ahead to those letters
instead of trying every position."""


def first_person(text: str) -> bool:
    """Whether ``text`` holds a match of ``FIRST_PERSON_RE`` ("we", "our", "us", "I", "我们")."""
    if text.isascii():
        return _FIRST_PERSON_LOWER.search(text.lower()) is not None
    return FIRST_PERSON_RE.search(text) is not None


# Subtitles are speech by their format: without labels they are a transcript without speakers.
SPOKEN_MEDIA = frozenset({SRT, VTT})

NO_LABELS = "no speaker labels recognised: paragraphs are not attributed to speakers"
NO_QUESTIONS = "a Q&A section was found but no question turns were recognised in it"

DEFAULT_OPTIONS = Options()


def run(doc: Document, options: Options = DEFAULT_OPTIONS) -> Document:
    """Add kind, speakers, sections, paragraph roles and Q&A pairs, keeping every paragraph as is.

    ``options`` is accepted for the common stage signature; no option changes structure yet. What
    ingest warned about (a damaged subtitle timing) stays among the document's warnings.
    """
    out = structure(doc)
    if doc.warnings:
        out = dataclasses.replace(out, warnings=tuple(dict.fromkeys((*doc.warnings, *out.warnings))))
    return out


def structure(doc: Document, v: Vocab | None = None, lexicon: People | None = None) -> Document:
    """``run`` with an explicit vocabulary and people lexicon (tests pass their own data)."""
    v = v or vocab()
    lexicon = lexicon or people()
    s = scan(doc, v)
    active = lexicon.active("\n".join(s.simp_casefolded))
    known = frozenset(active)
    ann = find_announcements(s)
    # A roster reads announced names as people ("Tom Becker - Goldman Sachs" is no one's affiliation).
    roster = parse_roster(s, known | frozenset(ann.analysts))
    staffed_floors(ann, roster.staff)  # "有请公司董事长致辞": the listed chairman has the floor
    # Names the roster lists, the operator introduces or hands the call to are known speakers.
    known = (
        known
        | {e.key for e in roster.entries}
        | staff_keys(roster.staff, s)
        | {e.key for e in roster.visitors}
        | induced_names(s)
        | frozenset(ann.analysts)
        | frozenset(ann.handed)
    )
    listed = [*(e.name for e in (*roster.entries, *roster.staff, *roster.visitors)), *ann.hands.values()]
    # ... and the askers the operator introduces and the officers the opening names, whom a label may
    # call by first name ("[04:12] Ben:").
    introduced = [*(intro.name for intro in ann.intros.values()), *sides.opening_officers(s, ann)]
    cands = candidates(s, roster.lines, known, listed, introduced)
    affiliations = affiliation_lines(s, cands, roster, known, ann.analysts)
    labels = confirm(s, cands, frozenset(affiliations.values()))
    staffed_secretary_marks(labels, roster.staff)
    floor_labels(s, labels, ann)
    italic_operator_lines(s, labels, ann)
    committee_chair(s.texts, labels)
    examination_labels(s, labels)
    first_name_host(s, labels, ann)
    short_form_askers(s, labels, ann)
    initials_labels(s, labels)
    code_line_labels(s, labels)
    _summary_labels(s, labels)
    _masthead_questions(s, labels)
    bulleted = _bulleted_answers(s, labels)
    run_in = run_in_labels(s, labels, frozenset(affiliations))
    named = sum(1 for lab in labels.values() if lab.strength != "anon_inline")
    anonymous = len(labels) - named
    if (
        named >= 2
        or (named and anonymous >= 2)
        or len(roster.entries) >= 2
        or _qa_minutes(s, labels, bool(roster.staff))
        or _platform_record(s, labels)
        or _table_record(s, labels)
        or _titled_reply(labels)
        or _one_speaker(s, labels)
        or bulleted
        or run_in
    ):
        reg = Registry(active, lexicon.companies)
        return _transcript(s, labels, affiliations, roster, ann, reg)
    cues = False  # (asked once: with no labels it decides both what to read and the kind)
    if not labels:
        found = unlabelled.structure(s, ann, Registry(active, lexicon.companies))
        if found is None:
            found = unlabelled.interview(s, Registry(active, lexicon.companies))
        cues = found is None and (s.doc.media_type in SPOKEN_MEDIA or _has_call_cues(s))
        if cues:
            found = unlabelled.read_questions(s, Registry(active, lexicon.companies))
        if found is not None:
            return found
    if labels or not cues:
        return _plain(s, "article", None)
    return _plain(s, "transcript", "prepared", (NO_LABELS,))


def _summary_labels(s: Scan, labels: dict[int, Label]) -> None:
    """Drop the labels above a meeting tool's ``转写原文`` heading when labels follow it: the lines of its
    AI summary (``顾晓东：介绍了…``) are no one's turn."""
    body = next((i for i in range(s.n) if len(s.simp[i]) <= EXPORT_BODY_CHARS and s.v.export_body.fullmatch(s.simp[i].strip())), None)
    if body is None or not any(i > body for i in labels):
        return
    for i in [i for i in labels if i < body]:
        del labels[i]


# The longest line read as a meeting tool's heading over the words spoken.
EXPORT_BODY_CHARS = 12


def _masthead_questions(s: Scan, labels: dict[int, Label]) -> None:
    """A press interview that labels its questions with the publication's name (``联合视界：…`` under a
    first line ``联合视界 财经版``), between the answers of named people: each such paragraph is a question
    put by that outlet, its reporter unnamed. Read only with two such questions, each answered by a named
    person's turn."""
    k = next((i for i in range(s.n) if s.texts[i].strip()), None)
    if k is None or not any(lab.role is None for lab in labels.values()):
        return
    masthead, masthead_s = s.texts[k].split(maxsplit=1)[0], s.simp[k].split(maxsplit=1)[0]
    if not MASTHEAD_RE.fullmatch(masthead):
        return
    found = {
        i: body.end()
        for i in range(k + 1, s.n)
        if i not in labels
        and s.texts[i].startswith(masthead)
        and (body := MASTHEAD_COLON_RE.match(s.texts[i], len(masthead))) is not None
    }
    if len(found) < MIN_MASTHEAD_QUESTIONS:
        return
    for i in found:  # each answered by a named person's turn next (not a platform's company replies)
        nxt = min((j for j in labels if j > i), default=None)
        if nxt is None or labels[nxt].role is not None or any(i < k < nxt for k in found):
            return
    for i, at in found.items():
        labels[i] = Label("question", masthead, fold(masthead_s), "strong", True, at, firm=masthead)


# A publication's name heading an interview: a few Chinese characters; a colon and words after it at a
# question's start.
MASTHEAD_RE = re.compile(r"[\u4e00-\u9fff]{2,8}")
MASTHEAD_COLON_RE = re.compile(r"\s*[:：]\s*(?=\S)")
MIN_MASTHEAD_QUESTIONS = 2


# Minutes of a call's Q&A (an investor-relations record, a broker's notes) with anonymous questions
# and answers only: at least this many of each, under a Q&A or call header.
MINUTES_PAIRS = 2
MINUTES_HEADERS = frozenset({"qa", "call_start"})
# ... or under a call's title among the few lines right above the first mark, or, in a record that
# lists the company's people, heading the document (a broker's notes: title, who attended, then Q&A).
MINUTES_TITLE_LINES = 3


def _qa_minutes(s: Scan, labels: dict[int, Label], staffed: bool = False) -> bool:
    """Anonymous ``问：`` / ``答：`` (``问题1`` / ``回复``) pairs under a Q&A or call header, or under a
    call's title (``远帆电气2025年度业绩说明会``; in a staffed record, the title heading the document):
    the Q&A of a call written up, not FAQ-style notes (those have neither). A record form that lists the company's people who received the visit
    (``staffed``: ``上市公司接待人员姓名：…``) is a record with a single pair too."""
    first = min(labels, default=0)
    titled = any(sections.is_call_title(s, i) for i in range(max(0, first - MINUTES_TITLE_LINES), first)) or (
        staffed and any(sections.is_call_title(s, i) for i in range(min(MINUTES_TITLE_LINES, first)))
    )
    if not titled and not MINUTES_HEADERS.intersection(s.header.values()):
        return False
    asked = sum(1 for lab in labels.values() if lab.role == "question")
    # "答：总经理陈立：…" names who answers: an answer mark all the same
    answered = sum(1 for lab in labels.values() if lab.role == "answer" or (lab.role is None and lab.prefix == "A"))
    return min(asked, answered) >= (1 if staffed else MINUTES_PAIRS)


# A bullet opening an answer line under a question in a call's notes ("- 管理层表示…").
ANSWER_BULLET_RE = re.compile(r"^\s*(?:[-*•·●▪]\s|[-•·●▪])")


def _bulleted_answers(s: Scan, labels: dict[int, Label]) -> bool:
    """Notes of a call that list each question by topic and its answers as bullets under it
    (``问题: 关于分红政策`` / ``- 管理层称…``), under a Q&A header or a call's title: the first bullet after
    each such question opens an anonymous answer. Needs ``MINUTES_PAIRS`` such questions, no answer
    label anywhere and bullets right under every question."""
    asked = [i for i, lab in labels.items() if lab.role == "question" and lab.inline]
    if len(asked) < MINUTES_PAIRS or any(lab.role == "answer" for lab in labels.values()):
        return False
    if not all(i + 1 < s.n and i + 1 not in labels and ANSWER_BULLET_RE.match(s.texts[i + 1]) for i in asked):
        return False
    first = min(asked)
    titled = any(sections.is_call_title(s, i) for i in range(first))
    if not titled and not MINUTES_HEADERS.intersection(s.header.values()):
        return False
    for i in asked:
        labels[i + 1] = Label("answer", "", "", "anon_inline", True, 0)
    return True


def _platform_record(s: Scan, labels: dict[int, Label]) -> bool:
    """A Q&A platform's record (``投资者提问：…`` / ``董秘回答(远帆电气SH688321)：…``): a question and an
    answer, one of the marks naming the date or the company, so even a single pair is a record."""
    roles = {"answer" if lab.prefix == "A" else lab.role for lab in labels.values()}
    return {"question", "answer"} <= roles and any(
        s.v.platform_question.fullmatch(lab.key) or s.v.platform_answer.fullmatch(_mark(s, i, lab))
        for i, lab in labels.items()
        if lab.role in ("question", "answer") or lab.prefix == "A"
    )


def _table_record(s: Scan, labels: dict[int, Label]) -> bool:
    """A question-and-answer table (``| 日期 | 提问 | 回复 |``): a row's question, its answer cell right
    under it (``turns._qa_table``), so even a single exchange is a record."""
    return any(
        lab.role == "question" and s.texts[i].startswith("|") and (nxt := labels.get(i + 1)) is not None
        and nxt.role == "answer" and not s.texts[i + 1].startswith("|")
        for i, lab in labels.items()
    )


def _titled_reply(labels: dict[int, Label]) -> bool:
    """A question mark (``記者:``, ``问：``) and, on the next paragraph, an answer labelled by a job
    title alone (``行政長官:``, ``董事长：``): a briefing's record, even with a single exchange."""
    marks = sorted(labels)
    return any(
        labels[a].role == "question"
        and b == a + 1
        and labels[b].role is None
        and labels[b].title is not None
        and labels[b].title == labels[b].who
        and labels[b].inline
        for a, b in pairwise(marks)
    )


def _mark(s: Scan, i: int, lab: Label) -> str:
    """The folded mark before an inline label's speech (``董秘回答(远帆电气SH688321)``)."""
    if lab.role is not None or not lab.inline:
        return lab.key
    return fold(s.simp[i][: lab.body_start].strip().rstrip(":：").strip())


def _one_speaker(s: Scan, labels: dict[int, Label]) -> bool:
    """An excerpt of one speaker's turn: a single ``Name - Firm - Title`` header (a job title) alone
    on its line, and speech in the first person right under it."""
    if len(labels) != 1:
        return False
    (i, lab), = labels.items()
    nxt = i + 1
    return (
        lab.role is None
        and not lab.inline
        and bool(lab.firm and lab.title and s.v.job_title.search(lab.title))
        and nxt < s.n
        and first_person(s.simp[nxt])
    )


def _has_call_cues(s: Scan) -> bool:
    """Cheap test for unlabelled spoken remarks: first person throughout, or call cues."""
    if s.n < MIN_REMARKS:
        return False
    lines = [t for i, t in enumerate(s.simp[:CUE_WINDOW]) if i not in s.boiler]
    share = sum(1 for t in lines if first_person(t)) / max(1, len(lines))
    if share >= FIRST_PERSON_SHARE and s.doc.language == "en":
        return True
    timed = sum(1 for t in lines if LEAD_TIME_RE.match(t)) >= TIMED_SHARE * len(lines)
    if share < FIRST_PERSON_WITH_CUES and not timed:  # a machine transcription's short lines
        return False
    window = "\n".join(lines)
    return sum(1 for rx in s.v.call_cues if rx.search(window)) >= CUES_NEEDED


def _plain(s: Scan, kind: DocKind, section: Section | None, warnings: tuple[str, ...] = ()) -> Document:
    """An article, or unlabelled remarks: sections and boilerplate roles only (a paragraph that is
    already so is kept as it is)."""
    boiler = s.boiler
    paras = tuple(
        make_paragraph(p.n, p.text, None, None, "boilerplate", 0)
        if i in boiler
        else p
        if p.section == section and p.role == "text" and p.speaker is None and p.body_start == 0
        else make_paragraph(p.n, p.text, None, section)
        for i, p in enumerate(s.doc.paragraphs)
    )
    return dataclasses.replace(s.doc, paragraphs=paras, kind=kind, speakers=(), qa=(), warnings=warnings)


def _end_of_call(s: Scan, labels: dict[int, Label]) -> None:
    """A disclaimer header after the last label ends the call: what follows is furniture."""
    last = max(labels, default=-1)
    ends = [i for i, k in s.header.items() if k == "end" and i > last]
    if ends:
        s.boiler.update(range(min(ends), s.n))


def _transcript(
    s: Scan,
    labels: dict[int, Label],
    affiliations: dict[int, int],
    roster: Roster,
    ann: Announcements,
    reg: Registry,
) -> Document:
    """Turns, sides, sections and pairs of a document known to contain a call."""
    signed_answers(s, labels)
    stamped_answers(s, labels)
    dash_signatures(s, labels)
    named_above(s, labels)
    opening_self_named(s, labels)  # a host's unlabelled welcome: "… I'm Jane Roe, and I cover …"
    heading_names = remarks_heading(s, labels)  # "PREPARED REMARKS OF JANE ROE, …, AND RAJ PATEL, …"
    company = [(e.name, e.role) for e in (*roster.entries, *roster.staff) if e.side == "company" and e.role]
    handed_paragraphs(s, labels, ann, [*(e.name for e in (*roster.entries, *roster.staff)), *heading_names], company)
    firm_only_labels(s, labels, frozenset(ann.analysts) | {e.key for e in roster.entries})  # "Hanbit Securities: …"
    askers_in_moderator_turns(s, labels, ann)
    questions_read_by_host(s, labels, ann)
    _end_of_call(s, labels)
    call_start, titles, has_intro = sections.call_bounds(s, labels, roster)
    order: list[str] = []

    def seen(rid: str) -> str:
        if rid not in order:
            order.append(rid)
        return rid

    sides.from_roster(reg, roster, seen)
    t = build_turns(s, labels, affiliations, roster, titles, call_start, reg, seen)
    sides.from_announcements(reg, ann)
    c = Call(s, t, reg, ann)
    sides.name_org_prefixed(c)
    sides.name_diarized(c)
    if retired := sides.name_operator(c):  # "I will be the conference operator today"
        order[:] = list(dict.fromkeys("operator" if rid in retired else rid for rid in order))
    sides.name_self_introduced(c, seen)
    sides.name_staff_answering(c, seen)
    sides.name_office_answering(c, seen)
    sides.name_introduced(c, seen)
    sides.display_capitals(c)
    sides.name_interview(c)
    sides.from_titled_mention(c)
    sides.host_introduced(c)
    sides.from_asking(c)
    sides.from_thanking(c)
    if sides.expert_call_host(c, seen) is not None or sides.self_introduced_host(c, seen) is not None:
        # the host is the broker's analyst, named
        order[:] = [rid for rid in order if rid != "host"]
    elif sides.officer_host(c, seen) is not None or sides.staff_named_host(c, seen) is not None:
        # the host is a company officer, named in the label or naming herself and her office
        order[:] = [rid for rid in order if rid != "host"]
    sides.analyst_hosts(c)
    qa_start = sections.qa_start(c, call_start)
    sides.outsiders_self_named(c, qa_start)
    sides.from_label_firms(c, qa_start)
    sides.from_answering(c, qa_start)
    sides.from_behaviour(c, qa_start)
    sides.infer(c, qa_start)
    sides.floor_givers(c, qa_start)
    sides.firm_self_introduced(c, qa_start)
    sides.header_host_firm(c)
    sides.from_opening(c, qa_start)
    c.sole_company = c.sole_company_speaker(qa_start)
    found, last_used = pairing.pair_turns(c, qa_start)
    for p in found:  # an anonymous question's asker, named by the host's introduction
        if p.asker is not None:
            seen(p.asker)
            for j in p.question:
                if t.speaker[j] is None or t.speaker[j] in c.shared_numbers:
                    t.speaker[j] = p.asker
    closing = sections.closing_start(c, last_used)
    after_call = t.after_call

    def section(i: int) -> Section | None:
        if i < call_start:
            return "intro" if has_intro and i not in s.boiler else None
        if i >= after_call or i in s.boiler:
            return None
        if i >= closing:
            return "closing"
        return "qa" if i >= qa_start else "prepared"

    doc = s.doc
    paras = tuple(
        make_paragraph(p.n, p.text, t.speaker[i], section(i), t.roles[i], t.body[i])
        for i, p in enumerate(doc.paragraphs)
    )
    num = [p.n for p in doc.paragraphs]
    qa = tuple(
        QAPair(
            asker=p.asker,
            question=tuple(num[j] for j in p.question),
            answers=tuple(Answer(who, tuple(num[j] for j in ps)) for who, ps in p.answers),
            firm=p.firm,
        )
        for p in found
    )
    warnings: tuple[str, ...] = ()
    if qa_start < s.n and not qa and any(k == "qa" for k in s.header.values()):
        warnings = (NO_QUESTIONS,)
    return dataclasses.replace(
        doc,
        paragraphs=paras,
        kind="article+transcript" if has_intro else "transcript",
        speakers=reg.speakers(order, doc.language),
        qa=qa,
        warnings=warnings,
    )
