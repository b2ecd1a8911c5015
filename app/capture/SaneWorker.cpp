// The SANE side of scanning, run in its own process. Single-threaded on purpose: when the driver
// blocks, the whole worker goes silent and the app's watchdog sees it.
#include "app/capture/SaneWorker.h"

#include "app/capture/WorkerProtocol.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <sane/sane.h>
#include <sane/saneopts.h>

#include <cerrno>
#include <cmath>
#include <csignal>
#include <dirent.h>
#include <cstdlib>
#include <poll.h>
#include <sys/resource.h>
#include <unistd.h>

namespace motcua::capture {
namespace {

using protocol::encodeHeader;

constexpr int kDriverThreadsEndMs = 500;

struct Fault {
    int hangAfter = -1;
    int crashAfter = -1;
};

Fault faultFromEnv()
{
    Fault f;
    const QString spec = QString::fromLocal8Bit(qgetenv("MOTCUA_SCAN_WORKER_FAULT"));
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return f;
    const int n = spec.mid(colon + 1).toInt();
    if (spec.startsWith(QLatin1String("hang-after")))
        f.hangAfter = n;
    else if (spec.startsWith(QLatin1String("crash-after")))
        f.crashAfter = n;
    return f;
}

void writeAll(const QByteArray &data)
{
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(STDOUT_FILENO, p, static_cast<size_t>(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            std::_Exit(3);   // the app is gone: nobody to scan for
        p += n;
        left -= n;
    }
}

void send(const QJsonObject &header, const QByteArray &payload = {})
{
    writeAll(encodeHeader(header));
    if (!payload.isEmpty())
        writeAll(payload);
}

void sendError(const QString &code, const QString &detail)
{
    send({{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("code"), code},
          {QStringLiteral("detail"), detail}});
}

QString status(SANE_Status s)
{
    return QString::fromLatin1(sane_strstatus(s));
}

// Line reader on stdin, blocking or polled.
class Input {
public:
    // Next command line; *eof set at end of input.
    QByteArray readLine(bool *eof)
    {
        *eof = false;
        for (;;) {
            const qsizetype nl = m_buf.indexOf('\n');
            if (nl >= 0) {
                QByteArray line = m_buf.left(nl);
                m_buf.remove(0, nl + 1);
                return line;
            }
            if (!fill()) {
                *eof = true;
                return {};
            }
        }
    }
    // True when a "cancel" command has arrived or input has closed (reads without blocking).
    // Other commands stay queued for readLine().
    bool cancelRequested()
    {
        pollfd pfd{STDIN_FILENO, POLLIN, 0};
        if (!m_eof && ::poll(&pfd, 1, 0) > 0 && !fill())
            m_eof = true;
        if (m_eof)
            return true;   // the app is gone: stop scanning
        bool cancel = false;
        QByteArray keep;
        for (const QByteArray &line : m_buf.split('\n')) {
            if (QJsonDocument::fromJson(line).object().value(QLatin1String("cmd")).toString() == QLatin1String("cancel"))
                cancel = true;
            else
                keep += line + '\n';
        }
        keep.chop(1);   // split() gave one piece more than there were newlines
        m_buf = keep;
        return cancel;
    }

private:
    bool fill()
    {
        char tmp[4096];
        for (;;) {
            const ssize_t n = ::read(STDIN_FILENO, tmp, sizeof tmp);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            m_buf.append(tmp, n);
            return true;
        }
    }
    QByteArray m_buf;
    bool m_eof = false;
};

int threadCount()
{
    int n = 0;
    if (DIR *d = ::opendir("/proc/self/task")) {
        while (const dirent *e = ::readdir(d))
            n += e->d_name[0] != '.';
        ::closedir(d);
    }
    return n;
}

// Waits (at most `ms`) for the threads a driver started to end by themselves. This process has one
// thread of its own, so any other is the driver's: sanei_thread's readers (SANE's test backend,
// and others) run with asynchronous cancellation, and sane_cancel or the next sane_start cancels a
// reader that has not yet exited. Cancelled inside malloc or free, it leaves the allocator's lock
// taken and this process waits on it for ever (seen: the worker silent in futex_wait, alone).
// After a page's end the reader is on its way out; letting it go first closes that window.
void letDriverThreadsEnd(int ms)
{
    QElapsedTimer t;
    t.start();
    while (threadCount() > 1 && t.elapsed() < ms)
        ::usleep(500);
}

// One open device and its options by name.
class Device {
public:
    explicit Device(SANE_Handle h) : m_h(h) {}
    ~Device()
    {
        letDriverThreadsEnd(kDriverThreadsEndMs);
        sane_cancel(m_h);
        sane_close(m_h);
    }
    SANE_Handle handle() const { return m_h; }

    int find(const char *name) const
    {
        SANE_Int count = 0;
        if (sane_control_option(m_h, 0, SANE_ACTION_GET_VALUE, &count, nullptr) != SANE_STATUS_GOOD)
            return -1;
        for (SANE_Int i = 1; i < count; ++i) {
            const SANE_Option_Descriptor *d = sane_get_option_descriptor(m_h, i);
            if (d && d->name && qstrcmp(d->name, name) == 0)
                return i;
        }
        return -1;
    }
    const SANE_Option_Descriptor *descriptor(int i) const { return sane_get_option_descriptor(m_h, i); }

    QStringList choices(const char *name) const
    {
        QStringList out;
        const int i = find(name);
        const SANE_Option_Descriptor *d = i >= 0 ? descriptor(i) : nullptr;
        if (d && d->constraint_type == SANE_CONSTRAINT_STRING_LIST)
            for (const SANE_String_Const *s = d->constraint.string_list; *s; ++s)
                out << QString::fromLatin1(*s);
        return out;
    }

    // Sets a numeric option in its own type (SANE_TYPE_FIXED needs SANE_FIX, SANE_TYPE_INT a
    // plain int), clamped to its range or snapped to the nearest listed value.
    bool setNumber(const char *name, double value, double *applied = nullptr)
    {
        const int i = find(name);
        const SANE_Option_Descriptor *d = i >= 0 ? descriptor(i) : nullptr;
        if (!d || !SANE_OPTION_IS_ACTIVE(d->cap) || !SANE_OPTION_IS_SETTABLE(d->cap))
            return false;
        const bool fixed = d->type == SANE_TYPE_FIXED;
        if (!fixed && d->type != SANE_TYPE_INT)
            return false;
        auto toDouble = [fixed](SANE_Word w) { return fixed ? SANE_UNFIX(w) : double(w); };
        if (d->constraint_type == SANE_CONSTRAINT_RANGE) {
            value = std::clamp(value, toDouble(d->constraint.range->min), toDouble(d->constraint.range->max));
        } else if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST) {
            const SANE_Word *list = d->constraint.word_list;
            double best = value, bestDist = -1;
            for (SANE_Word k = 1; k <= list[0]; ++k) {
                const double v = toDouble(list[k]);
                if (bestDist < 0 || std::abs(v - value) < bestDist) {
                    best = v;
                    bestDist = std::abs(v - value);
                }
            }
            value = best;
        }
        SANE_Word w = fixed ? SANE_FIX(value) : static_cast<SANE_Word>(std::lround(value));
        if (sane_control_option(m_h, i, SANE_ACTION_SET_VALUE, &w, nullptr) != SANE_STATUS_GOOD)
            return false;
        SANE_Word back = w;   // the driver may have rounded: read back what it took
        if (sane_control_option(m_h, i, SANE_ACTION_GET_VALUE, &back, nullptr) == SANE_STATUS_GOOD && applied)
            *applied = toDouble(back);
        return true;
    }

    bool setString(const char *name, const QString &value)
    {
        const int i = find(name);
        const SANE_Option_Descriptor *d = i >= 0 ? descriptor(i) : nullptr;
        if (!d || d->type != SANE_TYPE_STRING || !SANE_OPTION_IS_ACTIVE(d->cap))
            return false;
        QByteArray buf = value.toLatin1();
        buf.resize(std::max<qsizetype>(d->size, buf.size() + 1), '\0');
        return sane_control_option(m_h, i, SANE_ACTION_SET_VALUE, buf.data(), nullptr) == SANE_STATUS_GOOD;
    }

    // Any option from its text form (extra options from the profile).
    bool setFromText(const QString &name, const QString &value)
    {
        const QByteArray n = name.toLatin1();
        const int i = find(n.constData());
        const SANE_Option_Descriptor *d = i >= 0 ? descriptor(i) : nullptr;
        if (!d)
            return false;
        switch (d->type) {
        case SANE_TYPE_BOOL: {
            SANE_Word b = (value == QLatin1String("yes") || value == QLatin1String("true") || value == QLatin1String("1"))
                              ? SANE_TRUE : SANE_FALSE;
            return sane_control_option(m_h, i, SANE_ACTION_SET_VALUE, &b, nullptr) == SANE_STATUS_GOOD;
        }
        case SANE_TYPE_INT:
        case SANE_TYPE_FIXED:
            return setNumber(n.constData(), value.toDouble());
        case SANE_TYPE_STRING:
            return setString(n.constData(), value);
        default:
            return false;
        }
    }

private:
    SANE_Handle m_h;
};

// First offered choice containing one of the words (case-insensitive), avoiding `exclude`.
QString pick(const QStringList &choices, const QStringList &words, const QString &exclude = {})
{
    for (const QString &w : words)
        for (const QString &c : choices)
            if (c.contains(w, Qt::CaseInsensitive) && (exclude.isEmpty() || !c.contains(exclude, Qt::CaseInsensitive)))
                return c;
    return {};
}

QStringList deviceNames()
{
    QStringList names;
    const SANE_Device **list = nullptr;
    if (sane_get_devices(&list, SANE_FALSE) == SANE_STATUS_GOOD && list)
        for (int i = 0; list[i]; ++i)
            names << QString::fromLatin1(list[i]->name);
    return names;
}

void listDevices()
{
    const SANE_Device **list = nullptr;
    const SANE_Status s = sane_get_devices(&list, SANE_FALSE);
    if (s != SANE_STATUS_GOOD) {
        sendError(QStringLiteral("scanner.io"), QStringLiteral("sane_get_devices: ") + status(s));
        return;
    }
    QJsonArray devices;
    for (int i = 0; list && list[i]; ++i)
        devices.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(list[i]->name)},
                                   {QStringLiteral("vendor"), QString::fromLatin1(list[i]->vendor)},
                                   {QStringLiteral("model"), QString::fromLatin1(list[i]->model)},
                                   {QStringLiteral("type"), QString::fromLatin1(list[i]->type)}});
    send({{QStringLiteral("type"), QStringLiteral("devices")}, {QStringLiteral("devices"), devices}});
}

