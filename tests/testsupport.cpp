#include "testsupport.h"

#include "domain/slug.h"

namespace Comite::Test {

TempWorkspace::TempWorkspace()
{
    ws = std::make_unique<Workspace>(Database::open(path()), clock);
}

Run comite(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(COMITE_BINARY), arguments);
    process.waitForStarted();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

Product sampleProduct(const QString &slug, const QString &title)
{
    Product p;
    p.slug = slug;
    p.title = title.isEmpty() ? slug : title;
    p.phases << PhaseRecord{Phase::Investigation, fixedToday.addDays(-20), {}, {}, false};
    return p;
}

} // namespace Comite::Test
