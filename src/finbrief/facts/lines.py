"""The business lines an English document names as its own, learned once per document.

A call names its segments somewhere ("in our manufactured housing segment", "trends in the RV business",
"our Timberlands and Wood Products segments") and then speaks of them by name alone ("Manufactured housing,
same property NOI increased 4.9%", "Annual RV revenue increased 13.4%"). ``document_lines`` reads those
names from every paragraph once; ``LineNames.hits`` finds them again in a paragraph, so that a figure in a
clause or sentence opened by one of them is that line's, even where the name alone would not read as one
(a two-letter acronym, a name opening with a participle).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from finbrief.fastre import fast
from finbrief.lexicon import metrics as lm
from finbrief.lexicon import subjects as ls
from finbrief.text.regex import Sifted

_NAMED_LINE = re.compile(
    r"(?<![A-Za-z])(?:our|the|its|their)\s+"
    r"(?P<np>(?:(?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z0-9&'’-]*)"
    r"(?:\s+(?:(?:&|and)\s+)?(?:(?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z0-9&'’-]*)){0,3}?)\s+"
    r"(?P<kind>segments|segment|businesses|business|divisions|division|franchises|franchise|channels|channel)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A unit the document names by its kind ("our manufactured housing segment", "the RV business", "our coal franchise",
"the foodservice channel")."""
_NAMED_LINE = fast(_NAMED_LINE)
_KIND_HINT = Sifted(fast(re.compile(r"segment|business|division|franchise|channel", re.IGNORECASE)))
_AND = frozenset({"and", "&"})
_ADJECTIVE = re.compile(r"(?:ed|-[a-z]+(?:ic|al|ive|ing))$")
"""A word that only describes ("diversified", "counter-cyclical", "franchise-focused")."""
_COMPOUND_AFTER = re.compile(r"\s+(?P<w>[a-z][a-z-]*)")
_LEAD = re.compile(
    r"\s*(?:(?:and|but|so|now|also|then|meanwhile|similarly)\s*,?\s+)?"
    r"(?:(?:in|at|for|within|across|as for|turning to|moving to|now to|on to)\s+)?(?:(?:the|our|its)\s+)?"
    r"(?P<mods>(?:[A-Za-z][\w&'’-]*\s+){0,2})",
    re.IGNORECASE,
)
"""What may stand between the start of a clause and the unit that is its subject ("In RV, ...", "Same
Property manufactured housing communities recorded ...")."""


def opens_clause(text: str, lo: int, at: int) -> bool:
    """Whether a unit name at ``at`` opens the clause starting at ``lo`` (past a lead-in and at most two
    modifiers): the clause is about that unit, not one named in passing ("driven by strength in RV")."""
    m = _LEAD.fullmatch(text, lo, at)
    return m is not None and not any(w.casefold() in _FUNCTION_WORDS for w in m.group("mods").split())


_PLURAL = frozenset({"segments", "businesses", "divisions", "franchises", "channels"})
_JOIN = re.compile(r"\s+(?:and|&)\s+")


_FUNCTION_WORDS = frozenset(
    [
        "of",
        "in",
        "on",
        "for",
        "to",
        "from",
        "with",
        "by",
        "at",
        "as",
        "into",
        "per",
        "than",
        "via",
        "about",
        "over",
        "under",
        "after",
        "before",
        "since",
        "during",
        "across",
        "within",
        "the",
        "a",
        "an",
        "our",
        "its",
        "their",
        "this",
        "that",
        "these",
        "those",
        "we",
        "us",
        "you",
        "your",
        "his",
        "her",
        "my",
        "any",
        "some",
        "no",
        "each",
        "every",
        "all",
        "both",
        "either",
        "or",
        "but",
        "while",
        "which",
        "who",
        "whose",
        "whom",
        "what",
        "where",
        "when",
        "how",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "there",
        "here",
        "not",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "several",
        "many",
        "few",
        "more",
        "most",
        "less",
        "least",
        "other",
        "another",
        "despite",
        "excluding",
        "including",
        "like",
        "unlike",
        "driven",
        "led",
        "due",
        "offset",
        "versus",
        "vs",
        "besides",
        "except",
    ]
)
"""Words that never stand inside a unit's name: between the article and "segment" they show that the words
are no name ("the growth in this market segment", "the pressure on small businesses", "our seven segments")."""


