-- A migration that fails half-way: the first statements succeed, the last one does not.
-- The runner must roll all of it back and name this migration in its error.
CREATE TABLE broken_new(a INTEGER);
INSERT INTO broken_new VALUES (1);
INSERT INTO workspace_meta(key, value) VALUES ('broken-was-here', 'yes');
CREATE TABLE offices(code TEXT); -- already exists: fails
