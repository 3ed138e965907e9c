#include "welcomepage.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSvgWidget>
#include <QVBoxLayout>

namespace Comite {

namespace {
// Enter (or the keypad's) on a focused choice clicks it, as in a dialog.
class EnterClicks : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (auto *button = qobject_cast<QPushButton *>(watched); button && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
                button->click();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

QPushButton *choice(const QString &title, const QString &detail, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setText(title + QLatin1Char('\n') + detail);
    button->setAccessibleName(title);
    button->setAccessibleDescription(detail);
    button->setMinimumHeight(button->fontMetrics().lineSpacing() * 3 + 16);
    button->setMinimumWidth(button->fontMetrics().averageCharWidth() * 60);
    button->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 8px 16px; }"));
    button->installEventFilter(new EnterClicks(button));
    return button;
}
} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_empty(choice(tr("Start with an empty portfolio"), tr("Add your incubator's products one by one."), this))
    , m_demo(choice(tr("Explore the demo portfolio"),
                    tr("Fourteen fictitious products across four incubators, with their phases and committees."), this))
    , m_import(choice(tr("Import from beta.gouv.fr…"),
                      tr("Read the products, phases and committees your incubator publishes on beta.gouv.fr."), this))
{
    auto *logo = new QSvgWidget(QStringLiteral(":/icons/comite.svg"), this);
    const int side = fontMetrics().height() * 4;
    logo->setFixedSize(side, side);
    auto *title = new QLabel(tr("Welcome to Comité"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 2);
    f.setBold(true);
    title->setFont(f);
    auto *intro = new QLabel(tr("Comité keeps your incubator's portfolio, prepares and runs investment committees, "
                                "and writes their deliberations. How would you like to start?"),
                             this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(logo, 0, Qt::AlignHCenter);
    column->addWidget(title, 0, Qt::AlignHCenter);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addWidget(m_demo);
    column->addWidget(m_import);
    column->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(column);
    layout->setAlignment(column, Qt::AlignHCenter);
    layout->addStretch();

    connect(m_empty, &QPushButton::clicked, this, &WelcomePage::emptyChosen);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoChosen);
    connect(m_import, &QPushButton::clicked, this, &WelcomePage::importChosen);
}

} // namespace Comite
