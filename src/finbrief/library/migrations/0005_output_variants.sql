-- Outputs are kept per backend, model and language: an extractive brief and one written by a
-- language model, or an English and a Chinese brief of the same document, are stored side by side.
-- Rows stored before this migration were written by the extractive backend; their language is the
-- one their JSON says.
CREATE TABLE outputs_by_variant (
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,                      -- brief | minutes
    backend    TEXT NOT NULL DEFAULT 'extractive', -- extractive | llm
    model      TEXT NOT NULL DEFAULT '',           -- the model that wrote it ('' for extractive)
    lang       TEXT NOT NULL DEFAULT '',           -- en | zh-Hans | zh-Hant
    data       TEXT NOT NULL,                      -- JSON as printed by `finbrief brief|minutes -f json`
    created_at TEXT NOT NULL,
    PRIMARY KEY (doc_id, kind, backend, model, lang)
);
INSERT INTO outputs_by_variant(doc_id, kind, backend, model, lang, data, created_at)
    SELECT doc_id, kind, 'extractive', '', COALESCE(json_extract(data, '$.lang'), ''), data, created_at
    FROM outputs;
DROP TABLE outputs;
ALTER TABLE outputs_by_variant RENAME TO outputs;
