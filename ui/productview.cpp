#include "productview.h"

#include "followupregister.h"
#include "domain/markup.h"
#include "domain/recordlabels.h"
#include "errorreport.h"
#include "domain/displayformat.h"
#include "domain/phasehistory.h"
#include "historyexportbutton.h"
#include "productdetailsform.h"
#include "productphasespage.h"
#include "budgetpage.h"
#include "indicatorspage.h"
#include "indicatorwarnings.h"
#include "preparationpage.h"
#include "roadmappage.h"
#include "warningdelegate.h"
#include "storage/betagouvstore.h"

#include <QHBoxLayout>

#include <algorithm>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Comite {

namespace {
QString eventLabel(const QString &kind)
{
    if (kind == u"product_launch")
        return ProductView::tr("Product launch");
    if (kind == u"national_impact")
        return ProductView::tr("National impact");
    if (kind == u"end")
        return ProductView::tr("End");
    if (kind == u"fast")
        return ProductView::tr("FAST funding");
    if (kind == u"other")
        return ProductView::tr("Other");
    return kind;
}

QString badgeStyle(Phase phase)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 2px 10px; font-weight: 600; }")
        .arg(Phases::badgeColor(phase).name(), Phases::badgeTextColor(phase).name());
}
} // namespace

ProductView::ProductView(Workspace &workspace, qint64 productId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_productId(productId)
    , m_title(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new QTextBrowser(this))
    , m_details(new ProductDetailsForm(workspace, productId, this))
    , m_phasesPage(new ProductPhasesPage(workspace, productId, this))
    , m_indicatorsPage(new IndicatorsPage(workspace, productId, this))
    , m_roadmapPage(new RoadmapPage(workspace, productId, this))
    , m_budgetPage(new BudgetPage(workspace, productId, this))
    , m_preparationPage(new PreparationPage(workspace, productId, this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setWordWrap(true);
    m_warnings->setAccessibleName(tr("Warnings"));
    m_overview->setOpenExternalLinks(true);
    m_overview->setAccessibleName(tr("Product overview"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_badge);
    header->addStretch();
    header->addWidget(new HistoryExportButton(workspace, productId, this));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_warnings);
    layout->addWidget(m_tabs, 1);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_phasesPage, tr("Phases and committees"));
    m_tabs->addTab(m_indicatorsPage, tr("Indicators"));
    m_roadmapPage->setObjectName(QStringLiteral("roadmapPage"));
    m_tabs->addTab(m_roadmapPage, tr("Roadmap"));
    m_tabs->addTab(m_budgetPage, tr("Budget"));
    m_tabs->addTab(m_preparationPage, tr("Preparation"));
    m_tabs->addTab(new FollowupRegister(workspace, productId, this), tr("Follow-up"));

    connect(m_details, &ProductDetailsForm::editRefused, this, &ProductView::editRefused);
    connect(m_phasesPage, &ProductPhasesPage::editRefused, this, &ProductView::editRefused);
    connect(m_indicatorsPage, &IndicatorsPage::editRefused, this, &ProductView::editRefused);
    connect(m_roadmapPage, &RoadmapPage::editRefused, this, &ProductView::editRefused);
    connect(m_budgetPage, &BudgetPage::editRefused, this, &ProductView::editRefused);
    connect(&workspace, &Workspace::productChanged, this, [this](qint64 id) {
        if (id == m_productId)
            refresh();
    });
    connect(&workspace, &Workspace::referencesChanged, this, &ProductView::refresh);
    connect(&workspace, &Workspace::portfolioReset, this, &ProductView::refresh);
    refresh();
}

void ProductView::commitPending()
{
    m_details->commitPending();
    m_roadmapPage->commitPending();
}

void ProductView::setPortfolioEditable(bool editable)
{
    m_details->setEnabled(editable);
    m_phasesPage->setEnabled(editable);
    m_budgetPage->setEnabled(editable);
}

void ProductView::setTeamWorkEditable(bool editable)
{
    m_indicatorsPage->setEnabled(editable);
    m_roadmapPage->setEnabled(editable);
}

void ProductView::refresh()
{
    std::optional<Product> product;
    std::optional<ProductSummary> summary;
    QList<CommitteeReview> committees;
    const Result<void> read = attempt([&] {
        product = m_workspace.products().load(m_productId);
        summary = m_workspace.products().summary(m_productId);
        committees = m_workspace.committees().forProduct(m_productId);
    });
    if (!read)
        return ErrorReport::open(this, read.error());
    if (!product || !summary)
        return;
    const ProductStatus status = summary->status(m_workspace.today());
    if (m_titleText != product->title) {
        m_titleText = product->title;
        Q_EMIT titleChanged(m_titleText);
    }
    m_title->setText(product->title);
    m_badge->setVisible(bool(status.currentPhase));
    if (status.currentPhase) {
        m_badge->setText(Phases::label(*status.currentPhase));
        m_badge->setStyleSheet(badgeStyle(*status.currentPhase));
        m_badge->setAccessibleName(tr("Current phase: %1").arg(Phases::label(*status.currentPhase)));
    }
    QStringList facts;
    if (!summary->incubatorName.isEmpty())
        facts << summary->incubatorName;
    if (status.currentPhase)
        facts << tr("in phase for %1").arg(DisplayFormat::duration(status.daysInPhase));
    if (status.nextCommitteeDue.isValid())
        facts << tr("next committee due %1").arg(DisplayFormat::date(status.nextCommitteeDue));
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));

    QStringList warnings;
    if (status.phaseOverrun && status.currentPhase) {
        warnings << tr("Phase overrun: %1 has lasted %2, longer than expected.")
                        .arg(Phases::label(*status.currentPhase), DisplayFormat::duration(status.daysInPhase));
    }
    if (status.committeeOverdue)
        warnings << tr("Committee overdue: the next committee was due on %1.").arg(DisplayFormat::date(status.nextCommitteeDue));
    warnings << IndicatorWarnings::describe(status);
    m_warnings->setVisible(!warnings.isEmpty());
    m_warnings->setText(QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
    m_warnings->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: 600; }")
                                  .arg(WarningDelegate::warningColor(palette()).name()));

    // Overview: facts in HTML (escaped), then the Markdown description.
    QString html = QStringLiteral("<h3>%1</h3><p><i>%2</i></p><table cellpadding='3'>").arg(tr("Pitch"), escapeHtml(product->pitch));
    auto row = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(escapeHtml(label), value);
    };
    row(tr("Incubator"), escapeHtml(summary->incubatorName));
    row(tr("Sponsors"), escapeHtml(summary->sponsorNames.join(QStringLiteral(", "))));
    row(tr("Intrapreneur"), escapeHtml(product->intrapreneur));
    row(tr("Coach"), escapeHtml(product->coach));
    QStringList links;
    for (const ProductLink &l : product->links)
        links << QStringLiteral("%1: <a href=\"%2\">%2</a>").arg(escapeHtml(LinkKinds::label(l.kind)), escapeHtml(l.url));
    row(tr("Links"), links.join(QStringLiteral("<br>")));
    html += QStringLiteral("</table><h3>%1</h3><ul>").arg(tr("Phases"));
    for (const PhaseRecord &p : product->phases) {
        html += QStringLiteral("<li>%1 — <b>%2</b>%3</li>")
                    .arg(escapeHtml(DisplayFormat::date(p.start)), escapeHtml(Phases::label(p.phase)),
                         p.comment.isEmpty() ? QString() : QStringLiteral(" : ") + escapeHtml(p.comment));
    }
    html += QStringLiteral("</ul><h3>%1</h3>").arg(tr("Committees"));
    if (committees.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No committee yet."));
    html += QStringLiteral("<ul>");
    for (auto it = committees.crbegin(); it != committees.crend(); ++it) {
        html += QStringLiteral("<li>%1 — <b>%2</b>%3</li>")
                    .arg(escapeHtml(DisplayFormat::date(it->date)), escapeHtml(DecisionOptions::label(it->decision)),
                         it->comment.isEmpty() ? QString() : QStringLiteral(" : ") + escapeHtml(it->comment));
    }
    html += QStringLiteral("</ul>") + timelineHtml();
    if (!product->description.trimmed().isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Description"));
    const int scroll = m_overview->verticalScrollBar() ? m_overview->verticalScrollBar()->value() : 0;
    m_overview->setHtml(html);
    if (!product->description.trimmed().isEmpty()) {
        QTextDocument markdown;
        // Raw HTML in the Markdown stays text: descriptions come from outside.
        markdown.setMarkdown(product->description,
                             QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub) | QTextDocument::MarkdownNoHTML);
        QTextCursor cursor(m_overview->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        cursor.insertFragment(QTextDocumentFragment(&markdown));
    }
    if (m_overview->verticalScrollBar())
        m_overview->verticalScrollBar()->setValue(scroll);
}

// The product's other events (launch, national impact, end…) and its
// funding records, as imported from beta.gouv.fr; empty when it has none.
QString ProductView::timelineHtml() const
{
    QList<BetagouvTimelineEntry> events;
    QList<BetagouvFundingEntry> fundings;
    const Result<void> read = attempt([&] {
        BetagouvStore store(m_workspace.database());
        events = store.timeline(m_productId);
        fundings = store.fundings(m_productId);
    });
    if (!read) {
        ErrorReport::open(this, read.error());
        return {};
    }
    QString html;
    if (!events.isEmpty()) {
        std::sort(events.begin(), events.end(),
                  [](const BetagouvTimelineEntry &a, const BetagouvTimelineEntry &b) { return a.event.date > b.event.date; });
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Timeline"));
        for (const BetagouvTimelineEntry &e : std::as_const(events)) {
            html += QStringLiteral("<li>%1 — <b>%2</b>%3</li>")
                        .arg(escapeHtml(DisplayFormat::date(e.event.date)), escapeHtml(eventLabel(e.event.kind)),
                             e.event.comment.isEmpty() ? QString() : QStringLiteral(" : ") + escapeHtml(e.event.comment));
        }
        html += QStringLiteral("</ul>");
    }
    if (!fundings.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Funding records"));
        for (const BetagouvFundingEntry &f : std::as_const(fundings)) {
            QString when = f.start.isValid() ? DisplayFormat::date(f.start) : QString();
            html += QStringLiteral("<li>%1<b>%2</b>%3</li>")
                        .arg(when.isEmpty() ? QString() : escapeHtml(when) + QStringLiteral(" — "), escapeHtml(DisplayFormat::euros(f.amount)),
                             f.label.isEmpty() ? QString() : QStringLiteral(" : ") + escapeHtml(f.label));
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace Comite
