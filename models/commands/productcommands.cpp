#include "productcommands.h"

#include <QCoreApplication>
#include <QLocale>

namespace Comite {

namespace {
std::optional<Product> unless(bool none, const Product &product)
{
    return none ? std::nullopt : std::optional<Product>(product);
}

using ProductPart = RecordStore<Product>::Part;
// The text fields of a product with their part (the incubator is an id).
struct TextField {
    ProductField field;
    ProductPart part;
    QString Product::*member;
};
constexpr TextField textFields[]{
    {ProductField::Slug, ProductPart::Slug, &Product::slug},
    {ProductField::Title, ProductPart::Title, &Product::title},
    {ProductField::Pitch, ProductPart::Pitch, &Product::pitch},
    {ProductField::Intrapreneur, ProductPart::Intrapreneur, &Product::intrapreneur},
    {ProductField::Coach, ProductPart::Coach, &Product::coach},
    {ProductField::Description, ProductPart::Description, &Product::description}};

const TextField *textField(ProductField field)
{
    for (const TextField &f : textFields) {
        if (f.field == field)
            return &f;
    }
    return nullptr;
}
} // namespace

RecordStore<Product>::Part RecordStore<Product>::partOf(ProductField field)
{
    const TextField *f = textField(field);
    return f ? f->part : Incubator;
}

QVariant RecordStore<Product>::value(const Product &record, ProductField field)
{
    const TextField *f = textField(field);
    return f ? QVariant(record.*(f->member)) : QVariant(record.incubatorId);
}

void RecordStore<Product>::setValue(Product &record, ProductField field, const QVariant &value)
{
    if (const TextField *f = textField(field))
        record.*(f->member) = value.toString();
    else
        record.incubatorId = value.toLongLong();
}

const QList<RecordPart<Product>> &RecordStore<Product>::parts()
{
    static const QList<RecordPart<Product>> parts{
        recordPart<Product>(Slug, &Product::slug),
        recordPart<Product>(Title, &Product::title),
        recordPart<Product>(Pitch, &Product::pitch),
        recordPart<Product>(Incubator, &Product::incubatorId),
        recordPart<Product>(Intrapreneur, &Product::intrapreneur),
        recordPart<Product>(Coach, &Product::coach),
        recordPart<Product>(Description, &Product::description),
        recordPart<Product>(Sponsors, &Product::sponsorIds),
        recordPart<Product>(Links, &Product::links),
        recordPart<Product>(Phases, &Product::phases)};
    return parts;
}

Product RecordStore<Product>::insert(Workspace &ws, Product record)
{
    record.id = ws.products().insert(record);
    return record;
}

void RecordStore<Product>::update(Workspace &ws, const Product &record, quint32 parts)
{
    ProductRepository &repo = ws.products();
    for (const TextField &f : textFields) {
        if (parts & f.part)
            repo.setField(record.id, f.field, record.*(f.member));
    }
    if (parts & Incubator)
        repo.setField(record.id, ProductField::Incubator, record.incubatorId);
    if (parts & Sponsors)
        repo.setSponsors(record.id, record.sponsorIds);
    if (parts & Links)
        repo.setLinks(record.id, record.links);
    if (parts & Phases)
        repo.setPhases(record.id, record.phases);
}

QString RecordStore<Product>::name(const Product &record)
{
    return QCoreApplication::translate("ChangeRecord", "the product “%1”").arg(record.title);
}

ProductChanges RecordStore<Product>::changes(quint32 parts)
{
    const std::pair<quint32, ProductChange> map[]{
        {Slug | Title, ProductChange::Identity}, {Pitch, ProductChange::Pitch}, {Incubator, ProductChange::Incubator},
        {Intrapreneur | Coach, ProductChange::People}, {Description, ProductChange::Description},
        {Sponsors, ProductChange::Sponsors}, {Links, ProductChange::Links}, {Phases, ProductChange::Phases}};
    ProductChanges changes;
    for (const auto &[part, change] : map) {
        if (parts & part)
            changes |= change;
    }
    return changes;
}

void RecordStore<Product>::notify(Workspace &ws, const Product &record, quint32 parts)
{
    ws.notifyProductChanged(record.id, changes(parts));
}

AddRemoveProduct::AddRemoveProduct(Workspace &ws, Kind kind, Product product, QList<CommitteeReview> committees)
    : ChangeRecord<Product>(ws, kind == Add ? QCoreApplication::translate("Command", "Add product “%1”").arg(product.title)
                                            : QCoreApplication::translate("Command", "Delete product “%1”").arg(product.title),
                            unless(kind == Add, product), unless(kind == Remove, product))
    , m_committees(std::move(committees))
{
}

// A session of this product alone goes with it; a session that also
// reviewed other products stays, losing only this product's part.
void AddRemoveProduct::beforeWrite(bool)
{
    if (!removing())
        return;
    m_sharedSessions.clear();
    for (const CommitteeReview &c : std::as_const(m_committees)) {
        if (m_workspace.committees().productCount(c.sessionId) > 1)
            m_sharedSessions.insert(c.sessionId);
        else
            m_workspace.committees().removeRecorded(c.sessionId);
    }
}

void AddRemoveProduct::afterWrite(bool)
{
    if (!adding())
        return;
    for (CommitteeReview &c : m_committees) {
        c.productId = recordId();
        if (c.sessionId > 0 && m_sharedSessions.contains(c.sessionId))
            m_workspace.committees().attach(c);
        else
            c.sessionId = m_workspace.committees().record(c, m_after ? m_after->incubatorId : m_before->incubatorId);
    }
}

void AddRemoveProduct::notify()
{
    if (!succeeded())
        return;
    if (adding())
        m_workspace.notifyProductAdded(recordId());
    else
        m_workspace.notifyProductRemoved(recordId());
}

namespace {
Product withField(qint64 productId, ProductField field, const QVariant &value)
{
    Product p;
    p.id = productId;
    RecordStore<Product>::setValue(p, field, value);
    return p;
}
} // namespace

SetProductField::SetProductField(Workspace &ws, qint64 productId, ProductField field, QVariant before, QVariant after)
    : ChangeRecord<Product>(ws, QCoreApplication::translate("Command", "Edit product"), withField(productId, field, before),
                            withField(productId, field, after))
    , m_field(field)
{
}

bool SetProductField::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetProductField *>(other);
    if (o->recordId() != recordId() || o->m_field != m_field || !o->succeeded())
        return false;
    mergeAfter(*o);
    return true;
}

