#include "ui/receive/CardImageReader.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace motcua {

void CardImageReader::readFile(const QString &path)
{
    read([path] { return QImage(path); });
}

void CardImageReader::read(std::function<QImage()> load)
{
    auto *watcher = new QFutureWatcher<Result<intake::CardReading>>(this);
    connect(watcher, &QFutureWatcher<Result<intake::CardReading>>::finished, this, [this, watcher] {
        const Result<intake::CardReading> reading = watcher->result();
        watcher->deleteLater();
        emit cardRead(reading);
    });
    watcher->setFuture(QtConcurrent::run([load]() -> Result<intake::CardReading> {
        const QImage image = load();
        if (image.isNull())
            return Error(QStringLiteral("intake.not-a-card"), QStringLiteral("unreadable image"));
        return intake::ApplicantReader::fromImage(image);
    }));
}

} // namespace motcua