[[noreturn]] void injectFault(bool crash)
{
    if (crash) {
        const rlimit none{0, 0};   // no core file from a deliberate crash
        setrlimit(RLIMIT_CORE, &none);
        std::signal(SIGSEGV, SIG_DFL);
        std::raise(SIGSEGV);
    }
    for (;;)
        ::pause();   // a driver stuck in a read: silent, alive
}

// Applies the scan settings; returns an error code + detail, or empty on success.
std::pair<QString, QString> configure(Device &dev, const QJsonObject &cmd, int *dpiOut)
{
    const QString mode = cmd.value(QLatin1String("mode")).toString(QStringLiteral("gray"));
    const QStringList modes = dev.choices(SANE_NAME_SCAN_MODE);
    QString modeChoice;
    if (mode == QLatin1String("color"))
        modeChoice = pick(modes, {QStringLiteral("color"), QStringLiteral("colour"), QStringLiteral("rgb")});
    else if (mode == QLatin1String("lineart"))
        modeChoice = pick(modes, {QStringLiteral("lineart"), QStringLiteral("binary"), QStringLiteral("black")});
    if (modeChoice.isEmpty())   // gray, or lineart on a device without it (the app binarises)
        modeChoice = pick(modes, {QStringLiteral("gray"), QStringLiteral("grey")});
    if (!modeChoice.isEmpty())
        dev.setString(SANE_NAME_SCAN_MODE, modeChoice);

    const QString source = cmd.value(QLatin1String("source")).toString(QStringLiteral("flatbed"));
    const QStringList sources = dev.choices(SANE_NAME_SCAN_SOURCE);
    if (!sources.isEmpty()) {
        QString choice;
        if (source == QLatin1String("flatbed"))
            choice = pick(sources, {QStringLiteral("flatbed"), QStringLiteral("normal")});
        else if (source == QLatin1String("feeder"))
            choice = pick(sources, {QStringLiteral("adf"), QStringLiteral("feeder"), QStringLiteral("automatic")},
                          QStringLiteral("duplex"));
        else
            choice = pick(sources, {QStringLiteral("duplex")});
        if (choice.isEmpty())
            return {QStringLiteral("scanner.source-unavailable"),
                    source + QStringLiteral(" not offered; sources: ") + sources.join(QStringLiteral(", "))};
        dev.setString(SANE_NAME_SCAN_SOURCE, choice);
    } else if (source != QLatin1String("flatbed")) {
        return {QStringLiteral("scanner.source-unavailable"), source + QStringLiteral(" not offered")};
    }

    double dpi = cmd.value(QLatin1String("dpi")).toDouble(200);
    if (!dev.setNumber(SANE_NAME_SCAN_RESOLUTION, dpi, &dpi))
        dev.setNumber(SANE_NAME_SCAN_X_RESOLUTION, dpi, &dpi);
    *dpiOut = static_cast<int>(std::lround(dpi));

    // Geometry in mm (pixel-unit drivers get it converted). Clamped to the device's range.
    auto mm = [&](const char *name, double v) {
        const int i = dev.find(name);
        const SANE_Option_Descriptor *d = i >= 0 ? dev.descriptor(i) : nullptr;
        if (d && d->unit == SANE_UNIT_PIXEL)
            v = v / 25.4 * dpi;
        dev.setNumber(name, v);
    };
    mm(SANE_NAME_SCAN_TL_X, 0);
    mm(SANE_NAME_SCAN_TL_Y, 0);
    mm(SANE_NAME_SCAN_BR_X, cmd.value(QLatin1String("width_mm")).toDouble(210));
    mm(SANE_NAME_SCAN_BR_Y, cmd.value(QLatin1String("height_mm")).toDouble(297));

    const QJsonObject extra = cmd.value(QLatin1String("options")).toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        if (!dev.setFromText(it.key(), it.value().toVariant().toString()))
            return {QStringLiteral("scanner.bad-option"), QStringLiteral("cannot set option ") + it.key()};
    return {};
}

