#include "app/reporting/DossierRegister.h"
#include "app/printing/OfficialText.h"

#include "db/SqlError.h"
#include "domain/dossier/Event.h"

#include <QSqlQuery>

namespace motcua::reporting {

using printing::OfficialText;   // Form 07 (PDF and CSV) is written in Vietnamese
namespace {

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : parseIsoUtcMs(v.toString());
}

QByteArray csvField(const QString &text)
{
    QString t = text;
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n'))) {
        t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        t = QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t.toUtf8();
}

QString utcOrEmpty(const QDateTime &t)
{
    return t.isValid() ? isoUtcMs(t) : QString();
}

} // namespace

DossierRegister::DossierRegister(const WorkspaceServices &services) : m_services(services) {}

Result<QList<RegisterLine>> DossierRegister::lines(const ReportPeriod &period) const
{
    const QTimeZone zone = m_services.calendar().zone();
    QSqlQuery q(m_services.db());
    q.prepare(QStringLiteral("SELECT code, procedure_code, applicant_name, received_at, due_at, finished_at, returned_at, "
                             "status, late FROM dossiers WHERE office = ? AND received_at >= ? AND received_at < ? "
                             "ORDER BY received_at, code"));
    q.addBindValue(period.office);
    q.addBindValue(isoUtcMs(QDateTime(period.from, QTime(0, 0), zone).toUTC()));
    q.addBindValue(isoUtcMs(QDateTime(period.to.addDays(1), QTime(0, 0), zone).toUTC()));
    if (!q.exec())
        return sqlError(q, "dossier register");
    QList<RegisterLine> out;
    while (q.next()) {
        RegisterLine l;
        l.code = q.value(0).toString();
        l.procedureCode = q.value(1).toString();
        if (const Procedure *p = m_services.catalog().find(l.procedureCode))
            l.procedureName = p->name;
        l.applicantName = q.value(2).toString();
        l.receivedAt = timeOf(q.value(3));
        l.dueAt = timeOf(q.value(4));
        l.finishedAt = timeOf(q.value(5));
        l.returnedAt = timeOf(q.value(6));
        l.status = statusFromName(q.value(7).toString()).value_or(DossierStatus::None);
        l.late = q.value(8).toInt() != 0;
        out << l;
    }
    return out;
}

QByteArray DossierRegister::csv(const QList<RegisterLine> &lines)
{
    QByteArray out("code,procedure,procedure_name,applicant,received_at,due_at,finished_at,returned_at,status,national_status,late\r\n");
    for (const RegisterLine &l : lines) {
        const QList<QByteArray> fields{csvField(l.code), csvField(l.procedureCode), csvField(l.procedureName),
                                       csvField(l.applicantName), csvField(utcOrEmpty(l.receivedAt)),
                                       csvField(utcOrEmpty(l.dueAt)), csvField(utcOrEmpty(l.finishedAt)),
                                       csvField(utcOrEmpty(l.returnedAt)), csvField(statusName(l.status)),
                                       QByteArray::number(nationalStatusCode(l.status)), l.late ? "1" : "0"};
        out += fields.join(',') + "\r\n";
    }
    return out;
}

printing::FormData DossierRegister::form(const QList<RegisterLine> &lines, const ReportPeriod &period,
                                         const SessionInfo &session) const
{
    const QTimeZone zone = m_services.calendar().zone();
    auto day = [&zone](const QDateTime &t) { return t.isValid() ? t.toTimeZone(zone).toString(QStringLiteral("dd/MM/yy")) : QString(); };
    printing::FormData f;
    f.kind = printing::FormKind::Register07;
    f.officeName = session.office.name;
    f.officeCode = session.office.code;
    f.periodText = OfficialText::translate("motcua::reporting::DossierRegister", "from %1 to %2").arg(period.from.toString(QStringLiteral("dd/MM/yyyy")),
                                           period.to.toString(QStringLiteral("dd/MM/yyyy")));
    f.issuedAt = m_services.now().toTimeZone(zone);
    for (const RegisterLine &l : lines) {
        QString status;
        switch (l.status) {
        case DossierStatus::ResultReturned: status = l.late ? OfficialText::translate("motcua::reporting::DossierRegister", "Returned, late") : OfficialText::translate("motcua::reporting::DossierRegister", "Returned on time"); break;
        case DossierStatus::Processed: status = l.late ? OfficialText::translate("motcua::reporting::DossierRegister", "Result ready, late") : OfficialText::translate("motcua::reporting::DossierRegister", "Result ready"); break;
        case DossierStatus::Stopped: status = OfficialText::translate("motcua::reporting::DossierRegister", "Stopped"); break;
        case DossierStatus::Withdrawn: status = OfficialText::translate("motcua::reporting::DossierRegister", "Withdrawn"); break;
        case DossierStatus::SupplementRequired: status = OfficialText::translate("motcua::reporting::DossierRegister", "Awaiting a supplement"); break;
        default: status = OfficialText::translate("motcua::reporting::DossierRegister", "Being processed"); break;
        }
        f.registerRows << QStringList{l.code, l.procedureName.isEmpty() ? l.procedureCode : l.procedureName, l.applicantName,
                                      day(l.receivedAt), day(l.dueAt), day(l.returnedAt), status};
    }
    return f;
}

} // namespace motcua::reporting
