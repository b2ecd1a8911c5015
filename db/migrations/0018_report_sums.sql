-- 0018_report_sums: monthly partial sums of the report facts (0017), so that the dashboard for a
-- year reads 12 × procedures × officers × kinds rows instead of grouping 100,000 index entries
-- (docs/reporting.md "Monthly sums", docs/performance.md "Dashboard"). A month is a UTC calendar
-- month of the row's time (`substr(received_at, 1, 7)`): the sums do not depend on the office's time
-- zone; ReportService reads the whole UTC months inside a period from here and the edges (office-local
-- midnight to the month boundary) from the rows, so the figures are exactly the rows' figures.
-- The sums are derived state kept by the triggers below in the transaction of every change of a
-- `dossiers` or `counter_times` row (append, import, rebuild, migrations); EventStore's rebuild drops
-- the dossiers triggers for its bulk load and refills the sums in one pass (db/ReportSums).
-- Keys are never NULL (NULL would make every row its own key): '' stands for none. The triggers use
-- no conflict clause of their own (INSERT OR IGNORE …): the statement that fires a trigger imposes
-- its own (the store's INSERT OR REPLACE would turn it into a REPLACE that zeroes a month's sums);
-- a sums row is inserted only when missing.
CREATE TABLE report_received_sums(
    office            TEXT NOT NULL,
    month             TEXT NOT NULL,     -- YYYY-MM (UTC) of received_at
    procedure_code    TEXT NOT NULL,
    received_by       TEXT NOT NULL,
    received_kind     INTEGER NOT NULL,
    component_numbers TEXT NOT NULL,
    dossiers          INTEGER NOT NULL DEFAULT 0,
    components_paged  INTEGER NOT NULL DEFAULT 0,
    components_reused INTEGER NOT NULL DEFAULT 0,
    timed             INTEGER NOT NULL DEFAULT 0,   -- receipts with a counter time
    timed_ms          INTEGER NOT NULL DEFAULT 0,   -- their counter times, milliseconds
    PRIMARY KEY(office, month, procedure_code, received_by, received_kind, component_numbers)
) WITHOUT ROWID;
CREATE TABLE report_returned_sums(
    office          TEXT NOT NULL,
    month           TEXT NOT NULL,       -- YYYY-MM (UTC) of returned_at
    procedure_code  TEXT NOT NULL,
    finished_by     TEXT NOT NULL,
    late            INTEGER NOT NULL,
    dossiers        INTEGER NOT NULL DEFAULT 0,
    rating_sum      INTEGER NOT NULL DEFAULT 0,
    ratings         INTEGER NOT NULL DEFAULT 0,
    used_sum        INTEGER NOT NULL DEFAULT 0,   -- limit_used_permille
    used            INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(office, month, procedure_code, finished_by, late)
) WITHOUT ROWID;

-- A REPLACE deletes the old row without firing delete triggers (recursive_triggers is off): delete it
-- first, explicitly, so that its contribution is taken off the sums.
CREATE TRIGGER dossiers_sums_replace BEFORE INSERT ON dossiers BEGIN
    DELETE FROM dossiers WHERE code = NEW.code;
