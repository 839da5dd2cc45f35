"""More layouts read at ingest: a definition-list web page, captions with bracketed speaker lines, a Markdown
export that quotes each turn under a heading; each on a short fictional call."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.ingest import run as ingest
from finbrief.ingest.readers import dialogue_lists
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def parse_bytes(data: bytes, name: str) -> Document:
    return run(ingest(data, name))


def pairs(doc: Document) -> list[tuple[str | None, str | None, list[str]]]:
    """(asker's name, firm, answerers' names) per pair, as a reader sees them."""

    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    return [(name(q.asker), q.firm, [name(a.speaker) or "" for a in q.answers if a.speaker]) for q in doc.qa]


def speaker_of(doc: Document, snippet: str) -> str | None:
    """The name of who speaks the paragraph holding ``snippet``."""
    para = next(p for p in doc.paragraphs if snippet in p.text)
    return doc.speakers_by_id[para.speaker].name if para.speaker else None


# An IR site's transcript page as a definition list: each `<dt>` names the speaker (a span holding the
# title or the firm), each `<dd>` holds the speech.
DL_PAGE = """<html><head><title>Quarry Lane Foods Q2 Call</title></head><body><main>
<h1>Quarry Lane Foods Second Quarter Call</h1>
<dl class="transcript">
<dt>Operator</dt><dd><p>Welcome to the Quarry Lane Foods call. I will hand over to Mara Quint, Chief Executive Officer.</p></dd>
<dt>Mara Quint <span>Chief Executive Officer</span></dt><dd><p>Thank you. Sales rose 6% to $410 million in the quarter.</p></dd>
<dt>Operator</dt><dd><p>Our first question comes from Abel Strand with Northbeck Securities. Please go ahead.</p></dd>
<dt>Abel Strand <span>Analyst, Northbeck Securities</span></dt><dd><p>Mara, how much of the growth came from price?</p></dd>
<dt>Mara Quint <span>Chief Executive Officer</span></dt><dd><p>About two points of the six.</p></dd>
</dl></main></body></html>"""


def test_definition_list_page_reads_each_term_as_a_speaker() -> None:
    """`<dt>Name <span>Title</span></dt><dd>speech</dd>` is a turn by Name: the asker and firm come from the
    term and the operator, and the term's title is not run into the name."""
    doc = parse_bytes(DL_PAGE.encode(), "quarrylane.html")
    assert_sound(doc)
    assert pairs(doc) == [("Abel Strand", "Northbeck Securities", ["Mara Quint"])]
    assert speaker_of(doc, "Sales rose 6% to $410 million") == "Mara Quint"


GLOSSARY_PAGE = """<html><head><title>Reading a results release</title></head><body><article>
<h1>Reading a results release</h1>
<p>Quarry Lane Foods published its results on Tuesday. Sales rose 6% to $410 million, the company said.</p>
<dl>
<dt>Organic growth</dt><dd><p>Sales growth without acquisitions or currency effects.</p></dd>
<dt>Gross margin</dt><dd><p>Sales less the cost of goods sold, as a share of sales.</p></dd>
<dt>Free cash flow</dt><dd><p>Cash from operations less capital spending.</p></dd>
</dl>
<p>The company will report again in October.</p>
</article></body></html>"""


def test_glossary_definition_list_names_no_speakers() -> None:
    """A glossary's terms never repeat: the list stays a list and the article gets no speakers."""
    assert dialogue_lists(GLOSSARY_PAGE) == GLOSSARY_PAGE
    doc = parse_bytes(GLOSSARY_PAGE.encode(), "glossary.html")
    assert doc.speakers == ()
    assert doc.qa == ()


# Captions whose cues print the speaker on a line of its own in brackets, and a second speaker inside
# one cue after a lone "-" and a line holding a space.
PAREN_VTT = (
    "WEBVTT\n\n"
    "00:00:01.000 --> 00:00:06.000\n(Operator)\nOur first question comes from Abel Strand with Northbeck Securities.\n\n"
    "00:00:06.000 --> 00:00:11.000\n(Abel Strand)\nMara, how much of the growth came from price?\n-\n \n"
    "(Mara Quint)\nAbout two points of\n\n"
    "00:00:11.000 --> 00:00:15.000\n(Mara Quint)\nthe six, and the rest from volume.\n\n"
    "00:00:15.000 --> 00:00:19.000\n(Abel Strand)\nAnd what about costs next year?\n\n"
    "00:00:19.000 --> 00:00:24.000\n(Otto Brenn)\nWe expect flat input costs next year.\n"
)


def test_bracketed_speaker_lines_in_captions_are_speakers() -> None:
    """`(Mara Quint)` under a timing line names the cue's speaker, and the words after a lone `-` and a
    blank-looking line are the second speaker's, not lost."""
    doc = parse_bytes(PAREN_VTT.encode(), "quarrylane.vtt")
    assert_sound(doc)
    assert pairs(doc) == [
        ("Abel Strand", "Northbeck Securities", ["Mara Quint"]),
        ("Abel Strand", "Northbeck Securities", ["Otto Brenn"]),
    ]
    assert speaker_of(doc, "About two points of the six") == "Mara Quint"


# A Markdown export: each turn a `### [time] Name` heading over the speech in a quote, rules between.
QUOTED_MD = """# Quarry Lane Foods Q2 Call

---

### [10:00:02] Operator
> Our first question comes from Abel Strand with Northbeck Securities. Please go ahead.

---

### [10:00:09] Abel Strand
> Mara, how much of the growth came from price?

---

### [10:00:15] Mara Quint
> About two points of the six.

---

### [10:00:30] Abel Strand
> And Otto, what about costs next year?

---

### [10:00:36] Otto Brenn
> We expect flat input costs next year.

---
"""


def test_quoted_turns_under_stamped_headings() -> None:
    """A heading with a time before the name heads each turn; the quoted block under it is the speech and
    the rules between turns are no one's words."""
    doc = parse_bytes(QUOTED_MD.encode(), "quarrylane.md")
    assert_sound(doc)
    assert pairs(doc) == [
        ("Abel Strand", "Northbeck Securities", ["Mara Quint"]),
        ("Abel Strand", "Northbeck Securities", ["Otto Brenn"]),
    ]
    assert not any(p.text.strip() == "---" for p in doc.paragraphs)
