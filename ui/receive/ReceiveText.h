#pragma once

#include "domain/catalog/Procedure.h"
#include "domain/cccd/CccdCard.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace motcua {

// The Receive page's sentences for stable codes: limits, accepted forms, capture quality
// warnings (quality.*), ID-card warnings (CccdWarning). Translated (context "motcua::ReceiveText").
class ReceiveText {
    Q_DECLARE_TR_FUNCTIONS(motcua::ReceiveText)
public:
    static QString limitText(const Procedure &procedure);
    static QString formsText(const Component &component);   // "Bản chính / Bản sao có chứng thực"
    static QString qualityText(const QString &code);
    static QString qualityList(const QStringList &codes);    // joined, "" for none
    static QString cardWarningText(const CccdWarning &warning);
};

} // namespace motcua
