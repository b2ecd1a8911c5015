#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace motcua {

// Line and column (1-based; the column counts characters, not bytes) of a place in a JSON text.
struct JsonPosition {
    int line = 0; // 0 = unknown
    int column = 0;
};

// Where each value of a well-formed JSON text starts, keyed by its JSON pointer
// ("/procedures/3/components/1/name"). QJsonDocument forgets positions, but an officer fixing a
// catalog by hand needs "line 42", so the text is scanned once more with this small scanner.
// It also notices duplicate object keys, which QJsonDocument silently collapses.
class JsonPositions {
public:
    // `json` must already have parsed with QJsonDocument (the scanner assumes well-formedness
    // and stops quietly on anything unexpected).
    static JsonPositions scan(const QByteArray &json);

    // Position of the value at `pointer`, or of its nearest recorded ancestor.
    JsonPosition at(const QString &pointer) const;

    struct Duplicate {
        QString pointer; // the repeated member ("/procedures/2/name")
        JsonPosition position;
    };
    const std::optional<Duplicate> &firstDuplicateKey() const { return m_duplicate; }

    // Byte offset (e.g. QJsonParseError::offset) → line and column.
    static JsonPosition positionOf(const QByteArray &json, qsizetype offset);

    // JSON pointer escaping of one key ('~' → "~0", '/' → "~1").
    static QString escapeKey(const QString &key);

private:
    QHash<QString, JsonPosition> m_positions;
    std::optional<Duplicate> m_duplicate;
};

} // namespace motcua
