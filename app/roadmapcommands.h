#pragma once
// The roadmap commands of `comite`: export-preread (a product's committee
// pre-read, « dossier de préparation », as PDF). Registered in
// commandline.cpp's table.

#include <QStringList>

namespace Comite::CommandLine::RoadmapCommands {
int exportPreread(const QStringList &arguments);
}
