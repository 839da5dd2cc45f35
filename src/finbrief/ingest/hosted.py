"""A label-free call's host introductions cut out of the running speech around them.

A call transcribed without speaker labels (a machine transcription, hard-wrapped) runs the host's
words into the speech before and after them ("... before pressing the star keys. Our first
question comes from Jane Roe with Example Bank. Please go ahead. Thanks. I wanted to ask ...
Thanks, Jane. So on pricing ..."); later stages read an introduction, a question and an answer
only from a paragraph's start. In a text without speaker labels, a paragraph is cut

- before a sentence that introduces the next asker (a row of ``INTRO_RES``, near its start);
- after that sentence and the host's closing words right after it ("Please go ahead.", "Your line
  is open."), where the asker starts;
- before the first later sentence (past the asker's first) that thanks or greets the introduced
  asker by first name ("Thanks, Jane.", "Yeah, Jane, good question."), before the next
  introduction: the answer starting.

Pieces are exact substrings of the paragraph, in order. Only paragraphs holding a ``question`` or
``go to`` are read for introductions; a text with labels (``Operator:``, ``Jane Roe:``, a name alone
on a line, twice at least) is never touched: its turns already start paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from finbrief.text.regex import Keys, Sifted, anchored
from finbrief.text.sentences import split_sentences

# A speaker label at a paragraph's start ("Operator:", "**Operator**", "Operator (Operator)", "Jane
# Roe:", "Jane Roe (Analysts):") or a name alone on a short line: a text with MAX_LABELS of these has
# labels. "Operator, next question please." is speech.
LABEL_START_RE = re.compile(
    r"[*_#\s]*(?:Operator\b[*_]*\s*(?:[:：(\[–—-]|$)"
    r"|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}[*_]*\s*(?:\([^()]{1,40}\)\s*)?[:：])"
)
NAME_LINE_RE = re.compile(r"[*_#\s]*[A-Z][a-z][\w'’-]+(?: (?:[A-Z]\.|[A-Z][a-z][\w'’-]+)){1,3}[*_\s]*")
NAME_LINE_CHARS = 60
MAX_LABELS = 2
# A labelled text shows its labels within its first paragraphs: those are read for them before the
# whole text is searched for the host's keys; the rest only when an introduction was found (the
# speech of an unlabelled call, most of its text, is not read for labels twice).
LABEL_LOOK_AHEAD = 20
# A host introducing the next asker: (a table of shapes) the asker's name starts at ``name``. Each is
# tried only in a text holding a word it needs, behind a lookahead for its first letters (the same
# matches: most paragraphs of a call hold an announcement word but no introduction).
_NAME = r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]*){0,3})"
_INTRO_PATTERNS = (
    # "Our next question comes from the line of Jane Roe with ...", "take a first question from ..."
    re.compile(
        r"\b(?:(?:our|the|your|a)\s+(?:first|next|last|final|following)\s+question|questions?)\s+"
        r"(?:(?:comes|is coming|will be coming|is|will come|will be|come)\s+)?from\s+(?:the\s+line\s+of\s+)?"
        + _NAME,
        re.IGNORECASE,
    ),
    # "We have another follow-up from Jane Roe with ..."
    re.compile(r"\bfollow[- ]?up(?:\s+question)?\s+(?:(?:comes|is)\s+)?from\s+(?:the\s+line\s+of\s+)?" + _NAME, re.IGNORECASE),
    # "We'll go next to Jane Roe with ...", "Now go to Jane Roe of ...", "We now turn to Jane Roe with ..."
    re.compile(
        r"\b(?:go|going|move|moving|turn|turning)\s+(?:now\s+|next\s+|first\s+)?(?:over\s+)?to\s+(?:the\s+line\s+of\s+)?" + _NAME
        + r"(?=\s*(?:,|with\b|of\b|from\b|at\b))",
        re.IGNORECASE,
    ),
)
INTRO_RES = tuple(Sifted(anchored(rx)) for rx in _INTRO_PATTERNS)
# The introduction opens its sentence: within this many characters of the sentence start ("And
# our first question ...", "Thank you. We'll go next to ..." split as two sentences).
MAX_INTRO_LEAD = 40
# An introduction is one short sentence.
MAX_INTRO_CHARS = 240
# The host's closing words after an introduction: the asker speaks next.
CLOSER_RE = re.compile(
    r"(?:please\s+)?(?:go\s+ahead|proceed)(?:\s+with\s+your\s+question)?|your\s+line\s+is\s+(?:now\s+)?(?:open|live)"
    r"|you\s+may\s+(?:now\s+)?(?:proceed|begin|ask\s+your\s+question)",
    re.IGNORECASE,
)
MAX_CLOSER_CHARS = 60
# Words before a first name in a reply: thanks or a greeting ("Thanks, Jane.", "Yeah, Jane.").
_REPLY_LEAD = r"(?:(?:thanks|thank\s+you|yeah|yes|no|sure|hi|hey|hello|great|okay|ok|well|so)(?:\s+(?:so\s+much|very\s+much))?[,.!]?\s+)+"
# A first name this short is not read ("I meet the Yani": "I").
MIN_FIRST_NAME = 2
KEY_WORDS = ("question", "go to", "go next", "turn to", "follow")
# The same, found in the text as written (no case folding needed: "Question", "question"), and the
# words of a hand-over in the prepared remarks.
RAW_KEYS = ("uestion", "go to ", "go next", "turn to ", "ollow-up from", "ollow up from", "over to ", "back to ", " to you", "call to ", "floor to ", "ntroduce")
# The asker closing a question with thanks ("Thank you.", "Thanks, guys."), after a question mark.
THANKS_END_RE = re.compile(
    r"(?:(?:great|okay|ok|so|then|yeah)[,.]?\s+)?(?:thanks|thank\s+you)(?:\s+(?:so\s+much|very\s+much|again))?"
    r"(?:,?\s+(?:guys|all|everyone|both|both\s+of\s+you))?[.!]?",
    re.IGNORECASE,
)
# An answer's first word after a question ("...? Sure. Let me clarify.", "...? Yeah, we expect ..."):
# once the asker has asked with a question mark, a sentence opening so answers.
ANSWER_OPEN_RE = re.compile(r"(?:sure|yes|yeah|well|absolutely|certainly|(?:a\s+)?(?:good|great)\s+question)\b[,.!]", re.IGNORECASE)
# ... and a sentence of that word alone answers even a question asked without a question mark
# ("Just curious how much of that's on MitraClip recovery. Sure. Obviously, ...").
ANSWER_ALONE_RE = re.compile(r"(?:sure|absolutely|certainly|(?:a\s+)?(?:good|great)\s+question)[.!]", re.IGNORECASE)
# An acknowledgement opening a follow-up ("Okay.", "Thank you, Tim.", "Got it."): one short sentence
# among the next FOLLOW_UP_WINDOW of which one announces the follow-up.
ACK_RE = re.compile(
    r"(?:(?:all\s+right|alright)[,.]?\s+)?"
    r"(?:okay|ok|great|got\s+it|perfect|understood|thank\s+you|thanks|(?:that's\s+)?(?:very\s+|super\s+|really\s+)?helpful|awesome"
    r"|appreciate\s+(?:it|that))(?:,?\s+[A-Z][a-z]+)?[.!]?",
    re.IGNORECASE,
)
FOLLOW_UP_RE = re.compile(
    r"\b(?:i\s+have|i've\s+got|just|one|a|my|quick|last|final)\s+(?:one\s+|a\s+|quick\s+|last\s+|final\s+)?"
    r"follow[- ]?ups?\b|\bfollow[- ]?up\s+(?:question|on\s+(?:that|this))\b"
    r"|\bone\s+more\s+(?:for|from)\s+me\b|\b(?:my|one|a)\s+(?:second|last|final)\s+question\b",
    re.IGNORECASE,
)
FOLLOW_UP_WINDOW = 2
# ... or the sentence right after the acknowledgement moves on to another subject ("That's super
# helpful. And then on your sensor business, ...", "All right, thanks. And separately, Robert, ...").
MOVES_ON_RE = re.compile(r"(?:and\s+)?(?:then|separately|secondly|lastly|finally)\b(?:\s+on\b)?[,\s]", re.IGNORECASE)


# A speaker handing the call on in the prepared remarks ("I'll now turn the call over to Juan.", "I'll
# pass the call to Brian.", "Ismael, over to you.", "I'd like to introduce your host, Jane Roe,
# Investor Relations.", "Operator, please open the line for questions."): when the next sentence opens on
# thanks or a greeting ("Thank you, Megan.", "Good afternoon and welcome"), past the host's cue ("Please
# go ahead.", "Sir, the floor is yours."), someone else speaks from it.
HANDOVER_RE = re.compile(
    r"\b(?:(?:turn|hand|pass|give)(?:ing)?\s+(?:(?:over|back)\s+)?(?:(?:the\s+)?(?:call|conference|floor|line|presentation"
    r"|webcast|mic(?:rophone)?)\s+|it\s+|things\s+)?(?:back\s+)?(?:over\s+)?to\b|\bover\s+to\s+you\b"
    r"|\bintroduce\b|\boperator,?\s+(?:please\s+|can\s+you\s+|could\s+you\s+|would\s+you\s+)?(?:now\s+)?open\b"
    r"|\bopen\s+the\s+(?:call|line|lines|floor)\s+(?:up\s+)?(?:for|to)\s+questions)",
    re.IGNORECASE,
)
# The host's cue after a hand-over, besides ``CLOSER_RE``: "Ms. Roe, you may begin.", "Sir, the floor is yours."
CUE_RE = re.compile(
    r"(?:(?:(?:mr|ms|mrs|dr)\.?\s+[A-Z][\w'’-]+|sir|ma'am|madam),?\s+)?(?:you\s+may\s+(?:now\s+)?(?:begin|proceed)"
    r"|the\s+floor\s+is\s+yours|please\s+(?:go\s+ahead|proceed|begin))",
    re.IGNORECASE,
)
# What the next speaker opens on: thanks or a greeting, perhaps after their name as a bare label
# ("Vincent Roche Thanks very much, Mike").
OPENER_RE = re.compile(
    r"(?:[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\s+(?=[A-Z]))?(?:(?:all\s+right|alright|okay|ok|well|great|and|yes)[,.]?\s+)?"
    r"(?:(?:thank\s+you|thanks)(?:\s+(?:very|so)\s+much)?(?:\s*[,.!]|\s+and\b)|good\s+(?:morning|afternoon|evening|day)\b"
    r"|hello\b|hi\b|welcome\b)",
    re.IGNORECASE,
)
# A hand-over still to come is none ("Before I turn it over to Brian, ...", "... over to Jane in a moment.").
NOT_YET_RE = re.compile(r"\b(?:before|in\s+a\s+(?:moment|minute|few\s+minutes)|shortly|later|after\s+(?:that|which|I|we))\b", re.I)


def hands_over(sentence: str) -> bool:
    """``sentence`` hands the call on now."""
    return HANDOVER_RE.search(sentence) is not None and NOT_YET_RE.search(sentence) is None


def is_cue(sentence: str) -> bool:
    """A host's short cue after a hand-over or an introduction ("Please go ahead.")."""
    t = sentence.strip().rstrip(".!")
    return len(t) <= MAX_CLOSER_CHARS and bool(CLOSER_RE.fullmatch(t) or CUE_RE.fullmatch(t))


