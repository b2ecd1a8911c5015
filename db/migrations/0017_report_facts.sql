-- 0017_report_facts: the supervisors' figures (app/reporting/ReportService, docs/reporting.md) read
-- from the dossiers rows instead of replaying every dossier of the period. The facts are derived
-- state like the rest of the row: DossierStateStore writes them with it (EventStore's append,
-- import and rebuild), in the transaction of the event.
ALTER TABLE dossiers ADD COLUMN received_by TEXT;                          -- officer of the Received
ALTER TABLE dossiers ADD COLUMN received_kind INTEGER NOT NULL DEFAULT 0;  -- 0 counter, 1 online submission accepted, 2 digitized backlog
ALTER TABLE dossiers ADD COLUMN finished_by TEXT;                          -- officer of the ResultReady
ALTER TABLE dossiers ADD COLUMN rating INTEGER;                            -- the Returned's 1–5, NULL when none
ALTER TABLE dossiers ADD COLUMN component_numbers TEXT;                    -- numbers filed, "1,2,5"
ALTER TABLE dossiers ADD COLUMN components_paged INTEGER NOT NULL DEFAULT 0;  -- of those, with at least one page
ALTER TABLE dossiers ADD COLUMN components_reused INTEGER NOT NULL DEFAULT 0; -- of those, reused / national database
ALTER TABLE dossiers ADD COLUMN limit_used_permille INTEGER;               -- finished: (finished − received) / (due − received) × 1000
-- Covering indexes: a year of an office's receipts or returns is read from the index alone.
CREATE INDEX dossiers_report_received ON dossiers(office, received_at, received_kind, procedure_code, received_by,
                                                  component_numbers, components_paged, components_reused, code);
CREATE INDEX dossiers_report_returned ON dossiers(office, returned_at, procedure_code, finished_by, late, rating,
                                                  limit_used_permille);
-- The counter time of each receipt, joined to its row: read from this index alone.
CREATE INDEX counter_times_report ON counter_times(dossier_code, outcome, started_at, decided_at);
-- Rows written before this migration lack the facts: the next report rebuilds the derived state
-- from the log first (EventStore::rebuildDerivedState clears the mark).
INSERT OR REPLACE INTO workspace_meta(key, value) SELECT 'derived_state_stale', '0017' WHERE EXISTS (SELECT 1 FROM dossiers);
