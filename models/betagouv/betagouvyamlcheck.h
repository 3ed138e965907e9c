#pragma once
// Checks a front matter with libyaml, the reference YAML parser, before
// yaml-cpp reads it: yaml-cpp 0.7 accepts some malformed YAML (a quoted
// value never closed swallows the keys after it) and keeps duplicated keys
// silently. Reports the first syntax error and every duplicated key, with
// lines counted from the first line of the YAML text (0-based).

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace Comite {

class BetagouvYamlCheck
{
public:
    struct Problem {
        int line = 0;     // 0-based, in the YAML text
        QString message;  // translated, without a final period
    };
    struct Duplicate {
        int line = 0;       // 0-based: where the key is given again
        int firstLine = 0;  // 0-based: where it was first given
        QString key;
    };

    explicit BetagouvYamlCheck(const QByteArray &yaml);

    const std::optional<Problem> &error() const { return m_error; }
    const QList<Duplicate> &duplicates() const { return m_duplicates; }

private:
    std::optional<Problem> m_error;
    QList<Duplicate> m_duplicates;
};

} // namespace Comite
