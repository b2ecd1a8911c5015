#pragma once

#include "app/capture/ScanTypes.h"
#include "domain/Result.h"

#include <QFuture>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace motcua::capture {

struct ImportedPage {
    QImage image;
    int dpi = 0;
    QString sourceFile;   // absolute path
    int pageInFile = 0;   // from 0 (TIFF frame, PDF page)
    QStringList warnings; // quality.* codes found on import (an image file too small for a page)
};

// A file that was not imported and why (Error codes: import.unreadable, import.unsupported,
// import.corrupt-pdf, import.damaged-image, import.missing). The rest of the batch goes on.
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

// Where a streaming import delivers its pages, one at a time.
struct ImportSink {
    // Every page, in order. The image is the callee's to keep or drop: the importer holds no other
    // page meanwhile. Returns false to stop the import.
    std::function<bool(const ImportedPage &page)> page;
    // A file refused. `delivered` of its pages had already gone to `page` (a PDF page that does not
    // render after others did): drop them, a file is imported whole or not at all. Returns false
    // to stop the import there.
    std::function<bool(const ImportRefusal &refusal, int delivered)> refused;
    // A file finished (imported or refused), for progress: files done so far.
    std::function<void(int filesDone)> fileDone;
};

// Imports page images from files and folders: PNG, JPEG, (multi-page) TIFF through
// QImageReader and PDFs rendered page by page with QtPdf. A folder contributes its files sorted
// by name (not recursive). A JPEG or PNG is checked whole before it is decoded (ImageIntegrity),
// a PDF must end with %%EOF. Reentrant: run it on any thread.
//
// forEachPage() streams: one page is rendered or decoded, handed over and forgotten before the
// next, so memory does not grow with the document (a 500-page PDF). importFiles() collects every
// page (small batches and tests only); importAsync() runs it on the global thread pool with
// progress (files done) on the future.
class Importer {
public:
    static QStringList expand(const QStringList &paths, QList<ImportRefusal> *missing = nullptr);
    static void forEachPage(const QStringList &paths, const ImportOptions &options, const ImportSink &sink);
    // What can be known of every file without decoding its pages: missing, unsupported, a
    // truncated or unloadable PDF, a damaged JPEG or PNG. forEachPage() refuses the same files
    // (and a page that fails to decode); checking first lets a caller refuse a batch before
    // storing any of its pages.
    static QList<ImportRefusal> check(const QStringList &paths);
    static ImportResult importFiles(const QStringList &paths, const ImportOptions &options = {});
    static QFuture<ImportResult> importAsync(const QStringList &paths, const ImportOptions &options = {});
    // Image formats this Qt can read (checks that the TIFF plugin is there, for instance).
    static bool canRead(const QByteArray &format);
};

} // namespace motcua::capture
