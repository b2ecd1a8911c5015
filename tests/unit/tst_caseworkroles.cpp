// Which role an action is recorded in (issue 12): the first the officer holds among those allowed
// for it, in the order counter, processing, supervisor; an explicit role overrides, if allowed and held.
#include "app/casework/CaseworkService.h"

#include <QtTest>

using namespace motcua;
using namespace motcua::casework;

class TestCaseworkRoles : public QObject {
    Q_OBJECT

private slots:
    void namesRoundTrip()
    {
        for (Action a : {Action::Accept, Action::ReturnForSupplement, Action::Transfer, Action::Appraise, Action::RequestSupplement,
                         Action::SupplementReceived, Action::Extend, Action::Stop, Action::Approve, Action::Reject, Action::Result,
                         Action::Return}) {
            QVERIFY(!actionName(a).isEmpty());
            QCOMPARE(actionFromName(actionName(a)), std::optional<Action>(a));
            QVERIFY(!allowedRoles(a).testFlag(Role::Admin));
        }
        QVERIFY(!actionFromName(QStringLiteral("show")));
    }

    void firstHeldInOrder_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("held");
        QTest::addColumn<int>("expected"); // 0: refused
        const int all = int(Roles(Role::Counter | Role::Processing | Role::Supervisor | Role::Admin));
        QTest::newRow("transfer, all roles → counter") << int(Action::Transfer) << all << int(Role::Counter);
        QTest::newRow("transfer, processing+supervisor → processing")
            << int(Action::Transfer) << int(Roles(Role::Processing | Role::Supervisor)) << int(Role::Processing);
        QTest::newRow("transfer, supervisor → supervisor") << int(Action::Transfer) << int(Role::Supervisor) << int(Role::Supervisor);
        QTest::newRow("appraise, all → processing") << int(Action::Appraise) << all << int(Role::Processing);
        QTest::newRow("approve, all → supervisor") << int(Action::Approve) << all << int(Role::Supervisor);
        QTest::newRow("result, supervisor only → refused") << int(Action::Result) << int(Role::Supervisor) << 0;
        QTest::newRow("return, processing only → refused") << int(Action::Return) << int(Role::Processing) << 0;
        QTest::newRow("extend, admin only → refused") << int(Action::Extend) << int(Role::Admin) << 0;
        QTest::newRow("supplement-received, counter+supervisor → counter")
            << int(Action::SupplementReceived) << int(Roles(Role::Counter | Role::Supervisor)) << int(Role::Counter);
    }
    void firstHeldInOrder()
    {
        QFETCH(int, action);
        QFETCH(int, held);
        QFETCH(int, expected);
        const auto r = CaseworkService::resolveRole(Action(action), Roles::fromInt(held), std::nullopt);
        if (expected == 0) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, QStringLiteral("dossier.role-missing"));
        } else {
            QVERIFY(r.ok());
            QCOMPARE(int(*r), expected);
        }
    }

    void explicitRoleOverrides()
    {
        const Roles all = Role::Counter | Role::Processing | Role::Supervisor;
        auto r = CaseworkService::resolveRole(Action::Transfer, all, Role::Supervisor);
        QVERIFY(r.ok());
        QCOMPARE(*r, Role::Supervisor);
        // Not allowed for the action, or not held: refused, never silently replaced.
        QCOMPARE(CaseworkService::resolveRole(Action::Appraise, all, Role::Counter).error().code, QStringLiteral("dossier.role-missing"));
        QCOMPARE(CaseworkService::resolveRole(Action::Approve, Role::Processing, Role::Supervisor).error().code,
                 QStringLiteral("dossier.role-missing"));
        QVERIFY(!CaseworkService::resolveRole(Action::Transfer, all | Role::Admin, Role::Admin).ok());
    }

private:
    static Roles allowedRoles(Action a) { return CaseworkService::allowedRoles(a); }
};

QTEST_GUILESS_MAIN(TestCaseworkRoles)
#include "tst_caseworkroles.moc"
