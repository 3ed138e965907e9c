#pragma once
// Edits an indicator's definition: name, kind, matrix principle, unit,
// direction, method and source, North Star, and the mandatory matrix
// indicator it fills (which sets its principle). Checks the definition
// with Edit::indicatorProblems before closing; the caller saves it.

#include "storage/workspace.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Comite {

class IndicatorDialog : public QDialog
{
    Q_OBJECT
public:
    IndicatorDialog(Workspace &workspace, const Indicator &indicator, QWidget *parent = nullptr);

    Indicator indicator() const;
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *principleBox() const { return m_principle; }
    QComboBox *mandatoryBox() const { return m_mandatory; }
    QCheckBox *northStarBox() const { return m_northStar; }
    QLineEdit *unitEdit() const { return m_unit; }
    QLabel *problemLabel() const { return m_problems; }

    void accept() override;

private:
    void mandatoryChosen();
    Workspace &m_workspace;
    Indicator m_indicator;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_principle;
    QComboBox *m_mandatory;
    QLineEdit *m_unit;
    QComboBox *m_direction;
    QPlainTextEdit *m_method;
    QCheckBox *m_northStar;
    QLabel *m_problems;
};

} // namespace Comite
