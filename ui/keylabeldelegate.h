#pragma once
// Edits a column that stores a key (an organisation type, a link kind)
// through a list of translated labels, so the user never types or reads
// "operateur". The key lives in `keyRole`; a stored key the list does not
// know stays selectable as it is.

#include <QStyledItemDelegate>

#include <functional>

namespace Comite {

class KeyLabelDelegate : public QStyledItemDelegate
{
public:
    KeyLabelDelegate(QStringList keys, std::function<QString(const QString &)> label, int keyRole, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // The empty key ("none") is offered first when allowed.
    void setAllowsNone(bool allows) { m_allowsNone = allows; }

private:
    QStringList m_keys;
    std::function<QString(const QString &)> m_label;
    int m_keyRole;
    bool m_allowsNone = false;
};

} // namespace Comite
