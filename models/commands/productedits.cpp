#include "productedits.h"

#include "domain/phasehistory.h"
#include "domain/slug.h"
#include "productcommands.h"
#include "editsupport.h"

#include <QCoreApplication>

namespace Comite::Edit {

using EditSupport::pushed;
using EditSupport::refusal;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Edit)
};

// The product as stored; a failure saying `missing` when it is gone.
Result<Product> loadProduct(Workspace &ws, qint64 productId, const QString &missing)
{
    return attempt([&]() -> Product {
        const std::optional<Product> product = ws.products().load(productId);
        if (!product)
            throw StorageError(missing);
        return *product;
    });
}

Result<Product> loadProduct(Workspace &ws, qint64 productId)
{
    return loadProduct(ws, productId, Tr::tr("This product no longer exists."));
}
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

Result<void> setField(Workspace &ws, qint64 productId, ProductField field, const QVariant &value,
                      const QVariant &expected)
{
    QVariant before;
    QStringList problems;
    if (const Result<void> read = attempt([&] {
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
        });
        !read)
        return read.error();
    if (!problems.isEmpty())
        return refusal(problems.join(QLatin1Char('\n')));
    auto same = [field](const QVariant &a, const QVariant &b) {
        return field == ProductField::Incubator ? a.toLongLong() == b.toLongLong() : a.toString() == b.toString();
    };
    if (same(before, value))
        return success();
    if (expected.isValid() && !same(before, expected))
        return refusal(Tr::tr("Someone else changed this product meanwhile: the field now reads “%1”; your value "
                              "“%2” was not saved.")
                           .arg(before.toString(), value.toString()));
    return pushed(ws, new SetProductField(ws, productId, field, before, value));
}

Result<void> setSponsors(Workspace &ws, qint64 productId, const QList<qint64> &organisationIds)
{
    const Result<Product> product = loadProduct(ws, productId);
    if (!product)
        return product.error();
    if (product->sponsorIds == organisationIds)
        return success();
    return pushed(ws, new ChangeProductList<qint64>(ws, Tr::tr("Change sponsors"), productId, &ProductRepository::setSponsors,
                                                    ProductChange::Sponsors, product->sponsorIds, organisationIds));
}

Result<void> setLinks(Workspace &ws, qint64 productId, const QList<ProductLink> &links)
{
    const Result<Product> product = loadProduct(ws, productId);
    if (!product)
        return product.error();
    if (product->links == links)
        return success();
    return pushed(ws, new ChangeProductList<ProductLink>(ws, Tr::tr("Change links"), productId, &ProductRepository::setLinks,
                                                         ProductChange::Links, product->links, links));
}

Result<void> setPhases(Workspace &ws, qint64 productId, const QList<PhaseRecord> &phases, const QString &text)
{
    const Result<Product> product = loadProduct(ws, productId);
    if (!product)
        return product.error();
    const QStringList problems = PhaseHistory::problems(phases);
    if (!problems.isEmpty())
        return refusal(problems.join(QLatin1Char('\n')));
    if (product->phases == phases)
        return success();
    return pushed(ws, new ChangeProductList<PhaseRecord>(ws, text, productId, &ProductRepository::setPhases,
                                                         ProductChange::Phases, product->phases, phases));
}

Result<void> addPhaseTransition(Workspace &ws, qint64 productId, const PhaseRecord &next)
{
    const Result<Product> product = loadProduct(ws, productId);
    if (!product)
        return product.error();
    QStringList problems;
    const QList<PhaseRecord> after = PhaseHistory::withTransition(product->phases, next, &problems);
    if (!problems.isEmpty())
        return refusal(problems.join(QLatin1Char('\n')));
    return setPhases(ws, productId, after, Tr::tr("Move to phase “%1”").arg(Phases::label(next.phase)));
}

Result<qint64> addProduct(Workspace &ws, const Product &product)
{
    const Result<QStringList> problems = attempt([&] { return productProblems(ws, product); });
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return refusal(problems->join(QLatin1Char('\n')));
    Product fresh = product;
    fresh.id = 0;
    auto *command = new AddRemoveProduct(ws, AddRemoveProduct::Add, fresh);
    if (const Result<void> r = pushed(ws, command); !r)
        return r.error();
    return command->productId();
}

Result<void> removeProduct(Workspace &ws, qint64 productId)
{
    const Result<Product> product = loadProduct(ws, productId, Tr::tr("There is no product with the id %1.").arg(productId));
    if (!product)
        return product.error();
    const Result<QList<CommitteeReview>> committees = attempt([&] { return ws.committees().forProduct(productId); });
    if (!committees)
        return committees.error();
    return pushed(ws, new AddRemoveProduct(ws, AddRemoveProduct::Remove, product.value(), committees.value()));
}

Result<void> recordCommittee(Workspace &ws, const CommitteeReview &review)
{
    if (!review.date.isValid())
        return refusal(Tr::tr("The committee date is missing or invalid."));
    if (review.date > ws.today())
        return refusal(Tr::tr("A committee on %1 has not been held yet: plan it as a session instead.")
                           .arg(review.date.toString(Qt::ISODate)));
    CommitteeReview fresh = review;
    fresh.sessionId = 0;
    return pushed(ws, new AddRemoveCommittee(ws, AddRemoveCommittee::Add, fresh));
}

Result<void> removeCommittee(Workspace &ws, const CommitteeReview &review)
{
    return pushed(ws, new AddRemoveCommittee(ws, AddRemoveCommittee::Remove, review));
}

} // namespace Comite::Edit
