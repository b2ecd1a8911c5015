#include "app/capture/Importer.h"

#include "domain/Logging.h"

#include <QRegularExpression>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPdfDocument>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

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

void importPdf(const QString &path, const ImportOptions &options, ImportResult &out)
{
    if (looksTruncated(path)) {
        out.refused.append({path, Error(QStringLiteral("import.corrupt-pdf"), QStringLiteral("truncated: no %%EOF at the end"))});
        return;
    }
    QPdfDocument doc;
    const QPdfDocument::Error err = doc.load(path);
    if (err != QPdfDocument::Error::None || doc.pageCount() <= 0) {
        out.refused.append({path, Error(QStringLiteral("import.corrupt-pdf"),
                                        QStringLiteral("QtPdf error %1, %2 pages").arg(int(err)).arg(doc.pageCount()))});
        return;
    }
    const int dpi = options.assumedDpi > 0 ? options.assumedDpi : defaultDpi(options.kind);
    QList<ImportedPage> pages;
    for (int i = 0; i < doc.pageCount(); ++i) {
        const QSizeF pt = doc.pagePointSize(i);   // 1/72 inch
        const QSize px(qRound(pt.width() / 72.0 * dpi), qRound(pt.height() / 72.0 * dpi));
        QImage img = doc.render(i, px);
        if (img.isNull()) {
            out.refused.append({path, Error(QStringLiteral("import.corrupt-pdf"), QStringLiteral("page %1 does not render").arg(i + 1))});
            return;   // all or nothing per file: no half documents
        }
        // Transparent page background → white paper
        QImage flat(img.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        {
            QImage src = img.convertToFormat(QImage::Format_ARGB32_Premultiplied);
            for (int y = 0; y < src.height(); ++y) {
                const QRgb *s = reinterpret_cast<const QRgb *>(src.constScanLine(y));
                QRgb *d = reinterpret_cast<QRgb *>(flat.scanLine(y));
                for (int x = 0; x < src.width(); ++x) {
                    const int a = qAlpha(s[x]);
                    d[x] = qRgb(qRed(s[x]) + 255 - a, qGreen(s[x]) + 255 - a, qBlue(s[x]) + 255 - a);
                }
            }
        }
        const int dpm = qRound(dpi / 0.0254);
        flat.setDotsPerMeterX(dpm);
        flat.setDotsPerMeterY(dpm);
        pages.append({flat, dpi, path, i});
    }
    out.pages += pages;
}

void importImage(const QString &path, const ImportOptions &options, ImportResult &out)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);   // EXIF orientation of phone photos
    if (!reader.canRead()) {
        // Known image type whose content is broken, or not an image at all
        const QByteArray byName = QImageReader::imageFormat(path);
        const QString suffix = QFileInfo(path).suffix().toLower();
        const bool imageName = QStringList{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                           QStringLiteral("tif"), QStringLiteral("tiff")}.contains(suffix);
        if (byName.isEmpty() && !imageName)
            out.refused.append({path, Error(QStringLiteral("import.unsupported"), QStringLiteral("not an image or PDF"))});
        else
            out.refused.append({path, Error(QStringLiteral("import.unreadable"), reader.errorString())});
        return;
    }
    QList<ImportedPage> pages;
    const int count = std::max(1, reader.imageCount());
    for (int index = 0; index < count; ++index) {
        if (index > 0 && !reader.jumpToImage(index)) {
            out.refused.append({path, Error(QStringLiteral("import.unreadable"),
                                            QStringLiteral("image %1 of %2 not found").arg(index + 1).arg(count))});
            return;
        }
        QImage img = reader.read();
        if (img.isNull()) {
            out.refused.append({path, Error(QStringLiteral("import.unreadable"),
                                            QStringLiteral("image %1: %2").arg(index + 1).arg(reader.errorString()))});
            return;
        }
        int dpi = qRound(img.dotsPerMeterX() * 0.0254);
        if (dpi < 50 || options.assumedDpi > 0)
            dpi = options.assumedDpi > 0 ? options.assumedDpi : defaultDpi(options.kind);
        pages.append({img, dpi, path, index});
    }
    out.pages += pages;
}

ImportResult run(const QStringList &paths, const ImportOptions &options, const std::function<void(int)> &progress)
{
    ImportResult out;
    const QStringList files = Importer::expand(paths, &out.refused);
    int done = 0;
    for (const QString &file : files) {
        if (isPdf(file))
            importPdf(file, options, out);
        else
            importImage(file, options, out);
        if (progress)
            progress(++done);
    }
    // The code only: file names are often a citizen's name and ID number, and the detail may
    // carry the path (issue 10).
    for (const ImportRefusal &r : out.refused)
        qCInfo(lcCapture) << "import refused:" << r.error.code;
    return out;
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

ImportResult Importer::importFiles(const QStringList &paths, const ImportOptions &options)
{
    return run(paths, options, {});
}

QFuture<ImportResult> Importer::importAsync(const QStringList &paths, const ImportOptions &options)
{
    return QtConcurrent::run([paths, options](QPromise<ImportResult> &promise) {
        const int total = int(expand(paths).size());
        promise.setProgressRange(0, total);
        promise.addResult(run(paths, options, [&promise](int done) { promise.setProgressValue(done); }));
    });
}

} // namespace motcua::capture