def _cut(words: list[str], stop: frozenset[str], ing: frozenset[str]) -> list[str]:
    """The words of a unit's name, [] when the words are no name (a function word, a superlative, a verb
    among them: "the largest market segment"); modifiers before the name are cut ("our total RV business",
    "Sun's RV business")."""
    keep = 0
    for i, w in enumerate(words):
        low = w.casefold()
        if low in _AND:
            continue
        if low in _FUNCTION_WORDS or (low.endswith("est") and len(low) > 4 and w.islower()):
            return []
        if (
            low in stop
            or w.endswith(("'s", "’s"))
            or low.endswith("ly")
            or (low.endswith("ing") and low not in ing and not w[:1].isupper())
        ):
            keep = i + 1
    words = words[keep:]
    while words and words[0].casefold() in _AND:
        words = words[1:]
    while words and words[-1].casefold() in _AND:
        words = words[:-1]
    return words


def _parts(words: list[str], plural: bool) -> list[list[str]]:
    """One name, or the names "our A and B segments" lists."""
    if not plural:
        return [words]
    out: list[list[str]] = [[]]
    for w in words:
        if w.casefold() in _AND:
            out.append([])
        else:
            out[-1].append(w)
    return [p for p in out if p]


def _acceptable(words: list[str], own: frozenset[str], not_units: frozenset[str]) -> bool:
    name = " ".join(words)
    if not words or not re.search(r"[A-Za-z]{2}", name):
        return False
    if len(words) == 1 and name.islower() and (name in not_units or _ADJECTIVE.search(name)):
        return False  # "our base business", "a franchise-focused business": a kind of business, no unit
    if len(words) == 1 and len(name) <= 2 and not name.isupper():
        return False  # "IT" or "RV" is an acronym; "it" is no unit
    if name.casefold() in own:
        return False  # the company itself
    # ("the loan business": a metric's name, no unit's)
    return not any(s == 0 and e == len(name) for s, e, _entry in lm.metric_matcher().finditer(name))


def _display(words: list[str]) -> str:
    """The name as written, except a capital that only opens a sentence ("Manufactured housing")."""
    if (
        len(words) > 1
        and words[0][:1].isupper()
        and words[0][1:].islower()
        and all(w.islower() for w in words[1:])
    ):
        return " ".join([words[0].lower(), *words[1:]])
    return " ".join(words)


@dataclass(frozen=True)
class LineNames:
    """The document's own unit names and a pattern that finds them again."""

    names: dict[str, str]
    """Name in lower case -> name as the document writes it."""
    pattern: re.Pattern[str]

    def hits(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, name) of each unit name written in ``text``; names joined by "and" ("manufactured
        housing and RV") are one, the two units together."""
        found: list[tuple[int, int, str]] = []
        for m in self.pattern.finditer(text):
            written = m.group()
            name = self.names.get(written.casefold())
            if name is None or (name.isupper() and not written.isupper()):
                continue  # an acronym is written in capitals
            if found and _JOIN.fullmatch(text, found[-1][1], m.start()):
                a, _, first = found.pop()
                found.append((a, m.end(), f"{first} and {name}"))
                continue
            found.append((m.start(), m.end(), name))
        return found


def document_lines(texts: Iterable[str], company: str | None, names: Sequence[str] = ()) -> LineNames | None:
    """The unit names the document's paragraphs write with their kind; None when there are none."""
    pw = ls.phrase_words()
    stop, ing = pw.en_stop, pw.en_ing
    own = frozenset(n.casefold() for n in (company, *names) if n)
    found: dict[str, str] = {}
    for text in texts:
        if _KIND_HINT.search(text) is None:
            continue
        for m in _NAMED_LINE.finditer(text):
            after = _COMPOUND_AFTER.match(text, m.end())
            if after is not None and not (
                after.group("w") in stop
                or after.group("w") in _FUNCTION_WORDS
                or after.group("w").endswith("ed")
            ):
                continue  # "our small business customers": the kind word is part of another noun
            words = _cut(m.group("np").split(), stop, ing)
            whose = m.group().split(None, 1)[0].casefold() != "the"
            for part in _parts(words, m.group("kind").casefold() in _PLURAL):
                if len(part) == 1 and part[0].islower() and not whose:
                    continue  # "the small business", "the development segment": a kind of business, not ours
                if _acceptable(part, own, pw.en_not_units):
                    found.setdefault(" ".join(part).casefold(), _display(part))
    if not found:
        return None
    alternation = "|".join(re.escape(n) for n in sorted(found, key=len, reverse=True))
    pattern = re.compile(rf"(?<![A-Za-z0-9&'’-])(?:{alternation})(?![A-Za-z0-9&'’-])", re.IGNORECASE)
    return LineNames(found, pattern)
