#pragma once
// Helpers shared by the tests: throwaway databases, a fixed clock, and
// running the real `comite` binary.

#include "domain/clock.h"
#include "storage/workspace.h"

#include <QProcess>
#include <QTemporaryDir>
#include <memory>

namespace Comite::Test {

inline const QDate fixedToday(2026, 11, 24);

// A fresh database in its own temporary folder, with a fixed clock.
struct TempWorkspace {
    QTemporaryDir dir;
    ManualClock clock{fixedToday};
    std::unique_ptr<Workspace> ws;
    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
    TempWorkspace();
    Workspace &operator*() { return *ws; }
    Workspace *operator->() { return ws.get(); }
};

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs `comite` with the arguments, in English.
Run comite(const QStringList &arguments, const QByteArray &input = {});

// A new empty database `name` on the PostgreSQL server `adminUrl` (the
// test server of scripts/test.sh), dropped first if it exists; returns its
// address. Aborts when the server cannot be reached.
QString freshServerDatabase(const QString &adminUrl, const QString &name);

// A product with a title, slug and one phase, ready to add.
Product sampleProduct(const QString &slug, const QString &title = {});

} // namespace Comite::Test
