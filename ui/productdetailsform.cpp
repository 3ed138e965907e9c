#include "productdetailsform.h"

#include "errorreport.h"
#include "keylabeldelegate.h"
#include "domain/recordlabels.h"
#include "commands/productedits.h"
#include "domain/searchtext.h"
#include "pitchdialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Comite {

namespace {
// Plain-text fields save after a pause in typing and when focus leaves.
class FocusOutFilter : public QObject
{
public:
    FocusOutFilter(QObject *parent, std::function<void()> onFocusOut) : QObject(parent), m_onFocusOut(std::move(onFocusOut)) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_onFocusOut();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onFocusOut;
};
} // namespace

ProductDetailsForm::ProductDetailsForm(Workspace &workspace, qint64 productId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_productId(productId)
    , m_title(new QLineEdit(this))
    , m_slug(new QLineEdit(this))
    , m_pitch(new QPlainTextEdit(this))
    , m_incubator(new QComboBox(this))
    , m_sponsorFilter(new QLineEdit(this))
    , m_sponsors(new QListWidget(this))
    , m_intrapreneur(new QLineEdit(this))
    , m_coach(new QLineEdit(this))
    , m_links(new QTableWidget(0, 2, this))
    , m_description(new QPlainTextEdit(this))
    , m_idle(new QTimer(this))
{
    m_title->setAccessibleName(tr("Title"));
    m_slug->setAccessibleName(tr("Identifier"));
    m_slug->setToolTip(tr("Stable identifier used in files and on the command line: lower-case letters, digits, dots and dashes."));
    m_pitch->setAccessibleName(tr("Pitch"));
    m_pitch->setPlaceholderText(tr("Permettre à … d'obtenir … grâce à … afin de …"));
    m_pitch->setTabChangesFocus(true);
    m_pitch->setFixedHeight(m_pitch->fontMetrics().lineSpacing() * 4 + 12);
    m_incubator->setAccessibleName(tr("Incubator"));
    m_sponsorFilter->setPlaceholderText(tr("Find a sponsor…"));
    m_sponsorFilter->setAccessibleName(tr("Find a sponsor"));
    m_sponsorFilter->setClearButtonEnabled(true);
    m_sponsors->setAccessibleName(tr("Sponsors"));
    m_sponsors->setMinimumHeight(m_sponsors->fontMetrics().lineSpacing() * 6);
    m_intrapreneur->setAccessibleName(tr("Intrapreneur"));
    m_coach->setAccessibleName(tr("Coach"));
    m_description->setAccessibleName(tr("Description (Markdown)"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("Describe the product in Markdown: the problem, the solution, the users."));

    auto *composeButton = new QPushButton(tr("Co&mpose from the template…"), this);
    auto *pitchBox = new QVBoxLayout;
    pitchBox->addWidget(m_pitch);
    pitchBox->addWidget(composeButton, 0, Qt::AlignLeft);

    auto *sponsorBox = new QVBoxLayout;
    sponsorBox->addWidget(m_sponsorFilter);
    sponsorBox->addWidget(m_sponsors);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("I&dentifier:"), m_slug);
    auto buddyLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(buddyLabel(tr("&Pitch:"), m_pitch), pitchBox);
    form->addRow(tr("Incu&bator:"), m_incubator);
    form->addRow(buddyLabel(tr("&Sponsors:"), m_sponsorFilter), sponsorBox);
    form->addRow(tr("I&ntrapreneur:"), m_intrapreneur);
    form->addRow(tr("&Coach:"), m_coach);
    form->addRow(buddyLabel(tr("&Links:"), m_links), buildLinks());
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_slug), static_cast<QWidget *>(m_incubator),
                       static_cast<QWidget *>(m_intrapreneur), static_cast<QWidget *>(m_coach)})
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(w)))
            label->setBuddy(w);

    auto *descriptionLabel = new QLabel(tr("Desc&ription (Markdown):"), this);
    descriptionLabel->setBuddy(m_description);
    auto *right = new QVBoxLayout;
    right->addWidget(descriptionLabel);
    right->addWidget(m_description);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(form, 3);
    layout->addLayout(right, 2);

    m_idle->setSingleShot(true);
    m_idle->setInterval(800);
    connect(m_idle, &QTimer::timeout, this, &ProductDetailsForm::commitPending);
    for (QPlainTextEdit *edit : {m_pitch, m_description}) {
        edit->installEventFilter(new FocusOutFilter(edit, [this] { commitPending(); }));
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                m_idle->start();
        });
    }
    for (QLineEdit *edit : {m_title, m_slug, m_intrapreneur, m_coach})
        connect(edit, &QLineEdit::editingFinished, this, &ProductDetailsForm::commitPending);
    connect(m_incubator, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            commitField(ProductField::Incubator, m_incubator->currentData());
    });
    connect(m_sponsors, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            commitSponsors();
    });
    connect(m_sponsorFilter, &QLineEdit::textChanged, this, &ProductDetailsForm::filterSponsors);
    connect(composeButton, &QPushButton::clicked, this, &ProductDetailsForm::composePitch);
    connect(&workspace, &Workspace::productChanged, this, [this](qint64 id, ProductChanges changes) {
        if (id == m_productId)
            load(changes);
    });
    connect(&workspace, &Workspace::referencesChanged, this,
            [this] { load(ProductChanges(ProductChange::Incubator) | ProductChange::Sponsors); });
    connect(&workspace, &Workspace::portfolioReset, this, [this] { load(ProductChanges(0x1ff)); });
    load(ProductChanges(0x1ff));
}

