#include "app/capture/Importer.h"

#include "app/capture/ImageIntegrity.h"
#include "app/capture/ImageOps.h"
#include "app/capture/PageProcessor.h"
#include "app/capture/CaptureLogging.h"

#include <QRegularExpression>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPdfDocument>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace motcua::capture {
namespace {

int defaultDpi(PageKind kind)
{
    return kind == PageKind::Text ? 200 : 300;
}

bool isPdf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(5) == "%PDF-";
}

// A PDF cut short (an interrupted copy or download) loses its last pages silently in a lenient
// reader; refuse it instead: the officer must know the document is incomplete.
bool looksTruncated(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return true;
    const qint64 tail = std::min<qint64>(f.size(), 2048);
    f.seek(f.size() - tail);
    return !f.read(tail).contains("%%EOF");
}

std::optional<Error> loadPdf(const QString &path, QPdfDocument &doc)
{
    if (looksTruncated(path))
        return Error(QStringLiteral("import.corrupt-pdf"), QStringLiteral("truncated: no %%EOF at the end"));
    const QPdfDocument::Error err = doc.load(path);
    if (err != QPdfDocument::Error::None || doc.pageCount() <= 0)
        return Error(QStringLiteral("import.corrupt-pdf"), QStringLiteral("QtPdf error %1, %2 pages").arg(int(err)).arg(doc.pageCount()));
    return std::nullopt;
}

// An image file the reader cannot start on, or whose bytes are not whole.
std::optional<Error> openImage(const QString &path, QImageReader &reader)
{
    if (!reader.canRead()) {
        // Known image type whose content is broken, or not an image at all
        const QByteArray byName = QImageReader::imageFormat(path);
        const QString suffix = QFileInfo(path).suffix().toLower();
        const bool imageName = QStringList{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                           QStringLiteral("tif"), QStringLiteral("tiff")}.contains(suffix);
        if (byName.isEmpty() && !imageName)
            return Error(QStringLiteral("import.unsupported"), QStringLiteral("not an image or PDF"));
        return Error(QStringLiteral("import.unreadable"), reader.errorString());
    }
    if (Status whole = ImageIntegrity::checkFile(path); !whole)
        return whole.error();
    return std::nullopt;
}

// A file's run: its refusal if any, the pages already delivered, whether the sink asked to stop.
struct FileRun {
    std::optional<Error> refusal;
    int delivered = 0;
    bool stopped = false;
};

// Pages are rendered, flattened and handed over one at a time: a 500-page PDF never has more than
// one rendered page here.
FileRun importPdf(const QString &path, const ImportOptions &options, const ImportSink &sink)
{
    FileRun run;
    QPdfDocument doc;
    if (std::optional<Error> e = loadPdf(path, doc)) {
        run.refusal = *e;
        return run;
    }
    const int dpi = options.assumedDpi > 0 ? options.assumedDpi : defaultDpi(options.kind);
    const int dpm = qRound(dpi / 0.0254);
    for (int i = 0; i < doc.pageCount(); ++i) {
        const QSizeF pt = doc.pagePointSize(i);   // 1/72 inch
        const QSize px(qRound(pt.width() / 72.0 * dpi), qRound(pt.height() / 72.0 * dpi));
        QImage img = doc.render(i, px);
        if (img.isNull()) {
            run.refusal = Error(QStringLiteral("import.corrupt-pdf"), QStringLiteral("page %1 does not render").arg(i + 1));
            return run;   // all or nothing per file: the sink drops the pages already delivered
        }
        // Transparent page background → white paper
        QImage flat = imageops::onWhitePaper(img);
        img = QImage();
        flat.setDotsPerMeterX(dpm);
        flat.setDotsPerMeterY(dpm);
        ++run.delivered;
        if (sink.page && !sink.page({std::move(flat), dpi, path, i, {}})) {
            run.stopped = true;
            return run;
        }
    }
    return run;
}

FileRun importImage(const QString &path, const ImportOptions &options, const ImportSink &sink)
{
    FileRun run;
    QImageReader reader(path);
    reader.setAutoTransform(true);   // EXIF orientation of phone photos
    if (std::optional<Error> e = openImage(path, reader)) {
        run.refusal = *e;
        return run;
    }
    const int count = std::max(1, reader.imageCount());
    for (int index = 0; index < count; ++index) {
        if (index > 0 && !reader.jumpToImage(index)) {
            run.refusal = Error(QStringLiteral("import.unreadable"), QStringLiteral("image %1 of %2 not found").arg(index + 1).arg(count));
            return run;
        }
        QImage img = reader.read();
        if (img.isNull()) {
            run.refusal = Error(QStringLiteral("import.unreadable"), QStringLiteral("image %1: %2").arg(index + 1).arg(reader.errorString()));
            return run;
        }
        int dpi = qRound(img.dotsPerMeterX() * 0.0254);
        if (dpi < 50 || options.assumedDpi > 0)
            dpi = options.assumedDpi > 0 ? options.assumedDpi : defaultDpi(options.kind);
        QStringList warnings = PageProcessor::checkImportedSize(img.size(), options.kind);
        ++run.delivered;
        if (sink.page && !sink.page({std::move(img), dpi, path, index, std::move(warnings)})) {
            run.stopped = true;
            return run;
        }
    }
    return run;
}

