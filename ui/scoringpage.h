#pragma once
// The sponsor arbitration grid of a session, product by product: each
// voting member scores the ten questions 0–5 with an optional comment; the
// chair reads the mean and spread of each question and group and who has
// not scored yet.

#include "storage/workspace.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Comite {

class ScoreModel;

class ScoringPage : public QWidget
{
    Q_OBJECT
public:
    ScoringPage(Workspace &workspace, qint64 sessionId, QWidget *parent = nullptr);

    ScoreModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *productBox() const { return m_product; }
    QLineEdit *commentEdit() const { return m_comment; }
    QLabel *missingLabel() const { return m_missing; }
    void showProduct(qint64 productId);

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    void loadProducts();
    void updateMissing();
    void showComment();
    void commitComment();

    Workspace &m_workspace;
    qint64 m_sessionId;
    QComboBox *m_product;
    ScoreModel *m_model;
    QTableView *m_table;
    QLineEdit *m_comment;
    QLabel *m_missing;
};

} // namespace Comite
