#include "aboutdialog.h"

#include "domain/contrast.h"
#include "appinfo.h"

#include <QDir>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace Comite {

namespace {
QLabel *paragraph(const QString &html, QWidget *parent)
{
    auto *label = new QLabel(html, parent);
    label->setWordWrap(true);
    // Wide enough to read as paragraphs; the dialog fits its height to it.
    label->setMinimumWidth(400);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}
} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Comité"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/comite.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("<h2>Comité %1</h2>").arg(AppInfo::version()), this);
    auto *what = paragraph(tr("Prepares and runs the investment committees of the beta.gouv.fr incubators: portfolio, "
                              "roadmaps, indicators, committee sessions and deliberations."),
                           this);
    const QString eupl = QStringLiteral("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12");
    auto *licence = paragraph(tr("%1 <a href=\"%2\">Read the licence</a>.").arg(AppInfo::licenceText().toHtmlEscaped(), eupl),
                              this);
    licence->setOpenExternalLinks(true);
    const QString folder = AppInfo::dataFolder();
    // Before the first database is made the folder does not exist: a link
    // only when there is something to open.
    const QString shown = QDir(folder).exists()
        ? QStringLiteral("<a href=\"%1\">%2</a>").arg(QUrl::fromLocalFile(folder).toString(), folder.toHtmlEscaped())
        : folder.toHtmlEscaped();
    auto *data = paragraph(tr("Your portfolio is stored in %1 unless you open another database.").arg(shown), this);
    data->setOpenExternalLinks(true);
    auto *manual = paragraph(tr("<a href=\"manual\">Open the manual</a> (F1) for the committee day step by step, "
                                "the keyboard shortcuts and the command line."),
                             this);
    connect(manual, &QLabel::linkActivated, this, [this] {
        Q_EMIT manualRequested();
        accept();
    });
    auto *qt = paragraph(tr("Built with Qt %1.").arg(QString::fromLatin1(qVersion())), this);
    QPalette muted = qt->palette();
    muted.setColor(QPalette::WindowText, Contrast::mutedText(muted));
    qt->setPalette(muted);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    for (QLabel *label : {what, licence, data, manual, qt})
        text->addWidget(label);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addSpacing(12);
    row->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    // As tall as its text: no empty band above the button.
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

} // namespace Comite