END;
CREATE TRIGGER dossiers_sums_insert AFTER INSERT ON dossiers BEGIN
    INSERT INTO report_received_sums(office, month, procedure_code, received_by, received_kind, component_numbers)
        SELECT ifnull(NEW.office, ''), substr(NEW.received_at, 1, 7), ifnull(NEW.procedure_code, ''), ifnull(NEW.received_by, ''),
               NEW.received_kind, ifnull(NEW.component_numbers, '')
        WHERE NEW.received_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_received_sums
              WHERE office = ifnull(NEW.office, '') AND month = substr(NEW.received_at, 1, 7) AND procedure_code = ifnull(NEW.procedure_code, '')
                AND received_by = ifnull(NEW.received_by, '') AND received_kind = NEW.received_kind
                AND component_numbers = ifnull(NEW.component_numbers, ''));
    UPDATE report_received_sums SET dossiers = dossiers + 1, components_paged = components_paged + NEW.components_paged,
               components_reused = components_reused + NEW.components_reused,
               timed = timed + (SELECT count(*) FROM counter_times WHERE dossier_code = NEW.code AND outcome = 'Received'),
               timed_ms = timed_ms + ifnull((SELECT CAST(round((julianday(decided_at) - julianday(started_at)) * 86400000.0) AS INTEGER)
                                             FROM counter_times WHERE dossier_code = NEW.code AND outcome = 'Received'), 0)
        WHERE office = ifnull(NEW.office, '') AND month = substr(NEW.received_at, 1, 7) AND procedure_code = ifnull(NEW.procedure_code, '')
          AND received_by = ifnull(NEW.received_by, '') AND received_kind = NEW.received_kind
          AND component_numbers = ifnull(NEW.component_numbers, '');
    INSERT INTO report_returned_sums(office, month, procedure_code, finished_by, late)
        SELECT ifnull(NEW.office, ''), substr(NEW.returned_at, 1, 7), ifnull(NEW.procedure_code, ''), ifnull(NEW.finished_by, ''), NEW.late
        WHERE NEW.returned_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_returned_sums
              WHERE office = ifnull(NEW.office, '') AND month = substr(NEW.returned_at, 1, 7) AND procedure_code = ifnull(NEW.procedure_code, '')
                AND finished_by = ifnull(NEW.finished_by, '') AND late = NEW.late);
    UPDATE report_returned_sums SET dossiers = dossiers + 1, rating_sum = rating_sum + ifnull(NEW.rating, 0),
               ratings = ratings + (NEW.rating IS NOT NULL), used_sum = used_sum + ifnull(NEW.limit_used_permille, 0),
               used = used + (NEW.limit_used_permille IS NOT NULL)
        WHERE office = ifnull(NEW.office, '') AND month = substr(NEW.returned_at, 1, 7) AND procedure_code = ifnull(NEW.procedure_code, '')
          AND finished_by = ifnull(NEW.finished_by, '') AND late = NEW.late;
END;
CREATE TRIGGER dossiers_sums_delete AFTER DELETE ON dossiers BEGIN
    UPDATE report_received_sums SET dossiers = dossiers - 1, components_paged = components_paged - OLD.components_paged,
               components_reused = components_reused - OLD.components_reused,
               timed = timed - (SELECT count(*) FROM counter_times WHERE dossier_code = OLD.code AND outcome = 'Received'),
               timed_ms = timed_ms - ifnull((SELECT CAST(round((julianday(decided_at) - julianday(started_at)) * 86400000.0) AS INTEGER)
                                             FROM counter_times WHERE dossier_code = OLD.code AND outcome = 'Received'), 0)
        WHERE office = ifnull(OLD.office, '') AND month = substr(OLD.received_at, 1, 7) AND procedure_code = ifnull(OLD.procedure_code, '')
          AND received_by = ifnull(OLD.received_by, '') AND received_kind = OLD.received_kind
          AND component_numbers = ifnull(OLD.component_numbers, '');
    DELETE FROM report_received_sums WHERE office = ifnull(OLD.office, '') AND month = substr(OLD.received_at, 1, 7)
          AND procedure_code = ifnull(OLD.procedure_code, '') AND received_by = ifnull(OLD.received_by, '')
          AND received_kind = OLD.received_kind AND component_numbers = ifnull(OLD.component_numbers, '') AND dossiers = 0;
    UPDATE report_returned_sums SET dossiers = dossiers - 1, rating_sum = rating_sum - ifnull(OLD.rating, 0),
               ratings = ratings - (OLD.rating IS NOT NULL), used_sum = used_sum - ifnull(OLD.limit_used_permille, 0),
               used = used - (OLD.limit_used_permille IS NOT NULL)
        WHERE office = ifnull(OLD.office, '') AND month = substr(OLD.returned_at, 1, 7) AND procedure_code = ifnull(OLD.procedure_code, '')
          AND finished_by = ifnull(OLD.finished_by, '') AND late = OLD.late;
    DELETE FROM report_returned_sums WHERE office = ifnull(OLD.office, '') AND month = substr(OLD.returned_at, 1, 7)
          AND procedure_code = ifnull(OLD.procedure_code, '') AND finished_by = ifnull(OLD.finished_by, '') AND late = OLD.late
          AND dossiers = 0;
