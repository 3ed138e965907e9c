#include "scoringpage.h"

#include "errorreport.h"
#include "itemmodels/scoremodel.h"
#include "warningdelegate.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Comite {

namespace {
// Scores are typed as digits; the model refuses what is outside the grid's
// scale with the reason (shown by the window), so a "7" is never dropped
// without a word. Emptying the cell (Delete) removes the score.
class ScoreDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *edit = new QLineEdit(parent);
        edit->setAlignment(Qt::AlignCenter);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,3}")), edit));
        edit->setToolTip(ScoringPage::tr("A whole number from 0 to %1").arg(ArbitrationGrid::maxScore));
        return edit;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QVariant value = index.data(Qt::EditRole);
        auto *edit = static_cast<QLineEdit *>(editor);
        edit->setText(value.isValid() ? QString::number(value.toInt()) : QString());
        edit->selectAll();
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QLineEdit *>(editor)->text(), Qt::EditRole);
    }
};
} // namespace

ScoringPage::ScoringPage(Workspace &workspace, qint64 sessionId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_sessionId(sessionId)
    , m_product(new QComboBox(this))
    , m_model(new ScoreModel(workspace, sessionId, 0, this))
    , m_table(new QTableView(this))
    , m_comment(new QLineEdit(this))
    , m_missing(new QLabel(this))
{
    m_product->setAccessibleName(tr("Product scored"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Arbitration grid"));
    m_table->setItemDelegate(new ScoreDelegate(this));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Arrows move between the scores; Tab goes on to the comment, so the
    // grid never keeps the keyboard in.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Members' names in full above their scores; the questions take the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ScoreModel::QuestionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 8);
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_comment->setAccessibleName(tr("Comment on the selected score"));
    m_comment->setPlaceholderText(tr("Optional comment on the selected score"));
    m_missing->setWordWrap(true);

    auto *top = new QFormLayout;
    top->addRow(tr("P&roduct:"), m_product);
    auto *bottom = new QFormLayout;
    bottom->addRow(tr("&Comment:"), m_comment);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_missing);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_product, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setProduct(m_product->currentData().toLongLong());
    });
    connect(m_model, &ScoreModel::scoresChanged, this, &ScoringPage::updateMissing);
    connect(m_model, &ScoreModel::scoresChanged, this, &ScoringPage::showComment);
    connect(m_model, &ScoreModel::editRefused, this, &ScoringPage::editRefused);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ScoringPage::showComment);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ScoringPage::showComment,
                Qt::UniqueConnection);
    });
    connect(m_comment, &QLineEdit::editingFinished, this, &ScoringPage::commitComment);
    auto *clear = new QAction(tr("Remove the score"), m_table);
    clear->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    clear->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(clear);
    connect(clear, &QAction::triggered, this, [this] {
        const QModelIndex index = m_table->currentIndex();
        if (index.isValid() && index.data(ScoreModel::ValueRole).isValid() && index.data(ScoreModel::ParticipantIdRole).isValid())
            m_model->setData(index, QVariant(), Qt::EditRole);
    });
    connect(&workspace, &Workspace::sessionChanged, this, [this](qint64 id, SessionChanges changes) {
        if (id == m_sessionId && (changes & SessionChange::Products))
            loadProducts();
    });
    loadProducts();
}

void ScoringPage::loadProducts()
{
    const qint64 current = m_product->currentData().toLongLong();
    const QSignalBlocker blocker(m_product);
    const auto loaded = attempt([&] { return m_workspace.sessions().load(m_sessionId); });
    std::optional<Session> s;
    if (loaded)
        s = loaded.value();
    else
        ErrorReport::open(this, loaded.error());
    if (s) {
        m_product->clear();
        for (const SessionProduct &p : s->products)
            m_product->addItem(p.title, p.productId);
    }
    const int at = m_product->findData(current);
    m_product->setCurrentIndex(at >= 0 ? at : 0);
    m_model->setProduct(m_product->currentData().toLongLong());
}

void ScoringPage::showProduct(qint64 productId)
{
    const int at = m_product->findData(productId);
    if (at >= 0)
        m_product->setCurrentIndex(at);
}

void ScoringPage::updateMissing()
{
    const QList<Participant> missing = m_model->missing();
    if (m_model->voters().isEmpty()) {
        m_missing->setText(tr("No voting member: tick “Votes” for the chair and the sponsors in the planning."));
    } else if (missing.isEmpty()) {
        m_missing->setText(tr("✓ Every voting member has scored this product."));
        m_missing->setStyleSheet(QString());
        return;
    } else {
        QStringList names;
        for (const Participant &p : missing)
            names << p.name;
        m_missing->setText(tr("Not scored yet: %1").arg(QLocale().createSeparatedList(names)));
    }
    m_missing->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(WarningDelegate::warningColor(palette()).name()));
}

void ScoringPage::showComment()
{
    const QModelIndex index = m_table->currentIndex();
    const bool scored = index.isValid() && index.data(ScoreModel::ParticipantIdRole).isValid()
        && index.data(ScoreModel::ValueRole).isValid();
    m_comment->setEnabled(scored);
    if (!m_comment->hasFocus())
        m_comment->setText(scored ? index.data(ScoreModel::CommentRole).toString() : QString());
}

void ScoringPage::commitComment()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || !index.data(ScoreModel::ValueRole).isValid())
        return;
    if (index.data(ScoreModel::CommentRole).toString() != m_comment->text().trimmed())
        m_model->setData(index, m_comment->text(), ScoreModel::CommentRole);
}

} // namespace Comite
