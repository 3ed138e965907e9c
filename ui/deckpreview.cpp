#include "deckpreview.h"
#include "exportfiles.h"

#include "deckslideview.h"
#include "errorreport.h"

#include "deck/committeedeck.h"
#include "storage/storageerror.h"
#include "storage/workspace.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Comite {

DeckPreview::DeckPreview(Workspace &workspace, qint64 productId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_productId(productId)
    , m_view(new DeckSlideView(this))
    , m_previous(new QPushButton(tr("◀ P&revious slide"), this))
    , m_next(new QPushButton(tr("Next sli&de ▶"), this))
    , m_export(new QPushButton(tr("Export the dec&k…"), this))
    , m_position(new QLabel(this))
{
    m_export->setToolTip(tr("The committee deck made from the product's data, as a 16:9 PDF or an ODP for LibreOffice Impress."));
    m_position->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *title = new QLabel(tr("Committee deck"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addWidget(m_position, 1);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_previous, &QPushButton::clicked, this, [this] { m_view->setCurrent(m_view->current() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { m_view->setCurrent(m_view->current() + 1); });
    connect(m_view, &DeckSlideView::currentChanged, this, &DeckPreview::showPosition);
    connect(m_export, &QPushButton::clicked, this, &DeckPreview::chooseFileAndExport);
    // Any change to the product, its sessions or the portfolio redraws the deck, once.
    connect(&m_workspace, &Workspace::productChanged, this, [this](qint64 id) {
        if (id == m_productId)
            scheduleRebuild();
    });
    connect(&m_workspace, &Workspace::sessionChanged, this, &DeckPreview::scheduleRebuild);
    connect(&m_workspace, &Workspace::portfolioReset, this, &DeckPreview::scheduleRebuild);
    rebuild();
}

DeckPreview::~DeckPreview() = default;

void DeckPreview::scheduleRebuild()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &DeckPreview::rebuild);
}

void DeckPreview::rebuild()
{
    m_pending = false;
    m_view->setDeck(nullptr);
    QString problem;
    const Result<void> built = attempt([&] { m_deck = std::make_unique<CommitteeDeck>(m_workspace, m_productId); });
    if (!built) {
        m_deck.reset();
        problem = built.error().message;
        ErrorReport::note(this, built.error());  // logged with its SQL; the preview shows the message
    } else if (!m_deck->isValid()) {
        problem = m_deck->error();
        m_deck.reset();
    }
    m_view->setDeck(m_deck.get());
    m_export->setEnabled(m_deck != nullptr);
    showPosition();
    if (!problem.isEmpty())
        m_position->setText(problem);
}

void DeckPreview::showPosition()
{
    const int count = m_view->count();
    const int i = m_view->current();
    m_position->setText(count ? tr("Slide %1 of %2: %3").arg(i + 1).arg(count).arg(m_deck->slideTitle(i)) : QString());
    m_previous->setEnabled(i > 0);
    m_next->setEnabled(i + 1 < count);
}

bool DeckPreview::exportDeck(const QString &path, QString *error) const
{
    if (!m_deck) {
        if (error)
            *error = tr("There is no deck to export.");
        return false;
    }
    return QFileInfo(path).suffix().compare(QLatin1String("odp"), Qt::CaseInsensitive) == 0 ? m_deck->writeOdp(path, error)
                                                                                            : m_deck->writePdf(path, error);
}

void DeckPreview::chooseFileAndExport()
{
    if (!m_deck)
        return;
    const QString pdf = tr("PDF documents (*.pdf)");
    const QString odp = tr("ODF presentations (*.odp)");
    QString filter = pdf;
    QString path = ExportFiles::chooseSavePath(this, tr("Export the committee deck"), m_deck->suggestedFileName(),
                                               pdf + QStringLiteral(";;") + odp, &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odp"))
        path += filter == odp ? QStringLiteral(".odp") : QStringLiteral(".pdf");
    QString error;
    if (!exportDeck(path, &error))
        return ErrorReport::show(this, tr("Export the committee deck"), error);
    ExportFiles::announce(this, path);
}

} // namespace Comite
