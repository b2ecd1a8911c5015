// Key slots: the workspace key file (db/keys). Cheap KDF cost everywhere except the one timing
// measurement of the production preset.

#include "db/keys/KdfCost.h"
#include "db/keys/KeyFile.h"
#include "db/keys/SecretBytes.h"
#include "db/keys/UnlockThrottle.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <QDir>
#include <QScopeGuard>

#include <limits>
#include <unistd.h>
#include <thread>
#include <vector>

using namespace motcua;

namespace {

const QString kA = QStringLiteral("Lan.Nguyen");
const QString kB = QStringLiteral("binh.tran");
const QString kC = QStringLiteral("cuong.le");
const QString kPwA = QStringLiteral("mật khẩu của Lan 1");
const QString kPwB = QStringLiteral("binh-secret-2");
const QString kPwC = QStringLiteral("cuong-secret-3");

KdfCost fast()
{
    return KdfCost::fastForTests();
}

SecretBytes randomKey()
{
    SecretBytes k = KeyFile::newDatabaseKey();
    if (k.size() != 32)
        qFatal("newDatabaseKey");
    return k;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QJsonObject readJson(const QString &dir)
{
    return QJsonDocument::fromJson(readAll(KeyFile::filePath(dir))).object();
}

void writeJson(const QString &dir, const QJsonObject &o)
{
    writeAll(KeyFile::filePath(dir), QJsonDocument(o).toJson());
}

// A stand-in for the SQLCipher database in the crash-recovery test: it opens with exactly one key.
struct FakeDatabase {
    SecretBytes key;
    bool opensWith(const SecretBytes &k) const { return !k.isEmpty() && k == key; }
};

} // namespace

class TestKeySlots : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_n = 0;
    QString freshDir() { return m_tmp.filePath(QStringLiteral("ws%1").arg(++m_n)); }

