-- The managers' dashboard reads figures kept up to date as instances, decisions and tasks complete
-- (nl.werkstroom.dashboard.rollup), so its queries do not grow with the history tables.

-- Instances started, per ISO week (the Monday, Europe/Amsterdam) of their start.
CREATE TABLE ws_dash_gestart (
  proces_sleutel VARCHAR(255) NOT NULL,
  gemeente       VARCHAR(64)  NOT NULL,
  week           DATE         NOT NULL,
  aantal         BIGINT       NOT NULL,
  PRIMARY KEY (proces_sleutel, gemeente, week)
);

-- A histogram of measured durations per ISO week of the moment the measured period ended.
-- meting: 'afgerond' (instance ended), 'besluit' (decision reached), 'taak' (user task completed);
-- onderdeel: '' for afgerond, the activity id for besluit and taak; duur_uren: the duration class
-- (DuurKlasse); op_tijd: 1 on time, 0 late, -1 no deadline known.
CREATE TABLE ws_dash_duur (
  proces_sleutel VARCHAR(255) NOT NULL,
  gemeente       VARCHAR(64)  NOT NULL,
  meting         VARCHAR(20)  NOT NULL,
  onderdeel      VARCHAR(255) NOT NULL,
  week           DATE         NOT NULL,
  duur_uren      INTEGER      NOT NULL,
  op_tijd        SMALLINT     NOT NULL,
  aantal         BIGINT       NOT NULL,
  duur_ms_som    BIGINT       NOT NULL,
  PRIMARY KEY (proces_sleutel, gemeente, meting, onderdeel, week, duur_uren, op_tijd)
);

-- The dashboard reads a measure for the caller's municipalities over a range of weeks, with or
-- without a process.
CREATE INDEX ws_idx_dash_duur_meting ON ws_dash_duur (meting, gemeente, week);
CREATE INDEX ws_idx_dash_gestart_week ON ws_dash_gestart (gemeente, week);

-- Engine indexes that stock Camunda 7.24 lacks (measured at volume, see DESIGN.md): completing a
-- task looks for its subtasks; history counts per process definition and period. The index for
-- filtering tasks by business data differs per database: V4.1.
CREATE INDEX IF NOT EXISTS ws_idx_ru_task_parent ON ACT_RU_TASK (PARENT_TASK_ID_);
CREATE INDEX IF NOT EXISTS ws_idx_hi_procinst_def_start ON ACT_HI_PROCINST (PROC_DEF_ID_, START_TIME_);
