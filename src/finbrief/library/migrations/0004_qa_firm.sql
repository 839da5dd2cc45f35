-- A Q&A pair names the firm its asker spoke for (roster, label or the operator's introduction).
-- Older rows have none (NULL).
ALTER TABLE qa ADD COLUMN firm TEXT;
