#pragma once
// Undo commands for product edits, one class per kind of edit. Each writes
// to the database at once (nothing typed is lost) and notifies the
// workspace of exactly what changed.

#include "workspacecommand.h"

#include <QSet>

namespace Comite {

class SetProductField : public WorkspaceCommand
{
public:
    SetProductField(Workspace &ws, qint64 productId, ProductField field, QVariant before, QVariant after);
    void redo() override;
    void undo() override;
    int id() const override { return int(CommandId::SetProductField); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QVariant &value, const QVariant &expected);
    qint64 m_productId;
    ProductField m_field;
    QVariant m_before;
    QVariant m_after;
};

// Replaces one of a product's lists (sponsors, links or phases) as a whole:
// simple and exact to undo.
template<typename T>
class ChangeProductList : public WorkspaceCommand
{
public:
    using Setter = void (ProductRepository::*)(qint64, const QList<T> &);
    ChangeProductList(Workspace &ws, const QString &text, qint64 productId, Setter setter, ProductChange change,
                      QList<T> before, QList<T> after)
        : WorkspaceCommand(ws, text), m_productId(productId), m_setter(setter), m_change(change)
        , m_before(std::move(before)), m_after(std::move(after)) {}
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const QList<T> &value)
    {
        write([&] { (m_workspace.products().*m_setter)(m_productId, value); });
        m_workspace.notifyProductChanged(m_productId, m_change);
    }
    qint64 m_productId;
    Setter m_setter;
    ProductChange m_change;
    QList<T> m_before;
    QList<T> m_after;
};

// Adds a product, or (Remove) deletes one keeping the whole record with its
// committees so undo restores it under the same ids.
class AddRemoveProduct : public WorkspaceCommand
{
public:
    enum Kind { Add, Remove };
    AddRemoveProduct(Workspace &ws, Kind kind, Product product, QList<CommitteeReview> committees = {});
    void redo() override;
    void undo() override;
    qint64 productId() const { return m_product.id; }

private:
    void insert();
    void remove();
    Kind m_kind;
    Product m_product;
    QList<CommitteeReview> m_committees;
    QSet<qint64> m_sharedSessions;  // sessions that also reviewed other products
};

// Records a committee held in the past (or removes one) for a product.
class AddRemoveCommittee : public WorkspaceCommand
{
public:
    enum Kind { Add, Remove };
    AddRemoveCommittee(Workspace &ws, Kind kind, CommitteeReview review);
    void redo() override;
    void undo() override;

private:
    void insert();
    void remove();
    Kind m_kind;
    CommitteeReview m_review;
};

} // namespace Comite
