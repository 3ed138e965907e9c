#pragma once
// Writes a pitch on the template « Permettre à … d'obtenir … grâce à …
// afin de … » from its four parts, with a live preview.

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Comite {

class PitchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PitchDialog(const QString &current, QWidget *parent = nullptr);
    QString sentence() const;

private:
    void updatePreview();
    QLineEdit *m_targets;
    QLineEdit *m_benefits;
    QLineEdit *m_means;
    QLineEdit *m_goal;
    QLabel *m_preview;
};

} // namespace Comite