namespace {
// A link's kind: its key behind the translated label.
QTableWidgetItem *linkKindItem(const QString &kind)
{
    auto *item = new QTableWidgetItem(LinkKinds::label(kind));
    item->setData(Qt::UserRole, kind);
    return item;
}
} // namespace

QWidget *ProductDetailsForm::buildLinks()
{
    auto *box = new QWidget(this);
    m_links->setHorizontalHeaderLabels({tr("Kind"), tr("Address")});
    m_links->setAccessibleName(tr("Links"));
    m_links->horizontalHeader()->setStretchLastSection(true);
    m_links->verticalHeader()->hide();
    m_links->setMinimumHeight(m_links->fontMetrics().lineSpacing() * 5);
    m_links->setItemDelegateForColumn(0, new KeyLabelDelegate(LinkKinds::keys(), LinkKinds::label, Qt::UserRole, this));
    auto *add = new QPushButton(tr("&Add link"), box);
    auto *remove = new QPushButton(tr("Remove lin&k"), box);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_links);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_links->rowCount();
        m_loading = true;
        m_links->insertRow(row);
        m_links->setItem(row, 0, linkKindItem(QStringLiteral("site")));
        m_links->setItem(row, 1, new QTableWidgetItem(QStringLiteral("https://")));
        m_loading = false;
        m_links->setCurrentCell(row, 1);
        m_links->editItem(m_links->item(row, 1));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_links->currentRow() >= 0) {
            m_links->removeRow(m_links->currentRow());
            commitLinks();
        }
    });
    connect(m_links, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            commitLinks();
    });
    return box;
}

