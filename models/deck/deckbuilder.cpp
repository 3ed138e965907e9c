#include "deckbuilder.h"

#include "followupslide.h"

#include "deckplanslides.h"
#include "deckstyle.h"

#include "domain/displayformat.h"
#include "domain/roadmapreview.h"

#include <QPalette>
#include <QRegularExpression>

namespace Comite {

namespace {
using namespace DeckCanvas;

QString date(QDate d)
{
    return d.isValid() ? DisplayFormat::longDate(d) : QStringLiteral("—");
}

QColor statusColor(AttainmentStatus s)
{
    switch (s) {
    case AttainmentStatus::Achieved: return DeckStyle::good();
    case AttainmentStatus::Partial: return DeckStyle::partial();
    case AttainmentStatus::Missed: return DeckStyle::bad();
    case AttainmentStatus::NotMeasured: break;
    }
    return DeckStyle::muted();
}

DeckBlock text(DeckBlock::Kind kind, const QRectF &frame, const QStringList &lines, int size, const QString &heading = {})
{
    DeckBlock b;
    b.kind = kind;
    b.frame = frame;
    b.lines = lines;
    b.pixelSize = size;
    b.heading = heading;
    return b;
}
} // namespace

QString DeckBuilder::value(std::optional<double> v, const QString &unit)
{
    return v ? DisplayFormat::number(*v, unit) : tr("not measured");
}

QString DeckBuilder::firstParagraph(const QString &markdown, int limit)
{
    QString text;
    for (const QString &raw : markdown.split(QLatin1Char('\n'))) {
        QString line = raw.trimmed();
        if (line.isEmpty()) {
            if (!text.isEmpty())
                break;
            continue;
        }
        if (line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char('!')) || line.startsWith(QLatin1Char('<')))
            continue;
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + line;
    }
    // Links keep their text; emphasis and list markers go.
    text.replace(QRegularExpression(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)")), QStringLiteral("\\1"));
    text.remove(QRegularExpression(QStringLiteral("[*_`]+")));
    text.remove(QRegularExpression(QStringLiteral("^[-+>]\\s+")));
    if (text.size() > limit) {
        const int cut = text.lastIndexOf(QLatin1Char(' '), limit);
        text = text.left(cut > limit / 2 ? cut : limit) + QStringLiteral("…");
    }
    return text;
}

QString DeckBuilder::footer() const
{
    const QString committee = m_f.session ? tr("investment committee of %1").arg(date(m_f.committeeDate()))
                                          : tr("investment committee, figures as of %1").arg(date(m_f.asOf()));
    return QStringLiteral("%1 — %2").arg(m_f.product().title, committee);
}

DeckSlide DeckBuilder::content(const QString &section, const QString &title, const QString &subtitle) const
{
    DeckSlide s;
    s.section = section;
    s.title = title;
    s.subtitle = subtitle;
    s.footer = footer();
    return s;
}

DeckSlide DeckBuilder::titleSlide() const
{
    DeckSlide s;
    s.style = DeckSlide::Title;
    s.title = m_f.product().title;
    s.subtitle = tr("Investment committee");
    s.footer = footer();
    const Product &p = m_f.product();
    DeckBlock pitch = text(DeckBlock::Text, QRectF(margin + 40, 340, width - 2 * margin - 40, 280),
                           {p.pitch.isEmpty() ? tr("No pitch written yet.") : p.pitch}, 44);
    pitch.italic = true;
    pitch.color = p.pitch.isEmpty() ? DeckStyle::muted() : DeckStyle::text();
    s.blocks << pitch;
    DeckBlock facts;
    facts.kind = DeckBlock::Metrics;
    facts.frame = QRectF(margin + 40, 680, width - 2 * margin - 40, 250);
    facts.pixelSize = 40;
    const auto phase = m_f.dossier.status.currentPhase;
    const Preparation prep = m_f.dossier.preparation();
    facts.metrics << DeckMetric{tr("Phase"), phase ? Phases::label(*phase) : tr("unknown"), Preparation::caseLabel(prep.kind), {}};
    facts.metrics << DeckMetric{tr("Incubator"), m_f.incubatorName.isEmpty() ? tr("unknown") : m_f.incubatorName,
                                m_f.dossier.summary.sponsorNames.isEmpty()
                                    ? QString()
                                    : tr("Sponsors: %1").arg(m_f.dossier.summary.sponsorNames.join(QStringLiteral(", "))),
                                {}};
    QString where;
    if (m_f.session)
        where = QStringList{m_f.session->startsAt.time().toString(QStringLiteral("HH:mm")), m_f.session->place}.join(QStringLiteral(" · "));
    else
        where = tr("Figures as of %1").arg(date(m_f.asOf()));
    facts.metrics << DeckMetric{tr("Committee"), date(m_f.committeeDate()), where, DeckStyle::red()};
    s.blocks << facts;
    return s;
}

DeckSlide DeckBuilder::objectiveSlide() const
{
    const Preparation prep = m_f.dossier.preparation();
    DeckSlide s = content({}, tr("Objective of this committee"), Preparation::caseLabel(prep.kind));
    const bool entering = prep.kind == PreparationCase::EnteringConstruction;
    const qreal w = (contentRect().width() - 48) / 2;
    DeckBlock team = text(DeckBlock::Text, QRectF(margin, headerBottom + 10, w, 240),
                          {entering ? tr("Present the investigation's results: the problem, the impact potential and the "
                                         "return on investment, a six-month roadmap with quantified impact goals, and the "
                                         "money, people, political support and blockers to lift.")
                                    : tr("Validate the objectives and the means needed for the next six months.")},
                          34, tr("Product team"));
    team.card = true;
    DeckBlock sponsor = text(DeckBlock::Text, QRectF(margin + w + 48, headerBottom + 10, w, 240),
                             {entering ? tr("Decide whether the product enters construction, and with which means.")
                                       : tr("Arbitrate the investment request against the impact shown.")},
                             34, tr("Sponsor"));
    sponsor.card = true;
    s.blocks << team << sponsor;
    DeckBlock agenda;
    agenda.kind = DeckBlock::Table;
    agenda.frame = QRectF(margin, headerBottom + 300, contentRect().width(), footerTop - headerBottom - 320);
    agenda.pixelSize = 34;
    agenda.table.widths = {0.08, 0.32, 0.60};
    agenda.table.rows << QList<DeckCell>{DeckCell(QStringLiteral("01"), DeckStyle::accent(), true),
                                         DeckCell(tr("Review of the last six months"), {}, true),
                                         DeckCell(tr("What level of attainment of the objectives? What did we achieve and learn?"))};
    agenda.table.rows << QList<DeckCell>{DeckCell(QStringLiteral("02"), DeckStyle::accent(), true),
                                         DeckCell(tr("Objectives for the next six months"), {}, true),
                                         DeckCell(tr("Which priorities and expected results? Which impact, at what cost?"))};
    agenda.table.rows << QList<DeckCell>{DeckCell(QStringLiteral("03"), DeckStyle::accent(), true),
                                         DeckCell(tr("Needs and roadmap"), {}, true),
                                         DeckCell(tr("How will we reach these objectives? What do we need?"))};
    s.blocks << agenda;
    return s;
}

QList<DeckMetric> DeckBuilder::mainIndicators(int count) const
{
    // The North Star first, then impact, then the other measured indicators.
    QList<const IndicatorSeries *> order;
    auto add = [&](auto pick) {
        for (const IndicatorSeries &s : m_f.dossier.indicators) {
            if (order.size() < count && !order.contains(&s) && pick(s))
                order << &s;
        }
    };
    add([](const IndicatorSeries &s) { return s.indicator.northStar; });
    add([](const IndicatorSeries &s) { return s.indicator.kind == IndicatorKind::Impact && !s.measurements.isEmpty(); });
    add([](const IndicatorSeries &s) { return s.indicator.kind != IndicatorKind::Effort && !s.measurements.isEmpty(); });
    QList<DeckMetric> metrics;
    for (const IndicatorSeries *s : order) {
        const Indicator &i = s->indicator;
        const auto latest = s->latest();
        QStringList note;
        if (latest)
            note << tr("on %1").arg(DisplayFormat::date(latest->date));
        if (const auto change = s->recentChange())
            note << tr("%1 in three months").arg(DisplayFormat::change(*change));
        if (const auto target = s->currentTarget(m_f.asOf()))
            note << tr("target %1 by %2").arg(DisplayFormat::number(target->value, i.unit), DisplayFormat::date(target->date));
        const QString label = i.northStar ? tr("%1 (North Star)").arg(i.name)
                                          : QStringLiteral("%1 · %2").arg(i.name, ImpactMatrix::label(i.principle));
        metrics << DeckMetric{label, value(latest ? std::optional<double>(latest->value) : std::nullopt, i.unit),
                              note.join(QStringLiteral(" · ")), i.northStar ? DeckStyle::accent() : QColor(0x00, 0x6a, 0x6f)};
    }
    return metrics;
}

DeckSlide DeckBuilder::reasonSlide() const
{
    DeckSlide s = content({}, tr("Why this service exists"), tr("The problem, our solution and its impact at this stage"));
    const Product &p = m_f.product();
    const qreal left = contentRect().width() * 0.52;
    const QString problem = firstParagraph(p.description);
    DeckBlock problemBlock = text(DeckBlock::Text, QRectF(margin, headerBottom + 10, left, 380),
                                  {problem.isEmpty() ? tr("No description written yet.") : problem}, 32, tr("The problem"));
    if (problem.isEmpty())
        problemBlock.color = DeckStyle::muted();
    DeckBlock solution = text(DeckBlock::Text, QRectF(margin, headerBottom + 420, left, footerTop - headerBottom - 440),
                              {p.pitch.isEmpty() ? tr("No pitch written yet.") : p.pitch}, 32, tr("Our solution"));
    solution.italic = true;
    s.blocks << problemBlock << solution;
    DeckBlock metrics;
    metrics.kind = DeckBlock::Metrics;
    metrics.heading = tr("Impact at this stage");
    metrics.frame = QRectF(margin + left + 60, headerBottom + 10, contentRect().width() - left - 60, footerTop - headerBottom - 30);
    metrics.metrics = mainIndicators(3);
    metrics.pixelSize = 52;
    if (metrics.metrics.isEmpty()) {
        metrics.kind = DeckBlock::Text;
        metrics.lines = {tr("No indicator is measured yet.")};
        metrics.color = DeckStyle::muted();
    }
    s.blocks << metrics;
    return s;
}

DeckSlide DeckBuilder::attainmentSlide() const
{
    const Roadmap *r = m_f.dossier.roadmapAt(RoadmapTimeline::current(m_f.dossier.roadmaps, m_f.asOf()));
    DeckSlide s = content(QStringLiteral("01"), tr("Review of the last six months"),
                          r ? tr("Attainment of the objectives of the roadmap from %1 to %2").arg(date(r->start), date(r->end))
                            : tr("Attainment of the objectives"));
    DeckBlock table;
    table.kind = DeckBlock::Table;
    table.frame = contentRect();
    table.pixelSize = 28;
    table.table.headers = {tr("Expected result"), tr("Target"), tr("6 months ago"), tr("Today"), tr("Attainment"), tr("Status")};
    table.table.widths = {0.36, 0.11, 0.12, 0.11, 0.15, 0.15};
    table.table.alignRight = {1, 2, 3, 4};
    table.table.empty = r ? tr("No expected result was set for this period.") : tr("No roadmap to review.");
    if (r) {
        int priority = -1;
        for (const ReviewRow &row : RoadmapReview::rows(*r, m_f.dossier.indicatorsById(), m_f.asOf())) {
            if (row.priority != priority) {
                priority = row.priority;
                table.table.rows << QList<DeckCell>{DeckCell(row.priorityTitle)};
            }
            table.table.rows << QList<DeckCell>{
                DeckCell(row.expected.text),
                DeckCell(row.expected.target ? DisplayFormat::number(*row.expected.target) : QStringLiteral("—")),
                DeckCell(row.start ? DisplayFormat::number(*row.start) : QStringLiteral("—")),
                DeckCell(row.reached ? DisplayFormat::number(*row.reached) : QStringLiteral("—")),
                DeckCell(row.attainment ? RoadmapReview::percent(*row.attainment) : QStringLiteral("—")),
                DeckCell(RoadmapReview::statusLabel(row.status), statusColor(row.status), true)};
        }
    }
    s.blocks << table;
    return s;
}

DeckSlide DeckBuilder::northStarSlide() const
{
    const Roadmap *r = m_f.dossier.roadmapAt(RoadmapTimeline::current(m_f.dossier.roadmaps, m_f.asOf()));
    const IndicatorSeries *north = nullptr;
    for (const IndicatorSeries &s : m_f.dossier.indicators) {
        if (s.indicator.northStar)
            north = &s;
    }
    DeckSlide s = content(QStringLiteral("01"), tr("North Star and learnings"),
                          north ? tr("%1 over the last six months").arg(north->indicator.name) : tr("No North Star Metric chosen"));
    const qreal left = contentRect().width() * 0.58;
    DeckBlock chart;
    chart.kind = DeckBlock::Chart;
    chart.frame = QRectF(margin, headerBottom + 10, left, footerTop - headerBottom - 30);
    if (north)
        chart.chart = ChartData::northStar(*north, m_f.asOf());
    chart.chartEmpty = north ? tr("No measurement of the North Star in the last six months.")
                             : tr("Choose a North Star Metric among the indicators and measure it at least monthly.");
    s.blocks << chart;
    QStringList explanations;
    if (r) {
        for (const RoadmapPriority &p : r->priorities) {
            for (const ExpectedResult &e : p.results) {
                if (!e.explanation.isEmpty())
                    explanations << QStringLiteral("%1 — %2").arg(e.text, e.explanation);
            }
        }
    }
    const QRectF right(margin + left + 60, headerBottom + 10, contentRect().width() - left - 60, footerTop - headerBottom - 30);
    const bool notes = r && !r->reviewNotes.isEmpty();
    const qreal split = notes && !explanations.isEmpty() ? right.height() * 0.45 : right.height();
    if (notes || explanations.isEmpty()) {
        DeckBlock learn = text(DeckBlock::Text, QRectF(right.left(), right.top(), right.width(), split),
                               {notes ? r->reviewNotes : tr("No achievements or learnings written in the review yet.")}, 28,
                               tr("Achievements and learnings"));
        if (!notes)
            learn.color = DeckStyle::muted();
        learn.card = true;
        s.blocks << learn;
    }
    if (!explanations.isEmpty()) {
        const qreal top = notes ? right.top() + split + 24 : right.top();
        DeckBlock why = text(DeckBlock::Bullets, QRectF(right.left(), top, right.width(), right.bottom() - top), explanations, 26,
                             tr("What explains the results"));
        s.blocks << why;
    }
    return s;
}

DeckSlide DeckBuilder::matrixSlide() const
{
    DeckSlide s = content(QStringLiteral("01"), tr("Impact evaluation"), tr("The indicators of the impact matrix, as of %1").arg(date(m_f.asOf())));
    const QList<MatrixPrinciple> principles = ImpactMatrix::principles();
    const qreal gap = 28;
    const qreal h = (footerTop - headerBottom - 30 - gap) / 2;
    for (int k = 0; k < principles.size(); ++k) {
        const int perRow = k < 3 ? 3 : 2;
        const int col = k < 3 ? k : k - 3;
        const qreal w = (contentRect().width() - gap * (perRow - 1)) / perRow;
        QStringList lines;
        for (const IndicatorSeries &series : m_f.dossier.indicators) {
            if (series.indicator.principle != principles[k])
                continue;
            const auto latest = series.latest();
            lines << QStringLiteral("%1: %2").arg(series.indicator.name,
                                                  value(latest ? std::optional<double>(latest->value) : std::nullopt, series.indicator.unit));
        }
        if (principles[k] == MatrixPrinciple::Efficient) {
            const EfficiencyFigures &e = m_f.efficiency;
            if (e.costPerUse)
                lines << tr("Cost per use: %1 per monthly active user").arg(DisplayFormat::cost(*e.costPerUse));
            if (e.costPerImpact)
                lines << tr("Cost per impact: %1 per unit of “%2”").arg(DisplayFormat::cost(*e.costPerImpact), e.impactIndicator);
        }
        DeckBlock b = text(DeckBlock::Bullets, QRectF(margin + col * (w + gap), headerBottom + 10 + (k < 3 ? 0 : h + gap), w, h),
                           lines, 26, ImpactMatrix::label(principles[k]));
        if (lines.isEmpty()) {
            b.kind = DeckBlock::Text;
            b.lines = {tr("No indicator yet.")};
            b.color = DeckStyle::muted();
            b.italic = true;
        }
        b.card = true;
        s.blocks << b;
    }
    return s;
}

QList<DeckSlide> DeckBuilder::build() const
{
    QList<DeckSlide> slides{titleSlide(), objectiveSlide(), reasonSlide(), attainmentSlide(), northStarSlide(), matrixSlide()};
    if (FollowupSlide::applies(m_f))  // « Suites du dernier comité », closing part 01
        slides << FollowupSlide::build(m_f, footer());
    slides << DeckPlanSlides(m_f, footer()).build();
    return slides;
}

} // namespace Comite
