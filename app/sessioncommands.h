#pragma once
// The committee-session commands of `comite`: sessions, session, close-session
// and agenda-pdf. Registered in commandline.cpp's table.

#include "domain/session.h"

#include <QJsonObject>
#include <QStringList>

namespace Comite::CommandLine::SessionCommands {
int sessions(const QStringList &arguments);
int session(const QStringList &arguments);
int closeSession(const QStringList &arguments);
int agendaPdf(const QStringList &arguments);

// The JSON of `session ID --json` (a contract: keys are added, never renamed).
QJsonObject sessionJson(const Session &session);
}
