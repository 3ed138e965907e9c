#pragma once
// The first-run screen: start with an empty portfolio, the demo portfolio,
// or an import from beta.gouv.fr.

#include <QWidget>

class QPushButton;

namespace Comite {

class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    QPushButton *emptyButton() const { return m_empty; }
    QPushButton *demoButton() const { return m_demo; }
    QPushButton *importButton() const { return m_import; }

Q_SIGNALS:
    void emptyChosen();
    void demoChosen();
    void importChosen();

private:
    QPushButton *m_empty;
    QPushButton *m_demo;
    QPushButton *m_import;
};

} // namespace Comite
