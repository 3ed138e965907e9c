#pragma once
// Asks for a shared server's address (postgresql://USER@HOST:PORT/DBNAME,
// recent ones offered) and, if needed, a password that is used for this
// connection only and never stored.

#include "domain/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Comite {

class ServerConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerConnectDialog(const QStringList &recent, QWidget *parent = nullptr);
    QString address() const;
    QString password() const;
    // Tries the connection when the user confirms; on failure the dialog
    // stays open with the reason and what was typed. Without a connector
    // it only checks the address.
    using Connector = std::function<Result<void>(const QString &address, const QString &password)>;
    void setConnector(Connector connector) { m_connector = std::move(connector); }
    void accept() override;

    QComboBox *addressField() const { return m_address; }
    QLineEdit *passwordField() const { return m_password; }

private:
    QComboBox *m_address;
    QLineEdit *m_password;
    QLabel *m_error;
    Connector m_connector;
};

} // namespace Comite
