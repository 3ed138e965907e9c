#include "schemadefinition.h"

#include <QCoreApplication>

namespace Comite {

namespace {
// A team member writes rows of the products listed for its login.
#define TEAM_PRODUCT(product) product " IN (SELECT m.product_id FROM product_members m WHERE m.login = current_user)"
#define ROADMAP_OF_PRIORITY "(SELECT p.roadmap_id FROM roadmap_priorities p WHERE p.id = {row}.priority_id)"
#define PRODUCT_OF_INDICATOR "(SELECT i.product_id FROM indicators i WHERE i.id = {row}.indicator_id)"
#define PRODUCT_OF_ROADMAP "(SELECT r.product_id FROM roadmaps r WHERE r.id = {row}.roadmap_id)"
#define SESSION_OF_DECISION "(SELECT d.session_id FROM decisions d WHERE d.id = {row}.decision_id)"

// A sponsor writes the scores of its own voting seat, for the session's
// products, while the session runs.
constexpr const char *sponsorScores =
    "{row}.participant_id IN (SELECT p.id FROM session_participants p WHERE p.login = current_user "
    "AND p.session_id = {row}.session_id AND p.voting = 1) "
    "AND EXISTS (SELECT 1 FROM session_products sp WHERE sp.session_id = {row}.session_id AND sp.product_id = {row}.product_id) "
    "AND EXISTS (SELECT 1 FROM sessions s WHERE s.id = {row}.session_id AND s.status = 'running')";

// The chair of the row's session, by login, approves its deliberation.
constexpr const char *chairOfSession =
    "{row}.session_id IN (SELECT p.session_id FROM session_participants p WHERE p.login = current_user AND p.role = 'chair')";

using W = TableWriter;

const QList<TableDefinition> definitions = {
    {"comite_schema", 0, W::Owner, nullptr, nullptr, nullptr, QT_TRANSLATE_NOOP("SchemaDefinition", "the schema version")},
    // 1 — the portfolio and committee sessions
    {"organisations", 1, W::Facilitator, nullptr, nullptr, nullptr, QT_TRANSLATE_NOOP("SchemaDefinition", "the organisations")},
    {"incubators", 1, W::Facilitator, nullptr, nullptr, nullptr, QT_TRANSLATE_NOOP("SchemaDefinition", "the incubators")},
    {"products", 1, W::Facilitator, nullptr, nullptr, nullptr, QT_TRANSLATE_NOOP("SchemaDefinition", "the products")},
    {"product_sponsors", 1, W::Facilitator, nullptr, nullptr, nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the sponsors of a product")},
    {"product_links", 1, W::Facilitator, nullptr, nullptr, nullptr, QT_TRANSLATE_NOOP("SchemaDefinition", "the links of a product")},
    {"phases", 1, W::Facilitator, nullptr, nullptr, nullptr, QT_TRANSLATE_NOOP("SchemaDefinition", "the phases of a product")},
    {"sessions", 1, W::Facilitator, nullptr, nullptr, "{row}.id", QT_TRANSLATE_NOOP("SchemaDefinition", "the committee sessions")},
    {"session_products", 1, W::Facilitator, nullptr, nullptr, "{row}.session_id",
     QT_TRANSLATE_NOOP("SchemaDefinition", "the products of a session")},
    {"decisions", 1, W::Facilitator, nullptr, nullptr, "{row}.session_id",
     QT_TRANSLATE_NOOP("SchemaDefinition", "the committee's decisions")},
    {"settings", 1, W::Facilitator, nullptr, nullptr, nullptr, QT_TRANSLATE_NOOP("SchemaDefinition", "the database settings")},
    // 2 — beta.gouv.fr import, timeline, envelopes
    {"betagouv_sources", 2, W::Facilitator, nullptr, nullptr, nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the imported beta.gouv.fr files")},
    {"product_events", 2, W::Facilitator, nullptr, nullptr, nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the timeline of a product")},
    {"envelopes", 2, W::Facilitator, nullptr, nullptr, nullptr, QT_TRANSLATE_NOOP("SchemaDefinition", "the budget envelopes")},
    // 3 — indicators and spending
    {"indicators", 3, W::Team, TEAM_PRODUCT("{row}.product_id"), nullptr, nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the indicators")},
    {"measurements", 3, W::Team, TEAM_PRODUCT(PRODUCT_OF_INDICATOR), nullptr, nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the measurements")},
    {"indicator_targets", 3, W::Team, TEAM_PRODUCT(PRODUCT_OF_INDICATOR), nullptr, nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the indicator targets")},
    {"spending", 3, W::Facilitator, nullptr, nullptr, nullptr, QT_TRANSLATE_NOOP("SchemaDefinition", "the spending")},
    // 4 — sessions in full
    {"session_participants", 4, W::Facilitator, nullptr, nullptr, "{row}.session_id",
     QT_TRANSLATE_NOOP("SchemaDefinition", "the participants of a session")},
    {"agenda_items", 4, W::Facilitator, nullptr, nullptr, "{row}.session_id",
     QT_TRANSLATE_NOOP("SchemaDefinition", "the agenda and notes of a session")},
    {"agenda_templates", 4, W::Facilitator, nullptr, nullptr, nullptr, QT_TRANSLATE_NOOP("SchemaDefinition", "the agenda templates")},
    {"agenda_template_items", 4, W::Facilitator, nullptr, nullptr, nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the agenda templates")},
    {"session_scores", 4, W::Sponsor, sponsorScores, nullptr, "{row}.session_id",
     QT_TRANSLATE_NOOP("SchemaDefinition", "the scores of a session")},
    {"decision_objectives", 4, W::Facilitator, nullptr, nullptr, SESSION_OF_DECISION,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the objectives of a decision")},
    {"decision_blockers", 4, W::Facilitator, nullptr, nullptr, SESSION_OF_DECISION,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the blockers of a decision")},
    {"decision_actions", 4, W::Facilitator, nullptr, nullptr, SESSION_OF_DECISION,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the actions of a decision")},
    // 5 — roadmaps (the team writes its drafts; approval is the committee's)
    {"roadmaps", 5, W::Team, TEAM_PRODUCT("{row}.product_id"), "{row}.id", nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the roadmaps")},
    {"roadmap_priorities", 5, W::Team, TEAM_PRODUCT(PRODUCT_OF_ROADMAP), "{row}.roadmap_id", nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the roadmaps")},
    {"roadmap_results", 5, W::Team,
     TEAM_PRODUCT("(SELECT r.product_id FROM roadmap_priorities p JOIN roadmaps r ON r.id = p.roadmap_id "
                  "WHERE p.id = {row}.priority_id)"),
     ROADMAP_OF_PRIORITY, nullptr, QT_TRANSLATE_NOOP("SchemaDefinition", "the roadmaps")},
    {"roadmap_items", 5, W::Team, TEAM_PRODUCT(PRODUCT_OF_ROADMAP), "{row}.roadmap_id", nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the roadmaps")},
    {"roadmap_team", 5, W::Team, TEAM_PRODUCT(PRODUCT_OF_ROADMAP), "{row}.roadmap_id", nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the roadmaps")},
    {"roadmap_budget", 5, W::Team, TEAM_PRODUCT(PRODUCT_OF_ROADMAP), "{row}.roadmap_id", nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the roadmaps")},
    {"roadmap_support", 5, W::Team, TEAM_PRODUCT(PRODUCT_OF_ROADMAP), "{row}.roadmap_id", nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the roadmaps")},
    {"roadmap_standards", 5, W::Team, TEAM_PRODUCT(PRODUCT_OF_ROADMAP), "{row}.roadmap_id", nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the roadmaps")},
    // 6 — who is who on a shared server
    {"product_members", 6, W::Facilitator, nullptr, nullptr, nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the team members of a product")},
    // 13 — the member space's people (full names of its usernames)
    {"members", 13, W::Facilitator, nullptr, nullptr, nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the member space's people")},
    // 7 — the written deliberation (its own lock: see ServerRoles); the
    // chair approves it (9; ServerRoles' approval guard says what it may change)
    {"deliberation_versions", 7, W::Sponsor, chairOfSession, nullptr, nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the written deliberations")},
    // 10 — co-incubation and the member space contacts
    {"product_incubators", 10, W::Facilitator, nullptr, nullptr, nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the co-incubators of a product")},
    {"product_contacts", 10, W::Facilitator, nullptr, nullptr, nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the member space contacts of a product")},
    // 11 — funding pools and allocation scenarios
    {"funding_pools", 11, W::Facilitator, nullptr, nullptr, nullptr, QT_TRANSLATE_NOOP("SchemaDefinition", "the funding pools")},
    {"funding_pool_incubators", 11, W::Facilitator, nullptr, nullptr, nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the incubators a funding pool may fund")},
    {"funding_pool_products", 11, W::Facilitator, nullptr, nullptr, nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the products a funding pool may fund")},
    {"allocation_scenarios", 11, W::Facilitator, nullptr, nullptr, nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the allocation scenarios")},
    {"allocation_lines", 11, W::Facilitator, nullptr, nullptr, nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the allocation scenarios")},
    // 12 — the follow-up register (open after the deliberation is final)
    {"followup_changes", 12, W::Facilitator, nullptr, nullptr, nullptr,
     QT_TRANSLATE_NOOP("SchemaDefinition", "the follow-up of decisions")},
};

#undef TEAM_PRODUCT
#undef ROADMAP_OF_PRIORITY
#undef PRODUCT_OF_INDICATOR
#undef PRODUCT_OF_ROADMAP
#undef SESSION_OF_DECISION
} // namespace

QString TableDefinition::sql(const char *expression, const QString &row) const
{
    return expression ? QString::fromUtf8(expression).replace(QStringLiteral("{row}"), row) : QString();
}

QString TableDefinition::displayLabel() const
{
    return QCoreApplication::translate("SchemaDefinition", label);
}

const QList<TableDefinition> &SchemaDefinition::tables()
{
    return definitions;
}

const TableDefinition *SchemaDefinition::find(const QString &name)
{
    for (const TableDefinition &t : definitions) {
        if (name == QLatin1String(t.name))
            return &t;
    }
    return nullptr;
}

} // namespace Comite
