-- Facts say whether a figure is a comparison base ("versus $151.3 million a year ago": basis
-- 'prior') and whether an amount is per share (per 'share'). Older rows have neither (NULL).
ALTER TABLE facts ADD COLUMN basis TEXT;
ALTER TABLE facts ADD COLUMN per TEXT;
