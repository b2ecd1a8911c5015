// portal/openapi.yaml: valid YAML (python3's yaml module), OpenAPI 3.0 in shape, every $ref
// resolves, every error answer is an Error body; it describes every route `motcua-portal serve`
// registers (`motcua-portal routes`), every route and error code of docs/sync-protocol.md.
#include "support/PortalProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace motcua::test;

namespace {
// Loads the YAML, checks its structure and prints {"paths": {path: [METHOD...]}, "errors": [...]}.
const char *const kChecker = R"PY(
import json, sys, yaml
doc = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))
problems = []
if not str(doc.get('openapi', '')).startswith('3.0'):
    problems.append('openapi is not 3.0.x')
for key in ('info', 'paths', 'components'):
    if key not in doc:
        problems.append('missing ' + key)
def resolve(ref):
    node = doc
    for part in ref.lstrip('#/').split('/'):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node
def walk(node, where):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == '$ref':
                if resolve(v) is None:
                    problems.append('%s: unresolved %s' % (where, v))
            else:
                walk(v, where + '/' + str(k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            walk(v, '%s[%d]' % (where, i))
walk(doc, '')
methods = ('get', 'put', 'post', 'delete', 'head', 'patch', 'options')
paths = {}
for path, item in doc.get('paths', {}).items():
    for m, op in item.items():
        if m not in methods:
            continue
        paths.setdefault(path, []).append(m.upper())
        responses = op.get('responses') or {}
        if not responses:
            problems.append('%s %s: no responses' % (m, path))
        for status, resp in responses.items():
            if not isinstance(status, str):
                problems.append('%s %s: status %r must be a quoted string' % (m, path, status))
            if '$ref' in resp:
                resp = resolve(resp['$ref']) or {}
            if 'description' not in resp:
                problems.append('%s %s %s: no description' % (m, path, status))
            if str(status)[0] in '45' and 'content' in resp:
                schema = resp['content'].get('application/json', {}).get('schema', {})
                if schema.get('$ref') != '#/components/schemas/Error':
                    problems.append('%s %s %s: error answer is not an Error body' % (m, path, status))
errors = doc['components']['schemas']['Error']['properties']['error']['enum']
print(json.dumps({'problems': problems, 'paths': paths, 'errors': errors}))
)PY";

QString sourceFile(const char *relative)
{
    return QStringLiteral(MOTCUA_SOURCE_DIR "/") + QString::fromLatin1(relative);
}
} // namespace

class TestPortalOpenApi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QProcess p;
        p.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(kChecker), sourceFile("portal/openapi.yaml")});
        QVERIFY2(p.waitForFinished(60000), "python3 did not finish");
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());   // YAML invalid, or python3-yaml missing
        const QJsonObject result = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QVERIFY(!result.isEmpty());
        m_problems = result.value(QStringLiteral("problems")).toArray();
        const QJsonObject paths = result.value(QStringLiteral("paths")).toObject();
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            for (const auto &m : it.value().toArray())
                m_operations.insert(m.toString() + QLatin1Char(' ') + it.key());
        }
        for (const auto &e : result.value(QStringLiteral("errors")).toArray())
            m_errors.insert(e.toString());
        QVERIFY(m_operations.size() > 10);
    }

    void isWellFormed()
    {
        QStringList problems;
        for (const auto &v : std::as_const(m_problems))
            problems << v.toString();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void describesEveryRegisteredRoute()
    {
        const auto routes = runPortal({QStringLiteral("routes")});
        QCOMPARE(routes.exitCode, 0);
        const QStringList lines = routes.outLines();
        QVERIFY(lines.contains(QStringLiteral("GET /v1/health")));
        QVERIFY(lines.contains(QStringLiteral("POST /v1/devices/{uuid}/revoke")));
        for (const QString &route : lines)
            QVERIFY2(m_operations.contains(route), qPrintable(route + QStringLiteral(" is not in portal/openapi.yaml")));
    }

    void describesEveryRouteAndErrorOfTheProtocol()
    {
        QFile f(sourceFile("docs/sync-protocol.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString doc = QString::fromUtf8(f.readAll());
        static const QRegularExpression route(QStringLiteral("`(GET|POST|PUT|HEAD|DELETE) (/v1/[^`?\\s]+)"));
        int routes = 0;
        for (auto it = route.globalMatch(doc); it.hasNext();) {
            const auto m = it.next();
            const QString op = m.captured(1) + QLatin1Char(' ') + m.captured(2);
            QVERIFY2(m_operations.contains(op), qPrintable(op + QStringLiteral(" (docs/sync-protocol.md) is not in portal/openapi.yaml")));
            ++routes;
        }
        QVERIFY(routes >= 15);
        // The error table: | 4xx | `code`, `code` |
        static const QRegularExpression row(QStringLiteral("^\\s*\\|\\s*[45]\\d\\d[^|]*\\|(.*)\\|\\s*$"), QRegularExpression::MultilineOption);
        static const QRegularExpression code(QStringLiteral("`([a-z][a-z.-]+)`"));
        int codes = 0;
        for (auto it = row.globalMatch(doc); it.hasNext();) {
            const QString cells = it.next().captured(1);
            for (auto c = code.globalMatch(cells); c.hasNext();) {
                const QString name = c.next().captured(1);
                QVERIFY2(m_errors.contains(name), qPrintable(name + QStringLiteral(" is not an Error code in portal/openapi.yaml")));
                ++codes;
            }
        }
        QVERIFY(codes >= 15);
    }

private:
    QJsonArray m_problems;
    QSet<QString> m_operations;
    QSet<QString> m_errors;
};

QTEST_GUILESS_MAIN(TestPortalOpenApi)
#include "tst_portalopenapi.moc"
