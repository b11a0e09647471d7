-- Tasklist and the REST API filter tasks by business data (a variable's name and value).
CREATE INDEX IF NOT EXISTS ws_idx_ru_variable_name_text ON ACT_RU_VARIABLE (NAME_, TEXT_);
