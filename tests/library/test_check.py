"""`check` passes on a sound library and names what is wrong in a damaged one."""

from __future__ import annotations

from finbrief.library import Library


def test_sound_library_passes(filled: Library) -> None:
    result = filled.check()
    assert result["ok"] and result["problems"] == []
    assert result["counts"]["documents"] == 4  # type: ignore[index]


def test_missing_paragraph_and_stale_index_are_reported(filled: Library) -> None:
    conn = filled.conn
    conn.execute("DROP TRIGGER paragraphs_fts_delete")  # damage: deletes no longer reach the index
    conn.execute(
        "DELETE FROM paragraphs WHERE n = 2 AND doc_id IN (SELECT id FROM documents WHERE source = 'en_call.txt')"
    )
    problems = " | ".join(filled.check()["problems"])  # type: ignore[arg-type]
    assert "paragraphs missing" in problems
    assert "search index" in problems
    assert "migrations" not in problems


def test_fact_count_and_evidence_are_checked(filled: Library) -> None:
    filled.conn.execute(
        "UPDATE facts SET evidence = 'not in the text' WHERE i = 1 AND unit = '%' AND period = '2025Q4'"
    )
    filled.conn.execute("DELETE FROM facts WHERE unit = 'USD'")
    problems = " | ".join(filled.check()["problems"])  # type: ignore[arg-type]
    assert "evidence" in problems and "fact count" in problems
