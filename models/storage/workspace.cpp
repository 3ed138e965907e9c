#include "workspace.h"

namespace Comite {

ProductChange changeOf(ProductField field)
{
    switch (field) {
    case ProductField::Slug:
    case ProductField::Title: return ProductChange::Identity;
    case ProductField::Pitch: return ProductChange::Pitch;
    case ProductField::Incubator: return ProductChange::Incubator;
    case ProductField::Intrapreneur:
    case ProductField::Coach: return ProductChange::People;
    case ProductField::Description: return ProductChange::Description;
    }
    return ProductChange::Identity;
}

Workspace::Workspace(std::unique_ptr<Database> database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_clock(clock)
    , m_products(*m_database, &clock)
    , m_indicators(*m_database)
    , m_spending(*m_database)
    , m_organisations(*m_database)
    , m_committees(*m_database)
    , m_sessions(*m_database)
    , m_roadmaps(*m_database)
    , m_envelopes(*m_database)
{
}

Workspace::~Workspace()
{
    // Commands refer to the repositories: drop them first.
    m_undoStack.clear();
}

void Workspace::notifyPortfolioReset()
{
    m_undoStack.clear();
    Q_EMIT portfolioReset();
}

} // namespace Comite
