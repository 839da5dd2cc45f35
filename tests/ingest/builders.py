"""Fixture texts and file builders for ingest tests, all about the fictional NovaSky Technology (星穹科技)."""

from __future__ import annotations

import io
import textwrap

HANS = (
    "星穹科技公布第三季度业绩，总收入同比增长百分之十八。\n"
    "云业务收入创历史新高，管理层表示将继续加大人工智能投入。\n"
    "首席财务官说：“我们对明年的增长充满信心。”\n"
)
HANT = (
    "星穹科技公佈第三季度業績，總收入同比增長百分之十八。\n"
    "雲業務收入創歷史新高，管理層表示將繼續加大人工智慧投入。\n"
    "首席財務官說：「我們對明年的增長充滿信心。」\n"
)
ENGLISH = (
    "NovaSky Technology reported third-quarter revenue of 12.3 billion yuan, up 18% year on year.\n"
    "Cloud revenue reached a record high, and management said it would keep investing in AI.\n"
    "The chief financial officer said the company was confident about growth next year.\n"
)
MIXED = (
    "NovaSky Technology (星穹科技) reported revenue of 12.3 billion yuan in the third quarter.\n"
    "Cloud revenue grew 26% year on year, 云业务收入同比增长百分之二十六。\n"
    "Management expects margins to keep improving through the next fiscal year and beyond.\n"
)

