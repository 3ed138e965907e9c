#include "facilitatorpanel.h"

#include "facilitatoragenda.h"
#include "facilitatorwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QVBoxLayout>

namespace Comite {

namespace {
const QString sharesKey = QStringLiteral("facilitator/warningShares");
const QString soundKey = QStringLiteral("facilitator/warningSound");
} // namespace

FacilitatorPanel::FacilitatorPanel(QWidget *parent)
    : QWidget(parent)
    , m_agenda(new FacilitatorAgenda(this))
    , m_notes(new QPlainTextEdit(this))
    , m_shares(new QLineEdit(this))
    , m_sound(new QCheckBox(tr("S&ound"), this))
    , m_screens(new QComboBox(this))
    , m_room(new QPushButton(tr("&Room view"), this))
    , m_reveal(new QCheckBox(tr("Re&veal the scores in the room"), this))
{
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.1);
    m_agenda->setFont(larger);
    auto *agendaLabel = new QLabel(tr("&Agenda (Enter: go to the item):"), this);
    agendaLabel->setBuddy(m_agenda);
    m_notes->setAccessibleName(tr("Notes on the current item"));
    m_notes->setPlaceholderText(tr("Notes on the current item (the secretary's); Esc goes back to the timer"));
    m_notes->setTabChangesFocus(true);
    auto *notesLabel = new QLabel(tr("&Notes:"), this);
    notesLabel->setBuddy(m_notes);

    const QSettings settings;
    m_shareValues = SessionForecast::parseShares(settings.value(sharesKey).toString());
    if (m_shareValues.isEmpty())
        m_shareValues = SessionForecast::defaultShares();
    m_shares->setText(SessionForecast::sharesText(m_shareValues));
    m_shares->setAccessibleName(tr("Warn at these shares of the item, in percent"));
    m_shares->setToolTip(tr("Percentages of the item's time, separated by commas, e.g. 70, 100"));
    m_shares->setMaximumWidth(fontMetrics().averageCharWidth() * 14);
    auto *sharesLabel = new QLabel(tr("&Warn at (% of the item):"), this);
    sharesLabel->setBuddy(m_shares);
    m_sound->setChecked(settings.value(soundKey, false).toBool());
    m_sound->setAccessibleName(tr("Sound with the warnings"));

    m_screens->setAccessibleName(tr("Screen of the room view"));
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (int i = 0; i < screens.size(); ++i)
        m_screens->addItem(FacilitatorWindow::screenName(i, screens[i]->size()));
    m_screens->setCurrentIndex(screens.size() > 1 ? 1 : 0);
    auto *screensLabel = new QLabel(tr("Scr&een:"), this);
    screensLabel->setBuddy(m_screens);
    m_room->setAutoDefault(true);

    auto *warnings = new QHBoxLayout;
    warnings->addWidget(sharesLabel);
    warnings->addWidget(m_shares);
    warnings->addWidget(m_sound);
    warnings->addStretch();
    auto *room = new QHBoxLayout;
    room->addWidget(screensLabel);
    room->addWidget(m_screens, 1);
    room->addWidget(m_room);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(agendaLabel);
    layout->addWidget(m_agenda, 3);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 2);
    layout->addLayout(warnings);
    layout->addLayout(room);
    layout->addWidget(m_reveal);

    connect(m_sound, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(soundKey, on); });
    connect(m_shares, &QLineEdit::editingFinished, this, &FacilitatorPanel::applyShares);
}

// Shares typed wrongly fall back to those in force.
void FacilitatorPanel::applyShares()
{
    const QList<double> shares = SessionForecast::parseShares(m_shares->text());
    if (!shares.isEmpty() && shares != m_shareValues) {
        m_shareValues = shares;
        QSettings().setValue(sharesKey, SessionForecast::sharesText(shares));
        Q_EMIT sharesChanged();
    }
    m_shares->setText(SessionForecast::sharesText(m_shareValues));
}

} // namespace Comite
