#pragma once
// Writes a deliberation document (deliberationdocument.h) as an ODT a
// secretary finishes in LibreOffice Writer: an ODF package (odf/odfpackage.h)
// with the template of deliberationodtstyles.h and a content.xml whose
// headings carry outline levels, whose tables have column widths sized to
// their text and repeat their header row, whose labels are normal bold
// text and whose charts are embedded pictures.

#include "deliberationdocument.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Comite {

class OdfPackage;

class DeliberationOdt
{
    Q_DECLARE_TR_FUNCTIONS(DeliberationOdt)
public:
    explicit DeliberationOdt(const DeliberationDocument &doc) : m_doc(doc) {}

    // The whole package, pictures included.
    OdfPackage package() const;
    // False with a message naming the file; the previous file is kept.
    bool write(const QString &path, QString *error = nullptr) const;
    QByteArray content() const;
    // Column widths in centimetres for a table of these rows, summing to
    // the text width: each column gets room for its longest word, the
    // rest shared by how much text it holds.
    static QList<double> columnWidths(const QStringList &headers, const QList<QStringList> &rows, double total);

private:
    const DeliberationDocument &m_doc;
};

} // namespace Comite
