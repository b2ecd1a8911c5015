-- 0014_queue_indexes: the Dossiers page's queues (app/casework/DossierQueues) over 100,000 dossiers.
-- Measured with tools/bench queues (docs/performance.md): without them, counting a queue read every
-- row of its status, and sorting a big queue by name, receipt or procedure sorted all its rows.
-- What every queue tests, in one covering index: counts read the index alone.
CREATE INDEX dossiers_queue ON dossiers(status_code, paused, awaiting_approval, office, holder, due_at);
-- The conflict queue: the few dossiers with conflicts, not a scan of all.
CREATE INDEX dossiers_conflicts ON dossiers(conflicts) WHERE conflicts > 0;
-- A queue sorted by a column reads the status's rows in that column's order and stops after a page.
CREATE INDEX dossiers_status_name ON dossiers(status_code, applicant_name_folded);
CREATE INDEX dossiers_status_received ON dossiers(status_code, received_at);
CREATE INDEX dossiers_status_procedure ON dossiers(status_code, procedure_code);
