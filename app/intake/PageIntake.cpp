#include "app/intake/PageIntake.h"

#include "app/capture/PageProcessor.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <deque>

namespace motcua::intake {
namespace {

// Pages being processed on the pool while the next one is rendered: enough to keep both cores
// busy, few enough that memory stays at a handful of pages (an A4 page at 200 dpi is 15 MB as
// rendered, plus its grey copies while processed).
constexpr int kInFlight = 2;

Result<DraftPage> storeProcessed(PageStore &pages, const capture::ProcessedPage &processed, const QStringList &importWarnings)
{
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
    for (const QString &w : importWarnings) {
        if (!page.warnings.contains(w))
            page.warnings.append(w);
    }
    return page;
}

QImage thumbnailOf(const QImage &image, int maxSide)
{
    if (maxSide <= 0 || (image.width() <= maxSide && image.height() <= maxSide))
        return image;
    return image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

// One page on its way: processed (on the pool), then stored in order.
struct Ready {
    capture::ProcessedPage processed;
    QImage thumbnail;
    QStringList warnings;
};

struct InFlight {
    QFuture<Ready> future;
    int file = 0;        // which file of the batch (files done when it was delivered)
    QString path;
};

// The pipeline behind importPages(): its state between the importer's callbacks.
class Pipeline {
public:
    Pipeline(PageStore &store, const PageImportOptions &options) : m_store(store), m_options(options) {}

    bool deliver(const capture::ImportedPage &page)
    {
        if (m_failed)
            return false;
        const capture::PageKind kind = m_options.kind;
        const int side = m_options.thumbnailSide;
        m_queue.push_back({QtConcurrent::run([image = page.image, dpi = page.dpi, kind, side, warnings = page.warnings] {
                               capture::ProcessOptions options;
                               options.kind = kind;
                               return Ready{capture::PageProcessor::process(image, dpi, options),
                                            side > 0 ? thumbnailOf(image, side) : QImage(), warnings};
                           }),
                           m_file, page.sourceFile});
        while (int(m_queue.size()) > kInFlight) {
            if (!storeNext())
                return false;
        }
        return true;
    }

    void refused(const capture::ImportRefusal &refusal, int delivered)
    {
        finish();
        if (delivered > 0)
            dropFile(m_file);
        m_out.refused.append(refusal);
    }

    void fileDone() { ++m_file; }

    // Stores what is still in flight (or waits for it after a failure).
    void finish()
    {
        while (!m_queue.empty())
            (void)storeNext();
    }

    bool failed() const { return m_failed; }
    PageImport take() { return std::move(m_out); }

private:
    bool storeNext()
    {
        InFlight next = std::move(m_queue.front());
        m_queue.pop_front();
        const Ready ready = next.future.result();
        if (m_failed)
            return false;
        Result<DraftPage> page = storeProcessed(m_store, ready.processed, ready.warnings);
        if (!page) {
            m_failed = true;
            dropFile(next.file);
            m_out.refused.append({next.path, page.error()});
            return false;
        }
        m_out.pages.append(*page);
        m_pageFile.append(next.file);
        if (m_options.thumbnailSide > 0)
            m_out.thumbnails.append(ready.thumbnail);
        if (m_options.progress)
            m_options.progress(int(m_out.pages.size()));
        return true;
    }

    // A file's pages are the last ones of the result: a file is imported whole or not at all.
    void dropFile(int file)
    {
        while (!m_pageFile.isEmpty() && m_pageFile.constLast() == file) {
            m_pageFile.removeLast();
            m_out.pages.removeLast();
            if (!m_out.thumbnails.isEmpty())
                m_out.thumbnails.removeLast();
        }
    }

    PageStore &m_store;
    const PageImportOptions &m_options;
    std::deque<InFlight> m_queue;
    PageImport m_out;
    QList<int> m_pageFile;   // the file of each page of m_out
    int m_file = 0;
    bool m_failed = false;
};

Error withFile(const capture::ImportRefusal &r)
{
    Error e = r.error;
    e.detail = r.file + (e.detail.isEmpty() ? QString() : QStringLiteral(": ") + e.detail);
    return e;
}

} // namespace

Result<DraftPage> PageIntake::store(PageStore &pages, const QImage &image, int dpi, capture::PageKind kind)
{
    capture::ProcessOptions options;
    options.kind = kind;
    return storeProcessed(pages, capture::PageProcessor::process(image, dpi, options), {});
}

PageImport PageIntake::importPages(PageStore &pages, const QStringList &files, const PageImportOptions &options)
{
    Pipeline pipeline(pages, options);
    capture::ImportSink sink;
    sink.page = [&pipeline](const capture::ImportedPage &page) { return pipeline.deliver(page); };
    sink.refused = [&pipeline, &options](const capture::ImportRefusal &refusal, int delivered) {
        pipeline.refused(refusal, delivered);
        return !options.stopAtRefusal;
    };
    sink.fileDone = [&pipeline](int) { pipeline.fileDone(); };
    capture::ImportOptions importOptions;
    importOptions.kind = options.kind;
    capture::Importer::forEachPage(files, importOptions, sink);
    pipeline.finish();
    return pipeline.take();
}

Result<QList<DraftPage>> PageIntake::importFiles(PageStore &pages, const QStringList &files, capture::PageKind kind)
{
    const QList<capture::ImportRefusal> refused = capture::Importer::check(files);
    if (!refused.isEmpty())
        return withFile(refused.first());
    PageImportOptions options;
    options.kind = kind;
    options.stopAtRefusal = true;
    PageImport imported = importPages(pages, files, options);
    if (!imported.refused.isEmpty())
        return withFile(imported.refused.first());
    return imported.pages;
}

} // namespace motcua::intake
