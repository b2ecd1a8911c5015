#pragma once

// The shared setting of the portal's sync tests (tst_portalsync, tst_portalsyncfiles,
// tst_portalsyncaccess): a real PostgreSQL with offices and officers of its own (a province centre,
// two communes), two `motcua-portal serve` instances on one database and one page folder, the
// token and box keys read from PostgreSQL, and helpers for test devices, tokens, stats and the
// change feed. Each test binary has its own cluster.
#include "domain/dossier/Event.h"
#include "support/PgCluster.h"
#include "support/PortalHttp.h"
#include "support/PortalProcess.h"
#include "support/TestDevice.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace motcua::test::portalsync {

inline const QString kProvince = QStringLiteral("000.00.00.H55");
inline const QString kCommune1 = QStringLiteral("H55.242");
inline const QString kCommune2 = QStringLiteral("H55.250");
inline const QString kPassword = QStringLiteral("mat-khau-thu");
// What every test Received carries (TestDevice::receive): must never reach a log.
inline const QString kApplicantName = QStringLiteral("Nguyễn Văn An");
inline const QString kApplicantId = QStringLiteral("001090123456");

inline QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(b.data()), n / 4);
    for (qsizetype i = n / 4 * 4; i < n; ++i)
        b[i] = char(QRandomGenerator::global()->bounded(256));
    return b;
}

inline QString sha(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

inline QString rangeOf(qint64 start, qint64 len, qint64 total)
{
    return QStringLiteral("bytes %1-%2/%3").arg(start).arg(start + len - 1).arg(total);
}


// Base of the test classes (each adds Q_OBJECT and its slots): setUpPortals() in initTestCase,
// checkLogsClean() in cleanupTestCase.
class PortalSyncBase : public QObject {
protected:
    void setUpPortals();
    // Personal data never reaches the portals' logs.
    void checkLogsClean();

    // A device of `office` enrolled through the HTTP API by officer `login` (who belongs to it).
    std::unique_ptr<TestDevice> device(const QString &office, const QString &login, const PortalProcess *portal = nullptr);
    QString officerToken(const QString &login);
    QString mintToken(const QJsonObject &claims) const;
    QJsonObject stats(const QString &office);
    QList<QJsonObject> allChanges(const TestDevice &d, int limit = 1000);
    qint64 storedEventsOf(const QString &device);

    PgCluster m_pg;
    QTemporaryDir m_files;
    std::unique_ptr<PortalProcess> m_a;
    std::unique_ptr<PortalProcess> m_b;
    QByteArray m_tokenKey;
    QByteArray m_boxPublic;
};

} // namespace motcua::test::portalsync
