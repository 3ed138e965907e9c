#pragma once
// Undo commands for product edits, one class per kind of edit. Each writes
// to the database at once (nothing typed is lost) and notifies the
// workspace of exactly what changed. Adding or deleting a product, and
// recording or removing a committee, are ChangeRecords.

#include "changerecord.h"

#include <QSet>

namespace Comite {

template<>
struct RecordStore<Product> {
    enum Part : quint32 {
        Slug = 0x1, Title = 0x2, Pitch = 0x4, Incubator = 0x8, Intrapreneur = 0x10, Coach = 0x20, Description = 0x40,
        Sponsors = 0x80, Links = 0x100, Phases = 0x200
    };
    static const QList<RecordPart<Product>> &parts();
    static std::optional<Product> load(Workspace &ws, qint64 id) { return ws.products().load(id); }
    static Product insert(Workspace &ws, Product record);
    // Writes the fields and lists among `parts` only.
    static void update(Workspace &ws, const Product &record, quint32 parts);
    static void remove(Workspace &ws, qint64 id) { ws.products().remove(id); }
    static QString name(const Product &record);
    static void notify(Workspace &ws, const Product &record, quint32 parts);
    // What the workspace says changed when `parts` did.
    static ProductChanges changes(quint32 parts);
    // One field: its part, its value in a record, set from a value.
    static Part partOf(ProductField field);
    static QVariant value(const Product &record, ProductField field);
    static void setValue(Product &record, ProductField field, const QVariant &value);
};

// Edits one field of a product: a ChangeRecord<Product> whose records hold
// that field only (the product's other parts are neither compared nor
// written). Consecutive edits of the same field merge into one step.
class SetProductField : public ChangeRecord<Product>
{
public:
    SetProductField(Workspace &ws, qint64 productId, ProductField field, QVariant before, QVariant after);
    int id() const override { return int(CommandId::SetProductField); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProductField m_field;
};

// Replaces one of a product's lists (sponsors, links or phases) as a whole:
// a ChangeRecord<Product> whose records hold that list only. `setter` and
// `change` name the list, as the type of its items does.
template<typename T>
class ChangeProductList : public ChangeRecord<Product>
{
public:
    using Setter = void (ProductRepository::*)(qint64, const QList<T> &);
    ChangeProductList(Workspace &ws, const QString &text, qint64 productId, Setter setter, ProductChange change,
                      QList<T> before, QList<T> after)
        : ChangeRecord<Product>(ws, text, with(productId, std::move(before)), with(productId, std::move(after)))
    {
        Q_UNUSED(setter)
        Q_UNUSED(change)
    }

private:
    static Product with(qint64 productId, QList<T> list)
    {
        Product p;
        p.id = productId;
        if constexpr (std::is_same_v<T, qint64>)
            p.sponsorIds = std::move(list);
        else if constexpr (std::is_same_v<T, ProductLink>)
            p.links = std::move(list);
        else
            p.phases = std::move(list);
        return p;
    }
};

// A committee held in the past, recorded as a one-product held session:
// its key is that session.
template<>
struct RecordStore<CommitteeReview> {
    enum Part : quint32 { ProductOf = 0x1, Date = 0x2, Decision = 0x4 };
    static const QList<RecordPart<CommitteeReview>> &parts();
    static qint64 id(const CommitteeReview &record) { return record.sessionId; }
    static std::optional<CommitteeReview> load(Workspace &ws, qint64 id) { return ws.committees().recorded(id); }
    static CommitteeReview insert(Workspace &ws, CommitteeReview record);
    // Writes the date and the decision (a committee never changes product).
    static void update(Workspace &ws, const CommitteeReview &record) { ws.committees().updateRecorded(record); }
    static void remove(Workspace &ws, qint64 id) { ws.committees().removeRecorded(id); }
    static QString name(const CommitteeReview &record);
    static void notify(Workspace &ws, const CommitteeReview &record, quint32)
    {
        ws.notifyProductChanged(record.productId, ProductChange::Committees);
    }
};

// Adds a product, or (Remove) deletes one keeping the whole record with its
// committees so undo restores it under the same ids.
class AddRemoveProduct : public ChangeRecord<Product>
{
public:
    enum Kind { Add, Remove };
    AddRemoveProduct(Workspace &ws, Kind kind, Product product, QList<CommitteeReview> committees = {});
    qint64 productId() const { return recordId(); }

protected:
    void beforeWrite(bool forward) override;
    void afterWrite(bool forward) override;
    void notify() override;

private:
    QList<CommitteeReview> m_committees;
    QSet<qint64> m_sharedSessions;  // sessions that also reviewed other products
};

// Records a committee held in the past (or removes one) for a product.
class AddRemoveCommittee : public ChangeRecord<CommitteeReview>
{
public:
    enum Kind { Add, Remove };
    AddRemoveCommittee(Workspace &ws, Kind kind, CommitteeReview review);
};

} // namespace Comite
