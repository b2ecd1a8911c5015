#pragma once

#include <QString>

namespace motcua {

// Where the officer last took a file from or saved one to, so every file dialog of the counter
// (the card's image, a component's files, the slip as PDF) opens there again. Kept per workspace and
// officer in the user's QSettings; a folder that no longer exists falls back to Documents.
class LastFolder {
public:
    explicit LastFolder(const QString &workspaceDirectory = {}, const QString &login = {});

    QString folder() const;
    QString pathFor(const QString &fileName) const;   // fileName in folder()
    void remember(const QString &chosen) const;       // a chosen file (its folder) or folder; "" ignored

private:
    QString m_key;
};

} // namespace motcua
