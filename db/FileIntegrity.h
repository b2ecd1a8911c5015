#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace motcua {

// The file-level checks of `audit verify`, on the caller's connection (outside any transaction).
//
// SQLCipher 3.4.1 has no `PRAGMA cipher_integrity_check` (it came with SQLCipher 4; 3.4.1 ignores
// the unknown pragma and answers nothing, which would read as "no problem"). `PRAGMA
// integrity_check` does the work here: it reads every page of every table and index b-tree
// (overflow pages included) through the codec, so a page whose bytes were changed in the file
// fails its HMAC and the statement fails; SQLite's own structural problems come back as rows.
// Pages on the free list hold no data and are not read.
class FileIntegrity {
public:
    explicit FileIntegrity(QSqlDatabase db);

    // Empty when every page decrypts and SQLite finds the structure sound. Otherwise the problems
    // (the first few as SQLite words them, long numbers — row ids: a citizen's row id is their ID
    // number — replaced by "…"; the pages that could not be read after a failed one, counted).
    QStringList pages() const;

    // Long digit runs (7 or more) replaced by "…": what SQLite says may name a row id.
    static QString redactNumbers(const QString &text);

private:
    QSqlDatabase m_db;
};

} // namespace motcua
