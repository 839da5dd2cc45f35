"""More export variants of known layouts: accented names, a firm's legal form said once, the other
Chinese script, a page footer inside a turn's header; each on a short fictional call."""

from __future__ import annotations

from tests.structure.test_layouts import assert_sound
from tests.structure.test_layouts_variants import parse, summary

MEETING_RECORD_ACCENTS = """\
QUILLFORD MACHINE WORKS, INC.
ANNUAL MEETING OF STOCKHOLDERS

PRESENT:
     BÉATRICE VOLLAND, Chairman and Chief Executive Officer
     RÉMY CASTAIGNE, Chief Financial Officer

     CHAIRMAN VOLLAND:  Good morning.  I call the meeting to order.  Rémy will review the year.

     MR. CASTAIGNE:  Thank you, Béatrice.  Net sales were $412 million, up 6 percent.

     CHAIRMAN VOLLAND:  The floor is open for questions.

     MS. ORTEGA:  Inés Ortega.  I have owned shares for ten years.  Why did the margin fall?

     MR. CASTAIGNE:  Steel costs rose faster than our prices in the first half.
"""


def test_honorific_labels_of_a_meeting_record_take_accented_names_from_the_list_and_the_speech() -> None:
    doc = parse(MEETING_RECORD_ACCENTS)
    assert_sound(doc)
    names = {s.name for s in doc.speakers}
    assert {"Béatrice Volland", "Rémy Castaigne", "Inés Ortega"} <= names
    assert summary(doc) == [("Inés Ortega", None, ["Rémy Castaigne"])]


ROSTER_WITHOUT_ACCENTS = """\
Corvale Systems Q1 2026 Earnings Call

Company Participants
Noemi Adler - Head of Investor Relations
Tobias Reyne - Chief Executive Officer

Conference Call Participants
Joaquin Bello - Westerly Partners

Operator
Welcome to the Corvale Systems first quarter call. I will now hand the call to your host, Noémi Adler, Head of Investor Relations.

Noémi Adler
Thank you. With me is Tobias Reyne, our chief executive officer.

Tobias Reyne
Thanks, Noémi. Revenue grew 11% to $318 million.

Operator
Our first question comes from Joaquín Bello with Westerly Partners & Co. Please go ahead.

Joaquín Bello
Thanks. Tobias, what drove the growth in services?

Tobias Reyne
Mostly renewals, Joaquín. Net retention was 112%.
"""


def test_a_name_listed_without_its_accents_is_the_same_person_shown_with_them() -> None:
    doc = parse(ROSTER_WITHOUT_ACCENTS)
    assert_sound(doc)
    by_name = {s.name: s for s in doc.speakers}
    assert by_name["Noémi Adler"].side == "company"
    assert "Noemi Adler" not in by_name and "Joaquin Bello" not in by_name
    assert summary(doc) == [("Joaquín Bello", "Westerly Partners & Co.", ["Tobias Reyne"])]


DIARIZED_ACCENTED_OPENING = """\
Speaker 1: Good afternoon and welcome to the Fennick Foods third quarter call. I will now turn the call over to Ivo Brandt, head of investor relations.

Speaker 2: Thanks, operator. Joining me are Zoë Lambert, our Chief Executive Officer, and Søren Vik, our Chief Financial Officer. Zoë?

Speaker 3: Thank you, Ivo. Volumes grew 5% and prices held.

Speaker 4: Thanks, Zoë. Gross margin was 31.8%, up from 29.4%.

Speaker 1: Our first question comes from Hana Ruiz with Coldbrook Research.

Speaker 5: Thanks. Zoë, how much of the growth was new stores?

Speaker 3: About a third of it, Hana.

Speaker 5: And Søren, what is the capex plan for next year?

Speaker 4: About $120 million, mostly for the new plant.
"""


def test_a_numbered_speaker_is_the_one_accented_officer_the_opening_lists_who_has_not_spoken() -> None:
    doc = parse(DIARIZED_ACCENTED_OPENING)
    assert_sound(doc)
    assert summary(doc)[-1] == ("Hana Ruiz", "Coldbrook Research", ["Søren Vik"])


TRADITIONAL_ROADSHOW_RECORD = """\
錦川材料2025年度網上業績說明會 文字實錄

[15:00:10] 主持人：各位投資者下午好，歡迎參加本次業績說明會。
[15:04:18] 網友 山間的雲：請問公司今年的產能規劃是怎樣的？
[15:06:02] 嘉賓 總經理 葉知秋：您好，新基地一期預計今年四季度投產。感謝您的關注！
[15:06:55] 網友 長線投資2021：公司經營性現金流爲什麼比淨利潤少？
[15:08:31] 嘉賓 財務總監 孟書亭：您好，主要是海外客戶賬期較長所致。謝謝！
"""


def test_a_traditional_roadshow_users_name_with_digits_asks_a_question_of_its_own() -> None:
    doc = parse(TRADITIONAL_ROADSHOW_RECORD)
    assert_sound(doc)
    assert [answerers for _, _, answerers in summary(doc)] == [["葉知秋"], ["孟書亭"]]


AVATAR_PANELS_WITH_FOOTER = """\
Ostrava Harbor Bank, Q2 2026 Earnings Call

O
Operator
operator

We will now move on to questions. First, Mr. Lindqvist from Baltic Shore Securities, please.

H

Page 1 of 3
© 2026 Example Transcript Services. All rights reserved.

Henrik Lindqvist
analyst

Thank you. Why not raise the net income target now?

M
Marta Novak

Page 2 of 3
© 2026 Example Transcript Services. All rights reserved.

executive

We want to see the next rate decision first.

H
Henrik Lindqvist
analyst

And where should the capital ratio be before another buyback?

M
Marta Novak
executive

Between 10% and 11%, so we have room.

H
Henrik Lindqvist
analyst

Thank you.
"""


def test_a_page_footer_inside_a_panels_initial_name_and_role_keeps_the_turn() -> None:
    doc = parse(AVATAR_PANELS_WITH_FOOTER)
    assert_sound(doc)
    assert summary(doc) == [
        ("Henrik Lindqvist", "Baltic Shore Securities", ["Marta Novak"]),
        ("Henrik Lindqvist", "Baltic Shore Securities", ["Marta Novak"]),
    ]
