#pragma once
// Help > About: the version, the licence, where the data is stored, and a
// link to the manual (the same facts as `comite --version`).

#include <QDialog>

namespace Comite {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

Q_SIGNALS:
    // The user followed the manual link.
    void manualRequested();
};

} // namespace Comite
