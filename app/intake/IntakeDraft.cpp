#include "app/intake/IntakeDraft.h"

#include "domain/dossier/Event.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace motcua::intake {
namespace {

void put(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

bool Applicant::isEmpty() const
{
    return kind == Kind::Citizen ? name.trimmed().isEmpty() && idNumber.isEmpty()
                                 : organisationName.trimmed().isEmpty();
}

QString Applicant::displayName() const
{
    return kind == Kind::Citizen ? name : organisationName;
}

Citizen Applicant::toCitizen(const QDateTime &updatedAt) const
{
    Citizen c;
    c.idNumber = idNumber;
    c.oldIdNumber = oldIdNumber;
    c.name = name;
    c.dateOfBirth = dateOfBirth;
    c.gender = gender;
    c.address = address;
    c.issuedOn = issuedOn;
    c.phone = phone;
    c.email = email;
    c.updatedAt = updatedAt;
    return c;
}

Applicant Applicant::fromCitizen(const Citizen &c)
{
    Applicant a;
    a.idNumber = c.idNumber;
    a.oldIdNumber = c.oldIdNumber;
    a.name = c.name;
    a.dateOfBirth = c.dateOfBirth;
    a.gender = c.gender;
    a.address = c.address;
    a.issuedOn = c.issuedOn;
    a.phone = c.phone;
    a.email = c.email;
    a.source = QStringLiteral("cache");
    return a;
}

QJsonObject Applicant::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), kind == Kind::Citizen ? QStringLiteral("citizen") : QStringLiteral("organisation"));
    put(o, "idNumber", idNumber);
    put(o, "oldIdNumber", oldIdNumber);
    put(o, "name", kind == Kind::Citizen ? name : organisationName);
    put(o, "dob", dateOfBirth);
    put(o, "gender", gender);
    put(o, "address", address);
    put(o, "issued", issuedOn);
    put(o, "source", source);
    put(o, "businessCode", businessCode);
    put(o, "representative", kind == Kind::Organisation ? (representative.isEmpty() ? name : representative) : QString());
    put(o, "phone", phone);
    put(o, "email", email);
    return o;
}

Applicant Applicant::fromJson(const QJsonObject &o)
{
    Applicant a;
    a.kind = str(o, "kind") == QLatin1String("organisation") ? Kind::Organisation : Kind::Citizen;
    a.idNumber = str(o, "idNumber");
    a.oldIdNumber = str(o, "oldIdNumber");
    if (a.kind == Kind::Citizen)
        a.name = str(o, "name");
    else
        a.organisationName = str(o, "name");
    a.dateOfBirth = str(o, "dob");
    a.gender = str(o, "gender");
    a.address = str(o, "address");
    a.issuedOn = str(o, "issued");
    a.source = str(o, "source");
    a.businessCode = str(o, "businessCode");
    a.representative = str(o, "representative");
    a.phone = str(o, "phone");
    a.email = str(o, "email");
    return a;
}

QStringList DraftComponent::filedPages() const
{
    QStringList out;
    for (const DraftPage &p : pages) {
        if (!p.setAside)
            out << p.sha256;
    }
    return out;
}

IntakeDraft IntakeDraft::start(const QString &officer, const QDateTime &now)
{
    IntakeDraft d;
    d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.officer = officer;
    d.startedAt = now.toUTC();
    d.updatedAt = d.startedAt;
    return d;
}

const DraftComponent *IntakeDraft::component(int number) const
{
    auto it = std::find_if(components.cbegin(), components.cend(), [number](const DraftComponent &c) { return c.number == number; });
    return it == components.cend() ? nullptr : &*it;
}

DraftComponent &IntakeDraft::componentRef(int number)
{
    auto it = std::lower_bound(components.begin(), components.end(), number,
                               [](const DraftComponent &c, int n) { return c.number < n; });
    if (it != components.end() && it->number == number)
        return *it;
    DraftComponent c;
    c.number = number;
    return *components.insert(it, c);
}

void IntakeDraft::removeComponent(int number)
{
    components.removeIf([number](const DraftComponent &c) { return c.number == number; });
}

QStringList IntakeDraft::allPages() const
{
    QStringList out;
    for (const DraftComponent &c : components) {
        for (const DraftPage &p : c.pages)
            out << p.sha256;
    }
    return out;
}