// Reads one page after sane_start; returns false after sending an error or a cancel.
enum class PageOutcome { Ok, Cancelled, Failed };

PageOutcome readPage(Device &dev, int index, int dpi, Input &in)
{
    SANE_Parameters p{};
    SANE_Status s = sane_get_parameters(dev.handle(), &p);
    if (s != SANE_STATUS_GOOD) {
        sendError(QStringLiteral("scanner.io"), QStringLiteral("sane_get_parameters: ") + status(s));
        return PageOutcome::Failed;
    }
    const bool rgb = p.format == SANE_FRAME_RGB;
    if ((p.format != SANE_FRAME_GRAY && !rgb) || (p.depth != 1 && p.depth != 8 && p.depth != 16)
        || (rgb && p.depth == 1)) {
        sendError(QStringLiteral("scanner.unsupported-format"),
                  QStringLiteral("frame %1 depth %2").arg(int(p.format)).arg(p.depth));
        return PageOutcome::Failed;
    }
    QByteArray data;
    const qint64 expected = p.lines > 0 ? qint64(p.bytes_per_line) * p.lines : -1;
    if (expected > 0)
        data.reserve(expected);
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    int lastPercent = -1;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    for (;;) {
        SANE_Int len = 0;
        s = sane_read(dev.handle(), reinterpret_cast<SANE_Byte *>(chunk.data()), SANE_Int(chunk.size()), &len);
        if (s == SANE_STATUS_EOF) {
            letDriverThreadsEnd(kDriverThreadsEndMs);   // before the next sane_start or sane_cancel
            break;
        }
        if (s != SANE_STATUS_GOOD) {
            sendError(QStringLiteral("scanner.io"), QStringLiteral("sane_read: ") + status(s));
            return PageOutcome::Failed;
        }
        data.append(chunk.constData(), len);
        const int percent = expected > 0 ? int(std::min<qint64>(100, data.size() * 100 / expected)) : -1;
        if (percent != lastPercent && (sinceProgress.elapsed() >= 100 || percent - lastPercent >= 10)) {
            send({{QStringLiteral("type"), QStringLiteral("progress")}, {QStringLiteral("page"), index},
                  {QStringLiteral("percent"), percent}});
            lastPercent = percent;
            sinceProgress.restart();
        }
        if (in.cancelRequested())
            return PageOutcome::Cancelled;
    }
    const int width = p.pixels_per_line;
    const int lines = int(data.size() / std::max(1, p.bytes_per_line));
    QString format = rgb ? QStringLiteral("rgb888") : QStringLiteral("gray8");
    int bpl = p.bytes_per_line;
    if (p.depth == 1) {
        format = QStringLiteral("mono");
    } else if (p.depth == 16) {   // keep the high byte of each host-endian sample
        const int samples = bpl / 2;
        QByteArray eight(qsizetype(samples) * lines, Qt::Uninitialized);
        const auto *src = reinterpret_cast<const quint16 *>(data.constData());
        for (qsizetype k = 0; k < eight.size(); ++k)
            eight[k] = char(src[(k / samples) * (bpl / 2) + k % samples] >> 8);
        data = eight;
        bpl = samples;
    }
    data.truncate(qsizetype(bpl) * lines);
    send({{QStringLiteral("type"), QStringLiteral("page")}, {QStringLiteral("page"), index},
          {QStringLiteral("width"), width}, {QStringLiteral("height"), lines},
          {QStringLiteral("format"), format}, {QStringLiteral("bpl"), bpl}, {QStringLiteral("dpi"), dpi},
          {QStringLiteral("bytes"), qint64(data.size())}},
         data);
    return PageOutcome::Ok;
}

