-- finbrief library, migration 2: full-text search over paragraphs.
-- The index reads paragraphs.search_text (external content), kept in step by triggers; a library
-- created before this migration gets its existing paragraphs indexed by the final 'rebuild'.
-- unicode61 over text where every CJK character is its own token: a Chinese query of any length
-- is a phrase of characters, an English word a token (see finbrief/library/text.py).

CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
    search_text,
    content = 'paragraphs',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER paragraphs_fts_insert AFTER INSERT ON paragraphs BEGIN
    INSERT INTO paragraphs_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE TRIGGER paragraphs_fts_delete AFTER DELETE ON paragraphs BEGIN
    INSERT INTO paragraphs_fts(paragraphs_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;

CREATE TRIGGER paragraphs_fts_update AFTER UPDATE OF search_text ON paragraphs BEGIN
    INSERT INTO paragraphs_fts(paragraphs_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO paragraphs_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;

INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('rebuild');
