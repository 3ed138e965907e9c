#pragma once
// The written-deliberation commands of `comite`: deliberation (its
// approval: submit, approve, final, correct), export-deliberation (a
// session's deliberation, or its procurement notice, as PDF, ODT, Markdown
// or HTML) and export-history (every committee of a product). They render
// charts and fonts, so they run with a GUI application, offscreen when
// there is no display. Registered in commandline.cpp's table.

#include <QStringList>

namespace Comite::CommandLine::DeliberationCommands {
// `deliberation --session ID [--submit|--approve --by NAME|--final|--correct REASON] [--json]`:
// where the written deliberation stands in its approval, and its steps.
int deliberation(const QStringList &arguments);
int exportDeliberation(const QStringList &arguments);
int exportHistory(const QStringList &arguments);
}
