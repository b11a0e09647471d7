-- Tasklist and the REST API filter tasks by business data (a variable's name and value). A B-tree
-- on (NAME_, TEXT_) would refuse every string variable whose value does not fit in a third of a page
-- (2704 bytes after compression; TEXT_ holds up to 4000 characters): completing a form with a long
-- text would fail. A hash index keeps only a hash of the value, so it takes any length, and serves
-- the equality filters the engine runs (TEXT_ = ?); the name is checked on the rows it finds.
CREATE INDEX IF NOT EXISTS ws_idx_ru_variable_text ON ACT_RU_VARIABLE USING HASH (TEXT_);
