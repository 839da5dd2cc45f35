"""Speaker names a document proves by repetition, where the name lists cannot.

A record labelled by bare names (``邴卓然：…``) is read by the surname list: a name whose surname the
list lacks is no label, and its speech runs on as the previous speaker's. But a document that
labels several people so, each more than once, shows its own pattern: a two- or three-character
word opening two or more lines before a colon, in a document whose other such openings are names
the lists know, is a name too. Nothing is induced without that evidence (a topic word opening minutes
lines, ``收入：…``, has no names beside it; one line is no pattern).
"""

from __future__ import annotations

import re
from collections import Counter

from finbrief.lexicon.people import name_key
from finbrief.structure.labels import is_cjk_name
from finbrief.structure.scan import Scan

# A bare two- or three-character Chinese word before a colon opening a line.
BARE_LABEL_RE = re.compile(r"^[ \t]*([\u4e00-\u9fff]{2,3})[ \t]*[:：][ \t]*\S", re.MULTILINE)
# How often a word must open a line, and how many listed names must label the document beside it.
MIN_REPEATS = 2
MIN_KNOWN_NAMES = 2


def induced_names(s: Scan) -> frozenset[str]:
    """Name keys of the words that label lines the way the document's known names do."""
    if s.doc.language == "en":
        return frozenset()
    # (one pass over the whole text; a page header or furniture line opening so counts too, but it
    # is no name the lists know and it cannot stand beside names on its own)
    counts = Counter(m.group(1) for m in BARE_LABEL_RE.finditer("\n".join(s.simp)))
    named = [w for w, n in counts.items() if n >= MIN_REPEATS and is_cjk_name(w, s.v)]
    if len(named) < MIN_KNOWN_NAMES:
        return frozenset()
    return frozenset(
        name_key(w)
        for w, n in counts.items()
        if n >= MIN_REPEATS
        and w not in named
        and w not in s.v.cjk_stopwords
        and s.v.label(w) is None
        and not s.v.job_title.search(w)
        and not s.v.staff_field.match(w)
    )