def opens_turn(sentence: str) -> bool:
    """``sentence`` opens a new speaker's words after a hand-over (thanks, a greeting)."""
    return OPENER_RE.match(sentence.lstrip()) is not None


def _handover_end(text: str, spans: list[tuple[int, int]], k: int) -> int | None:
    """Where the next speaker starts when sentence ``k`` hands the call on and the next words
    (past the host's cues) open on thanks or a greeting; else None."""
    a, b = spans[k]
    if not hands_over(text[a:b]):
        return None
    j = k + 1
    while j < len(spans) and is_cue(text[spans[j][0] : spans[j][1]]):
        j += 1
    if j < len(spans) and opens_turn(text[spans[j][0] : spans[j][1]]):
        return spans[j][0]
    return None


def _intro(sentence: str) -> str | None:
    """The first name of the asker a host introduces in ``sentence``, or None."""
    if len(sentence) > MAX_INTRO_CHARS:
        return None
    for rx in INTRO_RES:
        m = rx.search(sentence)
        if m and m.start() <= MAX_INTRO_LEAD:
            first = m.group("name").split()[0].rstrip(".,'’")
            return first if len(first) >= MIN_FIRST_NAME else None
    return None


REPLY_RE = re.compile(rf"{_REPLY_LEAD}(?P<who>[A-Z][a-z'’-]+)\b[,.!]?", re.IGNORECASE)
# A first name the transcription wrote another way (a short form, one letter off) has at least this
# many letters, and one letter off keeps the first ones.
SAME_LEAD = 3