const QList<RecordPart<CommitteeReview>> &RecordStore<CommitteeReview>::parts()
{
    static const QList<RecordPart<CommitteeReview>> parts{
        recordPart<CommitteeReview>(ProductOf, &CommitteeReview::productId),
        recordPart<CommitteeReview>(Date, &CommitteeReview::date),
        recordPart<CommitteeReview>(Decision, &CommitteeReview::decision, &CommitteeReview::comment)};
    return parts;
}

CommitteeReview RecordStore<CommitteeReview>::insert(Workspace &ws, CommitteeReview record)
{
    const qint64 incubator = ws.products().field(record.productId, ProductField::Incubator).toLongLong();
    record.sessionId = ws.committees().record(record, incubator);
    return record;
}

QString RecordStore<CommitteeReview>::name(const CommitteeReview &record)
{
    return QCoreApplication::translate("ChangeRecord", "the committee of %1").arg(QLocale().toString(record.date, QLocale::ShortFormat));
}

AddRemoveCommittee::AddRemoveCommittee(Workspace &ws, Kind kind, CommitteeReview review)
    : ChangeRecord<CommitteeReview>(ws, kind == Add ? QCoreApplication::translate("Command", "Record committee")
                                                    : QCoreApplication::translate("Command", "Remove committee"),
                                    kind == Add ? std::nullopt : std::optional<CommitteeReview>(review),
                                    kind == Add ? std::optional<CommitteeReview>(review) : std::nullopt)
{
}

} // namespace Comite
