#pragma once

#include "app/capture/Importer.h"
#include "app/intake/IntakeDraft.h"
#include "db/PageStore.h"

#include <QImage>
#include <QList>

namespace motcua::intake {

// Processes captured or imported page images (capture::PageProcessor: crop, deskew, blank check,
// quality checks, compression) and puts them into the page store, unreferenced: the draft (or the
// dossier's events) reference them. Blank pages are kept, set aside. Synchronous: call it on the
// thread that owns the store's connection (a worker, or the CLI).
class PageIntake {
public:
    static Result<DraftPage> store(PageStore &pages, const QImage &image, int dpi, capture::PageKind kind = capture::PageKind::Text);
    // Files → pages of one component. A file that cannot be read fails the whole call with its
    // name (the command line wants all or nothing); the page store keeps nothing referenced.
    static Result<QList<DraftPage>> importFiles(PageStore &pages, const QStringList &files, capture::PageKind kind = capture::PageKind::Text);
};

} // namespace motcua::intake
