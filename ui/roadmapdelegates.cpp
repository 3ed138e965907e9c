#include "roadmapdelegates.h"

#include <QComboBox>
#include <QDateEdit>

namespace Comite {

namespace {
// The day shown as "empty" by a date editor that allows no date.
const QDate emptyDay(1900, 1, 1);
} // namespace

RoadmapChoiceDelegate::RoadmapChoiceDelegate(Choices choices, QObject *parent)
    : QStyledItemDelegate(parent), m_choices(std::move(choices))
{
}

QWidget *RoadmapChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    for (const auto &[label, value] : m_choices())
        combo->addItem(label, value);
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return combo;
}

void RoadmapChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QVariant value = index.data(Qt::EditRole);
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).toString() == value.toString())
            combo->setCurrentIndex(i);
    }
}

void RoadmapChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const auto *combo = static_cast<QComboBox *>(editor);
    if (combo->currentData().toString() != index.data(Qt::EditRole).toString())
        model->setData(index, combo->currentData(), Qt::EditRole);
}

RoadmapDateDelegate::RoadmapDateDelegate(QString emptyText, QObject *parent)
    : QStyledItemDelegate(parent), m_emptyText(std::move(emptyText))
{
}

QWidget *RoadmapDateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    if (!m_emptyText.isEmpty()) {
        edit->setMinimumDate(emptyDay);
        edit->setSpecialValueText(m_emptyText);
    }
    return edit;
}

void RoadmapDateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<QDateEdit *>(editor);
    const QDate date = index.data(Qt::EditRole).toDate();
    edit->setDate(date.isValid() ? date : m_emptyText.isEmpty() ? QDate::currentDate() : emptyDay);
}

void RoadmapDateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QDate date = static_cast<QDateEdit *>(editor)->date();
    const QDate value = !m_emptyText.isEmpty() && date == emptyDay ? QDate() : date;
    if (value != index.data(Qt::EditRole).toDate())
        model->setData(index, value, Qt::EditRole);
}

} // namespace Comite
