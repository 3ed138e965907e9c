#pragma once
// Edits a product's fields: title, identifier, pitch, incubator, sponsors,
// people, links and Markdown description. Every change is written at once
// through the undoable edit API; the form follows undo/redo.

#include "storage/workspace.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QTimer;

namespace Comite {

class ProductDetailsForm : public QWidget
{
    Q_OBJECT
public:
    ProductDetailsForm(Workspace &workspace, qint64 productId, QWidget *parent = nullptr);

    // Saves what is being typed (window closing, tab closing).
    void commitPending();

    QLineEdit *titleField() const { return m_title; }
    QLineEdit *slugField() const { return m_slug; }
    QPlainTextEdit *pitchField() const { return m_pitch; }
    QComboBox *incubatorField() const { return m_incubator; }
    QListWidget *sponsorList() const { return m_sponsors; }
    QPlainTextEdit *descriptionField() const { return m_description; }
    QTableWidget *linkTable() const { return m_links; }

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    void load(ProductChanges changes);
    bool commitField(ProductField field, const QVariant &value);
    void commitSponsors();
    void commitLinks();
    void composePitch();
    void filterSponsors(const QString &text);
    QWidget *buildLinks();

    Workspace &m_workspace;
    qint64 m_productId;
    bool m_loading = false;
    QLineEdit *m_title;
    QLineEdit *m_slug;
    QPlainTextEdit *m_pitch;
    QComboBox *m_incubator;
    QLineEdit *m_sponsorFilter;
    QListWidget *m_sponsors;
    QLineEdit *m_intrapreneur;
    QLineEdit *m_coach;
    QTableWidget *m_links;
    QPlainTextEdit *m_description;
    QTimer *m_idle;
    QHash<ProductField, QVariant> m_loaded;
};

} // namespace Comite