void logRefusal(const Error &error)
{
    // The code only: file names are often a citizen's name and ID number, and the detail may
    // carry the path (issue 10).
    qCInfo(lcCapture) << "import refused:" << error.code;
}

// Every page kept: importFiles() and importAsync().
ImportSink collectInto(ImportResult &out)
{
    ImportSink sink;
    sink.page = [&out](const ImportedPage &page) {
        out.pages.append(page);
        return true;
    };
    sink.refused = [&out](const ImportRefusal &refusal, int delivered) {
        out.pages.resize(out.pages.size() - delivered);
        out.refused.append(refusal);
        return true;
    };
    return sink;
}

// Name order with digit runs compared as numbers: scan2 before scan10, as a person expects.
// (QCollator's numeric mode depends on the locale backend; this does not.)
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            const QString na = a.mid(i, ei - i), nb = b.mid(j, ej - j);
            const qsizetype ta = na.size() - QString(na).remove(QRegularExpression(QStringLiteral("^0+"))).size();
            const qsizetype tb = nb.size() - QString(nb).remove(QRegularExpression(QStringLiteral("^0+"))).size();
            const qsizetype la = na.size() - ta, lb = nb.size() - tb;
            if (la != lb)
                return la < lb;
            const int c = QStringView(na).mid(ta).compare(QStringView(nb).mid(tb));
            if (c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        const int c = QString::compare(a.mid(i, 1), b.mid(j, 1), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) < (b.size() - j);
    return a < b;
}

} // namespace

bool Importer::canRead(const QByteArray &format)
{
    return QImageReader::supportedImageFormats().contains(format);
}

QStringList Importer::expand(const QStringList &paths, QList<ImportRefusal> *missing)
{
    QStringList files;
    for (const QString &p : paths) {
        const QFileInfo fi(p);
        if (fi.isDir()) {
            QStringList names = QDir(p).entryList(QDir::Files | QDir::Readable, QDir::NoSort);
            std::sort(names.begin(), names.end(), naturalLess);
            for (const QString &n : names)
                files << QDir(p).absoluteFilePath(n);
        } else if (fi.isFile()) {
            files << fi.absoluteFilePath();
        } else if (missing) {
            missing->append({p, Error(QStringLiteral("import.missing"), QStringLiteral("no such file or folder"))});
        }
    }
    return files;
}

void Importer::forEachPage(const QStringList &paths, const ImportOptions &options, const ImportSink &sink)
{
    QList<ImportRefusal> missing;
    const QStringList files = expand(paths, &missing);
    for (const ImportRefusal &r : missing) {
        logRefusal(r.error);
        if (sink.refused && !sink.refused(r, 0))
            return;
    }
    int done = 0;
    for (const QString &file : files) {
        const FileRun run = isPdf(file) ? importPdf(file, options, sink) : importImage(file, options, sink);
        bool goOn = !run.stopped;
        if (run.refusal) {
            logRefusal(*run.refusal);
            if (sink.refused && !sink.refused({file, *run.refusal}, run.delivered))
                goOn = false;
        }
        if (sink.fileDone)
            sink.fileDone(++done);
        if (!goOn)
            return;
    }
}

QList<ImportRefusal> Importer::check(const QStringList &paths)
{
    QList<ImportRefusal> refused;
    const QStringList files = expand(paths, &refused);
    for (const QString &file : files) {
        std::optional<Error> e;
        if (isPdf(file)) {
            QPdfDocument doc;
            e = loadPdf(file, doc);
        } else {
            QImageReader reader(file);
            e = openImage(file, reader);
        }
        if (e) {
            logRefusal(*e);
            refused.append({file, *e});
        }
    }
    return refused;
}

ImportResult Importer::importFiles(const QStringList &paths, const ImportOptions &options)
{
    ImportResult out;
    forEachPage(paths, options, collectInto(out));
    return out;
}

QFuture<ImportResult> Importer::importAsync(const QStringList &paths, const ImportOptions &options)
{
    return QtConcurrent::run([paths, options](QPromise<ImportResult> &promise) {
        const int total = int(expand(paths).size());
        promise.setProgressRange(0, total);
        ImportResult out;
        ImportSink sink = collectInto(out);
        sink.fileDone = [&promise](int done) { promise.setProgressValue(done); };
        forEachPage(paths, options, sink);
        promise.addResult(out);
    });
}

} // namespace motcua::capture
