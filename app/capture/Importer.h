#pragma once

#include "app/capture/ScanTypes.h"
#include "domain/Result.h"

#include <QFuture>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua::capture {

struct ImportedPage {
    QImage image;
    int dpi = 0;
    QString sourceFile;   // absolute path
    int pageInFile = 0;   // from 0 (TIFF frame, PDF page)
};

// A file that was not imported and why (Error codes: import.unreadable, import.unsupported,
// import.corrupt-pdf, import.missing). The rest of the batch goes on.
struct ImportRefusal {
    QString file;
    Error error;
};

struct ImportResult {
    QList<ImportedPage> pages;
    QList<ImportRefusal> refused;
};

struct ImportOptions {
    PageKind kind = PageKind::Text;   // PDF pages render at 200 dpi for text, 300 for photos/cards
    int assumedDpi = 0;               // for images without a resolution: 0 = the kind's default
};

// Imports page images from files and folders: PNG, JPEG, (multi-page) TIFF through
// QImageReader and PDFs rendered page by page with QtPdf. A folder contributes its files sorted
// by name (not recursive). Reentrant: importFiles runs on any thread; importAsync runs it on
// the global thread pool and reports progress (files done) on the future.
class Importer {
public:
    static QStringList expand(const QStringList &paths, QList<ImportRefusal> *missing = nullptr);
    static ImportResult importFiles(const QStringList &paths, const ImportOptions &options = {});
    static QFuture<ImportResult> importAsync(const QStringList &paths, const ImportOptions &options = {});
    // Image formats this Qt can read (checks that the TIFF plugin is there, for instance).
    static bool canRead(const QByteArray &format);
};

} // namespace motcua::capture
