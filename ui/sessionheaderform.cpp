#include "sessionheaderform.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace Comite {

SessionHeaderForm::SessionHeaderForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_title(new QLineEdit(this))
    , m_start(new QDateTimeEdit(this))
    , m_length(new QSpinBox(this))
    , m_place(new QLineEdit(this))
    , m_video(new QLineEdit(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_start->setCalendarPopup(true);
    m_length->setRange(0, 24 * 60);
    m_length->setSingleStep(10);
    m_length->setSuffix(tr(" min"));
    m_title->setPlaceholderText(tr("Investment committee"));
    m_place->setPlaceholderText(tr("Building, room"));
    m_video->setPlaceholderText(QStringLiteral("https://"));
    // Names for tests and accessibility tools alike.
    m_title->setObjectName(QStringLiteral("sessionTitle"));
    m_start->setObjectName(QStringLiteral("sessionStart"));
    m_length->setObjectName(QStringLiteral("sessionLength"));
    m_place->setObjectName(QStringLiteral("sessionPlace"));
    m_video->setObjectName(QStringLiteral("sessionVideo"));
    m_title->setAccessibleName(tr("Title"));
    m_start->setAccessibleName(tr("Date and time"));
    m_length->setAccessibleName(tr("Planned length"));
    m_place->setAccessibleName(tr("Place"));
    m_video->setAccessibleName(tr("Video link"));
    m_form->addRow(tr("&Title:"), m_title);
    m_form->addRow(tr("Date and t&ime:"), m_start);
    m_form->addRow(tr("Planned &length:"), m_length);
    m_form->addRow(tr("Pla&ce:"), m_place);
    m_form->addRow(tr("&Video link:"), m_video);
    setFocusProxy(m_title);

    for (QLineEdit *edit : {m_title, m_place, m_video})
        connect(edit, &QLineEdit::editingFinished, this, &SessionHeaderForm::edited);
    connect(m_start, &QDateTimeEdit::editingFinished, this, &SessionHeaderForm::edited);
    connect(m_length, &QSpinBox::editingFinished, this, &SessionHeaderForm::edited);
}

void SessionHeaderForm::setHeader(const Session &session)
{
    const QSignalBlocker b1(m_title), b2(m_start), b3(m_length), b4(m_place), b5(m_video);
    m_title->setText(session.title);
    if (!session.displayTitle().isEmpty())
        m_title->setPlaceholderText(session.displayTitle());
    m_start->setDateTime(session.startsAt);
    m_length->setValue(session.plannedMinutes);
    m_place->setText(session.place);
    m_video->setText(session.videoLink);
}

Session SessionHeaderForm::header(Session session) const
{
    session.title = m_title->text().trimmed();
    session.startsAt = m_start->dateTime();
    session.plannedMinutes = m_length->value();
    session.place = m_place->text().trimmed();
    session.videoLink = m_video->text().trimmed();
    return session;
}

bool SessionHeaderForm::sameAs(const Session &session) const
{
    const Session typed = header(session);
    return typed.title == session.title && typed.startsAt == session.startsAt
        && typed.plannedMinutes == session.plannedMinutes && typed.place == session.place
        && typed.videoLink == session.videoLink;
}

void SessionHeaderForm::addRow(const QString &label, QWidget *field)
{
    m_form->addRow(label, field);
}

} // namespace Comite
