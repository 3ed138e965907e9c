#include "measurementcsv.h"

#include "domain/searchtext.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <cmath>

namespace Comite {

namespace {
// Splits one CSV line on `separator`, honouring double quotes ("" inside).
QStringList fields(QStringView line, QChar separator)
{
    QStringList result;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                current += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            result << current;
            current.clear();
        } else {
            current += c;
        }
    }
    result << current;
    return result;
}

QString key(const QString &text)
{
    return SearchText::fold(text.simplified());
}

enum class Column { Date, Indicator, Value, Comment, Unknown };

Column columnOf(const QString &header)
{
    const QString k = key(header);
    if (k == u"date")
        return Column::Date;
    if (k == u"indicator" || k == u"indicateur")
        return Column::Indicator;
    if (k == u"value" || k == u"valeur")
        return Column::Value;
    if (k == u"comment" || k == u"commentaire")
        return Column::Comment;
    return Column::Unknown;
}
} // namespace

QList<Measurement> MeasurementCsvResult::measurements() const
{
    QList<Measurement> result;
    result.reserve(rows.size());
    for (const MeasurementCsvRow &r : rows)
        result << Measurement{0, r.indicatorId, r.date, r.value, r.comment};
    return result;
}

QStringList MeasurementCsvResult::problemLines(const QString &fileName) const
{
    QStringList lines;
    for (const MeasurementCsvProblem &p : problems)
        lines << (p.line > 0 ? QStringLiteral("%1:%2: %3").arg(fileName).arg(p.line).arg(p.message)
                             : QStringLiteral("%1: %2").arg(fileName, p.message));
    return lines;
}

std::optional<double> MeasurementCsv::number(QStringView text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        if (c == u' ' || c == QChar(0x00a0) || c == QChar(0x202f) || c == u'\t')
            continue;  // spaced thousands
        if (c == QChar(0x2212))
            c = u'-';
        s += c;
    }
    if (s.isEmpty())
        return std::nullopt;
    const qsizetype comma = s.lastIndexOf(u',');
    const qsizetype point = s.lastIndexOf(u'.');
    if (comma >= 0 && point >= 0) {
        // "1.234,5" or "1,234.5": the last one is the decimal separator.
        const QChar grouping = comma > point ? u'.' : u',';
        s.remove(grouping);
        s.replace(u',', u'.');
    } else if (comma >= 0) {
        if (s.count(u',') > 1)
            return std::nullopt;
        s.replace(u',', u'.');
    }
    for (QChar c : std::as_const(s)) {
        if (!c.isDigit() && c != u'.' && c != u'-' && c != u'+' && c != u'e' && c != u'E')
            return std::nullopt;
    }
    bool ok = false;
    const double value = s.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QDate MeasurementCsv::date(QStringView text)
{
    const QString t = text.trimmed().toString();
    QDate d = QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("dd/MM/yyyy"));
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("d/M/yyyy"));
    if (!d.isValid())
        d = QDate::fromString(t + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    return d;
}

MeasurementCsvResult MeasurementCsv::read(const QString &path, const QList<Indicator> &indicators, QDate today)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MeasurementCsvResult result;
        result.problems << MeasurementCsvProblem{0, tr("Cannot read the file: %1").arg(file.errorString())};
        return result;
    }
    return parse(file.readAll(), indicators, today);
}

MeasurementCsvResult MeasurementCsv::parse(const QByteArray &data, const QList<Indicator> &indicators, QDate today)
{
    MeasurementCsvResult result;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        result.problems << MeasurementCsvProblem{0, tr("The file is not UTF-8 text.")};
        return result;
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    QHash<QString, const Indicator *> byName;
    for (const Indicator &i : indicators)
        byName.insert(key(i.name), &i);

    const QList<QStringView> lines = QStringView(text).split(u'\n');
    int header = -1;
    int dateColumn = -1, indicatorColumn = -1, valueColumn = -1, commentColumn = -1;
    qsizetype columns = 0;
    for (int n = 0; n < lines.size(); ++n) {
        QStringView line = lines[n];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const int lineNumber = n + 1;
        if (header < 0) {
            header = lineNumber;
            result.separator = line.count(u';') >= line.count(u',') && line.contains(u';') ? u';' : u',';
            const QStringList names = fields(line, result.separator);
            columns = names.size();
            for (int c = 0; c < names.size(); ++c) {
                switch (columnOf(names[c])) {
                case Column::Date: dateColumn = c; break;
                case Column::Indicator: indicatorColumn = c; break;
                case Column::Value: valueColumn = c; break;
                case Column::Comment: commentColumn = c; break;
                case Column::Unknown: break;
                }
            }
            if (dateColumn < 0 || indicatorColumn < 0 || valueColumn < 0) {
                result.problems << MeasurementCsvProblem{
                    lineNumber, tr("The first line must name the columns: date;indicator;value (or date;indicateur;valeur).")};
                return result;
            }
            continue;
        }
        const QStringList f = fields(line, result.separator);
        const int needed = std::max({dateColumn, indicatorColumn, valueColumn}) + 1;
        if (f.size() < needed) {
            result.problems << MeasurementCsvProblem{
                lineNumber, tr("Found %1 fields where the header names %2.").arg(f.size()).arg(needed)};
            continue;
        }
        if (f.size() > columns) {
            result.problems << MeasurementCsvProblem{
                lineNumber, tr("Found %1 fields where the header names %2: put values with a decimal comma in double quotes.")
                            .arg(f.size())
                            .arg(columns)};
            continue;
        }
        MeasurementCsvRow row;
        row.line = lineNumber;
        QStringList problems;
        row.date = date(f[dateColumn]);
        if (!row.date.isValid())
            problems << tr("“%1” is not a date (YYYY-MM-DD or DD/MM/YYYY).").arg(f[dateColumn].trimmed());
        else if (row.date > today)
            problems << tr("%1 is after today.").arg(row.date.toString(Qt::ISODate));
        const Indicator *indicator = byName.value(key(f[indicatorColumn]));
        if (!indicator)
            problems << tr("No indicator “%1” in this product.").arg(f[indicatorColumn].trimmed());
        else {
            row.indicatorId = indicator->id;
            row.indicatorName = indicator->name;
        }
        if (const auto value = number(f[valueColumn]))
            row.value = *value;
        else
            problems << tr("“%1” is not a number.").arg(f[valueColumn].trimmed());
        if (commentColumn >= 0 && commentColumn < f.size())
            row.comment = f[commentColumn].trimmed();
        if (!problems.isEmpty())
            result.problems << MeasurementCsvProblem{lineNumber, problems.join(QLatin1Char(' '))};
        else
            result.rows << row;
    }
    if (header < 0)
        result.problems << MeasurementCsvProblem{0, tr("The file is empty.")};
    else if (result.rows.isEmpty() && result.problems.isEmpty())
        result.problems << MeasurementCsvProblem{0, tr("The file holds no measurement.")};
    return result;
}

} // namespace Comite
