-- 0010_form02_awaits_supplement: a dossier whose counter outcome was a Form 02 (supplement requested
-- at the counter) now derives national status 5 "supplement required" instead of 1 "newly
-- registered" (domain/dossier/StateMachineApply.cpp). Until this version no event led to status 1
-- any other way, so every derived row at 1 is such a dossier; the events themselves are unchanged
-- and EventStore::rebuildDerivedState() gives the same result.
UPDATE dossiers SET status = 'supplement-required', status_code = 5 WHERE status_code = 1;
