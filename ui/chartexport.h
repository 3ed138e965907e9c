#pragma once
// Saves charts to PNG or SVG (chosen by the file's suffix): Qt Charts
// charts through an offscreen view, other widgets (the impact matrix) as
// they paint. Works headless (`comite export-chart`).

#include <QCoreApplication>
#include <QSize>

class QChart;
class QWidget;

namespace Comite {

class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
public:
    static QSize defaultSize() { return {1600, 900}; }
    static bool isSupported(const QString &path);  // .png or .svg
    // Takes ownership of `chart`. False with a translated message on error.
    static bool save(QChart *chart, const QString &path, QSize size = defaultSize(), QString *error = nullptr);
    // Renders `widget` at its current size.
    static bool saveWidget(QWidget *widget, const QString &path, QString *error = nullptr);

private:
    static bool render(QWidget *widget, const QString &path, const QString &title, QString *error);
};

} // namespace Comite
