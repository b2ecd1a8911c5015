#pragma once

#include "db/CitizenStore.h"
#include "domain/Result.h"
#include "domain/calendar/TimeLimit.h"
#include "domain/dossier/DossierState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua::intake {

// Who files the dossier: a citizen (from the ID card's QR, a scanned card, or typed) or an
// organisation with its representative. Personal data: never log any of it.
struct Applicant {
    enum class Kind { Citizen, Organisation };
    Kind kind = Kind::Citizen;
    // Citizen (for an organisation: its representative, when known)
    QString idNumber;        // 12 digits
    QString oldIdNumber;     // 9 digits or empty
    QString name;
    QString dateOfBirth;     // YYYY-MM-DD
    QString gender;          // "Nam" / "Nữ"
    QString address;
    QString issuedOn;        // YYYY-MM-DD
    QString source;          // "card-qr" (scanner burst, image, page), "typed", "cache"
    // Organisation
    QString organisationName;
    QString businessCode;    // mã số doanh nghiệp / thuế
    QString representative;
    // Contact for notices
    QString phone;
    QString email;

    bool isEmpty() const;
    QString displayName() const;   // the citizen's name, or the organisation's
    // The local record of a citizen applicant (db/CitizenStore), and back (source "cache").
    Citizen toCitizen(const QDateTime &updatedAt) const;
    static Applicant fromCitizen(const Citizen &citizen);
    QJsonObject toJson() const;    // also the "applicant" object of the outcome event
    static Applicant fromJson(const QJsonObject &o);
    friend bool operator==(const Applicant &, const Applicant &) = default;
};

// One page of a component in the draft: stored in the page store already (processed, encrypted).
struct DraftPage {
    QString sha256;
    bool setAside = false;    // blank (or put aside by the officer): kept, recoverable, not filed
    QStringList warnings;     // quality.* codes from capture
    friend bool operator==(const DraftPage &, const DraftPage &) = default;
};

// How a component of the checklist is provided.
struct DraftComponent {
    int number = 0;
    Provenance provenance = Provenance::ScannedAtCounter;
    QList<DraftPage> pages;
    QString fromDossier;      // ReusedFromDossier: the earlier dossier
    QString documentType;     // the catalog's document type (reuse matches on it)
    QString form;             // AcceptedForm key ("original", "certifiedCopy", ...); empty = not said
    // A signed declaration read from the pages' form QR (app/forms/Declaration.h): its facts
    // {"form","version","hash","fields"} when the data checked out; else the form.* code of a QR
    // that was found but not trusted (tampered, unknown version).
    QJsonObject declaration;
    QString declarationIssue;

    QStringList filedPages() const;   // hashes of the pages not set aside, in order
    bool isProvided() const { return !filedPages().isEmpty(); }
    friend bool operator==(const DraftComponent &, const DraftComponent &) = default;
};

// A receipt in progress: what the officer has entered so far. Saved as JSON (DraftStore) after
// every change; committed by IntakeService into a counter outcome.
struct IntakeDraft {
    QString id;               // uuid without braces
    QString officer;
    QDateTime startedAt;      // UTC: the receipt's first action (counter time starts)
    QDateTime updatedAt;      // UTC
    QString procedureCode;
    Applicant applicant;
    QList<DraftComponent> components;   // sorted by number
    std::optional<TimeLimit> limitOverride;   // procedures that publish no limit: set by the officer
    int actions = 0;          // keys and clicks counted by the UI

    static IntakeDraft start(const QString &officer, const QDateTime &now = QDateTime::currentDateTimeUtc());

    const DraftComponent *component(int number) const;
    DraftComponent &componentRef(int number);   // adds an empty one when missing
    void removeComponent(int number);
    QStringList allPages() const;                // every page the draft references (set-aside ones too)
    bool isEmpty() const;                        // nothing worth resuming

    QJsonObject toJson() const;
    static Result<IntakeDraft> fromJson(const QJsonObject &o);
    friend bool operator==(const IntakeDraft &, const IntakeDraft &) = default;
};

} // namespace motcua::intake