bool IntakeDraft::isEmpty() const
{
    return procedureCode.isEmpty() && applicant.isEmpty() && allPages().isEmpty();
}

QJsonObject IntakeDraft::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("officer"), officer);
    o.insert(QStringLiteral("startedAt"), isoUtcMs(startedAt));
    o.insert(QStringLiteral("updatedAt"), isoUtcMs(updatedAt));
    put(o, "procedure", procedureCode);
    o.insert(QStringLiteral("applicant"), applicant.toJson());
    QJsonArray comps;
    for (const DraftComponent &c : components) {
        QJsonObject co;
        co.insert(QStringLiteral("number"), c.number);
        co.insert(QStringLiteral("provenance"), provenanceName(c.provenance));
        put(co, "fromDossier", c.fromDossier);
        put(co, "documentType", c.documentType);
        put(co, "form", c.form);
        if (!c.declaration.isEmpty())
            co.insert(QStringLiteral("declaration"), c.declaration);
        put(co, "declarationIssue", c.declarationIssue);
        QJsonArray pages;
        for (const DraftPage &p : c.pages) {
            QJsonObject po;
            po.insert(QStringLiteral("sha256"), p.sha256);
            if (p.setAside)
                po.insert(QStringLiteral("setAside"), true);
            if (!p.warnings.isEmpty())
                po.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(p.warnings));
            pages.append(po);
        }
        co.insert(QStringLiteral("pages"), pages);
        comps.append(co);
    }
    o.insert(QStringLiteral("components"), comps);
    if (limitOverride)
        o.insert(QStringLiteral("limitOverride"), limitOverride->toJson());
    o.insert(QStringLiteral("actions"), actions);
    return o;
}

Result<IntakeDraft> IntakeDraft::fromJson(const QJsonObject &o)
{
    if (o.value(QStringLiteral("version")).toInt() != 1)
        return Error(QStringLiteral("drafts.unreadable"), QStringLiteral("unknown draft version"));
    IntakeDraft d;
    d.id = str(o, "id");
    d.officer = str(o, "officer");
    d.startedAt = parseIsoUtcMs(str(o, "startedAt"));
    d.updatedAt = parseIsoUtcMs(str(o, "updatedAt"));
    if (d.id.isEmpty() || d.officer.isEmpty() || !d.startedAt.isValid())
        return Error(QStringLiteral("drafts.unreadable"), QStringLiteral("draft without id, officer or start"));
    d.procedureCode = str(o, "procedure");
    d.applicant = Applicant::fromJson(o.value(QStringLiteral("applicant")).toObject());
    const QJsonArray comps = o.value(QStringLiteral("components")).toArray();
    for (const QJsonValue &v : comps) {
        const QJsonObject co = v.toObject();
        DraftComponent c;
        c.number = co.value(QStringLiteral("number")).toInt();
        if (c.number < 1)
            return Error(QStringLiteral("drafts.unreadable"), QStringLiteral("component without number"));
        c.provenance = provenanceFromName(str(co, "provenance")).value_or(Provenance::ScannedAtCounter);
        c.fromDossier = str(co, "fromDossier");
        c.documentType = str(co, "documentType");
        c.form = str(co, "form");
        c.declaration = co.value(QStringLiteral("declaration")).toObject();
        c.declarationIssue = str(co, "declarationIssue");
        const QJsonArray pages = co.value(QStringLiteral("pages")).toArray();
        for (const QJsonValue &pv : pages) {
            const QJsonObject po = pv.toObject();
            DraftPage p;
            p.sha256 = str(po, "sha256");
            p.setAside = po.value(QStringLiteral("setAside")).toBool();
            for (const QJsonValue &w : po.value(QStringLiteral("warnings")).toArray())
                p.warnings << w.toString();
            c.pages.append(p);
        }
        d.componentRef(c.number) = c;
    }
    if (o.contains(QStringLiteral("limitOverride")))
        d.limitOverride = TimeLimit::fromJson(o.value(QStringLiteral("limitOverride")).toObject());
    d.actions = o.value(QStringLiteral("actions")).toInt();
    return d;
}

} // namespace motcua::intake
