"""Askers a layout leaves inside the operator's turn: the paragraph right after the operator's
introduction of the next asker opens that asker's turn when the labels do not say so; a question the
host reads out under their own label ("主持人：第一个问题来自网友：请问…？") is a question.

Each rule is a small function in ``RULES``, tried in order on every paragraph that follows an
introduction inside an operator or host turn; the first that gives a label wins.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Sequence

from finbrief.lexicon.people import name_key
from finbrief.lexicon.transcript import fold
from finbrief.structure.announce import MODERATOR_ROLES, Announcements
from finbrief.structure.labels import Label, is_name
from finbrief.structure.scan import Scan

# "Sanchez: Yeah. Hi. This is Sanchez speaking for Keith Weiss": one capitalised word and a colon
# opening the paragraph (the asker's own label, a single name where the others are full names).
ONE_WORD_LABEL_RE = re.compile(r"\s*(?P<who>[A-Z][a-z][\w'’-]{1,30})\s?[:：]\s?(?=\S)")
# A question the operator's turn holds is more than a few words (a Chinese word is a character or two).
MIN_QUESTION_CHARS = 40
MIN_QUESTION_CHARS_CJK = 8
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
QUESTION_MARKS = ("?", "？")

Rule = Callable[[Scan, int, Label], "Label | None"]


def _one_word_label(s: Scan, j: int, host: Label) -> Label | None:
    """``Sanchez: Yeah. Hi. …`` right after ``Operator: Your next question comes from the line of
    Keith Weiss …`` in a call of inline labels: the word before the colon labels the asker."""
    if not host.inline:
        return None
    m = ONE_WORD_LABEL_RE.match(s.texts[j])
    if m is None or len(s.texts[j]) != len(s.simp[j]):
        return None
    who = m.group("who")
    if who.casefold() in s.v.latin_stopwords or any(rx.fullmatch(fold(who)) for rx in s.v.labels.values()):
        return None  # a role or common word ("Operator:", "Answer:", "Analyst:") is no one's name
    return Label(None, who, name_key(who), "strong", True, m.end())


def _asked_in_turn(s: Scan, j: int, host: Label) -> Label | None:
    """The operator's introduction, then the question itself under the operator's label (the
    transcript dropped the asker's label): a paragraph that asks, and neither steers nor closes,
    opens an anonymous question, whose asker the introduction names."""
    text = s.simp[j].strip()
    if len(text) < (MIN_QUESTION_CHARS_CJK if CJK_RE.search(text[:MIN_QUESTION_CHARS]) else MIN_QUESTION_CHARS):
        return None
    v = s.v
    if v.moderation.search(text) or v.closing.search(text):
        return None
    if not (any(q in text for q in QUESTION_MARKS) or v.asks.search(text)):
        return None
    return Label("question", "", "", "strong", True, 0)  # the paragraph is speech, no label line


RULES: tuple[Rule, ...] = (_one_word_label, _asked_in_turn)

SENTENCE_RE = re.compile(r"[^.!?。！？]*(?:[.!?。！？]+|$)\s*")
# A sentence of this many words at most only gives the floor ("Go ahead, Jane.").
FLOOR_WORDS = 4


def _question_after_intro(s: Scan, i: int, name: str) -> int | None:
    """Where the question starts in the operator's paragraph ``i`` that introduces ``name`` and then
    goes on with the asker's words ("… with Example Bank. Please go ahead. Hi, thanks. How …?"): the
    first sentence after the introduction that neither gives the floor nor is a few words, when what
    follows asks. None when the paragraph ends with the introduction."""
    text = s.texts[i]
    at = text.rfind(name)
    if at < 0 or len(text) != len(s.simp[i]):
        return None
    v = s.v
    pos = at + len(name)
    start: int | None = None
    for m in SENTENCE_RE.finditer(text, pos):
        sentence = m.group().strip()
        if not sentence:
            break
        if m.start() == pos or v.moderation.search(sentence) or len(sentence.split()) <= FLOOR_WORDS:
            continue  # the rest of the introduction's sentence, the floor given
        start = m.start()
        break
    if start is None:
        return None
    tail = text[start:].strip()
    if len(tail) < MIN_QUESTION_CHARS or v.moderation.search(tail) or v.closing.search(tail):
        return None
    if not (any(q in tail for q in QUESTION_MARKS) or v.asks.search(tail)):
        return None
    return start


def askers_in_moderator_turns(s: Scan, labels: dict[int, Label], ann: Announcements) -> None:
    """Label the paragraph after an introduction that the operator's (or host's) label still
    covers, when a rule of ``RULES`` reads it as the asker's."""
    order = sorted(labels)
    for i in sorted(ann.intros):
        k = bisect.bisect_right(order, i) - 1
        if k >= 0 and labels[order[k]].role in MODERATOR_ROLES and i not in s.rendering:
            start = _question_after_intro(s, i, ann.intros[i].name)
            if start is not None:  # the introduction and the question in one paragraph: the asker's
                labels[i] = Label("question", "", "", "strong", True, start)
                continue
        j = i + 1
        if j >= s.n or j in labels or j in s.header or j in s.boiler or j in s.rendering or j in ann.intros:
            continue
        k = bisect.bisect_right(order, i) - 1
        if k < 0 or labels[order[k]].role not in MODERATOR_ROLES:
            continue
        host = labels[order[k]]
        for rule in RULES:
            lab = rule(s, j, host)
            if lab is not None:
                labels[j] = lab
                break


