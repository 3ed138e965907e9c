#include "preparationpage.h"
#include "exportfiles.h"

#include "deckpreview.h"
#include "domain/contrast.h"
#include "warningdelegate.h"
#include "errorreport.h"
#include "domain/displayformat.h"
#include "deliberation/prereaddocument.h"
#include "itemmodels/checklistmodel.h"
#include "storage/roadmapdossier.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Comite {

PreparationPage::PreparationPage(Workspace &workspace, qint64 productId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_productId(productId)
    , m_model(new ChecklistModel(workspace, productId, this))
    , m_case(new QLabel(this))
    , m_schedule(new QLabel(this))
    , m_completeness(new QProgressBar(this))
    , m_list(new QListView(this))
    , m_export(new QPushButton(tr("E&xport the pre-read (PDF)…"), this))
{
    QFont caseFont = m_case->font();
    caseFont.setBold(true);
    caseFont.setPointSizeF(caseFont.pointSizeF() * 1.2);
    m_case->setFont(caseFont);
    m_schedule->setWordWrap(true);
    m_schedule->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_completeness->setRange(0, 100);
    m_completeness->setFormat(tr("%p % complete"));
    m_completeness->setAccessibleName(tr("Preparation completeness"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setAccessibleName(tr("What the committee expects"));
    m_export->setToolTip(tr("The dossier sent to the committee one week before it: review, objectives, needs, budget "
                            "and this checklist."));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_completeness, 1);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_case);
    layout->addWidget(m_schedule);
    layout->addLayout(bar);
    auto *hint = new QLabel(tr("Each item is checked against the product's data; hover over it to see what was found."), this);
    hint->setWordWrap(true);
    // A secondary text, not a disabled one: readable (4.5:1).
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, Contrast::mutedText(muted));
    hint->setPalette(muted);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(new DeckPreview(workspace, productId, this), 2);  // the committee deck, made from the data

    // The model follows the product and its sessions itself.
    connect(m_model, &ChecklistModel::preparationChanged, this, &PreparationPage::showPreparation);
    connect(m_export, &QPushButton::clicked, this, &PreparationPage::chooseFileAndExport);
    showPreparation();
}

void PreparationPage::showPreparation()
{
    const Preparation &p = m_model->preparation();
    m_case->setText(p.kind == PreparationCase::None ? tr("No committee expected") : Preparation::caseLabel(p.kind));
    const bool expected = p.kind != PreparationCase::None;
    m_completeness->setVisible(expected);
    m_completeness->setValue(p.completeness());
    m_export->setEnabled(expected);
    if (!expected) {
        m_schedule->setText(tr("The product is stopped or out of incubation: there is nothing to prepare."));
        return;
    }
    if (!p.committeeDate.isValid()) {
        m_schedule->setText(tr("No committee date yet: plan a session or record the last committee."));
        return;
    }
    const QDate sendBy = p.sendBy();
    QString text = tr("Next committee: %1. The pre-read must be sent by %2.")
                       .arg(DisplayFormat::longDate(p.committeeDate), DisplayFormat::longDate(sendBy));
    const bool late = sendBy < m_workspace.today();
    if (late)
        text += QLatin1Char(' ') + tr("That day has passed.");
    m_schedule->setText(text);
    m_schedule->setStyleSheet(late ? QStringLiteral("QLabel { color: %1; font-weight: 600; }").arg(WarningDelegate::warningColor(palette()).name())
                                   : QString());
}

bool PreparationPage::exportPreread(const QString &path, QString *error)
{
    const auto dossier = attempt([&] { return RoadmapDossier::load(m_workspace, m_productId); });
    if (!dossier || !dossier.value()) {
        if (error)
            *error = dossier ? tr("The product no longer exists.") : dossier.error().message;
        return false;
    }
    return PrereadDocument(*dossier.value()).writePdf(path, error);
}

void PreparationPage::chooseFileAndExport()
{
    QString name;
    const auto dossier = attempt([&] { return RoadmapDossier::load(m_workspace, m_productId); });
    if (!dossier)
        return ErrorReport::show(this, tr("Export the pre-read"), dossier.error());
    if (dossier.value())
        name = PrereadDocument(*dossier.value()).suggestedFileName();
    const QString path = ExportFiles::chooseSavePath(this, tr("Export the pre-read"), name, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPreread(path, &error))
        return ErrorReport::show(this, tr("Export the pre-read"), error);
    ExportFiles::announce(this, path);
}

} // namespace Comite
