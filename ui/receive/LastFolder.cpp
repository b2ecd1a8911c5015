#include "ui/receive/LastFolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace motcua {

LastFolder::LastFolder(const QString &workspaceDirectory, const QString &login)
{
    // A hash, not the path itself, names the setting: one key per (workspace, officer), any characters.
    const QByteArray id = QDir::cleanPath(workspaceDirectory).toUtf8() + '\n' + login.toUtf8();
    m_key = QStringLiteral("lastFolder/")
            + QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha1).toHex().left(16));
}

QString LastFolder::folder() const
{
    const QString kept = QSettings().value(m_key).toString();
    if (!kept.isEmpty() && QFileInfo(kept).isDir())
        return kept;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString LastFolder::pathFor(const QString &fileName) const
{
    return QDir(folder()).filePath(fileName);
}

void LastFolder::remember(const QString &chosen) const
{
    if (chosen.isEmpty())
        return;
    const QFileInfo info(chosen);
    const QString dir = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    QSettings().setValue(m_key, dir);
}

} // namespace motcua
