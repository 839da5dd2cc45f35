-- finbrief library, migration 1: documents and everything derived from them.
-- Every row below a document belongs to it (ON DELETE CASCADE), so removing a document is one DELETE.

CREATE TABLE documents (
    id              TEXT PRIMARY KEY,              -- sha256 of the source bytes
    source          TEXT,                          -- file name it was added from (informational)
    title           TEXT,
    language        TEXT NOT NULL,                 -- zh-Hans | zh-Hant | en | mixed
    kind            TEXT NOT NULL,                 -- article | transcript | article+transcript
    media_type      TEXT NOT NULL,
    company         TEXT,                          -- canonical company name, detected
    ticker          TEXT,
    period          TEXT,                          -- calendar quarter reported on, e.g. 2025Q2
    date            TEXT,                          -- ISO date of the event or article, when found
    meta            TEXT NOT NULL DEFAULT '{}',    -- JSON object of Document.meta
    size_bytes      INTEGER,
    paragraph_count INTEGER NOT NULL,
    fact_count      INTEGER NOT NULL DEFAULT 0,
    added_at        TEXT NOT NULL                  -- UTC ISO timestamp
);
CREATE INDEX documents_company ON documents(company, period);
CREATE INDEX documents_added ON documents(added_at);

CREATE TABLE paragraphs (
    id          INTEGER PRIMARY KEY,               -- rowid, the full-text index refers to it
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n           INTEGER NOT NULL,                  -- citation number, from 1
    text        TEXT NOT NULL,                     -- original text, never normalised
    speaker     TEXT,
    section     TEXT,
    role        TEXT NOT NULL DEFAULT 'text',
    body_start  INTEGER NOT NULL DEFAULT 0,
    search_text TEXT NOT NULL,                     -- simplified, case-folded, CJK split into characters
    UNIQUE (doc_id, n)
);

CREATE TABLE speakers (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    name        TEXT NOT NULL,
    aliases     TEXT NOT NULL DEFAULT '[]',        -- JSON list
    role        TEXT,
    affiliation TEXT,
    side        TEXT NOT NULL DEFAULT 'unknown',
    match_names TEXT NOT NULL DEFAULT '',          -- id, name and aliases normalised, one per line
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE qa (
    doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    i        INTEGER NOT NULL,                     -- order in the document, from 1
    asker    TEXT,
    question TEXT NOT NULL,                        -- JSON list of paragraph numbers
    answers  TEXT NOT NULL,                        -- JSON list of {speaker, paragraphs}
    PRIMARY KEY (doc_id, i)
);

CREATE TABLE facts (
    id         INTEGER PRIMARY KEY,
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    i          INTEGER NOT NULL,                   -- order in the document, from 1
    company    TEXT,                               -- the document's company
    subject    TEXT NOT NULL,
    metric     TEXT NOT NULL,
    value      REAL NOT NULL,
    value_high REAL,
    unit       TEXT NOT NULL,
    change     TEXT,                               -- yoy | qoq | NULL
    period     TEXT,                               -- calendar quarter, e.g. 2025Q2
    qualifier  TEXT,                               -- approx | over | under | NULL
    paragraph  INTEGER NOT NULL,
    evidence   TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    speaker    TEXT,
    raw        TEXT NOT NULL DEFAULT '',
    UNIQUE (doc_id, i)
);
CREATE INDEX facts_metric ON facts(metric, subject, period);
CREATE INDEX facts_period ON facts(company, period);

CREATE TABLE outputs (
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,                      -- brief | minutes
    data       TEXT NOT NULL,                      -- JSON as printed by `finbrief brief|minutes -f json`
    created_at TEXT NOT NULL,
    PRIMARY KEY (doc_id, kind)
);
