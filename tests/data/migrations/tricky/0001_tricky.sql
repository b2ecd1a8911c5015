-- Statement splitting: none of the semicolons below may cut a statement.
/* a block comment; with a semicolon */
CREATE TABLE t(id INTEGER PRIMARY KEY, s TEXT NOT NULL); -- trailing comment; too
CREATE TABLE log(msg TEXT);
INSERT INTO t(s) VALUES ('a;b'), ('it''s; quoted'), ('-- not a comment; really'), ('/* nor; this */');
CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN
    INSERT INTO log(msg) VALUES ('inserted;' || new.s);
    INSERT INTO log(msg) VALUES ('second; statement');
END;
INSERT INTO t(s) VALUES ('Đức; Hà Nội');
