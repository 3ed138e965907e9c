#include "keylabeldelegate.h"

#include <QComboBox>
#include <QCoreApplication>

namespace Comite {

KeyLabelDelegate::KeyLabelDelegate(QStringList keys, std::function<QString(const QString &)> label, int keyRole,
                                   QObject *parent)
    : QStyledItemDelegate(parent), m_keys(std::move(keys)), m_label(std::move(label)), m_keyRole(keyRole)
{
}

QWidget *KeyLabelDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    if (m_allowsNone)
        combo->addItem(QCoreApplication::translate("KeyLabelDelegate", "(none)"), QString());
    for (const QString &key : m_keys)
        combo->addItem(m_label(key), key);
    const QString stored = index.data(m_keyRole).toString();
    if (!stored.isEmpty() && combo->findData(stored) < 0)
        combo->addItem(stored, stored);
    return combo;
}

void KeyLabelDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(m_keyRole).toString())));
}

void KeyLabelDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QString key = static_cast<QComboBox *>(editor)->currentData().toString();
    model->setData(index, key, m_keyRole);
    if (m_keyRole != Qt::EditRole && m_keyRole != Qt::DisplayRole)
        model->setData(index, m_label(key), Qt::DisplayRole);
}

} // namespace Comite
