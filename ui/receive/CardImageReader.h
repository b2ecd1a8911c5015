#pragma once

#include "app/intake/ApplicantReader.h"

#include <QImage>
#include <QObject>

#include <functional>

namespace motcua {

// Reads an ID card's QR from an image (a photo of the card, a page with it) off the GUI thread:
// the image loaded and decoded on a pool thread, the reading delivered on the GUI thread.
class CardImageReader : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void readFile(const QString &path);
    void read(std::function<QImage()> load);

signals:
    void cardRead(const motcua::Result<motcua::intake::CardReading> &reading);
};

} // namespace motcua
