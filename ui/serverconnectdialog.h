#pragma once
// Asks for a shared server's address (postgresql://USER@HOST:PORT/DBNAME,
// recent ones offered) and, if needed, a password that is used for this
// connection only and never stored.

#include <QDialog>

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
    void accept() override;

    QComboBox *addressField() const { return m_address; }
    QLineEdit *passwordField() const { return m_password; }

private:
    QComboBox *m_address;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace Comite