// Opens a device by name; on failure sends the error (unknown device: with the list).
SANE_Handle openDevice(const QString &name)
{
    SANE_Handle h = nullptr;
    const SANE_Status s = sane_open(name.toLatin1().constData(), &h);
    if (s == SANE_STATUS_GOOD)
        return h;
    const QStringList known = deviceNames();
    if (!known.contains(name))
        sendError(QStringLiteral("scanner.unknown-device"),
                  name + QStringLiteral(" (available: ") + known.join(QStringLiteral(", ")) + QLatin1Char(')'));
    else
        sendError(QStringLiteral("scanner.open-failed"), name + QStringLiteral(": ") + status(s));
    return nullptr;
}

void describe(const QJsonObject &cmd)
{
    const QString name = cmd.value(QLatin1String("device")).toString();
    SANE_Handle h = openDevice(name);
    if (!h)
        return;
    Device dev(h);
    const QStringList modes = dev.choices(SANE_NAME_SCAN_MODE);
    QJsonArray ourModes;
    if (!pick(modes, {QStringLiteral("color"), QStringLiteral("colour"), QStringLiteral("rgb")}).isEmpty())
        ourModes.append(QStringLiteral("color"));
    ourModes.append(QStringLiteral("gray"));
    ourModes.append(QStringLiteral("lineart"));
    const QStringList sources = dev.choices(SANE_NAME_SCAN_SOURCE);
    QJsonArray ourSources;
    if (sources.isEmpty() || !pick(sources, {QStringLiteral("flatbed"), QStringLiteral("normal")}).isEmpty())
        ourSources.append(QStringLiteral("flatbed"));
    if (!pick(sources, {QStringLiteral("adf"), QStringLiteral("feeder"), QStringLiteral("automatic")}, QStringLiteral("duplex")).isEmpty())
        ourSources.append(QStringLiteral("feeder"));
    if (!pick(sources, {QStringLiteral("duplex")}).isEmpty())
        ourSources.append(QStringLiteral("duplex"));
    QJsonObject out{{QStringLiteral("type"), QStringLiteral("capabilities")}, {QStringLiteral("device"), name},
                    {QStringLiteral("modes"), ourModes}, {QStringLiteral("sources"), ourSources},
                    {QStringLiteral("device_modes"), QJsonArray::fromStringList(modes)},
                    {QStringLiteral("device_sources"), QJsonArray::fromStringList(sources)}};
    // Numeric constraints in the option's own type (FIXED or INT)
    auto range = [&dev](const char *opt, double *lo, double *hi, QJsonArray *list) {
        const int i = dev.find(opt);
        const SANE_Option_Descriptor *d = i >= 0 ? dev.descriptor(i) : nullptr;
        if (!d || (d->type != SANE_TYPE_FIXED && d->type != SANE_TYPE_INT))
            return false;
        const bool fixed = d->type == SANE_TYPE_FIXED;
        auto val = [fixed](SANE_Word w) { return fixed ? SANE_UNFIX(w) : double(w); };
        if (d->constraint_type == SANE_CONSTRAINT_RANGE) {
            *lo = val(d->constraint.range->min);
            *hi = val(d->constraint.range->max);
        } else if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST) {
            const SANE_Word *w = d->constraint.word_list;
            *lo = 1e9;
            *hi = 0;
            for (SANE_Word k = 1; k <= w[0]; ++k) {
                *lo = std::min(*lo, val(w[k]));
                *hi = std::max(*hi, val(w[k]));
                if (list)
                    list->append(int(std::lround(val(w[k]))));
            }
        } else {
            return false;
        }
        return true;
    };
    double lo = 0, hi = 0;
    QJsonArray dpis;
    if (range(SANE_NAME_SCAN_RESOLUTION, &lo, &hi, &dpis) || range(SANE_NAME_SCAN_X_RESOLUTION, &lo, &hi, &dpis)) {
        out.insert(QStringLiteral("min_dpi"), int(std::lround(lo)));
        out.insert(QStringLiteral("max_dpi"), int(std::lround(hi)));
        out.insert(QStringLiteral("dpi_list"), dpis);
    }
    if (range(SANE_NAME_SCAN_BR_X, &lo, &hi, nullptr))
        out.insert(QStringLiteral("max_width_mm"), hi);
    if (range(SANE_NAME_SCAN_BR_Y, &lo, &hi, nullptr))
        out.insert(QStringLiteral("max_height_mm"), hi);
    send(out);
}