# Short forms that are no prefix of the name ("Rich" is one of Richard's; "Joe" is none of Joseph's).
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "michael": ("mike",), "robert": ("bob", "bobby"), "william": ("bill", "will", "billy"), "joseph": ("joe",),
    "james": ("jim", "jimmy"), "thomas": ("tom",), "richard": ("rick", "dick"), "john": ("jack",),
    "edward": ("ed", "ted"), "charles": ("chuck", "charlie"), "anthony": ("tony",), "andrew": ("andy", "drew"),
    "lawrence": ("larry",), "elizabeth": ("liz", "beth"), "margaret": ("meg", "maggie"), "katherine": ("kate",),
    "catherine": ("kate", "cathy"), "stephen": ("steve",), "steven": ("steve",), "jeffrey": ("jeff",),
    "gregory": ("greg",), "nicholas": ("nick",), "peter": ("pete",),
}


def same_first_name(said: str, first: str) -> bool:
    """``said`` is the introduced ``first`` name as the reply wrote it: the same, a short form of it
    or it of the short form ("Rich" for Richard, "Joe" for Joseph), or one letter off ("Tory" for
    Tori)."""
    a, b = said.casefold(), first.casefold()
    if a == b or a in SHORT_FORMS.get(b, ()) or b in SHORT_FORMS.get(a, ()):
        return True
    if min(len(a), len(b)) < SAME_LEAD:
        return False
    if a.startswith(b) or b.startswith(a):
        return True
    return len(a) == len(b) and a[:SAME_LEAD] == b[:SAME_LEAD] and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def replies_to(sentence: str, first: str) -> bool:
    """``sentence`` thanks or greets the introduced asker by first name ("Yeah, thanks, Tory.")."""
    m = REPLY_RE.match(sentence)
    return m is not None and same_first_name(m["who"], first)


