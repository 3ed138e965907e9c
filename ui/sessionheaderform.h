#pragma once
// The header of a committee session as one form, shared by the dialog that
// plans a session and the planning page that edits it: title, date and
// time, booked length, place and video link, each with its mnemonic and
// accessible name. Further rows (the agenda template, the status) are added
// by the owner through addRow().

#include "domain/session.h"

#include <QWidget>

class QDateTimeEdit;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace Comite {

class SessionHeaderForm : public QWidget
{
    Q_OBJECT
public:
    explicit SessionHeaderForm(QWidget *parent = nullptr);

    // Shows `session`'s header without emitting edited().
    void setHeader(const Session &session);
    // `session` with the header fields as typed (texts trimmed).
    Session header(Session session = {}) const;
    // True when the fields say the same as `session`'s header.
    bool sameAs(const Session &session) const;

    void addRow(const QString &label, QWidget *field);
    // The booked length: the planning dialog proposes it from the agenda.
    QSpinBox *lengthEdit() const { return m_length; }

Q_SIGNALS:
    // A field was left after a change (Enter or focus out).
    void edited();

private:
    QFormLayout *m_form;
    QLineEdit *m_title;
    QDateTimeEdit *m_start;
    QSpinBox *m_length;
    QLineEdit *m_place;
    QLineEdit *m_video;
};

} // namespace Comite