void scan(const QJsonObject &cmd, Input &in, const Fault &fault)
{
    SANE_Handle h = openDevice(cmd.value(QLatin1String("device")).toString());
    if (!h)
        return;
    Device dev(h);
    int dpi = 0;
    const auto [code, detail] = configure(dev, cmd, &dpi);
    if (!code.isEmpty()) {
        sendError(code, detail);
        return;
    }
    const bool feeder = cmd.value(QLatin1String("source")).toString() != QLatin1String("flatbed");
    const int wanted = cmd.value(QLatin1String("pages")).toInt(1);
    int done = 0;
    for (; wanted <= 0 || done < wanted; ++done) {
        if (done == fault.hangAfter)
            injectFault(false);
        if (done == fault.crashAfter)
            injectFault(true);
        const SANE_Status st = sane_start(h);
        if (st == SANE_STATUS_NO_DOCS && feeder && done > 0)
            break;   // the feeder ran empty: a normal end
        if (st != SANE_STATUS_GOOD) {
            sendError(st == SANE_STATUS_NO_DOCS ? QStringLiteral("scanner.no-paper") : QStringLiteral("scanner.io"),
                      QStringLiteral("sane_start: ") + status(st));
            return;
        }
        const PageOutcome o = readPage(dev, done, dpi, in);
        if (o == PageOutcome::Failed)
            return;
        if (o == PageOutcome::Cancelled) {
            send({{QStringLiteral("type"), QStringLiteral("done")}, {QStringLiteral("pages"), done},
                  {QStringLiteral("cancelled"), true}});
            return;
        }
    }
    send({{QStringLiteral("type"), QStringLiteral("done")}, {QStringLiteral("pages"), done},
          {QStringLiteral("cancelled"), false}});
}

} // namespace