# A transcription without punctuation runs everyone's words into one "sentence" hundreds of
# characters long; in such a run, the host's cues and a reply to the asker start pieces of their own:
# the next introduction, the open line (a piece by itself), thanks or a greeting before a capitalised
# name ("... in the plan for next year hi Raj we plan to open ...").
RUN_CUE_RE = re.compile(
    r"\b(?:(?:our|your|the)\s+(?:first|next|last|final|following)\s+question\b"
    r"|(?P<closer>your\s+line\s+is\s+(?:now\s+)?(?:open|live)\b|please\s+(?:go\s+ahead|proceed)\b)"
    r"|(?:(?:hi|hey|yeah|yes|sure|okay)\s+)?(?:thanks|thank\s+you|hi|hey|yeah|sure)\s+(?=(?-i:[A-Z][a-z'’-]+)\b)"
    r"|(?P<ender>\b(?:thanks|thank\s+you)\b(?!\s+(?:for|so|very|again|to|a\s+lot)\b)))",
    re.IGNORECASE,
)
# ... an introduction there ends with the asker's firm, the asker's words running on in lower case.
INTRO_RUN_RE = re.compile(
    r"(?i:(?:our|the|your)\s+(?:first|next|last|final|following)\s+question\s+(?:(?:comes|is|will\s+come|will\s+be)\s+)?"
    r"from\s+(?:the\s+line\s+of\s+)?)[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?i:with|of|from|at)\s+"
    r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and|de))*"
)
# ... and thanks that end what someone says ("... what kind of horizon thank you well the economics
# ...") end a piece after them, unless they open the run (an asker's "yeah hey thanks first ...") or
# close it.
RUN_THANKS_END_RE = re.compile(r"\b(?:thanks|thank\s+you)\s*$", re.IGNORECASE)
MIN_ENDER_LEAD = 80
MIN_ENDER_TAIL = 20


