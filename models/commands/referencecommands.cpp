#include "referencecommands.h"

namespace Comite {

template<typename T>
ChangeReference<T>::ChangeReference(Workspace &ws, const QString &text, Kind kind, T before, T after)
    : WorkspaceCommand(ws, text), m_kind(kind), m_before(std::move(before)), m_after(std::move(after))
{
}

template<typename T>
void ChangeReference<T>::redo()
{
    switch (m_kind) {
    case Add: insert(m_after); break;
    case Edit: update(m_after); break;
    case Remove: remove(m_before.id); break;
    }
}

template<typename T>
void ChangeReference<T>::undo()
{
    switch (m_kind) {
    case Add: remove(m_after.id); break;
    case Edit: update(m_before); break;
    case Remove: insert(m_before); break;
    }
}

template<typename T>
void ChangeReference<T>::insert(T &record)
{
    write([&] { record.id = m_workspace.organisations().insert(record); });
    m_workspace.notifyReferencesChanged();
}

template<typename T>
void ChangeReference<T>::update(const T &record)
{
    write([&] { m_workspace.organisations().update(record); });
    m_workspace.notifyReferencesChanged();
}

template<typename T>
void ChangeReference<T>::remove(qint64 id)
{
    write([&] {
        if constexpr (std::is_same_v<T, Organisation>)
            m_workspace.organisations().removeOrganisation(id);
        else
            m_workspace.organisations().removeIncubator(id);
    });
    m_workspace.notifyReferencesChanged();
}

template class ChangeReference<Organisation>;
template class ChangeReference<Incubator>;

} // namespace Comite