void ProductDetailsForm::load(ProductChanges changes)
{
    const auto loaded = attempt([&] { return m_workspace.products().load(m_productId); });
    if (!loaded)
        return ErrorReport::open(this, loaded.error());
    std::optional<Product> product = loaded.value();
    if (!product)
        return;
    m_loading = true;
    auto setLine = [](QLineEdit *edit, const QString &value) {
        if (edit->text() != value)
            edit->setText(value);
    };
    auto setPlain = [](QPlainTextEdit *edit, const QString &value) {
        if (edit->toPlainText() != value)
            edit->setPlainText(value);
    };
    // What the user starts editing from, for the conflict check on save.
    m_loaded.insert(ProductField::Title, product->title);
    m_loaded.insert(ProductField::Slug, product->slug);
    m_loaded.insert(ProductField::Pitch, product->pitch);
    m_loaded.insert(ProductField::Intrapreneur, product->intrapreneur);
    m_loaded.insert(ProductField::Coach, product->coach);
    m_loaded.insert(ProductField::Description, product->description);
    m_loaded.insert(ProductField::Incubator, product->incubatorId);
    if (changes & ProductChange::Identity) {
        setLine(m_title, product->title);
        setLine(m_slug, product->slug);
    }
    if (changes & ProductChange::Pitch)
        setPlain(m_pitch, product->pitch);
    if (changes & ProductChange::People) {
        setLine(m_intrapreneur, product->intrapreneur);
        setLine(m_coach, product->coach);
    }
    if (changes & ProductChange::Description)
        setPlain(m_description, product->description);
    if (changes & ProductChange::Incubator) {
        m_incubator->clear();
        m_incubator->addItem(tr("(none)"), qint64(0));
        for (const Incubator &i : m_workspace.organisations().incubators())
            m_incubator->addItem(i.name, i.id);
        m_incubator->setCurrentIndex(std::max(0, m_incubator->findData(product->incubatorId)));
    }
    if (changes & ProductChange::Sponsors) {
        m_sponsors->clear();
        // Chosen sponsors first, in their order, then every other organisation.
        QList<Organisation> orgs = m_workspace.organisations().organisations();
        std::stable_partition(orgs.begin(), orgs.end(), [&](const Organisation &o) { return product->sponsorIds.contains(o.id); });
        std::stable_sort(orgs.begin(), orgs.begin() + product->sponsorIds.size(), [&](const Organisation &a, const Organisation &b) {
            return product->sponsorIds.indexOf(a.id) < product->sponsorIds.indexOf(b.id);
        });
        for (const Organisation &o : orgs) {
            auto *item = new QListWidgetItem(o.acronym.isEmpty() ? o.name : QStringLiteral("%1 — %2").arg(o.acronym, o.name), m_sponsors);
            item->setData(Qt::UserRole, o.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(product->sponsorIds.contains(o.id) ? Qt::Checked : Qt::Unchecked);
        }
        filterSponsors(m_sponsorFilter->text());
    }
    if (changes & ProductChange::Links) {
        m_links->setRowCount(0);
        for (const ProductLink &l : product->links) {
            const int row = m_links->rowCount();
            m_links->insertRow(row);
            m_links->setItem(row, 0, linkKindItem(l.kind));
            m_links->setItem(row, 1, new QTableWidgetItem(l.url));
        }
    }
    m_loading = false;
}

bool ProductDetailsForm::commitField(ProductField field, const QVariant &value)
{
    if (m_loading)
        return false;
    if (const Result<void> r = Edit::setField(m_workspace, m_productId, field, value, m_loaded.value(field)); !r) {
        load(changeOf(field));  // show the stored value again
        Q_EMIT editRefused(r.error().message);
        return false;
    }
    return true;
}

void ProductDetailsForm::commitPending()
{
    m_idle->stop();
    // Only what the user changed: an untouched field never overwrites
    // someone else's newer value on a shared database.
    for (auto [field, edit] : {std::pair{ProductField::Pitch, m_pitch}, std::pair{ProductField::Description, m_description}}) {
        if (edit->document()->isModified()) {
            const QString text = field == ProductField::Pitch ? edit->toPlainText().trimmed() : edit->toPlainText();
            if (commitField(field, text))
                edit->document()->setModified(false);
        }
    }
    for (auto [field, edit] : {std::pair{ProductField::Title, m_title}, std::pair{ProductField::Slug, m_slug},
                               std::pair{ProductField::Intrapreneur, m_intrapreneur}, std::pair{ProductField::Coach, m_coach}}) {
        if (edit->isModified() && commitField(field, edit->text().trimmed()))
            edit->setModified(false);
    }
}

void ProductDetailsForm::commitSponsors()
{
    QList<qint64> ids;
    for (int i = 0; i < m_sponsors->count(); ++i) {
        if (m_sponsors->item(i)->checkState() == Qt::Checked)
            ids << m_sponsors->item(i)->data(Qt::UserRole).toLongLong();
    }
    if (const Result<void> r = Edit::setSponsors(m_workspace, m_productId, ids); !r) {
        load(ProductChange::Sponsors);
        Q_EMIT editRefused(r.error().message);
    }
}

void ProductDetailsForm::commitLinks()
{
    QList<ProductLink> links;
    for (int row = 0; row < m_links->rowCount(); ++row) {
        const QString kind = m_links->item(row, 0) ? m_links->item(row, 0)->data(Qt::UserRole).toString() : QString();
        const QString url = m_links->item(row, 1) ? m_links->item(row, 1)->text().trimmed() : QString();
        if (!url.isEmpty())
            links << ProductLink{kind.isEmpty() ? QStringLiteral("other") : kind, url};
    }
    if (const Result<void> r = Edit::setLinks(m_workspace, m_productId, links); !r)
        Q_EMIT editRefused(r.error().message);
}

void ProductDetailsForm::composePitch()
{
    PitchDialog dialog(m_pitch->toPlainText(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_pitch->setPlainText(dialog.sentence());
        m_pitch->document()->setModified(true);
        commitPending();
    }
}

void ProductDetailsForm::filterSponsors(const QString &text)
{
    const QString needle = SearchText::fold(text);
    for (int i = 0; i < m_sponsors->count(); ++i) {
        QListWidgetItem *item = m_sponsors->item(i);
        item->setHidden(!needle.isEmpty() && item->checkState() != Qt::Checked
                        && !SearchText::fold(item->text()).contains(needle));
    }
}

} // namespace Comite
