#pragma once
// Editors for the cells of the roadmap and budget tables: a list of
// choices stored by key (indicator, unit, rating, source, decision) and a
// date that may be left empty ("end of the period", "open-ended").

#include <QStyledItemDelegate>
#include <functional>

namespace Comite {

class RoadmapChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // Label and stored value of each choice, asked for when editing starts.
    using Choices = std::function<QList<QPair<QString, QVariant>>()>;
    RoadmapChoiceDelegate(Choices choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    Choices m_choices;
};

class RoadmapDateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `emptyText` names an empty date ("End of the period"); none: required.
    explicit RoadmapDateDelegate(QString emptyText = {}, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QString m_emptyText;
};

} // namespace Comite