int runSaneWorker()
{
    std::signal(SIGPIPE, SIG_IGN);
    const Fault fault = faultFromEnv();
    SANE_Int version = 0;
    const SANE_Status s = sane_init(&version, nullptr);
    if (s != SANE_STATUS_GOOD) {
        sendError(QStringLiteral("scanner.io"), QStringLiteral("sane_init: ") + status(s));
        return 1;
    }
    send({{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("protocol"), protocol::kVersion},
          {QStringLiteral("sane"), QStringLiteral("%1.%2.%3").arg(SANE_VERSION_MAJOR(version))
                                       .arg(SANE_VERSION_MINOR(version)).arg(SANE_VERSION_BUILD(version))}});
    Input in;
    for (;;) {
        bool eof = false;
        const QByteArray line = in.readLine(&eof);
        if (eof)
            break;
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject cmd = QJsonDocument::fromJson(line).object();
        const QString what = cmd.value(QLatin1String("cmd")).toString();
        if (what == QLatin1String("quit"))
            break;
        if (what == QLatin1String("list"))
            listDevices();
        else if (what == QLatin1String("describe"))
            describe(cmd);
        else if (what == QLatin1String("scan"))
            scan(cmd, in, fault);
        else if (what != QLatin1String("cancel"))   // a cancel arriving after the end: nothing to do
            sendError(QStringLiteral("scanner.protocol"), QStringLiteral("unknown command"));
    }
    sane_exit();
    return 0;
}

} // namespace motcua::capture
