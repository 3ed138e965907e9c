#include "exportfiles.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

namespace Comite::ExportFiles {

namespace {
const QString folderKey = QStringLiteral("export/folder");
constexpr int noticeMs = 20000;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ExportFiles)
};

// The main window the widget lives in, or the one its dialog belongs to.
QMainWindow *mainWindowOf(QWidget *widget)
{
    for (QWidget *w = widget ? widget->window() : nullptr; w; w = w->parentWidget() ? w->parentWidget()->window() : nullptr) {
        if (auto *main = qobject_cast<QMainWindow *>(w))
            return main;
    }
    return nullptr;
}

QPushButton *noticeButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAutoDefault(false);
    return button;
}
} // namespace

QString lastFolder()
{
    const QString last = QSettings().value(folderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString chooseSavePath(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filters,
                       QString *selectedFilter)
{
    const QString start = QFileInfo(suggestedName).isAbsolute() ? suggestedName : QDir(lastFolder()).filePath(suggestedName);
    const QString path = QFileDialog::getSaveFileName(parent, title, start, filters, selectedFilter);
    if (!path.isEmpty())
        QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
    return path;
}

void announce(QWidget *parent, const QString &path)
{
    const QFileInfo file(path);
    QMainWindow *window = mainWindowOf(parent);
    if (!window)
        return;
    QStatusBar *bar = window->statusBar();
    // One notice at a time: a new export replaces the previous one.
    delete bar->findChild<QWidget *>(QStringLiteral("exportNotice"));

    auto *notice = new QWidget(bar);
    notice->setObjectName(QStringLiteral("exportNotice"));
    auto *layout = new QHBoxLayout(notice);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(Tr::tr("Exported “%1”.").arg(file.fileName()), notice);
    label->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
    auto *open = noticeButton(Tr::tr("Open"), notice);
    open->setObjectName(QStringLiteral("openExport"));
    auto *folder = noticeButton(Tr::tr("Show in folder"), notice);
    folder->setObjectName(QStringLiteral("showExportFolder"));
    layout->addWidget(label);
    layout->addWidget(open);
    layout->addWidget(folder);
    layout->addStretch();
    bar->addWidget(notice, 1);
    notice->show();
    bar->show();  // a window whose bar was made just now

    const QString absolute = file.absoluteFilePath();
    QObject::connect(open, &QPushButton::clicked, notice,
                     [absolute] { QDesktopServices::openUrl(QUrl::fromLocalFile(absolute)); });
    QObject::connect(folder, &QPushButton::clicked, notice,
                     [absolute] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(absolute).absolutePath())); });
    QTimer::singleShot(noticeMs, notice, &QObject::deleteLater);
}

} // namespace Comite::ExportFiles
