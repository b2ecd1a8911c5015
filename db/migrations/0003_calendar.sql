-- 0003_calendar: the workspace's own calendar entries and office hours (working-day calendar).
-- Runs in one transaction with its schema_migrations row. SQLite 3.15 dialect (SQLCipher 3.4).
-- calendar_days layers over the bundled official table and the Labor Code rules, date by date
-- (HolidayCalendar): 'off' = a day off (holiday, compensatory, swapped), 'work' = a make-up
-- working day. office_hours: one row per opening session; an office with no rows keeps the
-- default hours (07:30-11:30, 13:00-17:00, Mon-Fri); with rows, a weekday without rows is closed.
-- Times are office-local "HH:MM"; weekday 1 = Monday … 7 = Sunday.

CREATE TABLE calendar_days(
    date        TEXT PRIMARY KEY,                          -- YYYY-MM-DD
    kind        TEXT NOT NULL CHECK(kind IN ('off','work')),
    description TEXT NOT NULL,
    source      TEXT NOT NULL DEFAULT 'admin'              -- 'admin', 'portal', a notice number
);

CREATE TABLE office_hours(
    office_code TEXT NOT NULL,
    weekday     INTEGER NOT NULL CHECK(weekday BETWEEN 1 AND 7),
    "start"     TEXT NOT NULL,
    "end"       TEXT NOT NULL,
    PRIMARY KEY(office_code, weekday, "start")
);