END;
-- An UPDATE (a migration's): the old row off, the new one on — the two triggers above, as SQL.
CREATE TRIGGER dossiers_sums_update AFTER UPDATE ON dossiers BEGIN
    UPDATE report_received_sums SET dossiers = dossiers - 1, components_paged = components_paged - OLD.components_paged,
               components_reused = components_reused - OLD.components_reused,
               timed = timed - (SELECT count(*) FROM counter_times WHERE dossier_code = OLD.code AND outcome = 'Received'),
               timed_ms = timed_ms - ifnull((SELECT CAST(round((julianday(decided_at) - julianday(started_at)) * 86400000.0) AS INTEGER)
                                             FROM counter_times WHERE dossier_code = OLD.code AND outcome = 'Received'), 0)
        WHERE office = ifnull(OLD.office, '') AND month = substr(OLD.received_at, 1, 7) AND procedure_code = ifnull(OLD.procedure_code, '')
          AND received_by = ifnull(OLD.received_by, '') AND received_kind = OLD.received_kind
          AND component_numbers = ifnull(OLD.component_numbers, '');
    DELETE FROM report_received_sums WHERE office = ifnull(OLD.office, '') AND month = substr(OLD.received_at, 1, 7)
          AND procedure_code = ifnull(OLD.procedure_code, '') AND received_by = ifnull(OLD.received_by, '')
          AND received_kind = OLD.received_kind AND component_numbers = ifnull(OLD.component_numbers, '') AND dossiers = 0;
    UPDATE report_returned_sums SET dossiers = dossiers - 1, rating_sum = rating_sum - ifnull(OLD.rating, 0),
               ratings = ratings - (OLD.rating IS NOT NULL), used_sum = used_sum - ifnull(OLD.limit_used_permille, 0),
               used = used - (OLD.limit_used_permille IS NOT NULL)
        WHERE office = ifnull(OLD.office, '') AND month = substr(OLD.returned_at, 1, 7) AND procedure_code = ifnull(OLD.procedure_code, '')
          AND finished_by = ifnull(OLD.finished_by, '') AND late = OLD.late;
    DELETE FROM report_returned_sums WHERE office = ifnull(OLD.office, '') AND month = substr(OLD.returned_at, 1, 7)
          AND procedure_code = ifnull(OLD.procedure_code, '') AND finished_by = ifnull(OLD.finished_by, '') AND late = OLD.late
          AND dossiers = 0;
    INSERT INTO report_received_sums(office, month, procedure_code, received_by, received_kind, component_numbers)
        SELECT ifnull(NEW.office, ''), substr(NEW.received_at, 1, 7), ifnull(NEW.procedure_code, ''), ifnull(NEW.received_by, ''),
               NEW.received_kind, ifnull(NEW.component_numbers, '')
        WHERE NEW.received_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_received_sums
              WHERE office = ifnull(NEW.office, '') AND month = substr(NEW.received_at, 1, 7) AND procedure_code = ifnull(NEW.procedure_code, '')
                AND received_by = ifnull(NEW.received_by, '') AND received_kind = NEW.received_kind
                AND component_numbers = ifnull(NEW.component_numbers, ''));
    UPDATE report_received_sums SET dossiers = dossiers + 1, components_paged = components_paged + NEW.components_paged,
               components_reused = components_reused + NEW.components_reused,
               timed = timed + (SELECT count(*) FROM counter_times WHERE dossier_code = NEW.code AND outcome = 'Received'),
               timed_ms = timed_ms + ifnull((SELECT CAST(round((julianday(decided_at) - julianday(started_at)) * 86400000.0) AS INTEGER)
                                             FROM counter_times WHERE dossier_code = NEW.code AND outcome = 'Received'), 0)
        WHERE office = ifnull(NEW.office, '') AND month = substr(NEW.received_at, 1, 7) AND procedure_code = ifnull(NEW.procedure_code, '')
          AND received_by = ifnull(NEW.received_by, '') AND received_kind = NEW.received_kind
          AND component_numbers = ifnull(NEW.component_numbers, '');
    INSERT INTO report_returned_sums(office, month, procedure_code, finished_by, late)
        SELECT ifnull(NEW.office, ''), substr(NEW.returned_at, 1, 7), ifnull(NEW.procedure_code, ''), ifnull(NEW.finished_by, ''), NEW.late
        WHERE NEW.returned_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_returned_sums
              WHERE office = ifnull(NEW.office, '') AND month = substr(NEW.returned_at, 1, 7) AND procedure_code = ifnull(NEW.procedure_code, '')
                AND finished_by = ifnull(NEW.finished_by, '') AND late = NEW.late);
    UPDATE report_returned_sums SET dossiers = dossiers + 1, rating_sum = rating_sum + ifnull(NEW.rating, 0),
               ratings = ratings + (NEW.rating IS NOT NULL), used_sum = used_sum + ifnull(NEW.limit_used_permille, 0),
               used = used + (NEW.limit_used_permille IS NOT NULL)
        WHERE office = ifnull(NEW.office, '') AND month = substr(NEW.returned_at, 1, 7) AND procedure_code = ifnull(NEW.procedure_code, '')
          AND finished_by = ifnull(NEW.finished_by, '') AND late = NEW.late;