    // A workspace with officers A (and optionally B, C); returns the database key.
    SecretBytes makeWorkspace(const QString &dir, bool withB = true, bool withC = false)
    {
        SecretBytes key = randomKey();
        auto kf = KeyFile::create(dir, key, kA, kPwA, fast());
        if (!kf)
            qFatal("create failed: %s", qPrintable(kf.error().toString()));
        if (withB && !kf->addSlot(key, kB, kPwB, fast()))
            qFatal("addSlot B failed");
        if (withC && !kf->addSlot(key, kC, kPwC, fast()))
            qFatal("addSlot C failed");
        return key;
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void secretBytesBasics()
    {
        SecretBytes a(QByteArrayLiteral("abcdef").constData(), 6);
        SecretBytes b = a;
        QVERIFY(a == b);
        QCOMPARE(b.mid(2, 3).toByteArray(), QByteArrayLiteral("cde"));
        QVERIFY(b.mid(4, 5).isEmpty());
        SecretBytes c = std::move(b);
        QVERIFY(b.isEmpty());
        QVERIFY(c == a);
        c.clear();
        QVERIFY(c.isEmpty() && c != a);
        QByteArray raw = a.toByteArray();
        wipe(raw);
        QVERIFY(raw.isEmpty());
    }

    void kdfPresetsAndEnvironment()
    {
        QVERIFY(KdfCost::production().isValid());
        QVERIFY(KdfCost::fastForTests().isValid());
        QVERIFY(!(KdfCost{1000, 1 << 20}).isValid());
        QVERIFY(!(KdfCost{3, quint64(64) << 30}).isValid());
        qunsetenv("MOTCUA_KDF");
        QCOMPARE(KdfCost::forNewSlots(), KdfCost::production());
        qputenv("MOTCUA_KDF", "fast");
        QCOMPARE(KdfCost::forNewSlots(), KdfCost::fastForTests());
        qunsetenv("MOTCUA_KDF");
    }

    void productionCostTiming()
    {
        const auto ms = KdfCost::measure(KdfCost::production());
        qInfo("Argon2id production cost (opslimit %llu, memlimit %llu MiB): %lld ms",
              static_cast<unsigned long long>(KdfCost::production().opslimit),
              static_cast<unsigned long long>(KdfCost::production().memlimit >> 20),
              static_cast<long long>(ms.count()));
        QVERIFY(ms.count() >= 0);
        if (ms.count() < 200 || ms.count() > 1000)
            qWarning("production Argon2id cost outside 0.2-1.0 s on this machine (%lld ms)",
                     static_cast<long long>(ms.count()));
    }

    void createAddAndUnlockBoth()
    {
        const QString dir = freshDir();
        const SecretBytes key = makeWorkspace(dir);
        QVERIFY(KeyFile::exists(dir));
        auto kf = KeyFile::load(dir);
        QVERIFY2(kf, qPrintable(kf ? QString() : kf.error().toString()));
        QCOMPARE(kf->slotCount(), 2);
        QCOMPARE(kf->workspaceId().size(), 16);
        QVERIFY(kf->hasSlot(kA));
        QVERIFY(kf->hasSlot(kB));
        QVERIFY(!kf->hasSlot(kC));

        auto a = kf->unlock(kA, kPwA);
        QVERIFY2(a, qPrintable(a ? QString() : a.error().toString()));
        auto b = kf->unlock(kB, kPwB);
        QVERIFY(b);
        QVERIFY(a->dbKey == key);
        QVERIFY(b->dbKey == key);
        QVERIFY(a->previousDbKey.isEmpty());
        QCOMPARE(a->officerSecretKey.size(), 32);
        QCOMPARE(a->officerPublicKey.size(), 32);
        QVERIFY(a->officerPublicKey != b->officerPublicKey);
        QCOMPARE(a->failedAttempts, 0);

        // The same workspace cannot be created twice; a slot cannot be added twice; the
        // admin must hold the current key.
        QCOMPARE(KeyFile::create(dir, key, kC, kPwC, fast()).error().code,
                 QStringLiteral("keys.exists"));
        QCOMPARE(kf->addSlot(key, kB, kPwB, fast()).error().code, QStringLiteral("keys.slot-exists"));
        QCOMPARE(kf->addSlot(randomKey(), kC, kPwC, fast()).error().code,
                 QStringLiteral("keys.stale-key"));
        QCOMPARE(kf->addSlot(key, QStringLiteral("  "), kPwC, fast()).error().code,
                 QStringLiteral("keys.bad-argument"));
    }

    void loginIsCaseAndCompositionInsensitive()
    {
        const QString dir = freshDir();
        const SecretBytes key = randomKey();
        const QString login = QStringLiteral("Đức.Nguyễn");
        const QString pw = QStringLiteral("Mật khẩu");
        auto kf = KeyFile::create(dir, key, login, pw, fast());
        QVERIFY(kf);
        const QString nfdLogin = login.toUpper().normalized(QString::NormalizationForm_D);
        const QString nfdPw = pw.normalized(QString::NormalizationForm_D);
        QVERIFY(nfdPw != pw);
        auto r = kf->unlock(nfdLogin, nfdPw);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(r->dbKey == key);
    }

    void wrongPasswordAndUnknownLoginLookAlike()
    {
        const QString dir = freshDir();
        // A cost where Argon2id dominates (≈20 ms), so the dummy run shows in the timing.
        const KdfCost cost{1, quint64(32) << 20};
        const SecretBytes key = randomKey();
        auto kf = KeyFile::create(dir, key, kA, kPwA, cost);
        QVERIFY(kf);
        QVERIFY(kf->addSlot(key, kB, kPwB, cost));

        // Minimum of 4 runs each (robust to a busy machine); at most 2 failures per login so the
        // throttle never kicks in.
        QElapsedTimer t;
        qint64 wrongMs = std::numeric_limits<qint64>::max(), unknownMs = wrongMs;
        for (int i = 0; i < 4; ++i) {
            t.start();
            auto w = kf->unlock(i % 2 ? kA : kB, QStringLiteral("nope"));
            wrongMs = std::min(wrongMs, t.nsecsElapsed() / 1000);
            QVERIFY(!w);
            QCOMPARE(w.error().code, QStringLiteral("auth.wrong-password"));
            t.start();
            auto u = kf->unlock(QStringLiteral("nobody%1").arg(i), QStringLiteral("nope"));
            unknownMs = std::min(unknownMs, t.nsecsElapsed() / 1000);
            QVERIFY(!u);
            QCOMPARE(u.error().code, QStringLiteral("auth.wrong-password"));
            QCOMPARE(u.error().detail, w.error().detail);
        }
        qInfo("best of 4: wrong password %lld us, unknown login %lld us",
              static_cast<long long>(wrongMs), static_cast<long long>(unknownMs));
        // Loose: the unknown login must also run an Argon2id of similar cost.
        QVERIFY(unknownMs * 2 >= wrongMs);
        QVERIFY(wrongMs * 2 >= unknownMs);
    }

    void revokeOfficer()
    {
        const QString dir = freshDir();
        const SecretBytes key = makeWorkspace(dir);
        auto kf = KeyFile::load(dir);
        QVERIFY(kf);
        QVERIFY(kf->removeSlot(kB));
        QVERIFY(!kf->hasSlot(kB));
        auto b = kf->unlock(kB, kPwB);
        QVERIFY(!b);
        QCOMPARE(b.error().code, QStringLiteral("auth.wrong-password"));
        auto a = kf->unlock(kA, kPwA);
        QVERIFY(a);
        QVERIFY(a->dbKey == key);
        QCOMPARE(kf->removeSlot(kB).error().code, QStringLiteral("auth.unknown-officer"));
        QCOMPARE(kf->removeSlot(kA).error().code, QStringLiteral("keys.last-slot"));
        QVERIFY(kf->unlock(kA, kPwA));
    }

    void changePassword()
    {
        const QString dir = freshDir();
        const SecretBytes key = makeWorkspace(dir);
        auto kf = KeyFile::load(dir);
        QVERIFY(kf);
        const QString newPw = QStringLiteral("new password for Lan");
        QCOMPARE(kf->changePassword(kA, QStringLiteral("wrong"), newPw, fast()).error().code,
                 QStringLiteral("auth.wrong-password"));
        QVERIFY(kf->changePassword(kA, kPwA, newPw, fast()));
        auto old = kf->unlock(kA, kPwA);
        QVERIFY(!old);
        QCOMPARE(old.error().code, QStringLiteral("auth.wrong-password"));
        auto fresh = kf->unlock(kA, newPw);
        QVERIFY(fresh);
        QVERIFY(fresh->dbKey == key);
        // The wrong old password was reset by the successful change; the stale one counts.
        QCOMPARE(fresh->failedAttempts, 1);
        QVERIFY(kf->unlock(kB, kPwB)); // B untouched

        // changePassword is an unlock too: throttled and recorded (real clock: 1 s delay).
        for (int i = 0; i < 3; ++i)
            QCOMPARE(kf->changePassword(kB, QStringLiteral("bad"), newPw, fast()).error().code,
                     QStringLiteral("auth.wrong-password"));
        QCOMPARE(kf->changePassword(kB, kPwB, newPw, fast()).error().code,
                 QStringLiteral("auth.throttled"));
        QCOMPARE(kf->changePassword(kB, kPwB, QString(), fast()).error().code,
                 QStringLiteral("keys.bad-argument"));
    }

    void missingFolderOrFile()
    {
        auto none = KeyFile::load(m_tmp.filePath(QStringLiteral("does-not-exist")));
        QVERIFY(!none);
        QCOMPARE(none.error().code, QStringLiteral("keys.io"));
        QVERIFY(!KeyFile::exists(m_tmp.filePath(QStringLiteral("does-not-exist"))));
        // create() makes missing folders (nested too).
        const QString nested = freshDir() + QStringLiteral("/a/b");
        QVERIFY(KeyFile::create(nested, randomKey(), kA, kPwA, fast()));
        QVERIFY(KeyFile::exists(nested));
        QCOMPARE(KeyFile::create(nested, randomKey(), kA, kPwA, fast()).error().code,
                 QStringLiteral("keys.exists"));
        QCOMPARE(KeyFile::create(freshDir(), SecretBytes(16), kA, kPwA, fast()).error().code,
                 QStringLiteral("keys.bad-argument"));
        QCOMPARE(KeyFile::create(freshDir(), randomKey(), kA, QString(), fast()).error().code,
                 QStringLiteral("keys.bad-argument"));
    }

    void rekeyAfterRevokeReachesOthersThroughGrants()
    {
        const QString dir = freshDir();
        const SecretBytes k0 = makeWorkspace(dir, true, true);
        const QByteArray fileBeforeRevoke = readAll(KeyFile::filePath(dir));

        auto kf = KeyFile::load(dir);
        QVERIFY(kf);
        QVERIFY(kf->unlock(kA, kPwA)); // A's session: the slot is re-wrapped directly
        QVERIFY(kf->removeSlot(kB));
        const SecretBytes k1 = randomKey();
        QCOMPARE(kf->rekey(randomKey(), k1, kA).error().code, QStringLiteral("keys.stale-key"));
        auto rep = kf->rekey(k0, k1, kA);
        QVERIFY2(rep, qPrintable(rep ? QString() : rep.error().toString()));
        QCOMPARE(rep->rewrapped, 1);
        QCOMPARE(rep->granted, 1);
        QCOMPARE(rep->skipped, 0);
        QCOMPARE(readJson(dir).value(QStringLiteral("grants")).toArray().size(), 1);

        // A, from another process: the new key, the old one as previous.
        auto other = KeyFile::load(dir);
        QVERIFY(other);
        auto a = other->unlock(kA, kPwA);
        QVERIFY(a);
        QVERIFY(a->dbKey == k1);
        QVERIFY(a->previousDbKey == k0);
        QCOMPARE(a->grantsApplied, 0);

        // C never changed their password and gets the new key through the grant.
        auto c = other->unlock(kC, kPwC);
        QVERIFY2(c, qPrintable(c ? QString() : c.error().toString()));
        QVERIFY(c->dbKey == k1);
        QVERIFY(c->previousDbKey == k0);
        QCOMPARE(c->grantsApplied, 1);
        QCOMPARE(readJson(dir).value(QStringLiteral("grants")).toArray().size(), 0);
        auto again = other->unlock(kC, kPwC);
        QVERIFY(again);
        QVERIFY(again->dbKey == k1);
        QCOMPARE(again->grantsApplied, 0);

        // B is gone; B's copy of the old file still yields only the OLD key.
        QCOMPARE(other->unlock(kB, kPwB).error().code, QStringLiteral("auth.wrong-password"));
        const QString bDir = freshDir();
        QVERIFY(QDir().mkpath(bDir));
        writeAll(KeyFile::filePath(bDir), fileBeforeRevoke);
        auto bCopy = KeyFile::load(bDir);
        QVERIFY(bCopy);
        auto b = bCopy->unlock(kB, kPwB);
        QVERIFY(b);
        QVERIFY(b->dbKey == k0 && b->dbKey != k1);
    }

    void revokeAndRekeyInOneWrite()
    {
        const QString dir = freshDir();
        const SecretBytes k0 = makeWorkspace(dir, true, true);
        auto kf = KeyFile::load(dir);
        QVERIFY(kf);
        QVERIFY(kf->unlock(kA, kPwA));
        const SecretBytes k1 = randomKey();
        QCOMPARE(kf->revokeAndRekey(kA, k0, k1, kA).error().code,
                 QStringLiteral("keys.bad-argument"));
        QCOMPARE(kf->revokeAndRekey(QStringLiteral("nobody"), k0, k1, kA).error().code,
                 QStringLiteral("auth.unknown-officer"));
        auto rep = kf->revokeAndRekey(kB, k0, k1, kA);
        QVERIFY(rep);
        QCOMPARE(rep->rewrapped, 1);
        QCOMPARE(rep->granted, 1);
        QCOMPARE(kf->slotCount(), 2);
        QCOMPARE(kf->unlock(kB, kPwB).error().code, QStringLiteral("auth.wrong-password"));
        auto a = kf->unlock(kA, kPwA);
        QVERIFY(a && a->dbKey == k1);
        auto c = kf->unlock(kC, kPwC);
        QVERIFY(c && c->dbKey == k1 && c->grantsApplied == 1);
    }

    void rekeyWithoutSessionAndChainedGrants()
    {
        const QString dir = freshDir();
        const SecretBytes k0 = makeWorkspace(dir, true, true);
        const SecretBytes k1 = randomKey();
        const SecretBytes k2 = randomKey();
        {
            auto kf = KeyFile::load(dir); // no unlock here: the acting slot gets a grant too
            QVERIFY(kf);
            auto rep = kf->rekey(k0, k1, kA);
            QVERIFY(rep);
            QCOMPARE(rep->rewrapped, 0);
            QCOMPARE(rep->granted, 3);
        }
        {
            auto kf = KeyFile::load(dir);
            QVERIFY(kf);
            auto a = kf->unlock(kA, kPwA);
            QVERIFY(a);
            QVERIFY(a->dbKey == k1);
            QCOMPARE(a->grantsApplied, 1);
            auto rep = kf->rekey(k1, k2, kA); // C still holds k0 and the k0→k1 grant
            QVERIFY(rep);
            QCOMPARE(rep->rewrapped, 1);
            QCOMPARE(rep->granted, 2);
        }
        auto kf = KeyFile::load(dir);
        QVERIFY(kf);
        auto c = kf->unlock(kC, kPwC);
        QVERIFY(c);
        QVERIFY(c->dbKey == k2);
        QVERIFY(c->previousDbKey == k1);
        QCOMPARE(c->grantsApplied, 2);
        auto b = kf->unlock(kB, kPwB);
        QVERIFY(b);
        QVERIFY(b->dbKey == k2);
        QCOMPARE(readJson(dir).value(QStringLiteral("grants")).toArray().size(), 0);
    }

    // The order is: key file first, PRAGMA rekey second. A crash in between leaves a database
    // that still opens with the old key only; every unlock returns that key as previousDbKey, so
    // the opener falls back to it and finishes the re-key.
    void crashBetweenKeyFileAndPragmaRekey()
    {
        const QString dir = freshDir();
        const SecretBytes k0 = makeWorkspace(dir, true, true);
        FakeDatabase db{k0};
        const SecretBytes k1 = randomKey();
        {
            auto kf = KeyFile::load(dir);
            QVERIFY(kf);
            QVERIFY(kf->unlock(kA, kPwA));
            QVERIFY(kf->removeSlot(kB));
            QVERIFY(kf->rekey(k0, k1, kA));
            // ... the process dies here: no PRAGMA rekey, db still on k0.
        }
        auto openerRecovers = [&](const UnlockResult &r) {
            if (db.opensWith(r.dbKey))
                return true;
            if (!db.opensWith(r.previousDbKey))
                return false;
            db.key = r.dbKey; // PRAGMA rekey = new key, finishing the interrupted re-key
            return db.opensWith(r.dbKey);
        };
        auto kf = KeyFile::load(dir);
        QVERIFY(kf);
        auto c = kf->unlock(kC, kPwC); // C comes first, through the grant
        QVERIFY(c);
        QVERIFY(!db.opensWith(c->dbKey));
        QVERIFY(openerRecovers(*c));
        QVERIFY(db.key == k1);
        auto a = kf->unlock(kA, kPwA);
        QVERIFY(a);
        QVERIFY(openerRecovers(*a));
        // The revoked officer's old key no longer opens it once the recovery ran.
        QVERIFY(!db.opensWith(k0));

        // A crash before the key-file write (atomic QSaveFile) leaves the old file: nothing to
        // recover. A dead process's lock file does not block the next one.
        QProcess dead;
        dead.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
        QVERIFY(dead.waitForFinished());
        const QByteArray deadPid = dead.readAllStandardOutput().trimmed();
        QVERIFY(!deadPid.isEmpty());
        writeAll(KeyFile::filePath(dir) + QStringLiteral(".lock"),
                 deadPid + "\nmotcua\n" + QSysInfo::machineHostName().toUtf8()
                     + "\n");
        QVERIFY(kf->unlock(kA, kPwA));
    }

    void tamperedPublicKeyGetsNoGrantAndForgedGrantIsIgnored()
    {
        const QString dir = freshDir();
        const SecretBytes k0 = makeWorkspace(dir, true, true);
        // An attacker swaps C's public key for B's (as if for one they hold the secret of).
        QJsonObject o = readJson(dir);
        QJsonArray slotArr = o.value(QStringLiteral("slots")).toArray();
        QCOMPARE(slotArr.size(), 3);
        QJsonObject s2 = slotArr[2].toObject();
        s2.insert(QStringLiteral("public_key"), slotArr[1].toObject().value(QStringLiteral("public_key")));
        slotArr[2] = s2;
        o.insert(QStringLiteral("slots"), slotArr);
        writeJson(dir, o);

        auto kf = KeyFile::load(dir);
        QVERIFY(kf);
        const SecretBytes k1 = randomKey();
        auto rep = kf->rekey(k0, k1, kA);
        QVERIFY(rep);
        QCOMPARE(rep->skipped, 1);
        QCOMPARE(rep->granted, 2);
        // The slot left out opens (right password) but cannot reach the current key.
        auto c = kf->unlock(kC, kPwC);
        QVERIFY(!c);
        QCOMPARE(c.error().code, QStringLiteral("auth.revoked"));

        // A forged grant (right recipient, wrong MAC) for A is dropped; A keeps the real key.
        QJsonObject o2 = readJson(dir);
        QJsonArray grants = o2.value(QStringLiteral("grants")).toArray();
        QVERIFY(!grants.isEmpty());
        QJsonObject g = grants[0].toObject();
        QByteArray sealed = QByteArray::fromHex(g.value(QStringLiteral("sealed")).toString().toLatin1());
        sealed[sealed.size() - 1] = char(sealed[sealed.size() - 1] ^ 0x01);
        g.insert(QStringLiteral("sealed"), QString::fromLatin1(sealed.toHex()));
        grants[0] = g;
        o2.insert(QStringLiteral("grants"), grants);
        writeJson(dir, o2);
        auto kf2 = KeyFile::load(dir);
        QVERIFY(kf2);
        // Whoever the first grant was for now lacks the new key (auth.revoked), never a wrong key.
        for (const QString &login : {kA, kB}) {
            const QString pw = login == kA ? kPwA : kPwB;
            auto r = kf2->unlock(login, pw);
            if (r)
                QVERIFY(r->dbKey == k1);
            else
                QCOMPARE(r.error().code, QStringLiteral("auth.revoked"));
        }
    }

    void slotMovedToAnotherLoginDoesNotOpen()
    {
        const QString dir = freshDir();
        makeWorkspace(dir);
        QJsonObject o = readJson(dir);
        QJsonArray slotArr = o.value(QStringLiteral("slots")).toArray();
        QJsonObject s0 = slotArr[0].toObject(), s1 = slotArr[1].toObject();
        const QJsonValue id0 = s0.value(QStringLiteral("id"));
        s0.insert(QStringLiteral("id"), s1.value(QStringLiteral("id")));
        s1.insert(QStringLiteral("id"), id0);
        slotArr[0] = s0;
        slotArr[1] = s1;
        o.insert(QStringLiteral("slots"), slotArr);
        writeJson(dir, o);
        auto kf = KeyFile::load(dir);
        QVERIFY(kf);
        QCOMPARE(kf->unlock(kA, kPwA).error().code, QStringLiteral("auth.wrong-password"));
        QCOMPARE(kf->unlock(kB, kPwB).error().code, QStringLiteral("auth.wrong-password"));
    }

    void throttleWithFakeClock()
    {
        QCOMPARE(UnlockThrottle::delayAfter(0).count(), 0);
        QCOMPARE(UnlockThrottle::delayAfter(2).count(), 0);
        QCOMPARE(UnlockThrottle::delayAfter(3).count(), 1000);
        QCOMPARE(UnlockThrottle::delayAfter(4).count(), 2000);
        QCOMPARE(UnlockThrottle::delayAfter(8).count(), 32000);
        QCOMPARE(UnlockThrottle::delayAfter(9).count(), 60000);
        QCOMPARE(UnlockThrottle::delayAfter(500).count(), 60000);

        const QString dir = freshDir();
        const SecretBytes key = makeWorkspace(dir);
        auto kf = KeyFile::load(dir);
        QVERIFY(kf);
        QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
        UnlockThrottle th(*kf, [&] { return now; });

        for (int i = 0; i < 3; ++i) {
            QVERIFY(!th.nextAttemptAllowedAt(kA).isValid());
            QCOMPARE(th.tryUnlock(kA, QStringLiteral("bad")).error().code,
                     QStringLiteral("auth.wrong-password"));
            now = now.addMSecs(100);
        }
        // Three failures: the fourth attempt must wait 1 s after the last failure.
        QCOMPARE(th.nextAttemptAllowedAt(kA), now.addMSecs(-100 + 1000));
        QCOMPARE(th.waitBeforeNextAttempt(kA).count(), 900);
        auto early = th.tryUnlock(kA, kPwA); // even the right password is not checked
        QVERIFY(!early);
        QCOMPARE(early.error().code, QStringLiteral("auth.throttled"));
        QCOMPARE(early.error().detail, QStringLiteral("retry-after-ms=900"));
        QCOMPARE(UnlockThrottle::retryAfter(early.error()).count(), 900);
        QCOMPARE(UnlockThrottle::retryAfter(Error(QStringLiteral("auth.wrong-password"))).count(), 0);
        // B is not affected by A's failures.
        QVERIFY(th.tryUnlock(kB, kPwB));

        // The state is in the file: a fresh process sees it.
        {
            auto other = KeyFile::load(dir);
            QVERIFY(other);
            UnlockThrottle th2(*other, [&] { return now; });
            QCOMPARE(th2.tryUnlock(kA, kPwA).error().code, QStringLiteral("auth.throttled"));
            QCOMPARE(th2.nextAttemptAllowedAt(kA), th.nextAttemptAllowedAt(kA));
        }

        now = now.addMSecs(900);
        QCOMPARE(th.tryUnlock(kA, QStringLiteral("bad")).error().code,
                 QStringLiteral("auth.wrong-password")); // 4 failures now: 2 s
        QCOMPARE(th.waitBeforeNextAttempt(kA).count(), 2000);
        now = now.addMSecs(1999);
        QCOMPARE(th.tryUnlock(kA, kPwA).error().code, QStringLiteral("auth.throttled"));
        now = now.addMSecs(1);
        auto ok = th.tryUnlock(kA, kPwA);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        QVERIFY(ok->dbKey == key);
        QCOMPARE(ok->failedAttempts, 4);
        QCOMPARE(ok->recentFailures.size(), 4);
        QVERIFY(ok->recentFailures.last() < now);
        // Reset.
        QVERIFY(!th.nextAttemptAllowedAt(kA).isValid());
        auto again = th.tryUnlock(kA, kPwA);
        QVERIFY(again);
        QCOMPARE(again->failedAttempts, 0);
        QVERIFY(again->recentFailures.isEmpty());

        // Unknown logins are throttled exactly alike, each on its own.
        const QString ghost = QStringLiteral("ghost");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(th.tryUnlock(ghost, QStringLiteral("x")).error().code,
                     QStringLiteral("auth.wrong-password"));
        QCOMPARE(th.tryUnlock(ghost, QStringLiteral("x")).error().code,
                 QStringLiteral("auth.throttled"));
        QVERIFY(!th.nextAttemptAllowedAt(QStringLiteral("ghost2")).isValid());

        // A clock that went backwards does not lock anyone out.
        const QDateTime saved = now;
        now = now.addDays(-1);
        QVERIFY(!th.nextAttemptAllowedAt(ghost).isValid());
        now = saved;
    }

    void throttleCapsListAndBlockingConvenience()
    {
        const QString dir = freshDir();
        const SecretBytes key = makeWorkspace(dir, false);
        auto kf = KeyFile::load(dir);
        QVERIFY(kf);
        QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        UnlockThrottle th(*kf, [&] { return now; });
        QList<std::chrono::milliseconds> slept;
        auto sleeper = [&](std::chrono::milliseconds d) {
            slept.append(d);
            now = now.addMSecs(d.count());
        };
        for (int i = 0; i < 25; ++i)
            QCOMPARE(th.unlockWhenAllowed(kA, QStringLiteral("bad"), sleeper).error().code,
                     QStringLiteral("auth.wrong-password"));
        QCOMPARE(slept.size(), 22); // no wait before the first three attempts
        QCOMPARE(slept.first().count(), 1000);
        QCOMPARE(slept.last().count(), 60000);
        QCOMPARE(th.waitBeforeNextAttempt(kA).count(), 60000);
        auto ok = th.unlockWhenAllowed(kA, kPwA, sleeper);
        QVERIFY(ok);
        QVERIFY(ok->dbKey == key);
        QCOMPARE(ok->failedAttempts, 25);
        QCOMPARE(ok->recentFailures.size(), 20);
        for (int i = 1; i < ok->recentFailures.size(); ++i)
            QVERIFY(ok->recentFailures[i - 1] < ok->recentFailures[i]);
    }

    void unknownLoginBucketsAreBounded()
    {
        const QString dir = freshDir();
        makeWorkspace(dir, false);
        auto kf = KeyFile::load(dir);
        QVERIFY(kf);
        for (int i = 0; i < 40; ++i)
            QVERIFY(!kf->unlock(QStringLiteral("guess%1").arg(i), QStringLiteral("x")));
        QVERIFY(readJson(dir).value(QStringLiteral("throttle")).toArray().size() <= 32);
    }

    void keyFileRevealsNoPersonalDataOrKeys()
    {
        const QString dir = freshDir();
        const QString login = QStringLiteral("Nguyễn.Văn.Đức");
        const QString officerName = QStringLiteral("Nguyễn Văn Đức"); // never given to KeyFile
        const QString pw = QStringLiteral("mật-khẩu-bí-mật");
        const SecretBytes key = randomKey();
        auto kf = KeyFile::create(dir, key, login, pw, fast());
        QVERIFY(kf);
        QVERIFY(kf->addSlot(key, kB, kPwB, fast()));
        QVERIFY(!kf->unlock(login, QStringLiteral("wrong"))); // a throttle entry exists too
        auto opened = kf->unlock(kB, kPwB);
        QVERIFY(opened);
        QVERIFY(kf->rekey(key, randomKey(), kB)); // grants exist too

        QByteArray all = readAll(KeyFile::filePath(dir));
        QVERIFY(!all.isEmpty());
        const QByteArray lower = all.toLower();
        QList<QByteArray> needles;
        for (const QString &s : {login, officerName, pw, kB, kPwB, QStringLiteral("Nguyen"),
                                 QStringLiteral("Duc"), QStringLiteral("binh")}) {
            for (const QString &v : {s, s.toLower(), s.normalized(QString::NormalizationForm_D)}) {
                needles << v.toUtf8() << v.toUtf8().toHex() << v.toUtf8().toBase64()
                        << QByteArray(reinterpret_cast<const char *>(v.utf16()), v.size() * 2)
                        << v.toLatin1();
            }
        }
        for (const SecretBytes *k : std::initializer_list<const SecretBytes *>{&key, &opened->officerSecretKey}) {
            const QByteArray raw = k->toByteArray();
            needles << raw << raw.toHex() << raw.toHex().toUpper() << raw.toBase64()
                    << raw.left(8).toHex();
        }
        for (const QByteArray &n : std::as_const(needles)) {
            if (n.size() < 3)
                continue;
            QVERIFY2(!all.contains(n) && !lower.contains(n.toLower()),
                     "key file contains a login, name, password or key");
        }
    }

    void corruptFilesFailCleanly()
    {
        const QString dir = freshDir();
        makeWorkspace(dir);
        const QString path = KeyFile::filePath(dir);
        const QByteArray good = readAll(path);

        auto expectLoadError = [&](const QByteArray &bytes, const char *what) {
            writeAll(path, bytes);
            auto kf = KeyFile::load(dir);
            QVERIFY2(!kf, what);
            QCOMPARE(kf.error().code, QStringLiteral("keys.corrupt-file"));
        };
        expectLoadError(good.left(good.size() / 2), "truncated");
        expectLoadError(QByteArray(), "empty");
        expectLoadError("{ this is not json", "bad JSON");
        expectLoadError("[1,2,3]", "not an object");
        expectLoadError(QByteArray(good).replace("motcua-keys", "motcua-kays"), "wrong format");
        expectLoadError(QByteArray(good).replace("\"version\": 1", "\"version\": 2"), "version");
        {
            QJsonObject o = QJsonDocument::fromJson(good).object();
            QJsonArray slotArr = o.value(QStringLiteral("slots")).toArray();
            QJsonObject s = slotArr[0].toObject();
            QJsonObject kdf = s.value(QStringLiteral("kdf")).toObject();
            kdf.insert(QStringLiteral("memlimit"), double(qint64(1) << 40)); // 1 TiB: refuse
            s.insert(QStringLiteral("kdf"), kdf);
            slotArr[0] = s;
            o.insert(QStringLiteral("slots"), slotArr);
            expectLoadError(QJsonDocument(o).toJson(), "absurd memlimit");
            s.remove(QStringLiteral("nonce"));
            slotArr[0] = s;
            o.insert(QStringLiteral("slots"), slotArr);
            expectLoadError(QJsonDocument(o).toJson(), "missing nonce");
        }
        QVERIFY(!QTest::currentTestFailed());

        // A flipped ciphertext bit: the file loads, that slot no longer opens.
        {
            QJsonObject o = QJsonDocument::fromJson(good).object();
            QJsonArray slotArr = o.value(QStringLiteral("slots")).toArray();
            QJsonObject s = slotArr[0].toObject();
            QByteArray ct = QByteArray::fromHex(s.value(QStringLiteral("ciphertext")).toString().toLatin1());
            ct[10] = char(ct[10] ^ 0x40);
            s.insert(QStringLiteral("ciphertext"), QString::fromLatin1(ct.toHex()));
            slotArr[0] = s;
            o.insert(QStringLiteral("slots"), slotArr);
            writeAll(path, QJsonDocument(o).toJson());
            auto kf = KeyFile::load(dir);
            QVERIFY(kf);
            QCOMPARE(kf->unlock(kA, kPwA).error().code, QStringLiteral("auth.wrong-password"));
            QVERIFY(kf->unlock(kB, kPwB));
        }

        // Random byte mutations: never a crash, only clean errors (or, rarely, success).
        QRandomGenerator rng(20261122);
        for (int i = 0; i < 300; ++i) {
            QByteArray bad = good;
            const int flips = 1 + int(rng.bounded(4));
            for (int f = 0; f < flips; ++f)
                bad[int(rng.bounded(quint32(bad.size())))] = char(rng.bounded(256));
            writeAll(path, bad);
            auto kf = KeyFile::load(dir);
            if (!kf) {
                QCOMPARE(kf.error().code, QStringLiteral("keys.corrupt-file"));
                continue;
            }
            auto r = kf->unlock(kA, kPwA);
            if (!r)
                QVERIFY2(r.error().code.startsWith(QLatin1String("auth."))
                             || r.error().code == QLatin1String("keys.corrupt-file"),
                         qPrintable(r.error().toString()));
        }
    }

    void concurrentWritersDoNotLoseUpdates()
    {
        const QString dir = freshDir();
        makeWorkspace(dir, false);
        // Two writers (separate KeyFile objects, as two processes would have) record failures
        // on different logins at once; the lock file serialises their read-modify-write.
        auto worker = [dir](int w) {
            auto kf = KeyFile::load(dir);
            if (!kf)
                return;
            for (int i = 0; i < 3; ++i)
                for (int l = 0; l < 2; ++l)
                    (void)kf->unlock(QStringLiteral("w%1-%2").arg(w).arg(l), QStringLiteral("x"));
        };
        std::vector<std::thread> threads;
        for (int w = 0; w < 2; ++w)
            threads.emplace_back(worker, w);
        for (auto &t : threads)
            t.join();
        auto kf = KeyFile::load(dir);
        QVERIFY(kf);
        for (int w = 0; w < 2; ++w)
            for (int l = 0; l < 2; ++l)
                QCOMPARE(kf->throttleState(QStringLiteral("w%1-%2").arg(w).arg(l)).failures, 3);
        QVERIFY(kf->unlock(kA, kPwA));
    }

    // Issue 10: a full or read-only disk is told as such, not as "the key file is locked". Needs a
    // small file system of its own: a tmpfs mounted for the test (root only).
    void fullOrReadOnlyDiskIsNotALockError()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root");
        const QString mnt = freshDir();
        QVERIFY(QDir().mkpath(mnt));
        QCOMPARE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                            QStringLiteral("size=256k"), QStringLiteral("tmpfs"), mnt}), 0);
        const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), mnt}); });
        const QString dir = mnt + QStringLiteral("/ws");
        const SecretBytes key = randomKey();
        auto kf = KeyFile::create(dir, key, kA, kPwA, fast());
        QVERIFY(kf);
        QVERIFY(kf->unlock(kA, kPwA));

        // Fill the disk to the last byte.
        {
            QFile fill(mnt + QStringLiteral("/fill"));
            QVERIFY(fill.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            const QByteArray block(4096, 'x');
            while (fill.write(block) == block.size()) {
            }
            while (fill.write("x", 1) == 1) {
            }
        }
        // A failed attempt must be recorded, so it needs the disk: refused as a full disk.
        auto full = kf->unlock(kA, QStringLiteral("sai"));
        QVERIFY(!full);
        QCOMPARE(full.error().code, QStringLiteral("keys.disk-full"));
        QCOMPARE(kf->addSlot(key, kB, kPwB, fast()).error().code, QStringLiteral("keys.disk-full"));

        QVERIFY(QFile::remove(mnt + QStringLiteral("/fill")));
        QCOMPARE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), mnt}), 0);
        auto readOnly = kf->unlock(kA, kPwA);
        QVERIFY(!readOnly);
        QCOMPARE(readOnly.error().code, QStringLiteral("keys.read-only"));

        // Writable again: all is well.
        QCOMPARE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,rw"), mnt}), 0);
        QVERIFY(kf->unlock(kA, kPwA));
    }
};

QTEST_GUILESS_MAIN(TestKeySlots)
#include "tst_keyslots.moc"
