#pragma once
// The committee deck command of `comite`: export-deck (a product's deck,
// made from the data, as a 16:9 PDF or an ODP). Registered in
// commandline.cpp's table.

#include <QStringList>

namespace Comite::CommandLine::DeckCommands {
int exportDeck(const QStringList &arguments);
}
