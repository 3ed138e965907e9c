#pragma once
// The headless commands of `comite` (demo, products, product, summary,
// generate). Exit codes: 0 success, 1 error (message on stderr), 2 usage.

#include <QStringList>

namespace Comite::CommandLine {
bool isCommand(const QString &word);
// Commands that render (charts, PDF) need a GUI application, run offscreen.
bool needsGui(const QString &word);
int run(const QStringList &arguments);
QString usage();
}
