#pragma once
// Text folded for searching: case and accents ignored, so "ecole" finds
// "École".

#include <QString>

namespace Comite::SearchText {
QString fold(const QString &text);
}
