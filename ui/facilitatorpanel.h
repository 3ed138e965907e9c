#pragma once
// The side of the facilitator's screen: the live agenda (Enter goes to an
// item), the secretary's notes on the current item, the warning shares and
// their sound (remembered), and the room view's screen, button and score
// reveal. Each control has a mnemonic so the keyboard reaches it directly.

#include "domain/sessionforecast.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Comite {

class FacilitatorAgenda;

class FacilitatorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FacilitatorPanel(QWidget *parent = nullptr);

    FacilitatorAgenda *agenda() const { return m_agenda; }
    QPlainTextEdit *notes() const { return m_notes; }
    QLineEdit *sharesEdit() const { return m_shares; }
    QCheckBox *sound() const { return m_sound; }
    QComboBox *screens() const { return m_screens; }
    QPushButton *roomButton() const { return m_room; }
    QCheckBox *reveal() const { return m_reveal; }
    // The warning shares in force (70 % and 100 % unless set).
    const QList<double> &shares() const { return m_shareValues; }

Q_SIGNALS:
    void sharesChanged();

private:
    void applyShares();

    FacilitatorAgenda *m_agenda;
    QPlainTextEdit *m_notes;
    QLineEdit *m_shares;
    QCheckBox *m_sound;
    QComboBox *m_screens;
    QPushButton *m_room;
    QCheckBox *m_reveal;
    QList<double> m_shareValues;
};

} // namespace Comite
