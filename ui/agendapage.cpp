#include "agendapage.h"
#include "columnwidths.h"
#include "exportfiles.h"

#include "errorreport.h"
#include "commands/sessionedits.h"
#include "deliberation/agendapdf.h"
#include "itemmodels/agendamodel.h"
#include "warningdelegate.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Comite {

namespace {
// The product column edits with the session's products.
class ProductDelegate : public QStyledItemDelegate
{
public:
    ProductDelegate(AgendaModel *model, QObject *parent) : QStyledItemDelegate(parent), m_model(model) {}
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItem(AgendaPage::tr("Whole session"), qint64(0));
        for (const SessionProduct &p : m_model->session().products)
            combo->addItem(p.title, p.productId);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }

private:
    AgendaModel *m_model;
};
} // namespace

AgendaPage::AgendaPage(Workspace &workspace, qint64 sessionId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new AgendaModel(workspace, sessionId, this))
    , m_table(new QTableView(this))
    , m_totals(new QLabel(this))
    , m_templates(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_notesTimer(new QTimer(this))
{
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Agenda"));
    m_table->setItemDelegateForColumn(AgendaModel::ProductColumn, new ProductDelegate(m_model, this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDragDropOverwriteMode(false);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    const int em = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(AgendaModel::StartColumn, 9 * em);
    m_table->setColumnWidth(AgendaModel::ProductColumn, 24 * em);
    m_table->horizontalHeader()->setSectionResizeMode(AgendaModel::TitleColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(AgendaModel::MinutesColumn, 10 * em);
    m_table->setColumnWidth(AgendaModel::TeamLeavesColumn, 14 * em);
    m_table->setColumnWidth(AgendaModel::ActualColumn, 9 * em);
    ColumnWidths::atLeastHeaders(m_table);
    m_totals->setWordWrap(true);
    m_totals->setAccessibleName(tr("Planned end"));
    m_templates->setAccessibleName(tr("Agenda template"));
    m_notes->setAccessibleName(tr("Notes on the selected item"));
    m_notes->setPlaceholderText(tr("The secretary's notes on the selected item"));
    m_notesTimer->setSingleShot(true);
    m_notesTimer->setInterval(800);

    auto *add = new QPushButton(tr("&Add an item"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move do&wn"), this);
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *pdf = new QPushButton(tr("E&xport the agenda (PDF)…"), this);
    buttons->addWidget(pdf);

    auto *apply = new QPushButton(tr("App&ly"), this);
    auto *save = new QPushButton(tr("Sa&ve the agenda as a template…"), this);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(new QLabel(tr("Template:"), this));
    templateRow->addWidget(m_templates, 1);
    templateRow->addWidget(apply);
    templateRow->addWidget(save);

    auto *notesBox = new QGroupBox(tr("Session &notes"), this);
    auto *notesLayout = new QVBoxLayout(notesBox);
    notesLayout->addWidget(m_notes);
    m_notes->setMaximumHeight(fontMetrics().height() * 6);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_totals);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addLayout(templateRow);
    layout->addWidget(notesBox);

    connect(add, &QPushButton::clicked, this, &AgendaPage::addItem);
    connect(remove, &QPushButton::clicked, this, &AgendaPage::removeSelectedItem);
    connect(up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(apply, &QPushButton::clicked, this, &AgendaPage::applyChosenTemplate);
    connect(save, &QPushButton::clicked, this, &AgendaPage::saveAsTemplate);
    connect(pdf, &QPushButton::clicked, this, &AgendaPage::exportPdf);
    connect(m_model, &AgendaModel::totalsChanged, this, &AgendaPage::updateTotals);
    connect(m_model, &AgendaModel::editRefused, this, &AgendaPage::editRefused);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        commitNotes();
        showNotesOfCurrent();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_notes->hasFocus())
            showNotesOfCurrent();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, m_notesTimer, qOverload<>(&QTimer::start));
    connect(m_notesTimer, &QTimer::timeout, this, &AgendaPage::commitNotes);
    loadTemplates();
    updateTotals();
    showNotesOfCurrent();
}

int AgendaPage::currentRow() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void AgendaPage::updateTotals()
{
    const Session &s = m_model->session();
    QString text = tr("Planned end: %1 · %n minute(s) of agenda", nullptr, s.agendaMinutes())
                       .arg(SessionAgenda::timeText(s.plannedEnd().time()));
    if (s.plannedMinutes > 0)
        text += tr(" for %n minute(s) booked", nullptr, s.plannedMinutes);
    m_overLength = s.isOverLength();
    if (m_overLength) {
        text = QStringLiteral("⚠ ") + text + tr(" — the agenda is longer than the session.");
        m_totals->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: 600; }")
                                    .arg(WarningDelegate::warningColor(palette()).name()));
    } else {
        m_totals->setStyleSheet(QString());
    }
    m_totals->setText(text);
}

void AgendaPage::loadTemplates()
{
    m_templateList = {SessionAgenda::defaultTemplate()};
    if (const auto templates = attempt([&] { return m_workspace.sessions().templates(); }))
        m_templateList << templates.value();
    else
        ErrorReport::open(this, templates.error());
    m_templates->clear();
    for (const AgendaTemplate &t : std::as_const(m_templateList))
        m_templates->addItem(t.name);
}

void AgendaPage::addItem()
{
    AgendaItem item;
    item.title = tr("New item");
    item.plannedMinutes = 10;
    const int row = currentRow();
    if (row >= 0 && row < m_model->items().size())
        item.productId = m_model->items()[row].productId;
    const int at = row >= 0 ? row + 1 : m_model->rowCount();
    if (m_model->insertItem(at, item)) {
        const QModelIndex title = m_model->index(at, AgendaModel::TitleColumn);
        m_table->setCurrentIndex(title);
        m_table->edit(title);
    }
}

void AgendaPage::removeSelectedItem()
{
    const int row = currentRow();
    if (row >= 0)
        m_model->removeItem(row);
}

void AgendaPage::moveSelected(int delta)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const int target = row + delta;
    if (target < 0 || target >= m_model->rowCount())
        return;
    const qint64 id = m_model->items()[row].id;
    if (!m_model->moveItem(row, delta > 0 ? row + 2 : row - 1))
        return;
    for (int i = 0; i < m_model->items().size(); ++i) {
        if (m_model->items()[i].id == id)
            m_table->setCurrentIndex(m_model->index(i, AgendaModel::TitleColumn));
    }
}

void AgendaPage::applyChosenTemplate()
{
    const int i = m_templates->currentIndex();
    if (i >= 0 && i < m_templateList.size())
        m_model->applyTemplate(m_templateList[i]);
}

void AgendaPage::saveAsTemplate()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as template"), tr("Name of the template:"),
                                               QLineEdit::Normal, m_templates->currentText(), &ok);
    if (!ok)
        return;
    const AgendaTemplate agendaTemplate = SessionAgenda::templateFrom(name.trimmed(), m_model->items());
    if (const Result<void> r = Edit::saveAgendaTemplate(m_workspace, agendaTemplate); !r) {
        Q_EMIT editRefused(r.error().message);

        return;
    }
    loadTemplates();
    m_templates->setCurrentIndex(m_templates->findText(name.trimmed()));
}

