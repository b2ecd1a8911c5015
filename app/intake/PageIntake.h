#pragma once

#include "app/capture/Importer.h"
#include "app/intake/IntakeDraft.h"
#include "db/PageStore.h"

#include <QImage>
#include <QList>

#include <functional>

namespace motcua::intake {

// What importPages() made of a batch of files.
struct PageImport {
    QList<DraftPage> pages;                  // in order; none of a refused file
    QList<QImage> thumbnails;                // one per page when asked for
    QList<capture::ImportRefusal> refused;   // files not imported, and why
};

struct PageImportOptions {
    capture::PageKind kind = capture::PageKind::Text;
    int thumbnailSide = 0;               // > 0: a thumbnail of each page, at most this many px a side
    bool stopAtRefusal = false;          // the first refused file ends the import (all or nothing)
    std::function<void(int pagesStored)> progress;   // after each page stored
};

// Processes captured or imported page images (capture::PageProcessor: crop, deskew, blank check,
// quality checks, compression) and puts them into the page store, unreferenced: the draft (or the
// dossier's events) reference them. Blank pages are kept, set aside. Synchronous: call it on the
// thread that owns the store's connection (a worker, or the CLI).
class PageIntake {
public:
    static Result<DraftPage> store(PageStore &pages, const QImage &image, int dpi, capture::PageKind kind = capture::PageKind::Text);

    // Files → stored pages, streamed: one page is rendered or decoded (capture::Importer) while the
    // page before it is processed on the thread pool, then stored here, and both are dropped, so
    // memory stays at a few pages whatever the document's length (docs/performance.md: a 500-page
    // PDF). A file is imported whole or not at all: pages of a file refused part-way (a PDF page
    // that does not render) are left out of the result; the ones already stored stay unreferenced
    // and the page collector takes them. A page that cannot be stored (disk full) refuses its file
    // and ends the import.
    static PageImport importPages(PageStore &pages, const QStringList &files, const PageImportOptions &options);

    // Files → pages of one component, for the command line: every file is checked first
    // (capture::Importer::check), so a missing, damaged or unsupported file fails the whole call,
    // with its name, before any page is stored; then importPages().
    static Result<QList<DraftPage>> importFiles(PageStore &pages, const QStringList &files, capture::PageKind kind = capture::PageKind::Text);
};

} // namespace motcua::intake
