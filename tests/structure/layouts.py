"""Short fictional calls (NovaSky Technology / 星穹科技, invented people and figures), one per real-world
layout: vendor exports, dash headers, Markdown, timestamps, Chinese labels, bilingual calls, machine
transcriptions. Each is written the way that layout is laid out, not copied from any source."""

from __future__ import annotations

import textwrap

WIDTH = 130
SEP = "\n \n"  # vendor exports separate entries and turns with a line holding one space


def wrap(*paragraphs: str) -> str:
    """Speech hard-wrapped the way a vendor export wraps it: lines of about WIDTH columns."""
    return "\n".join(textwrap.fill(p, WIDTH) for p in paragraphs)


def block(*lines: str) -> str:
    return "\n".join(lines)


LAURA = ("Laura Chen", "NovaSky Technology Inc. - CEO & Director")
MARK = ("Mark Davis", "NovaSky Technology Inc. - Executive VP & CFO")
JENNA = ("Jenna Ortiz", "Summit IR Partners - Managing Director")
PRIYA = ("Priya Raman", "Morgan Stanley, Research Division - Equity Analyst")
BECKER_FIRM = "Harbor Point Securities LLC, Research Division"
BECKER_ROSTER = (
    "Thomas Becker",
    f"{BECKER_FIRM} - MD, Head of Technology Hardware Research & Senior Equity",
    "Research Analyst",
)
# The same affiliation wrapped at another point in the turn header.
BECKER_TURN = (
    "Thomas Becker",
    f"{BECKER_FIRM} - MD, Head of Technology Hardware Research & Senior",
    "Equity Research Analyst",
)
OLIVER = "Oliver Grant;Redwood Capital Advisors, Inc.;Analyst"

# The CEO's remarks as the export wraps them, with a stray page number between "$50" and "billion".
CEO_REMARKS_PAGED = """\
Thank you, Jenna, and good morning, everyone. This was a record quarter for NovaSky. Revenue grew 18% year over year to $1.2
billion, and our contracted backlog, which covers the next three years of demand from our largest customers, now stands at $50
2
billion. Cloud revenue grew 31% and the cloud unit was profitable for the fourth quarter in a row, while the devices business
stabilised after two difficult years of falling prices and weak demand in most of our markets and in the consumer channel.
We will keep investing."""

# LSEG/Refinitiv StreetEvents style: roster of name and affiliation lines (one wrapped, one name only,
# one `Name;Firm;Title`), an IR agency listed among the outside participants that gives the
# opening remarks, hard-wrapped speech with a stray page number, `Unidentified Analyst`,
# `Unidentified Company Representative`, a clarifying question back to the analyst, closing
# remarks and the vendor's disclaimer.
VENDOR_CALL = (
    "1\n"
    + SEP.join(
        [
            "CORPORATE PARTICIPANTS",
            block(*LAURA),
            block(*MARK) + "\nCONFERENCE CALL PARTICIPANTS",
            block(*JENNA),
            block(*PRIYA),
            block(*BECKER_ROSTER),
            "Nina Patel",
            OLIVER + "\nPRESENTATION",
            block(
                "Operator",
                wrap(
                    "Good day, and welcome to the NovaSky Technology third quarter 2025 earnings conference call. "
                    "(Operator Instructions) As a reminder, this conference is being recorded. I would now like to "
                    "turn the call over to Jenna Ortiz. Please go ahead."
                ),
            ),
            block(
                *JENNA,
                wrap(
                    "Thank you, operator, and good morning, everyone. With me today are Laura Chen, our Chief "
                    "Executive Officer, and Mark Davis, our Chief Financial Officer. Before we begin, let me remind "
                    "you that today's remarks contain forward-looking statements that involve risks and "
                    "uncertainties, and actual results may differ materially from those we discuss. With that, I "
                    "will turn the call over to Laura."
                ),
            ),
            block(*LAURA, CEO_REMARKS_PAGED),
            block(
                *MARK,
                wrap(
                    "Thanks, Laura. Gross margin was 42.5%, up 150 basis points from a year ago, and free cash flow "
                    "was $180 million. We now expect full-year revenue of $4.6 billion to $4.7 billion, ahead of "
                    "the range we gave in July, and capital expenditure of about $1.5 billion."
                ),
            )
            + "\nQUESTIONS AND ANSWERS",
            block(
                "Operator",
                "(Operator Instructions) Our first question comes from the line of Priya Raman with Morgan Stanley.",
            ),
            block(
                *PRIYA,
                "How sustainable is the cloud growth into next year, and how much of the backlog converts in 2026?",
            ),
            block(
                *LAURA,
                wrap(
                    "We expect cloud to keep growing around 30% next year. About a fifth of the backlog converts "
                    "in 2026, and the rest over the following two years."
                ),
            ),
            block(*MARK, "And the margin on that backlog is above the company average."),
            block(PRIYA[0], PRIYA[1], "Thank you."),
            block("Operator", "Our next question comes from Nina Patel with Barclays."),
            block("Nina Patel", "Could you help us with the capital expenditure outlook?"),
            block(*MARK, "Are you asking about the full year or the fourth quarter?"),
            block("Nina Patel", "The full year, please."),
            block(*MARK, "For the full year we still expect about $1.5 billion, mostly for new data centers."),
            block("Operator", "Next question, Thomas Becker with Harbor Point."),
            block(*BECKER_TURN, "What drove the improvement in the devices business?"),
            block(
                "Unidentified Company Representative",
                "Mostly lower component costs and a better mix of enterprise devices.",
            ),
            block("Operator", "Our next question comes from Sam Whitfield with Baird."),
            block("Unidentified Analyst", "This is Sam on for Eric. How should we think about pricing next year?"),
            block(*LAURA, "Pricing has been stable and we expect it to stay that way."),
            block("Operator", "Our final question comes from Oliver Grant with Redwood Capital."),
            block(OLIVER, "Is there any change to the buyback plan?"),
            block(*LAURA, "No, the buyback continues as planned."),
            block(
                "Operator",
                "That concludes our question-and-answer session. I would like to turn the call back over to Laura "
                "Chen for closing remarks.",
            ),
            block(*LAURA, "Thank you all for joining us today. We look forward to speaking with you next quarter."),
            block("Operator", "This concludes today's conference. You may now disconnect."),
        ]
    )
    + "\nDISCLAIMER\n"
    + wrap(
        "The vendor reserves the right to make changes to documents, content, or other information on this web site "
        "without obligation to notify any person of such changes. THE INFORMATION CONTAINED IN EVENT TRANSCRIPTS IS "
        "A TEXTUAL REPRESENTATION OF THE APPLICABLE COMPANY'S CONFERENCE CALL."
    )
    + "\n©2025 Vendor. All Rights Reserved."
)