void AgendaPage::exportPdf()
{
    const Session &s = m_model->session();
    const QString suggested = tr("agenda-%1.pdf").arg(s.date().toString(Qt::ISODate));
    const QString path = ExportFiles::chooseSavePath(this, tr("Export the agenda"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!AgendaPdf::write(s, path, &error))
        return Q_EMIT editRefused(error);
    ExportFiles::announce(this, path);
}

void AgendaPage::showNotesOfCurrent()
{
    int row = currentRow();
    if (row >= m_model->items().size())
        row = -1;
    const QSignalBlocker blocker(m_notes);
    m_notesItemId = row >= 0 ? m_model->items()[row].id : 0;
    m_notes->setEnabled(row >= 0);
    const QString notes = row >= 0 ? m_model->items()[row].notes : QString();
    if (m_notes->toPlainText() != notes)
        m_notes->setPlainText(notes);
}

void AgendaPage::commitNotes()
{
    m_notesTimer->stop();
    if (m_notesItemId == 0)
        return;
    for (int i = 0; i < m_model->items().size(); ++i) {
        if (m_model->items()[i].id == m_notesItemId && m_model->items()[i].notes != m_notes->toPlainText()) {
            m_model->setNotes(i, m_notes->toPlainText());
            return;
        }
    }
}

} // namespace Comite