def _hosts(labels: dict[int, Label], ann: Announcements) -> set[str]:
    """Keys of the people whose own turns introduce askers ("The first question comes from Emmanuel
    Rosner at Wolfe Research."): IR running the Q&A under their name instead of an operator."""
    order = sorted(labels)
    keys: set[str] = set()
    for i in ann.intros:
        k = bisect.bisect_right(order, i) - 1
        if k >= 0 and labels[order[k]].role is None and labels[order[k]].key:
            keys.add(labels[order[k]].key)
    return keys


def questions_read_by_host(s: Scan, labels: dict[int, Label], ann: Announcements) -> None:
    """``主持人：第一个问题来自网友：请问公司分红比例是多少？`` (or IR hosting the call under their name:
    ``Travis Axelrod: … The first question is, can you …?``) then a company speaker's turn: the host
    reads out a question investors sent in; the paragraph is that anonymous question (its speech
    starts at the question's words), answered by the speaker after it. Someone who does not host
    relays the same way when the paragraph names the channel the question came by ("The next
    question is from the webcast, …", "下一个问题来自网络，…")."""
    order = sorted(labels)
    hosts = _hosts(labels, ann)
    for k, i in enumerate(order):
        lab = labels[i]
        hosting = lab.role in MODERATOR_ROLES or (lab.role is None and lab.key in hosts)
        if not hosting and lab.role is not None:
            continue
        if k + 1 == len(order):
            if hosting and lab.role is None and not lab.inline:
                _answered_by_host(s, labels, ann, i, lab)
            continue
        if labels[order[k + 1]].role is None and labels[order[k + 1]].key == lab.key:
            continue
        if labels[order[k + 1]].role is not None:
            continue  # a named person answers next, not another mark or the host again
        if not lab.inline:  # a label line: the question closes the host's speech under it …
            last = order[k + 1] - 1
            if last <= i or last in s.header or last in s.boiler:
                continue
            if last - 1 > i and _hands_on(s.texts[last]) and last - 1 in ann.intros:
                last -= 1  # … or comes before a short hand-over ("Teresa, would you take that?")
            i, body = last, 0
        else:
            body = lab.body_start
        if not hosting and s.v.relay_channel.search(s.simp[i][body:]) is None:
            continue  # (anyone else relays only a question sent in by a channel they name)
        _read_question(s, labels, ann, i, body)


def _read_question(s: Scan, labels: dict[int, Label], ann: Announcements, i: int, body: int) -> bool:
    """Label paragraph ``i`` a question when its speech from ``body`` reads one out."""
    speech = s.simp[i][body:]
    m = s.v.read_question.search(speech)
    if m is None:
        return False
    question = speech[m.end() :].strip()
    if len(question) < MIN_QUESTION_CHARS_CJK or not _asks(question):
        return False
    at = body + m.end()
    at += len(s.simp[i][at:]) - len(s.simp[i][at:].lstrip())
    labels[i] = Label("question", "", "", "strong", True, at if len(s.texts[i]) == len(s.simp[i]) else 0)
    if i not in ann.intros:
        ann.anonymous.add(i)
    return True


