#include "app/intake/PageIntake.h"

#include "app/capture/PageProcessor.h"

namespace motcua::intake {

Result<DraftPage> PageIntake::store(PageStore &pages, const QImage &image, int dpi, capture::PageKind kind)
{
    capture::ProcessOptions options;
    options.kind = kind;
    const capture::ProcessedPage processed = capture::PageProcessor::process(image, dpi, options);
    if (processed.bytes.isEmpty())
        return Error(QStringLiteral("capture.empty-page"));
    PageMeta meta;
    meta.mime = processed.mime;
    meta.width = processed.image.width();
    meta.height = processed.image.height();
    meta.dpi = processed.dpi;
    meta.blank = processed.blank;
    Result<QString> sha = pages.put(processed.bytes, meta);
    if (!sha)
        return sha.error();
    DraftPage page;
    page.sha256 = *sha;
    page.setAside = processed.blank;
    page.warnings = processed.warnings;
    return page;
}

Result<QList<DraftPage>> PageIntake::importFiles(PageStore &pages, const QStringList &files, capture::PageKind kind)
{
    capture::ImportOptions options;
    options.kind = kind;
    const capture::ImportResult imported = capture::Importer::importFiles(files, options);
    if (!imported.refused.isEmpty()) {
        const capture::ImportRefusal &r = imported.refused.first();
        Error e = r.error;
        e.detail = r.file + (e.detail.isEmpty() ? QString() : QStringLiteral(": ") + e.detail);
        return e;
    }
    QList<DraftPage> out;
    for (const capture::ImportedPage &p : imported.pages) {
        Result<DraftPage> page = store(pages, p.image, p.dpi, kind);
        if (!page)
            return page.error();
        out.append(*page);
    }
    return out;
}

} // namespace motcua::intake
