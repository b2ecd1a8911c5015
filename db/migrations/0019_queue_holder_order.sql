-- 0019_queue_holder_order: a queue sorted by holder reads its status's rows in holder order and stops
-- after a page (as 0014's status + name / receipt / procedure indexes do); without it the processing
-- queue (a tenth of the workspace) was read and sorted whole (docs/performance.md "Queues").
CREATE INDEX dossiers_status_holder ON dossiers(status_code, holder);
