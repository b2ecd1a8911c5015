#pragma once

#include "domain/dossier/Event.h"
#include "support/PortalHttp.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace motcua::test {

// A counter PC as the portal sees it, without the client: an Ed25519 key made here, enrolled
// through the HTTP API with an officer's password, events built and sealed with the domain's own
// functions (eventlog::sealLocal → chain::sealOnDevice, Event::toJson) and pushed signed as
// docs/sync-protocol.md says. Not thread-safe; one per thread.
class TestDevice {
public:
    explicit TestDevice(QUrl portal);

    // POST /v1/auth/login, POST /v1/devices with a fresh key, POST /v1/auth/device. Empty on success,
    // else what failed (for QVERIFY2).
    QString enroll(const QString &login, const QString &password);
    QString refreshToken();   // a new device token (POST /v1/auth/device)
    void setToken(const QString &token) { m_token = token; }
    // Moves this device's chain head back (to build a fork: another event at a taken sequence).
    void rewind(qint64 seq, const QByteArray &hash) { m_seq = seq; m_hash = hash; }
    const QByteArray &lastHash() const { return m_hash; }

    const QUrl &portal() const { return m_portal; }
    const QString &id() const { return m_id; }
    const QString &office() const { return m_office; }
    int number() const { return m_number; }
    const QString &token() const { return m_token; }
    const QString &officerToken() const { return m_officerToken; }
    const QString &officer() const { return m_officer; }
    const QByteArray &portalBoxKey() const { return m_boxKey; }
    qint64 lastSeq() const { return m_seq; }

    // A new dossier of this device's office: code minted from (office, day, number, next sequence),
    // a Received by the officer who enrolled it (counter role), lookup code `lookup` (random when
    // empty), sealed as the next event of the device chain.
    Event receive(const QString &lookup = {}, const QDate &day = QDate::currentDate());
    // The next event of this device on `dossier` (parent: the last event this device wrote on it).
    Event act(const QString &dossier, EventType type, const QJsonObject &payload, Role role = Role::Counter);
    // Seals anything built by hand (a test's own dossier code, office, device field).
    Event seal(Event e);

    // The signed push body of `events` (last = their last) and the push itself.
    QJsonObject pushBody(const QList<Event> &events) const;
    HttpReply push(const QList<Event> &events) const;
    HttpReply pushBodyAs(const QJsonObject &body) const;
    // A hand-carried bundle of `events` and page files, signed and sealed to the portal's box key.
    QByteArray bundle(const QList<Event> &events, const QHash<QString, QByteArray> &files) const;
    QByteArray sign(const QByteArray &text) const;   // Ed25519 detached, raw 64 bytes

private:
    QUrl m_portal;
    QByteArray m_publicKey;
    QByteArray m_secretKey;
    QByteArray m_boxKey;
    QString m_id;
    QString m_office;
    int m_number = 0;
    QString m_officer;
    QString m_officerToken;
    QString m_token;
    qint64 m_seq = 0;
    QByteArray m_hash;
    int m_daySeq = 0;
    QHash<QString, QUuid> m_lastOnDossier;
};

} // namespace motcua::test
