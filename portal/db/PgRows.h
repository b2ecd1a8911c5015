#pragma once

#include <QByteArrayView>
#include <QVariant>

struct pg_result;   // libpq's PGresult

namespace motcua::portal {

// The rows of one statement Statements ran, read through libpq's result (the whole result is in
// memory: the statements it runs return a batch's rows, not tables). Read like a forward-only
// QSqlQuery: next() before the first row, value(column) typed by the column's PostgreSQL type as
// QPSQL types it (bool, integers, double, timestamptz as a UTC QDateTime, bytea as bytes, the rest
// as text); text(column) gives the column's text bytes without a conversion.
class PgRows {
public:
    PgRows() = default;
    explicit PgRows(pg_result *result);   // takes it
    ~PgRows();
    PgRows(PgRows &&other) noexcept;
    PgRows &operator=(PgRows &&other) noexcept;
    PgRows(const PgRows &) = delete;
    PgRows &operator=(const PgRows &) = delete;

    bool next();
    QVariant value(int column) const;
    bool isNull(int column) const;
    QByteArrayView text(int column) const;   // UTF-8 (PostgreSQL's client encoding), empty for NULL
    int size() const { return m_rows; }
    qint64 affected() const;   // rows an INSERT, UPDATE or DELETE touched

private:
    pg_result *m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
};

} // namespace motcua::portal
