-- The H2 twin of postgresql/V6__dashboard_indexen.sql (both databases stay at the same version).
-- H2 has no partial indexes: the running-instance count per process and municipality gets a plain
-- index on the same columns. Planner statistics on expressions do not exist in H2; H2 is the
-- embedded demo database, not the one that holds 100,000 open tasks.
CREATE INDEX IF NOT EXISTS ws_idx_ru_exe_procinst ON ACT_RU_EXECUTION (TENANT_ID_, PROC_DEF_ID_);
