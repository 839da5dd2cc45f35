-- The names a document gives its company ("NovaSky Technology Group", "星穹科技集团"), as the facts
-- stage found them: the timeline reads "NovaSky Cloud" and "星穹云" as that company's cloud line.
-- Older rows have none ('[]').
ALTER TABLE documents ADD COLUMN company_names TEXT NOT NULL DEFAULT '[]';
