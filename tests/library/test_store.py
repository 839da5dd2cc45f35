"""The library file: WAL, migrations applied in order and recorded, old files migrated, bad files refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from finbrief.library import Library, LibraryError, default_path
from finbrief.library.store import connect, migrations, split_sql
from tests.library.builders import prepared


def test_new_library_is_wal_with_every_migration_recorded(db_path: Path) -> None:
    with Library(db_path) as lib:
        assert lib.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert lib.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        rows = lib.conn.execute("SELECT id, name, applied_at FROM migrations ORDER BY id").fetchall()
        assert [r["id"] for r in rows] == [m.number for m in migrations()]
        assert rows[0]["name"] == "0001_initial"
        assert all(r["applied_at"] for r in rows)
        assert lib.conn.execute("PRAGMA user_version").fetchone()[0] == len(migrations())


def test_reopening_applies_nothing_again(db_path: Path) -> None:
    Library(db_path).close()
    with Library(db_path) as lib:
        assert lib.conn.execute("SELECT count(*) FROM migrations").fetchone()[0] == len(migrations())


def _write_as_migration_1(old: sqlite3.Connection, scratch: Path) -> str:
    """Rows as a finbrief of migration 1 wrote them: written today, then copied column by column
    into the old schema (columns later migrations added are left behind)."""
    with Library(scratch) as lib:
        doc_id, added = lib.write(prepared("zh_hant_call.txt"))
        assert added
    old.execute("ATTACH DATABASE ? AS cur", (str(scratch),))
    tables = [r[0] for r in old.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")]
    with old:
        for table in tables:
            if table == "migrations" or table.startswith("sqlite_"):
                continue
            cols = ", ".join(r[1] for r in old.execute(f"PRAGMA main.table_info({table})"))
            old.execute(f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM cur.{table}")
    old.execute("DETACH DATABASE cur")
    return doc_id


def test_library_from_migration_1_is_migrated_on_open_and_keeps_its_data(db_path: Path) -> None:
    assert len(migrations()) >= 2, "the migration test needs a migration after 0001"
    old = connect(db_path, upto=1)  # the schema an older finbrief created: no search index yet
    assert old.execute("SELECT max(id) FROM migrations").fetchone()[0] == 1
    assert not old.execute("SELECT 1 FROM sqlite_master WHERE name = 'paragraphs_fts'").fetchone()
    doc_id = _write_as_migration_1(old, db_path.with_name("current.sqlite"))
    old.close()

    with Library(db_path) as lib:
        assert lib.check()["ok"]
        assert lib.conn.execute("SELECT max(id) FROM migrations").fetchone()[0] == len(migrations())
        assert lib.has(doc_id)
        assert len(lib.document(doc_id)["facts"]) == 3  # type: ignore[arg-type]
        assert lib.conn.execute("SELECT count(*) FROM facts WHERE basis IS NULL").fetchone()[0] == 3
        hits = lib.search("秒达")  # paragraphs written before the index existed are searchable
        assert {h["doc_id"] for h in hits} == {doc_id}


def test_library_from_a_newer_finbrief_is_refused(db_path: Path) -> None:
    Library(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute(f"PRAGMA user_version = {len(migrations()) + 5}")
    raw.commit()
    raw.close()
    with pytest.raises(LibraryError, match="newer"):
        Library(db_path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "notes.sqlite"
    bad.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(LibraryError, match="not a finbrief library"):
        Library(bad)


def test_default_path_env_then_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FINBRIEF_DB", str(tmp_path / "x.sqlite"))
    assert default_path() == tmp_path / "x.sqlite"
    monkeypatch.delenv("FINBRIEF_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    if default_path().parent.parent == tmp_path / "data":  # Linux and other XDG platforms
        assert default_path() == tmp_path / "data" / "finbrief" / "library.sqlite"


def test_split_sql_keeps_trigger_bodies_whole() -> None:
    script = (
        "-- c\nCREATE TABLE a(x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n"
    )
    parts = split_sql(script)
    assert len(parts) == 2 and parts[1].startswith("CREATE TRIGGER") and parts[1].endswith("END;")


def test_migrations_are_numbered_without_gaps() -> None:
    assert [m.number for m in migrations()] == list(range(1, len(migrations()) + 1))