END;

-- The counter time of a receipt, recorded (INSERT OR REPLACE) before or after its dossiers row: its
-- contribution goes onto the sums row of its dossier, if that row is there (else the dossier's own
-- insert picks it up).
CREATE TRIGGER counter_times_sums_replace BEFORE INSERT ON counter_times BEGIN
    DELETE FROM counter_times WHERE dossier_code = NEW.dossier_code;
END;
CREATE TRIGGER counter_times_sums_insert AFTER INSERT ON counter_times WHEN NEW.outcome = 'Received' BEGIN
    UPDATE report_received_sums SET timed = timed + 1,
               timed_ms = timed_ms + ifnull(CAST(round((julianday(NEW.decided_at) - julianday(NEW.started_at)) * 86400000.0) AS INTEGER), 0)
        WHERE office = (SELECT ifnull(office, '') FROM dossiers WHERE code = NEW.dossier_code AND received_at IS NOT NULL)
              AND month = (SELECT substr(received_at, 1, 7) FROM dossiers WHERE code = NEW.dossier_code)
              AND procedure_code = (SELECT ifnull(procedure_code, '') FROM dossiers WHERE code = NEW.dossier_code)
              AND received_by = (SELECT ifnull(received_by, '') FROM dossiers WHERE code = NEW.dossier_code)
              AND received_kind = (SELECT received_kind FROM dossiers WHERE code = NEW.dossier_code)
              AND component_numbers = (SELECT ifnull(component_numbers, '') FROM dossiers WHERE code = NEW.dossier_code);
END;
CREATE TRIGGER counter_times_sums_delete AFTER DELETE ON counter_times WHEN OLD.outcome = 'Received' BEGIN
    UPDATE report_received_sums SET timed = timed - 1,
               timed_ms = timed_ms - ifnull(CAST(round((julianday(OLD.decided_at) - julianday(OLD.started_at)) * 86400000.0) AS INTEGER), 0)
        WHERE office = (SELECT ifnull(office, '') FROM dossiers WHERE code = OLD.dossier_code AND received_at IS NOT NULL)
              AND month = (SELECT substr(received_at, 1, 7) FROM dossiers WHERE code = OLD.dossier_code)
              AND procedure_code = (SELECT ifnull(procedure_code, '') FROM dossiers WHERE code = OLD.dossier_code)
              AND received_by = (SELECT ifnull(received_by, '') FROM dossiers WHERE code = OLD.dossier_code)
              AND received_kind = (SELECT received_kind FROM dossiers WHERE code = OLD.dossier_code)
              AND component_numbers = (SELECT ifnull(component_numbers, '') FROM dossiers WHERE code = OLD.dossier_code);
