"""Identity: one speaker id per person across scripts and languages, driven by lexicon data."""

from __future__ import annotations

import pytest

from finbrief.lexicon.people import name_key, people, people_from_data
from finbrief.structure import structure
from finbrief.structure.speakers import slug
from tests.structure import fixtures as F
from tests.structure.builders import make_doc, structured


def test_traditional_simplified_and_english_names_share_one_id() -> None:
    doc = structured(F.ALIBABA_IDENTITY, "zh-Hant")
    labels = [p for p in doc.paragraphs if p.role == "speaker_label" and p.speaker != "operator"]
    assert [p.text for p in labels] == ["吳泳銘", "Eddie Wu", "吴泳铭"]
    assert {p.speaker for p in labels} == {"eddie-wu"}
    eddie = doc.speakers_by_id["eddie-wu"]
    assert eddie.name == "吳泳銘"  # the lexicon's name for the document's script
    assert {"Eddie Wu", "吴泳铭", "Yongming Wu"} <= set(eddie.aliases)
    assert (eddie.side, eddie.affiliation) == ("company", "Alibaba Group")
    assert [s.id for s in doc.speakers].count("eddie-wu") == 1


def test_english_document_names_the_person_in_english() -> None:
    text = (
        "Operator\nWelcome to the Alibaba results call.\n吳泳銘\nThank you.\nEddie Wu\nCloud keeps growing.\n"
    )
    doc = structured(text, "en")
    eddie = doc.speakers_by_id["eddie-wu"]
    assert eddie.name == "Eddie Wu" and "吳泳銘" in eddie.aliases


def test_people_are_gated_by_their_company() -> None:
    """Without the company in the text, a lexicon name is just a name (its own slug)."""
    text = "操作员\n欢迎参加星穹科技业绩会。\n吴泳铭\n谢谢大家。\n操作员\n下一位。\n林志远\n收入增长9%。\n"
    doc = structured(text)
    assert "eddie-wu" not in doc.speakers_by_id
    assert doc.speakers_by_id["吴泳铭"].aliases == ()


def test_name_keys_fold_script_case_and_punctuation() -> None:
    assert name_key("吳泳銘") == name_key("吴泳铭")
    assert name_key("Eddie  WU") == name_key("eddie wu")
    assert name_key("J.R. Smith") == name_key("JR Smith")


def test_slugs() -> None:
    assert slug("Alicia Yap") == "alicia-yap"
    assert slug("José Núñez") == "jose-nunez"
    assert slug("林志遠") == "林志远"


def test_packaged_lexicon_entries() -> None:
    lex = people()
    ids = {p.id for p in lex.people}
    assert {"eddie-wu", "jiang-fan", "toby-xu", "joe-tsai", "lydia-liu"} <= ids
    for key, expected in [
        ("吳泳銘", "eddie-wu"),
        ("蔣凡", "jiang-fan"),
        ("姜凡", "jiang-fan"),
        ("徐晶", "toby-xu"),
    ]:
        assert lex.by_key[name_key(key)][0].id == expected
    assert lex.by_key[name_key("劉麗娟")][0].id == "lydia-liu"


NOVASKY = {
    "companies": {"novasky": {"name": "NovaSky Technology", "names": ["NovaSky", "星穹科技", "星穹科技"]}},
    "people": [
        {
            "id": "laura-chen",
            "company": "novasky",
            "names": {"en": "Laura Chen", "zh-Hans": "陈若岚", "zh-Hant": "陳若嵐"},
            "aliases": ["Chen Ruolan"],
            "role": "Chief Executive Officer",
            "side": "company",
        }
    ],
}


def test_adding_a_person_is_a_data_change() -> None:
    text = "操作員\n歡迎參加星穹科技業績會。\n陳若嵐\n謝謝大家。\n操作員\n下一位。\nLaura Chen\n雲業務增長31%。\n"
    doc = structure(make_doc(text, "zh-Hant"), lexicon=people_from_data(NOVASKY))
    assert {p.speaker for p in doc.paragraphs if p.role == "speaker_label"} == {"operator", "laura-chen"}
    laura = doc.speakers_by_id["laura-chen"]
    assert (laura.name, laura.role, laura.affiliation) == (
        "陳若嵐",
        "Chief Executive Officer",
        "NovaSky Technology",
    )
    assert {"Laura Chen", "陈若岚", "Chen Ruolan"} <= set(laura.aliases)


def test_bad_lexicon_data_is_refused() -> None:
    bad = {"people": [{"id": "x", "names": {"en": "X Y"}, "side": "board"}]}
    with pytest.raises(ValueError, match="bad side"):
        people_from_data(bad)
    with pytest.raises(ValueError, match="unknown company"):
        people_from_data({"people": [{"id": "x", "company": "nope", "names": {"en": "X Y"}}]})


def test_active_people_are_those_of_the_companies_each_text_names() -> None:
    lex = people()
    key = name_key("Eddie Wu")
    named = lex.active("welcome to the alibaba results call.")
    assert named[key].id == "eddie-wu"
    named.clear()  # the caller's own copy: the next answer is whole
    assert lex.active("thanks, alibaba.")[key].id == "eddie-wu"
    assert key not in lex.active("welcome to the novasky results call.")


def test_a_company_named_by_a_spelling_that_holds_no_other_is_active() -> None:
    data = {
        "companies": {"nova": {"name": "NovaSky", "names": ["NovaSky Technology", "NovaSky", "Nova Cloud"]}},
        "people": [{"id": "laura-chen", "company": "nova", "names": {"en": "Laura Chen"}}],
    }
    lex = people_from_data(data)
    assert lex.companies["nova"].sought == ("novasky", "nova cloud")
    for text in ("novasky technology q3 call", "the novasky call", "nova cloud grew"):
        assert name_key("Laura Chen") in lex.active(text)
    assert name_key("Laura Chen") not in lex.active("nova technology call")
