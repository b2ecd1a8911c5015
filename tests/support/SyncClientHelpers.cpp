#include "support/SyncClientHelpers.h"

#include "app/capture/SamplePages.h"

#include <QDir>
#include <QJsonDocument>
#include <QTcpServer>

namespace motcua::test {
namespace {
// A CCCD QR payload: id|old id|name|dob|gender|address|issued
const QString kCard = QStringLiteral("001190012345|012345678|Nguyễn Thị Ánh Tuyết|15031990|Nữ|Số 12, thôn Đông, xã Tân Lập, huyện Đan Phượng, Hà Nội|01072021");
} // namespace

QString CounterPc::receiveDossier(const QString &scratch, int salt, int pages, QByteArray *err) const
{
    QStringList files;
    for (int i = 0; i < pages; ++i) {
        capture::SamplePageSpec spec;
        spec.lines = 8 + (salt * 7 + i * 3) % 40;
        spec.rotationDegrees = 0.2 * ((salt + i) % 7);
        spec.ink = 20 + (salt * 3 + i) % 30;
        const QString path = QDir(scratch).filePath(QStringLiteral("page-%1-%2.png").arg(salt).arg(i));
        if (!capture::SamplePages::textPage(spec).save(path))
            return {};
        files << path;
    }
    QStringList args{QStringLiteral("receive"), QStringLiteral("--procedure"), QStringLiteral("1.001193"),
                     QStringLiteral("--applicant-text"), kCard,
                     QStringLiteral("--component"), QStringLiteral("1=") + files.value(0)};
    if (files.size() > 1)
        args << QStringLiteral("--component") << QStringLiteral("2=") + files.mid(1).join(QLatin1Char(','));
    const CliRun r = run(args);
    if (err)
        *err = r.err;
    if (r.exitCode != 0 || r.outLines().size() != 1)
        return {};
    return r.outLines().constFirst();
}

QJsonObject CounterPc::status() const
{
    const CliRun r = run({QStringLiteral("status")});
    if (r.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(r.out).object();
}

quint16 closedLoopbackPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 1;
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

Result<OpenedWorkspace> OpenedWorkspace::open(const QString &dir, const QString &login, const QString &password)
{
    auto ws = Workspace::unlock(dir, login, password);
    if (!ws)
        return ws.error();
    auto db = (*ws)->openDatabase();
    if (!db)
        return db.error();
    OpenedWorkspace out;
    out.workspace = std::move(ws).value();
    out.db = std::move(db).value();
    return out;
}

Result<std::unique_ptr<InProcessEngine>> InProcessEngine::start(const QString &dir, const QString &login,
                                                                const QString &password, WorkspaceServices::Options options)
{
    auto opened = OpenedWorkspace::open(dir, login, password);
    if (!opened)
        return opened.error();
    auto out = std::make_unique<InProcessEngine>();
    out->opened = std::move(opened).value();
    auto built = WorkspaceServices::build(out->opened.db->sql(), out->opened.workspace->session(), nullptr, std::move(options));
    if (!built)
        return built.error();
    out->services = std::move(built).value();
    out->engine = std::make_unique<sync::SyncEngine>(*out->services);
    return out;
}

} // namespace motcua::test
