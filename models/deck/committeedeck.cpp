#include "committeedeck.h"

#include "deckbuilder.h"
#include "deckodpwriter.h"
#include "deckpainter.h"

#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Comite {

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

CommitteeDeck::CommitteeDeck(Workspace &ws, qint64 productId, qint64 sessionId)
{
    if (auto facts = DeckFacts::load(ws, productId, sessionId, &m_error)) {
        m_facts = std::move(facts);
        m_slides = DeckBuilder(*m_facts).build();
    }
}

CommitteeDeck::CommitteeDeck(const DeckFacts &facts) : m_facts(facts)
{
    m_slides = DeckBuilder(*m_facts).build();
}

QString CommitteeDeck::slideTitle(int index) const
{
    if (index < 0 || index >= m_slides.size())
        return {};
    const DeckSlide &s = m_slides[index];
    return s.section.isEmpty() ? s.title : QStringLiteral("%1 %2").arg(s.section, s.title);
}

void CommitteeDeck::paintSlide(int index, QPainter &painter, const QRectF &target) const
{
    if (index < 0 || index >= m_slides.size())
        return;
    DeckPainter::paint(m_slides[index], painter, target, index, slideCount());
}

QString CommitteeDeck::suggestedFileName(const QString &suffix) const
{
    if (!m_facts)
        return tr("deck") + u'.' + suffix;
    const QDate day = m_facts->committeeDate();
    return tr("deck-%1%2.%3")
        .arg(m_facts->product().slug, day.isValid() ? QLatin1Char('-') + day.toString(Qt::ISODate) : QString(), suffix);
}

bool CommitteeDeck::writePdf(const QString &path, QString *error) const
{
    const QString name = QDir::toNativeSeparators(path);
    if (!isValid())
        return fail(error, tr("Cannot write “%1”: the deck is empty.").arg(name));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write “%1”: %2").arg(name, file.errorString()));
    {
        QPdfWriter pdf(&file);
        // 16:9 at the size of a widescreen presentation (33.867 × 19.05 cm).
        pdf.setPageSize(QPageSize(QSizeF(338.67, 190.5), QPageSize::Millimeter, tr("Widescreen 16:9")));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(144);
        pdf.setTitle(tr("Investment committee — %1").arg(m_facts->product().title));
        pdf.setCreator(QStringLiteral("Comité"));
        QPainter painter(&pdf);
        if (!painter.isActive())
            return fail(error, tr("Cannot write “%1”.").arg(name));
        const QRectF page(0, 0, pdf.width(), pdf.height());
        for (int i = 0; i < slideCount(); ++i) {
            if (i > 0)
                pdf.newPage();
            paintSlide(i, painter, page);
        }
        painter.end();
    }
    // A full disk shows here; the previous file then stays.
    if (file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(error, tr("Cannot write “%1”: %2").arg(name, reason));
    }
    if (!file.commit())
        return fail(error, tr("Cannot write “%1”: %2").arg(name, file.errorString()));
    return true;
}

bool CommitteeDeck::writeOdp(const QString &path, QString *error) const
{
    if (!isValid())
        return fail(error, tr("Cannot write “%1”: the deck is empty.").arg(QDir::toNativeSeparators(path)));
    return DeckOdpWriter(m_slides, tr("Investment committee — %1").arg(m_facts->product().title)).write(path, error);
}

} // namespace Comite