# The words an unlabelled paragraph opens with when the person just handed the call starts to speak
# ("Thank you, operator, and good morning.", "Thanks, Dana.").
HANDED_OPENING_RE = re.compile(r"\s*(?:thank\s+you|thanks|good\s+(?:morning|afternoon|evening|day)|hello|hi)\b", re.IGNORECASE)
# The hand-over closes its paragraph: the name comes within this many characters of its end ("… to our
# CFO, Jane Roe. Please go ahead.").
HANDOVER_TAIL_CHARS = 40


# ... or to a first name the text gives in full elsewhere, the paragraph's last words ("I'll now turn the
# call over to Stefan.", "Yuki?").
FIRST_NAME_HANDOVER_RE = re.compile(
    r"(?:(?:over|back)\s+to|(?<=[.!?]\s)|^)\s*(?P<first>[A-Z][a-z'’-]+)\s*(?:[.!]|(?<![.!])\?)\s*$"
)


# A question passed on to a colleague as the paragraph ends ("I'll let Mei take that one.", "Let me ask Jane to
# answer that."): the colleague's answer follows, whatever its first words ("Sure, Sofia. …").
PASS_ON_RE = re.compile(
    r"\b(?i:let|ask|have)\s+(?P<who>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s+(?i:to\s+)?"
    r"(?i:take|answer|handle|address|field|cover)\s+(?i:that|this|it)(?:\s+(?i:one|question|part))?\s*[.!]?\s*$"
)


def _passed_to(s: Scan, i: int, firsts: dict[str, str | None], fulls: set[str]) -> str | None:
    """The colleague paragraph ``i`` ends passing the question to (``PASS_ON_RE``), by a full name the text
    gives or a first name only one such name has."""
    text = s.texts[i].rstrip()
    if not any(w in text[-HANDOVER_TAIL_CHARS * 2 :] for w in (" take ", " answer ", " handle ", " address ", " field ", " cover ")):
        return None  # (the cheap test first: most paragraphs pass nothing on)
    m = PASS_ON_RE.search(text)
    if m is None:
        return None
    who = m["who"]
    return who if who in fulls else firsts.get(who)


# ... or to a first name the speaker asks to go on ("I will now request Neha to take you through the
# financials."), as Indian calls pass the word.
FIRST_NAME_INVITE_RE = re.compile(
    r"\b(?:request|ask|invite|call\s+upon)\s+(?P<first>[A-Z][a-z'’-]+)\s+to\s+(?:take|walk|present|give|run|share|brief)\b[^.!?]{0,60}[.!]\s*$"
)
# The courtesy that closes an Indian call's hand-over after the name ("… for his opening remarks. Over to you,
# sir."): no words of the speech.
OVER_TO_YOU_RE = re.compile(r"\s*(?:thank\s+you\s+and\s+)?over\s+to\s+you(?:,?\s+(?:sir|ma['’]am|madam))?\s*[.!]?\s*$", re.IGNORECASE)


def _handed_to(s: Scan, ann: Announcements, i: int, firsts: dict[str, str | None]) -> str | None:
    """The full name paragraph ``i`` ends handing the call to, if it does."""
    text = s.texts[i].rstrip()
    if text.endswith(("sir.", "am.", "you.", "sir", "you")) and (over := OVER_TO_YOU_RE.search(text)) is not None:
        text = text[: over.start()].rstrip()
    name = ann.hands.get(i)
    if name is not None and len(name.split()) >= 2:
        at = text.rfind(name)
        return name if at >= 0 and len(text) - (at + len(name)) <= HANDOVER_TAIL_CHARS else None
    m = FIRST_NAME_HANDOVER_RE.search(text[-HANDOVER_TAIL_CHARS:])
    if m is None and " to " in text[-HANDOVER_TAIL_CHARS * 2 :]:
        m = FIRST_NAME_INVITE_RE.search(text[-HANDOVER_TAIL_CHARS * 2 :])
        return firsts.get(m.group("first")) if m is not None else None
    if m is None or (m.group().rstrip().endswith(".") and "to" not in m.group()):
        return None  # (a first name alone ends a hand-over only as a question: "Yuki?")
    return firsts.get(m.group("first"))


# A heading naming whose remarks follow it ("PREPARED REMARKS OF JANE ROE, CHIEF EXECUTIVE OFFICER, AND RAJ
# PATEL, CHIEF FINANCIAL OFFICER", "Remarks by Jane Roe and Raj Patel"): a published script's unlabelled
# remarks, in the order the heading names their speakers.
REMARKS_HEADING_RE = re.compile(
    r"\s*(?:prepared\s+)?(?:remarks|comments|statements?)\s+(?:of|by)\s+(?P<who>[^.!?:]{4,200}?)\s*", re.IGNORECASE
)
NAME_LIST_SPLIT_RE = re.compile(r"\s*(?:[,;&]|\band\b)\s*", re.IGNORECASE)


