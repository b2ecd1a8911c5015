-- Which dossier each part of a digitized paper stack became (motcua-cli digitize). Written in the
-- dossier's own transaction, so a digitize run killed half-way can be run again on the same stack:
-- the parts already received are recognised (the stack by the SHA-256 of its files' bytes, a part
-- by its place in the stack) and their codes printed again instead of receiving them twice.
CREATE TABLE digitized_parts(
    stack_sha256 TEXT NOT NULL,      -- hex SHA-256 over the stack's files, in reading order
    part         INTEGER NOT NULL,   -- 0-based index of the dossier in the stack
    dossier_code TEXT NOT NULL,
    PRIMARY KEY (stack_sha256, part)
);
