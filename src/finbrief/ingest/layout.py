"""Page layouts undone before paragraphs are built: a line-number gutter, a speaker column, the
change-of-speaker marks of captions and an export's two fields per turn ("Speaker:" / "Text:").

Court reporters and hearing records print a number (1 to 25 or so, starting again on every page) at
the left of every line; PDF text layers of transcripts set out as a two-column table ("Speaker |
Transcript") print each speaker's name at the left margin and the speech in a second column, with the
speech's further lines indented to that column. Neither the numbers nor the column are text: left in,
the numbers cut every sentence and the names run into the speech with no mark a label reader knows.
Captions print ">>" where the speaker changes, on lines of capitals a paragraph reader would join.

Both are recognised from the page alone (numbers counting up line after line; one column that most
lines' text starts at, after a short recurring cell or after blanks only), never from the words, and
each is looked for only behind a cheap substring test, so other texts pay nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

# --- line-number gutter ----------------------------------------------------------------------------
# A gutter number: 1-2 digits at most 3 columns in, then at least two spaces (or nothing) before the text.
_GUTTER_RE = re.compile(r" {0,3}(\d{1,2})(?= {2,}\S| *$)")
# At least this many numbered lines, this share of them one more than the numbered line before (or 1
# again on a new page), and this share of the non-blank lines numbered.
MIN_GUTTER_LINES = 10
MIN_IN_SEQUENCE = 0.8
MIN_NUMBERED_SHARE = 0.5
# A numbered line indented this much deeper than the gutter's usual text column starts a paragraph
# (a speaker's label, a centred heading): the record's own paragraph indent.
PARAGRAPH_INDENT = 4


_GUTTER_GATE_RE = re.compile(r"\n ?2 ")


def _gutter_gate(text: str) -> bool:
    """Cheap test: lines opening with the numbers 2 and 3 (with or without a leading space)."""
    return _GUTTER_GATE_RE.search(text) is not None and ("\n3 " in text or "\n 3 " in text)


def drop_line_gutter(text: str) -> str:
    """``text`` without a court reporter's line numbers: a line indented deeper than the numbered
    text's usual column starts a paragraph (a blank line is put before it), a line at that column goes on
    with the one before (across a page break). Other texts come back as they are."""
    if not _gutter_gate(text):
        return text
    lines = text.split("\n")
    found: list[tuple[int, int, str]] = []  # (index, number, the line after the number, columns kept)
    for i, line in enumerate(lines):
        m = _GUTTER_RE.match(line)
        if m:
            found.append((i, int(m.group(1)), " " * m.end() + line[m.end() :]))
    if len(found) < MIN_GUTTER_LINES:
        return text
    in_sequence = sum(1 for (_, a, _t), (_, b, _u) in pairwise(found) if b in (a + 1, 1))
    non_blank = sum(1 for line in lines if line.strip())
    if in_sequence < MIN_IN_SEQUENCE * (len(found) - 1) or len(found) < MIN_NUMBERED_SHARE * non_blank:
        return text
    indents = Counter(len(rest) - len(rest.lstrip(" ")) for _, _, rest in found if rest.strip())
    base = min(indents, default=0) if indents else 0
    # (the usual column: the most common indent among the shallow ones)
    shallow = [k for k in indents if k < base + PARAGRAPH_INDENT]
    base = max(shallow, key=lambda k: indents[k]) if shallow else base
    out: list[str | None] = list(lines)
    found = _with_remainders(found, lines, out)
    last = -1  # the numbered line a line at the usual column goes on from
    for i, _, rest in found:
        body = rest.strip()
        if not body:
            out[i] = ""
            last = -1
            continue
        indent = len(rest) - len(rest.lstrip(" "))
        deeper = indent >= base + PARAGRAPH_INDENT
        if deeper:  # a new paragraph (a label's, a heading's, a list entry's)
            out[i] = f"\n{body}"
            last = i
        elif last >= 0:  # the speech goes on, across the page's footer and number if need be
            out[last] = f"{out[last]} {body}"
            out[i] = None
        else:
            out[i] = body
            last = i
    return "\n".join(line for line in out if line is not None)


def _with_remainders(
    found: list[tuple[int, int, str]], lines: list[str], out: list[str | None]
) -> list[tuple[int, int, str]]:
    """``found`` with the unnumbered lines between two numbered lines that count on by one (line 14,
    "board", line 15) put back at the end of the line above: a wrap past the page's width broke that
    line, its rest has no number of its own. (A page's footer stands before the count starts again.)"""
    kept: list[tuple[int, int, str]] = []
    for (i, n, rest), (j, m, _) in pairwise(found):
        if j > i + 1 and m == n + 1 and rest.strip() and all(lines[k].strip() for k in range(i + 1, j)):
            rest = " ".join([rest, *(lines[k].strip() for k in range(i + 1, j))])
            for k in range(i + 1, j):
                out[k] = None
        kept.append((i, n, rest))
    if found:
        kept.append(found[-1])
    return kept


# --- speaker column ----------------------------------------------------------------------------
# A short cell at the left margin, then at least three spaces, then the second column's text.
_CELL_RE = re.compile(r"([A-Z][^\s:]*(?: [^\s:]+){0,4}?):? {3,}(?=\S)")
_DIGIT_RE = re.compile(r"\d")
# At least this many cell lines at one column, of them this many recurring cells (speakers speak again),
# and this many lines continuing a cell's text at that column; the cells' texts read as prose.
MIN_CELL_LINES = 4
MIN_RECURRING = 2
MIN_CONTINUED = 2
MIN_PROSE_LENGTH = 25
# Continuation lines are indented at least this deep (the cheap test looks for such lines).
MIN_COLUMN = 8


def speaker_column(text: str) -> str:
    """``text`` with a two-column speaker table rewritten as labelled paragraphs: ``Name: speech``
    (the speech's continuation lines follow it); a cell seen once with nothing continuing it (the
    table's own header row) stays as it is. Tabs count to the next multiple of eight columns (a
    word processor's export aligns the column with them). Other texts come back as they are."""
    spaced = text.expandtabs(8) if "\t" in text else text
    if spaced.count("\n" + " " * MIN_COLUMN) < MIN_CONTINUED:
        return text
    done = _speaker_column(spaced)
    return text if done is spaced else done


def _speaker_column(text: str) -> str:
    """``speaker_column`` of a text without tabs (the same object when there is no column)."""
    lines = text.split("\n")
    cells: dict[int, tuple[str, int]] = {}
    for i, line in enumerate(lines):
        if line[:1].isupper():
            m = _CELL_RE.match(line)
            if m and not _DIGIT_RE.search(m.group(1)):
                cells[i] = (m.group(1), m.end())
    if len(cells) < MIN_CELL_LINES:
        return text
    column, count = Counter(c for _, c in cells.values()).most_common(1)[0]
    if count < MIN_CELL_LINES or column < MIN_COLUMN:
        return text
    at_column = {i: name for i, (name, c) in cells.items() if c == column}
    continued = {
        i for i, line in enumerate(lines) if len(line) > column and line[:column].isspace() and line[column] != " "
    }
    if len(continued) < MIN_CONTINUED:
        return text
    names = Counter(at_column.values())
    if sum(1 for n in names.values() if n >= 2) < MIN_RECURRING:
        return text
    speech = [lines[i][column:] for i in at_column]
    if sum(len(t) for t in speech) < MIN_PROSE_LENGTH * len(speech) or not any(t[:1].islower() or " " in t for t in speech):
        return text
    # Rows set apart by blank lines, name cells without a colon: a cell under the first in a row wraps it.
    starts = [i for i in at_column if i == 0 or not lines[i - 1].strip()]
    if (
        len(starts) >= MIN_CELL_LINES
        and sum(1 for n in Counter(at_column[i] for i in starts).values() if n >= 2) >= MIN_RECURRING
        and not any(lines[i][len(at_column[i]) : len(at_column[i]) + 1] == ":" for i in at_column)
    ):
        return _blocked_rows(lines, at_column, set(starts), column)
    out: list[str] = []
    in_cell = False
    for i, line in enumerate(lines):
        name = at_column.get(i)
        if name is not None and (names[name] >= 2 or i + 1 in continued):
            if out and out[-1].strip():
                out.append("")
            out.append(f"{name}: {line[column:].strip()}")
            in_cell = True
        elif in_cell and i in continued:
            out.append(line.strip())
        else:
            in_cell = False
            out.append(line)
    return "\n".join(out)


def _blocked_rows(lines: list[str], at_column: dict[int, str], starts: set[int], column: int) -> str:
    """A speaker table whose rows are set apart by blank lines and whose name cells wrap: the cell opening
    a row names the speaker; the left cells under it in the same row (``Managing Director``, ``and CEO``,
    a firm) are the rest of that cell, the speaker's title or firm, not speakers (``Name, Title: speech``)."""
    out: list[str] = []
    row: tuple[int, str, list[str], list[str]] | None = None  # (line, name, cell's further parts, speech)

    def close() -> None:
        if row is not None:
            _, name, parts, speech = row
            who = ", ".join([name, " ".join(parts)]) if parts else name
            out.append(f"{who}: {' '.join(speech)}")

    for i, line in enumerate(lines):
        if i in starts:
            close()
            if out and out[-1].strip():
                out.append("")
            row = (i, at_column[i], [], [line[column:].strip()])
        elif row is not None and line.strip():
            cell, rest = line[:column].strip(), line[column:].strip() if len(line) > column else ""
            if cell and len(line) > column and not line[column - 1].isspace():
                close()  # (a line running across the column is no row of the table)
                row = None
                out.append(line)
                continue
            if cell:
                row[2].append(cell)
            if rest:
                row[3].append(rest)
        else:
            close()
            row = None
            out.append(line)
    close()
    return "\n".join(out)


# --- caption change marks ---------------------------------------------------------------------------
# Realtime captions mark each change of speaker with ">>" at a line's start and wrap the speech in short
# lines of capitals that read like headings: the mark always opens a paragraph. At least this many
# marked lines make the mark the text's own.
CHANGE_MARK = ">>"
MIN_CHANGE_MARKS = 3


def mark_changes(text: str) -> str:
    """``text`` with a blank line before every line opening with ``>>`` (when the text has at least
    MIN_CHANGE_MARKS of them), so that each change of speaker starts a paragraph."""
    if text.count("\n" + CHANGE_MARK) + text.startswith(CHANGE_MARK) < MIN_CHANGE_MARKS:
        return text
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if line.startswith(CHANGE_MARK) and out and out[-1].strip():
            out.append("")
        out.append(line)
    return "\n".join(out)


# --- field records ------------------------------------------------------------------------------
# An export writing each turn as two fields ("Speaker: Jane Roe" / "Text: Thank you …"): the field
# names that hold the speech, and those that hold who speaks. At least MIN_FIELD_RECORDS such turns.
SPEECH_FIELDS = ("Text", "Transcript", "Speech", "Content", "Remarks", "Utterance", "Said")
SPEAKER_FIELDS = ("Speaker", "Name", "Participant", "Who", "Person", "Presenter", "Speaker name")
MIN_FIELD_RECORDS = 3
_SPEECH_FIELD_RE = re.compile("\n(?:" + "|".join(SPEECH_FIELDS) + "): ")
# Who speaks is short: a name, perhaps with a title or firm.
MAX_SPEAKER_FIELD_WORDS = 8


def field_records(text: str) -> str:
    """``text`` with each ``Speaker: X`` line and the ``Text: …`` line under it (blank lines between
    allowed) written as one labelled paragraph ``X: …``. Other texts come back as they are."""
    if _SPEECH_FIELD_RE.search(text) is None:
        return text  # (one pass over the text for all the field names)
    speech = next((f for f in SPEECH_FIELDS if text.count(f"\n{f}: ") >= MIN_FIELD_RECORDS), None)
    if speech is None:
        return text
    lines = text.split("\n")
    heads = tuple(f"{f}: " for f in SPEAKER_FIELDS)
    out: list[str] = []
    pending: str | None = None  # who the last speaker field named, waiting for the speech
    written = ""  # that field's line as written
    done = 0
    for line in lines:
        if line.startswith(heads):
            who = line.split(": ", 1)[1].strip()
            if who and len(who.split()) <= MAX_SPEAKER_FIELD_WORDS and who[-1] not in ".?!":
                if pending is not None:
                    out.append(written)
                pending, written = who, line
                continue
        if pending is not None and line.startswith(f"{speech}: "):
            out.append(f"{pending}: {line[len(speech) + 2 :].strip()}")
            pending = None
            done += 1
            continue
        if pending is not None and not line.strip():
            continue  # a blank line between the two fields
        if pending is not None:
            out.append(written)  # not followed by speech: left as written
            pending = None
        out.append(line)
    if pending is not None:
        out.append(written)
    return "\n".join(out) if done >= MIN_FIELD_RECORDS else text


# A line opening the way one of the layouts above needs some lines to: a gutter's number, a column's
# indent, a change mark, a field's name. One search of the text finds whether any does.
_LAYOUT_LINE_RE = re.compile(
    "\n(?: ?2 | {" + str(MIN_COLUMN) + "}|" + CHANGE_MARK + "|(?:" + "|".join(SPEECH_FIELDS) + "): )"
)


def undo_layout(text: str) -> str:
    """The layouts undone, when present (the gutter first: its numbers hide the column). A text with no
    line opening as one of them needs (most texts: one search) comes back at once."""
    if "\t" not in text and _LAYOUT_LINE_RE.search(text) is None:
        return text
    return field_records(mark_changes(speaker_column(drop_line_gutter(text))))