def remarks_heading(s: Scan, labels: dict[int, Label]) -> list[str]:
    """The people a heading before any label names as giving the remarks under it; the paragraph right
    after the heading, unlabelled, is the first one's (the next are passed on by hand-overs)."""
    first_label = min(labels, default=s.n)
    for i in range(first_label):
        m = REMARKS_HEADING_RE.fullmatch(s.texts[i])
        if m is None:
            continue
        parts = (p.title() if p.isupper() else p for p in NAME_LIST_SPLIT_RE.split(m["who"]))
        names = [p for p in parts if p and is_name(p, s.v)]
        j = i + 1
        if names and j < first_label and j not in s.header and j not in s.boiler:
            labels[j] = Label(None, names[0], name_key(names[0]), "strong", True, 0)
        return names
    return []


# Someone naming themselves in the opening words of a welcome ("Good morning. I'm Jane Roe, and I cover …").
SELF_NAMED_RE = re.compile(
    r"(?:^|(?<=[.!?,]\s))(?i:I'm|I’m|I\s+am|my\s+name\s+is)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)


def opening_self_named(s: Scan, labels: dict[int, Label]) -> None:
    """An unlabelled welcome above the first label whose speaker names themselves, a person labelled
    later in the call (a conference host's words before the presenters' labels): that person's."""
    first_label = min(labels, default=s.n)
    keys = {lab.key for lab in labels.values() if lab.role is None and lab.key}
    for i in range(first_label):
        if i in s.header or i in s.boiler:
            continue
        m = SELF_NAMED_RE.search(s.texts[i])
        if m is not None and name_key(m["name"]) in keys:
            labels[i] = Label(None, m["name"], name_key(m["name"]), "strong", True, 0)
            return


# A speaker naming themselves again as they take the call back ("This is Jane again.", "It's Raj again"):
# the person of that first name.
SELF_AGAIN_RE = re.compile(r"\s*(?i:(?:hi|hello|ok(?:ay)?|so)\s*,?\s+)?(?i:this\s+is|it's|it’s)\s+(?P<first>[A-Z][a-z'’-]+)\s+again\b")


def _first_names(fulls: set[str]) -> dict[str, str | None]:
    """First name -> the one full name it opens (None when two do)."""
    out: dict[str, str | None] = {}
    for full in sorted(fulls):
        first = full.split()[0]
        out[first] = full if first not in out else None
    return out


# A hand-over to a colleague by office alone as the paragraph's last sentence: "… I will now hand over to our
# Chief Executive Officer.", "Our Chief Financial Officer will now take you through the numbers."
OFFICE_WORDS = r"(?P<office>[A-Z][A-Za-z]+(?:\s+(?:of|and|&|[A-Z][A-Za-z]+)){0,5})"
OFFICE_HANDOVER_RES = (
    re.compile(r"\b(?:over|back)\s+to\s+our\s+" + OFFICE_WORDS + r"\s*[.!]?\s*$"),
    re.compile(
        r"(?:^|[.!?]\s+)Our\s+" + OFFICE_WORDS
        + r"\s+will\s+(?:now\s+)?(?:take|walk|run|go|talk)\s+(?:you\s+|us\s+)?(?:through|over)\b[^.!?]*[.!]\s*$"
    ),
)
OFFICE_SHORT = {"ceo": "chief executive", "cfo": "chief financial officer", "coo": "chief operating officer", "cto": "chief technology officer"}


def _office_key(office: str) -> str:
    """An office's words to compare by: "CFO" and "Chief Financial Officer" alike, "Chief Executive
    Officer" and "Chief Executive" alike."""
    key = " ".join(office.casefold().split())
    key = OFFICE_SHORT.get(key, key)
    return key.removesuffix(" officer") if key.startswith("chief executive") else key


def _office_holder(s: Scan, i: int, offices: Sequence[tuple[str, str]]) -> str | None:
    """The one person (name, title) ``offices`` gives the office paragraph ``i`` ends handing over to;
    nobody when the office is no office, or no one or several hold it."""
    text = s.texts[i].rstrip()
    if " our " not in text[-HANDOVER_TAIL_CHARS * 3 :] and "Our " not in text[-HANDOVER_TAIL_CHARS * 3 :]:
        return None  # (the cheap test first)
    for rx in OFFICE_HANDOVER_RES:
        m = rx.search(text)
        if m is None:
            continue
        office = m["office"]
        if not (s.v.office_label.fullmatch(office) or office.casefold() in OFFICE_SHORT):
            return None
        key = _office_key(office)
        pool = offices or _introduced_offices("\n".join(s.texts[: i + 1]))
        holders = {name for name, title in pool if key in _office_key(title) or key in _expanded(title)}
        return holders.pop() if len(holders) == 1 else None
    return None


# Without a roster, the opening's "Jane Roe, our Chief Financial Officer" gives the office's holder.
INTRODUCED_OFFICE_RE = re.compile(
    r"\b(?P<name>[A-Z][a-z'’-]+(?: [A-Z]\.)? [A-Z][a-z'’-]+), +our +(?P<title>[A-Z][A-Za-z]+(?: +(?:of|and|&|[A-Z][A-Za-z]+)){0,5})"
)


def _introduced_offices(text: str) -> list[tuple[str, str]]:
    """(name, title) pairs an opening introduces ("… are Jane Roe, our Chief Financial Officer, and …")."""
    return [(m["name"], m["title"]) for m in INTRODUCED_OFFICE_RE.finditer(text)]


def _expanded(title: str) -> str:
    """A title with its office initials written out ("EVP and CFO" holds the chief financial officer)."""
    return " ".join(OFFICE_SHORT.get(w, w) for w in title.casefold().replace(",", " ").split())


def handed_paragraphs(
    s: Scan,
    labels: dict[int, Label],
    ann: Announcements,
    names: Sequence[str] = (),
    offices: Sequence[tuple[str, str]] = (),
) -> None:
    """A paragraph that ends handing the call to someone ("I'll now turn the call over to our CFO, Jane
    Roe.", or by first name when ``names`` gives one person that first name: "… over to Jane.", "Jane?"),
    then a paragraph with no label that opens with thanks or a greeting: that person speaks from there (a
    company's published script labels only the operator and the Q&A); a hand-over by office alone ("… to
    our Chief Executive Officer.") is to the one person of that title in ``offices`` (name, title)."""
    firsts: dict[str, str | None] = {}
    labelled = (lab.who for lab in labels.values() if lab.role is None and lab.who)
    fulls = {n for n in (*(n.strip() for n in names), *labelled, *ann.hands.values()) if len(n.split()) >= 2}
    for full in dict.fromkeys(n.strip() for n in names):
        if len(full.split()) >= 2:
            first = full.split()[0]
            firsts[first] = full if first not in firsts else None
    current: str | None = None
    for i in range(s.n - 1):
        if i in labels:
            current = labels[i].key
        j = i + 1
        shared = labels.get(j)
        if shared is not None and shared.role == "company_representative":
            _shared_handed(s, labels, ann, i, j, firsts, current)  # "Management: Thank you, Pooja. …"
            continue
        if current is None or j in labels or j in s.header or j in s.boiler:
            continue
        again = SELF_AGAIN_RE.match(s.texts[j])
        if again is not None and (name := firsts.get(again["first"])) is not None and name_key(name) != current:
            labels[j] = Label(None, name, name_key(name), "strong", True, 0)
            continue
        passed = _passed_to(s, i, _first_names(fulls), fulls)
        if passed is not None and name_key(passed) != current:
            labels[j] = Label(None, passed, name_key(passed), "strong", True, 0)
            continue
        if not HANDED_OPENING_RE.match(s.texts[j]):
            continue
        name = _handed_to(s, ann, i, firsts)
        if name is None:
            name = _office_holder(s, i, offices)  # "… over to our Chief Executive Officer."
        if name is None or name_key(name) == current:
            continue  # no hand-over, or the person handed to already speaking
        labels[j] = Label(None, name, name_key(name), "strong", True, 0)


def _shared_handed(
    s: Scan, labels: dict[int, Label], ann: Announcements, i: int, j: int, firsts: dict[str, str | None], current: str | None
) -> None:
    """A turn under the label every company speaker shares (``Management:``) that opens with thanks after a
    hand-over by name: the person handed to speaks it."""
    lab = labels[j]
    if not HANDED_OPENING_RE.match(s.texts[j], lab.body_start):
        return
    name = _handed_to(s, ann, i, firsts)
    if name is not None and name_key(name) != current:
        labels[j] = Label(None, name, name_key(name), "strong", lab.inline, lab.body_start)


# A short hand-over after a question read out: a few words ending in a question mark ("Daniel?",
# "Teresa, would you take that?").
MAX_HANDOVER_WORDS = 7


def _hands_on(text: str) -> bool:
    """A few words asking a colleague to take the question just read."""
    t = text.strip()
    return t.endswith("?") and len(t.split()) <= MAX_HANDOVER_WORDS


def _answered_by_host(s: Scan, labels: dict[int, Label], ann: Announcements, i: int, lab: Label) -> None:
    """A host under a label line, the last speaker, reads out an announced question and goes on to
    answer it himself ("One more question from Jane Roe: \"…?\"", then "I will answer this one
    myself. …"): the question is the asker's, the paragraphs after it the host's."""
    for j in range(i + 1, s.n - 1):
        if j not in ann.intros or j in s.header or j in s.boiler:
            continue
        nxt = j + 1
        if nxt in labels or nxt in s.header or nxt in s.boiler or s.v.closing.search(s.simp[nxt]):
            continue
        if _read_question(s, labels, ann, j, 0):
            labels[nxt] = dataclasses.replace(lab, inline=True, body_start=0)


# A question reported rather than quoted ("… asks whether the company will …") opens with one of these.
REPORTED_RE = re.compile(r"(?:whether|if|how|what|why|when|where|which)\b")
QUOTES = "\"“”'’ "


# The host handing a question read out to whoever answers it, after its question mark: "…是多少？请董秘回答。"
HANDED_AFTER_RE = re.compile(r"(?<=[？?])\s*(?:下面|接下来)?有?请[\u4e00-\u9fff]{1,12}?(?:回答|解答|回复|回应)(?:一下)?[。！!]?\s*$")

# Who sent a question, said after it ("… in the guidance? That's from Jane Roe at Example Bank.").
SENDER_AFTER_RE = re.compile(
    r"(?<=[?？])\s+(?:that(?:'s|’s|\s+is|\s+one\s+(?:is|comes|came)|\s+comes|\s+came)|this\s+one\s+(?:is|comes|came)|it\s+(?:comes|came))"
    r"\s+from\s+[^.?!]{2,80}[.!]?\s*$",
    re.IGNORECASE,
)


def _asks(question: str) -> bool:
    """A question read out: it ends with a question mark (inside its quotation marks), perhaps before a
    hand-over to who answers it or who sent it, or reports one."""
    question = SENDER_AFTER_RE.sub("", HANDED_AFTER_RE.sub("", question))
    return question.rstrip().rstrip(QUOTES).endswith(QUESTION_MARKS) or REPORTED_RE.match(question) is not None


# An asker labelled by their firm alone at a paragraph's start ("Hanbit Securities: …"), as Korean and Japanese
# companies' English transcripts print them: capitalised words, a colon, the question.
FIRM_ONLY_LABEL_RE = re.compile(r"\s*(?P<firm>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and)){1,5})\s*:\s+(?=\S)")
FIRM_ONLY_LABEL_CHARS = 60


def firm_only_labels(s: Scan, labels: dict[int, Label], known: frozenset[str]) -> None:
    """A paragraph right in the operator's or host's turn that opens with a broker's or research house's
    name alone and a colon is a question from that firm (its asker the one the operator introduced, if
    any); never a known person's name before a firm ("Amy Lin Northgate Capital:")."""
    role: str | None = None
    for i in range(s.n):
        lab = labels.get(i)
        if lab is not None:
            role = lab.role
            continue
        text = s.texts[i]
        if role not in ("operator", "host") or ":" not in text[:FIRM_ONLY_LABEL_CHARS]:
            continue  # (the cheap test first)
        m = FIRM_ONLY_LABEL_RE.match(text)
        if m is None or not s.v.broker_name.search(fold(m["firm"])) or re.search(r"(?:^|\s)[A-Z]\.(?:\s|$)", m["firm"]):
            continue
        words = m["firm"].split()
        if any(name_key(" ".join(words[:k])) in known for k in range(1, len(words) + 1)):
            continue
        labels[i] = Label("question", m["firm"], fold(m["firm"]), "strong", True, m.end(), firm=m["firm"])
        role = "question"
