#include "serverconnectdialog.h"

#include "storage/serverlocation.h"
#include "warningdelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Comite {

ServerConnectDialog::ServerConnectDialog(const QStringList &recent, QWidget *parent)
    : QDialog(parent), m_address(new QComboBox(this)), m_password(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Connect to a server"));
    m_address->setEditable(true);
    m_address->addItems(recent);
    m_address->lineEdit()->setPlaceholderText(QStringLiteral("postgresql://prenom.nom@serveur:5432/incubateur"));
    m_address->setAccessibleName(tr("Server address"));
    m_address->setMinimumWidth(fontMetrics().averageCharWidth() * 55);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("Leave empty to use PGPASSWORD or ~/.pgpass"));
    m_error->setObjectName(QStringLiteral("connectionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(WarningDelegate::warningColor(palette()).name()));
    m_error->hide();
    auto *hint = new QLabel(tr("The password is used for this connection only; Comité never stores it."), this);
    hint->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(hint);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ServerConnectDialog::address() const
{
    return m_address->currentText().trimmed();
}

QString ServerConnectDialog::password() const
{
    return m_password->text();
}

void ServerConnectDialog::accept()
{
    QString error;
    if (!ServerLocation::parse(address(), &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    if (m_connector) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Result<void> connected = m_connector(address(), password());
        QApplication::restoreOverrideCursor();
        if (!connected) {
            m_error->setText(connected.error().message);
            m_error->setToolTip(connected.error().detail);
            m_error->show();
            m_password->selectAll();
            m_address->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace Comite
