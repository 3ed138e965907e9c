#include "productcommands.h"

#include <QCoreApplication>

namespace Comite {

SetProductField::SetProductField(Workspace &ws, qint64 productId, ProductField field, QVariant before, QVariant after)
    : WorkspaceCommand(ws, QCoreApplication::translate("Command", "Edit product"))
    , m_productId(productId), m_field(field), m_before(std::move(before)), m_after(std::move(after))
{
}

void SetProductField::redo()
{
    apply(m_after, m_before);
}

void SetProductField::undo()
{
    apply(m_before, m_after);
}

void SetProductField::apply(const QVariant &value, const QVariant &expected)
{
    write([&] { m_workspace.products().setField(m_productId, m_field, value, expected); });
    m_workspace.notifyProductChanged(m_productId, changeOf(m_field));
}

bool SetProductField::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetProductField *>(other);
    if (o->m_productId != m_productId || o->m_field != m_field || !o->succeeded())
        return false;
    m_after = o->m_after;
    setObsolete(m_after == m_before);
    return true;
}

AddRemoveProduct::AddRemoveProduct(Workspace &ws, Kind kind, Product product, QList<CommitteeReview> committees)
    : WorkspaceCommand(ws, kind == Add ? QCoreApplication::translate("Command", "Add product “%1”").arg(product.title)
                                       : QCoreApplication::translate("Command", "Delete product “%1”").arg(product.title))
    , m_kind(kind), m_product(std::move(product)), m_committees(std::move(committees))
{
}

void AddRemoveProduct::redo()
{
    m_kind == Add ? insert() : remove();
}

void AddRemoveProduct::undo()
{
    m_kind == Add ? remove() : insert();
}

void AddRemoveProduct::insert()
{
    write([&] {
        m_product.id = m_workspace.products().insert(m_product);
        for (CommitteeReview &c : m_committees) {
            c.productId = m_product.id;
            if (c.sessionId > 0 && m_sharedSessions.contains(c.sessionId))
                m_workspace.committees().attach(c);
            else
                c.sessionId = m_workspace.committees().record(c, m_product.incubatorId);
        }
    });
    if (succeeded())
        m_workspace.notifyProductAdded(m_product.id);
}

void AddRemoveProduct::remove()
{
    write([&] {
        // A session of this product alone goes with it; a session that also
        // reviewed other products stays, losing only this product's part.
        m_sharedSessions.clear();
        for (const CommitteeReview &c : std::as_const(m_committees)) {
            if (m_workspace.committees().productCount(c.sessionId) > 1)
                m_sharedSessions.insert(c.sessionId);
            else
                m_workspace.committees().removeRecorded(c.sessionId);
        }
        m_workspace.products().remove(m_product.id);
    });
    if (succeeded())
        m_workspace.notifyProductRemoved(m_product.id);
}

AddRemoveCommittee::AddRemoveCommittee(Workspace &ws, Kind kind, CommitteeReview review)
    : WorkspaceCommand(ws, kind == Add ? QCoreApplication::translate("Command", "Record committee")
                                       : QCoreApplication::translate("Command", "Remove committee"))
    , m_kind(kind), m_review(std::move(review))
{
}

void AddRemoveCommittee::redo()
{
    m_kind == Add ? insert() : remove();
}

void AddRemoveCommittee::undo()
{
    m_kind == Add ? remove() : insert();
}

void AddRemoveCommittee::insert()
{
    write([&] {
        const qint64 incubator = m_workspace.products().field(m_review.productId, ProductField::Incubator).toLongLong();
        m_review.sessionId = m_workspace.committees().record(m_review, incubator);
    });
    m_workspace.notifyProductChanged(m_review.productId, ProductChange::Committees);
}

void AddRemoveCommittee::remove()
{
    write([&] { m_workspace.committees().removeRecorded(m_review.sessionId); });
    m_workspace.notifyProductChanged(m_review.productId, ProductChange::Committees);
}

} // namespace Comite