_ENDS_RE = re.compile(r"[.?!…]")


def _run_pieces(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` cut at the cues of ``RUN_CUE_RE`` where one runs on: longer than an introduction,
    or without any sentence end (the end of a paragraph of such a run)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if b - a <= MAX_INTRO_CHARS and _ENDS_RE.search(text, a, b):
            out.append((a, b))
            continue
        cuts: list[int] = []
        for m in RUN_CUE_RE.finditer(text, a, b):
            intro = INTRO_RUN_RE.match(text, m.start(), b) if not (m["ender"] or m["closer"]) else None
            if intro is not None and text[intro.end() : intro.end() + 2].strip()[:1].islower():
                cuts += [m.start(), intro.end()]  # "... from Raj Menon with Telsey Advisory Group | great thanks ..."
                continue
            if m["ender"]:
                if m.start() - max([a, *cuts[-1:]]) >= MIN_ENDER_LEAD and b - m.end() >= MIN_ENDER_TAIL:
                    cuts.append(m.end())
                continue
            cuts.append(m.start())
            if m["closer"]:
                cuts.append(m.end())
        bounds = [a, *(c for c in cuts if a < c < b), b]
        out.extend((x, y) for x, y in pairwise(bounds) if text[x:y].strip())
    return out


def split_hosted(texts: Sequence[str]) -> list[str]:
    """``texts`` with paragraphs cut at the host's introductions (see the module)."""
    if _labelled(texts[:LABEL_LOOK_AHEAD]):
        return list(texts)
    keyed = _with_keys(texts)
    if not any(rx.search(texts[i]) for i in keyed for rx in INTRO_RES) or _labelled(texts):
        return list(texts)
    out: list[str] = []
    st = _State()
    for i, text in enumerate(texts):
        if st.first is None and i not in keyed:
            out.append(text)
            continue
        cuts: list[int] = []
        spans = _run_pieces(text, split_sentences(text))
        k = 0
        while k < len(spans):
            a, b = spans[k]
            sentence = text[a:b]
            first = _intro(sentence) if any(w in sentence.casefold() for w in KEY_WORDS) else None
            if first is not None:
                cuts.append(a)
                while k + 1 < len(spans) and _closes(text[spans[k + 1][0] : spans[k + 1][1]]):
                    k += 1
                cuts.append(spans[k][1])
                st = _State(first)
            elif st.first is not None:
                st.step(text, spans, k, cuts)
            elif (at := _handover_end(text, spans, k)) is not None:
                cuts.append(at)  # the prepared remarks handed on: "... over to Juan. Thank you, Megan."
            k += 1
        out.extend(_pieces(text, cuts))
    return out


class _State:
    """Who speaks after an introduction: the asker (``answering`` False), then the answer."""

    def __init__(self, first: str | None = None) -> None:
        self.first = first
        self.asked = False  # the asker has said a sentence
        self.marked = False  # ... and one with a question mark
        self.answering = False

    @staticmethod
    def _answer_next(text: str, spans: list[tuple[int, int]], k: int) -> bool:
        """The sentence after ``k`` opens an answer ("Yeah, I think ...")."""
        if k + 1 >= len(spans):
            return False
        nxt = text[spans[k + 1][0] : spans[k + 1][1]]
        return "?" not in nxt and ANSWER_OPEN_RE.match(nxt) is not None

    @staticmethod
    def _thanked_run(text: str, spans: list[tuple[int, int]], k: int) -> bool:
        """The piece before ``k`` is an unpunctuated run that ``_run_pieces`` ended on thanks."""
        if k == 0:
            return False
        a, b = spans[k - 1]
        return not _ENDS_RE.search(text, a, b) and RUN_THANKS_END_RE.search(text[a:b]) is not None

    def step(self, text: str, spans: list[tuple[int, int]], k: int, cuts: list[int]) -> None:
        a, b = spans[k]
        sentence = text[a:b].strip()
        if not self.answering:
            if self.asked and self._thanked_run(text, spans, k):
                cuts.append(a)  # "... what kind of horizon thank you | well the economics ..." answers
                self.answering = True
            elif self.asked and self.first is not None and replies_to(sentence, self.first):
                cuts.append(a)  # "Thanks, Jane. ..." answers
                self.answering = True
            elif (self.marked or (self.asked and self._answer_next(text, spans, k))) and THANKS_END_RE.fullmatch(
                sentence
            ):
                cuts.append(b)  # "... pricing? Thank you." / "... from here. Thanks. Yeah, ..." ends the question
                self.answering = True
            elif (self.marked and "?" not in sentence and ANSWER_OPEN_RE.match(sentence)) or (
                self.asked and ANSWER_ALONE_RE.fullmatch(sentence)
            ):
                cuts.append(a)  # "... in Q3? Sure. Let me clarify." answers
                self.answering = True
            else:
                self.asked = True
                self.marked = self.marked or "?" in sentence
        elif ACK_RE.fullmatch(sentence) and (
            any(FOLLOW_UP_RE.search(text[x:y]) for x, y in spans[k + 1 : k + 1 + FOLLOW_UP_WINDOW])
            or (k + 1 < len(spans) and MOVES_ON_RE.match(text, spans[k + 1][0]) is not None)
        ):
            cuts.append(a)  # "Okay. Thank you, Tim. And then a quick follow-up." asks again
            self.answering, self.asked, self.marked = False, True, False


_KEYS = Keys(RAW_KEYS)


def _with_keys(texts: Sequence[str]) -> set[int]:
    """Indices of the texts holding one of ``RAW_KEYS``, looked for in the whole document at once."""
    return _KEYS.holders(texts)


def _may_start_label(text: str) -> bool:
    """Whether ``text`` holds what every ``LABEL_START_RE`` match holds (a colon, or "Operator"): a
    substring test that spares most running speech the pattern."""
    return ":" in text or "：" in text or "Operator" in text


def _labelled(texts: Sequence[str]) -> bool:
    found = 0
    for t in texts:
        if (_may_start_label(t) and LABEL_START_RE.match(t)) or (len(t) <= NAME_LINE_CHARS and NAME_LINE_RE.fullmatch(t)):
            found += 1
            if found >= MAX_LABELS:
                return True
    return False


def _closes(sentence: str) -> bool:
    return len(sentence) <= MAX_CLOSER_CHARS and bool(CLOSER_RE.fullmatch(sentence.strip().rstrip(".!")))


def _pieces(text: str, cuts: list[int]) -> list[str]:
    bounds = sorted({c for c in cuts if 0 < c < len(text)})
    pieces = [text[a:b].strip() for a, b in zip([0, *bounds], [*bounds, len(text)], strict=True)]
    return [p for p in pieces if p]
