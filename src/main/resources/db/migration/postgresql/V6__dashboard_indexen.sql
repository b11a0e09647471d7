-- Indexes and planner statistics that the dashboard benchmark (DashboardBenchmark: 1,000,000
-- completed instances, 100,000 open tasks) showed to matter on PostgreSQL.

-- The dashboard counts running process instances per process and municipality (ID_ = PROC_INST_ID_
-- marks the process instance among its executions). Stock 7.24 has no index for it, so every
-- request read the whole execution table; this partial index holds only process instances and lets
-- the count read the index alone.
CREATE INDEX IF NOT EXISTS ws_idx_ru_exe_procinst ON ACT_RU_EXECUTION (TENANT_ID_, PROC_DEF_ID_)
  WHERE ID_ = PROC_INST_ID_;

-- Tasklist's task query checks authorizations with "PERMS_ & <permission> = <permission>". Without
-- statistics on those expressions PostgreSQL guesses that a few hundred authorizations match, where
-- every open task of a candidate group has one of its own (the engine grants it), and joins every
-- task against all of them: the count of "Taken van mijn groepen" took minutes at 100,000 open tasks.
-- With these statistics it probes the authorization index per task instead (under a second). Bits:
-- READ on a task (2) and READ_TASK on a process definition (64).
-- This helps only a plan made for the actual values: after five executions of a server-prepared
-- statement PostgreSQL may switch to its generic plan, which cannot use these statistics and is the
-- slow one again. Connections to PostgreSQL therefore need plan_cache_mode = force_custom_plan
-- (configuration, not a migration: see the benchmark's report).
-- Statistics on expressions exist from PostgreSQL 14 on; older servers keep the engine's plan.
DO $$
BEGIN
  IF current_setting('server_version_num')::integer >= 140000 THEN
    EXECUTE 'CREATE STATISTICS IF NOT EXISTS ws_stat_auth_perms_read ON (PERMS_ & 2) FROM ACT_RU_AUTHORIZATION';
    EXECUTE 'CREATE STATISTICS IF NOT EXISTS ws_stat_auth_perms_read_task ON (PERMS_ & 64) FROM ACT_RU_AUTHORIZATION';
    EXECUTE 'ANALYZE ACT_RU_AUTHORIZATION';
  END IF;
END
$$;
