#include "productedits.h"

#include "domain/phasehistory.h"
#include "domain/slug.h"
#include "productcommands.h"
#include "editsupport.h"

#include <QCoreApplication>

namespace Comite::Edit {

using namespace EditSupport;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Edit)
};
} // namespace

QStringList productProblems(Workspace &ws, const Product &product)
{
    QStringList problems;
    if (product.title.trimmed().isEmpty())
        problems << Tr::tr("The title cannot be empty.");
    if (!Slug::isValid(product.slug))
        problems << Tr::tr("The identifier “%1” may only hold lower-case letters, digits, dots and dashes.").arg(product.slug);
    else if (const auto other = ws.products().idForSlug(product.slug); other && *other != product.id)
        problems << Tr::tr("Another product already uses the identifier “%1”.").arg(product.slug);
    problems << PhaseHistory::problems(product.phases);
    return problems;
}

bool setField(Workspace &ws, qint64 productId, ProductField field, const QVariant &value, QString *error,
              const QVariant &expected)
{
    QVariant before;
    QStringList problems;
    if (!guarded(error, [&] {
            before = ws.products().field(productId, field);
            if (field == ProductField::Title && value.toString().trimmed().isEmpty())
                problems << Tr::tr("The title cannot be empty.");
            if (field == ProductField::Slug) {
                Product probe;
                probe.id = productId;
                probe.title = QStringLiteral("-");
                probe.slug = value.toString();
                problems << productProblems(ws, probe);
            }
        }))
        return false;
    if (!problems.isEmpty())
        return refuse(error, problems.join(QLatin1Char('\n')));
    auto same = [field](const QVariant &a, const QVariant &b) {
        return field == ProductField::Incubator ? a.toLongLong() == b.toLongLong() : a.toString() == b.toString();
    };
    if (same(before, value))
        return true;
    if (expected.isValid() && !same(before, expected))
        return refuse(error, Tr::tr("Someone else changed this product meanwhile: the field now reads “%1”; your value "
                                    "“%2” was not saved.")
                                 .arg(before.toString(), value.toString()));
    return push(ws, new SetProductField(ws, productId, field, before, value), error);
}

bool setSponsors(Workspace &ws, qint64 productId, const QList<qint64> &organisationIds, QString *error)
{
    std::optional<Product> product;
    if (!guarded(error, [&] { product = ws.products().load(productId); }) || !product)
        return false;
    if (product->sponsorIds == organisationIds)
        return true;
    return push(ws, new ChangeProductList<qint64>(ws, Tr::tr("Change sponsors"), productId, &ProductRepository::setSponsors,
                                                  ProductChange::Sponsors, product->sponsorIds, organisationIds),
                error);
}

bool setLinks(Workspace &ws, qint64 productId, const QList<ProductLink> &links, QString *error)
{
    std::optional<Product> product;
    if (!guarded(error, [&] { product = ws.products().load(productId); }) || !product)
        return false;
    if (product->links == links)
        return true;
    return push(ws, new ChangeProductList<ProductLink>(ws, Tr::tr("Change links"), productId, &ProductRepository::setLinks,
                                                       ProductChange::Links, product->links, links),
                error);
}

bool setPhases(Workspace &ws, qint64 productId, const QList<PhaseRecord> &phases, const QString &text, QString *error)
{
    std::optional<Product> product;
    if (!guarded(error, [&] { product = ws.products().load(productId); }) || !product)
        return false;
    const QStringList problems = PhaseHistory::problems(phases);
    if (!problems.isEmpty())
        return refuse(error, problems.join(QLatin1Char('\n')));
    if (product->phases == phases)
        return true;
    return push(ws, new ChangeProductList<PhaseRecord>(ws, text, productId, &ProductRepository::setPhases,
                                                       ProductChange::Phases, product->phases, phases),
                error);
}

bool addPhaseTransition(Workspace &ws, qint64 productId, const PhaseRecord &next, QString *error)
{
    std::optional<Product> product;
    if (!guarded(error, [&] { product = ws.products().load(productId); }) || !product)
        return false;
    QStringList problems;
    const QList<PhaseRecord> after = PhaseHistory::withTransition(product->phases, next, &problems);
    if (!problems.isEmpty())
        return refuse(error, problems.join(QLatin1Char('\n')));
    return setPhases(ws, productId, after, Tr::tr("Move to phase “%1”").arg(Phases::label(next.phase)), error);
}

qint64 addProduct(Workspace &ws, const Product &product, QString *error)
{
    QStringList problems;
    if (!guarded(error, [&] { problems = productProblems(ws, product); }))
        return 0;
    if (!problems.isEmpty()) {
        refuse(error, problems.join(QLatin1Char('\n')));
        return 0;
    }
    Product fresh = product;
    fresh.id = 0;
    auto *command = new AddRemoveProduct(ws, AddRemoveProduct::Add, fresh);
    if (!push(ws, command, error))
        return 0;
    return command->productId();
}

bool removeProduct(Workspace &ws, qint64 productId, QString *error)
{
    std::optional<Product> product;
    QList<CommitteeReview> committees;
    if (!guarded(error, [&] {
            product = ws.products().load(productId);
            committees = ws.committees().forProduct(productId);
        }))
        return false;
    if (!product)
        return refuse(error, Tr::tr("There is no product with the id %1.").arg(productId));
    return push(ws, new AddRemoveProduct(ws, AddRemoveProduct::Remove, *product, committees), error);
}

bool recordCommittee(Workspace &ws, const CommitteeReview &review, QString *error)
{
    if (!review.date.isValid())
        return refuse(error, Tr::tr("The committee date is missing or invalid."));
    if (review.date > ws.today())
        return refuse(error, Tr::tr("A committee on %1 has not been held yet: plan it as a session instead.")
                                 .arg(review.date.toString(Qt::ISODate)));
    CommitteeReview fresh = review;
    fresh.sessionId = 0;
    return push(ws, new AddRemoveCommittee(ws, AddRemoveCommittee::Add, fresh), error);
}

bool removeCommittee(Workspace &ws, const CommitteeReview &review, QString *error)
{
    return push(ws, new AddRemoveCommittee(ws, AddRemoveCommittee::Remove, review), error);
}

} // namespace Comite::Edit
