from __future__ import annotations

from finbrief.lexicon.hyphens import keep_prefixes, keep_suffixes, vocabulary


def test_the_vocabulary_holds_the_lexicons_words_and_compounds() -> None:
    known = vocabulary()
    assert {"revenue", "margin", "gaap"} <= known.words
    assert "non-gaap" in known.compounds
    assert all(w == w.casefold() for w in known.words)


def test_compound_parts_are_lower_case_words() -> None:
    assert {"non", "co", "mid", "low", "high"} <= keep_prefixes()
    assert {"friendly", "based", "wise"} <= keep_suffixes()
    assert all(p.isalpha() and p.islower() for p in keep_prefixes() | keep_suffixes())
