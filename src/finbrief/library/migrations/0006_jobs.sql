-- Long work the server runs as a job (an upload of several files, a summary by a language model)
-- has a status URL; its state is kept here, so a restart of the server does not forget it.
CREATE TABLE jobs (
    id          TEXT PRIMARY KEY,                  -- random, in the status URL
    kind        TEXT NOT NULL,                     -- upload | brief | minutes
    state       TEXT NOT NULL,                     -- running | done | failed | interrupted
    total       INTEGER NOT NULL,                  -- units of work (files, summaries)
    done        INTEGER NOT NULL DEFAULT 0,
    items       TEXT NOT NULL DEFAULT '[]',        -- JSON list: one object per finished unit
    result      TEXT,                              -- JSON: what a summary job made
    error       TEXT,                              -- why a job failed or was interrupted
    owner       TEXT NOT NULL DEFAULT '',          -- host:pid of the server running it
    created_at  TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX jobs_created ON jobs(created_at);