WRAPPED_PROSE = textwrap.fill(
    "NovaSky Technology said on Thursday that revenue for the quarter rose to 12.3 billion yuan, "
    "helped by demand for its cloud computing services and a recovery in advertising spending "
    "across its consumer apps, while operating costs grew more slowly than sales for the third "
    "quarter in a row and the board approved a larger share buyback programme for next year.",
    width=72,
)

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>NovaSky posts record cloud revenue</title>
<style>body {{ font-family: sans-serif; }}</style></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/markets">Markets</a></li>
<li><a href="/login">Sign in to NavLinkUnique</a></li></ul></nav>
<header><div class="banner">Subscribe to HeaderPromoUnique today</div></header>
<main><article>
<h1>NovaSky posts record cloud revenue</h1>
<p>NovaSky Technology reported third-quarter revenue of 12.3 billion yuan on Thursday, up 18% from a
year earlier, as companies moved more of their computing work onto its cloud platform.</p>
<p>Cloud revenue rose 26% to 4.1 billion yuan, the fastest growth in two years, and the unit turned
a profit for the fourth quarter running, the company said in a statement.</p>
<p>Chief executive Lin Zhiyuan told analysts that spending on AI infrastructure would stay high
for at least three more years because demand still exceeded the capacity it could bring online.</p>
{extra}
</article></main>
<aside>Most read: AsideTrendingUnique stories of the week</aside>
<footer><p>Copyright 2025 Example Daily. FooterCopyrightUnique. All rights reserved.</p></footer>
<script>var tracker = "ScriptTrackerUnique";</script>
</body></html>
"""
BOILERPLATE_MARKERS = (
    "NavLinkUnique",
    "HeaderPromoUnique",
    "AsideTrendingUnique",
    "FooterCopyrightUnique",
    "ScriptTrackerUnique",
)


def article_html(extra: str = "") -> str:
    """The fixture web page, optionally with extra article markup (a table, Chinese text)."""
    return ARTICLE_HTML.format(extra=extra)


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str], title: str | None = None) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` in Helvetica (ASCII text only)."""
    shows = " ".join(f"({_pdf_escape(line)}) Tj T*" for line in lines)
    content = f"BT /F1 12 Tf 14 TL 72 720 Td {shows} ET" if lines else ""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if title is not None:
        objects.append(f"<< /Title ({_pdf_escape(title)}) >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    info = f" /Info {len(objects)} 0 R" if title is not None else ""
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def make_docx(title: str | None = None) -> bytes:
    """A Word document with a heading, two paragraphs and a small table between them."""
    import docx

    document = docx.Document()
    if title is not None:
        document.core_properties.title = title
    document.add_heading("NovaSky third-quarter results", level=1)
    document.add_paragraph("星穹科技第三季度总收入为123亿元，同比增长18%。")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Metric"
    table.cell(0, 1).text = "Value"
    table.cell(1, 0).text = "Cloud revenue"
    table.cell(1, 1).text = "4.1 billion yuan"
    document.add_paragraph("Management expects margins to improve next year.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


LONG_FIRM = "Harbor Point Securities LLC, Research Division - MD, Head of Technology Hardware Research & Senior Equity"
# A vendor export (roster, then turns headed by name and affiliation lines; separator lines hold one
# space; speech hard-wrapped at about 130 columns; stray page numbers), about a fictional company.
VENDOR_EXPORT = "\n \n".join(
    [
        "2\nCORPORATE PARTICIPANTS",
        "Laura Chen\nNovaSky Technology Inc. - Head of Investor Relations\nCONFERENCE CALL PARTICIPANTS",
        f"Peter Grant\n{LONG_FIRM}\nResearch Analyst\nPRESENTATION",
        "Operator\nGood day, and welcome to the NovaSky Technology third quarter earnings call. (Operator Instructions) "
        "I would now like to turn the\ncall over to Laura Chen, Head of Investor Relations.",
        "Laura Chen\nNovaSky Technology Inc. - Head of Investor Relations\n"
        "Thank you, Laura. Revenue for the quarter was a record, and our order book now stands at $50\n3\n"
        "billion, which gives us visibility into next year. We expect cloud revenue to keep growing faster than the "
        "rest of the business\nover the next two years.\n"
        "With that, let me hand it to the operator for questions.\nQUESTIONS AND ANSWERS",
        "Operator\n(Operator Instructions) Our first question comes from Peter Grant with Harbor Point Securities.",
        f"Peter Grant\n{LONG_FIRM}\nResearch Analyst\n"
        "Thanks. Could you talk about the order book, and how much of the $50 billion is tied to the\n4\n"
        "data center build-out?",
    ]
)

# A machine transcription as SubRip subtitles: cues of a few words, no speaker labels; the operator
# names who asks next.
SRT_CALL = """\
1
00:00:01,000 --> 00:00:04,200
Good morning and welcome to the NovaSky

2
00:00:04,200 --> 00:00:07,900
Technology third quarter earnings call.

3
00:00:10,500 --> 00:00:14,000
Revenue grew 18% this quarter to $1.2

4
00:00:14,000 --> 00:00:17,500
billion, and cloud revenue grew 31%.

5
00:01:02,000 --> 00:01:06,000
Our first question comes from Priya Raman

6
00:01:06,000 --> 00:01:08,000
with Morgan Stanley.

7
00:01:11,000 --> 00:01:15,000
Thanks. How sustainable is the cloud growth

8
00:01:15,000 --> 00:01:17,000
into next year?

9
00:01:20,000 --> 00:01:25,000
We expect cloud to keep growing around 30% next year.

10
00:01:40,000 --> 00:01:44,000
Our next question comes from Tom Becker with Goldman Sachs.

11
00:01:47,000 --> 00:01:51,000
What is the capital expenditure plan for next year?

12
00:01:54,000 --> 00:01:58,000
About $1.5 billion, mostly for new data centers.

13
00:02:30,000 --> 00:02:34,000
This concludes today's call. Thank you for participating.
"""

# WebVTT with voice tags: the speakers are named by the file itself.
VTT_CALL = """\
WEBVTT

NOTE recorded by the meeting service

00:00:01.000 --> 00:00:05.000
<v Operator>Good morning and welcome to the NovaSky Technology call.

00:00:06.000 --> 00:00:10.000
<v Laura Chen>Thank you. Revenue grew 18% this quarter,

00:00:10.000 --> 00:00:13.000
<v Laura Chen>and cloud revenue grew 31%.

00:00:20.000 --> 00:00:24.000
<v Operator>Our first question comes from Priya Raman with Morgan Stanley.

00:00:25.000 --> 00:00:29.000
<v Priya Raman>How sustainable is the cloud growth into next year?

00:00:30.000 --> 00:00:34.000
<v Laura Chen>We expect cloud to keep growing around 30% next year.
"""