END;
CREATE TRIGGER counter_times_sums_update AFTER UPDATE OF dossier_code, outcome, started_at, decided_at ON counter_times BEGIN
    UPDATE report_received_sums SET timed = timed - 1,
               timed_ms = timed_ms - ifnull(CAST(round((julianday(OLD.decided_at) - julianday(OLD.started_at)) * 86400000.0) AS INTEGER), 0)
        WHERE OLD.outcome = 'Received' AND office = (SELECT ifnull(office, '') FROM dossiers WHERE code = OLD.dossier_code AND received_at IS NOT NULL)
              AND month = (SELECT substr(received_at, 1, 7) FROM dossiers WHERE code = OLD.dossier_code)
              AND procedure_code = (SELECT ifnull(procedure_code, '') FROM dossiers WHERE code = OLD.dossier_code)
              AND received_by = (SELECT ifnull(received_by, '') FROM dossiers WHERE code = OLD.dossier_code)
              AND received_kind = (SELECT received_kind FROM dossiers WHERE code = OLD.dossier_code)
              AND component_numbers = (SELECT ifnull(component_numbers, '') FROM dossiers WHERE code = OLD.dossier_code);
    UPDATE report_received_sums SET timed = timed + 1,
               timed_ms = timed_ms + ifnull(CAST(round((julianday(NEW.decided_at) - julianday(NEW.started_at)) * 86400000.0) AS INTEGER), 0)
        WHERE NEW.outcome = 'Received' AND office = (SELECT ifnull(office, '') FROM dossiers WHERE code = NEW.dossier_code AND received_at IS NOT NULL)
              AND month = (SELECT substr(received_at, 1, 7) FROM dossiers WHERE code = NEW.dossier_code)
              AND procedure_code = (SELECT ifnull(procedure_code, '') FROM dossiers WHERE code = NEW.dossier_code)
              AND received_by = (SELECT ifnull(received_by, '') FROM dossiers WHERE code = NEW.dossier_code)
              AND received_kind = (SELECT received_kind FROM dossiers WHERE code = NEW.dossier_code)
              AND component_numbers = (SELECT ifnull(component_numbers, '') FROM dossiers WHERE code = NEW.dossier_code);
END;

-- The sums of the rows already there.
INSERT INTO report_received_sums(office, month, procedure_code, received_by, received_kind, component_numbers, dossiers,
                                 components_paged, components_reused, timed, timed_ms)
    SELECT ifnull(d.office, ''), substr(d.received_at, 1, 7), ifnull(d.procedure_code, ''), ifnull(d.received_by, ''), d.received_kind,
           ifnull(d.component_numbers, ''), count(*), sum(d.components_paged), sum(d.components_reused), count(c.dossier_code),
           ifnull(sum(CAST(round((julianday(c.decided_at) - julianday(c.started_at)) * 86400000.0) AS INTEGER)), 0)
    FROM dossiers d LEFT JOIN counter_times c ON c.dossier_code = d.code AND c.outcome = 'Received'
    WHERE d.received_at IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6;
INSERT INTO report_returned_sums(office, month, procedure_code, finished_by, late, dossiers, rating_sum, ratings, used_sum, used)
    SELECT ifnull(office, ''), substr(returned_at, 1, 7), ifnull(procedure_code, ''), ifnull(finished_by, ''), late, count(*),
           ifnull(sum(rating), 0), count(rating), ifnull(sum(limit_used_permille), 0), count(limit_used_permille)
    FROM dossiers WHERE returned_at IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5;
