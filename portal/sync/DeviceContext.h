#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace motcua::portal {

// The device a push, a bundle or a changes request acts for, as the portal knows it.
struct DeviceContext {
    QString device;            // uuid text, without braces
    QString office;            // the office it is enrolled in
    QByteArray publicKey;      // Ed25519, 32 bytes
    QStringList visibleOffices; // its office, and a province centre's communes
    bool sees(const QString &code) const { return visibleOffices.contains(code); }
};

} // namespace motcua::portal
