// The whole committee day from the keyboard alone, as a facilitator plays
// it: keys go to the widget that has the focus, in windows shown and
// active. Open the demo from the welcome screen; plan a session (search two
// products, name the chair, portfolio manager and secretary); on the day,
// run it (F5), start the timer (Space) and move through every item (→);
// close the facilitator (Ctrl+W); score both products for every voting
// member; decide both (one without an amount, which asks first); close the
// session; export the deliberation as Markdown and read it back.

#include "decisiondialog.h"
#include "decisionspage.h"
#include "facilitatorwindow.h"
#include "itemmodels/scoremodel.h"
#include "mainwindow.h"
#include "scoringpage.h"
#include "sessiondialog.h"
#include "sessioneditor.h"
#include "sessionproductpicker.h"
#include "sessionswindow.h"
#include "testsupport.h"
#include "welcomepage.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QLabel>
#include <QSpinBox>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Comite;

class TestCommitteeDay : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(Test::fixedToday, QTime(9, 0))};
    std::unique_ptr<MainWindow> m_main;

    Workspace &ws() { return *m_main->workspace(); }

    // The windows that opened a modal dialog still open, innermost last.
    static QList<QPointer<QWidget>> &openers()
    {
        static QList<QPointer<QWidget>> list;
        return list;
    }
    // A modal dialog closed: the window manager gives the window under it
    // back the activation (the offscreen platform does not).
    static void reactivate()
    {
        if (QApplication::activeWindow())
            return;
        while (!openers().isEmpty() && (!openers().last() || !openers().last()->isVisible()))
            openers().removeLast();
        if (!openers().isEmpty()) {
            QWidget *window = openers().last();
            window->activateWindow();
            QTRY_COMPARE(QApplication::activeWindow(), window);
        }
    }
    static QWidget *focus()
    {
        reactivate();
        QWidget *w = QApplication::focusWidget();
        return w ? w : QApplication::activeWindow();
    }
    static void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QWidget *target = focus();
        QVERIFY2(target, "no window has the focus");
        QTest::keyClick(target, k, m);
        // Between two keys the event loop runs, as it does for a person
        // (an item view commits its editor on Enter through a queued call).
        QCoreApplication::processEvents();
    }
    static void type(const QString &text)
    {
        QWidget *target = focus();
        QVERIFY2(target, "no window has the focus");
        QTest::keyClicks(target, text);
        QCoreApplication::processEvents();
    }
    // Tab until `reached` says so (a person tabbing to a control).
    template<typename Pred>
    static bool tabTo(Pred reached, int most = 60)
    {
        for (int i = 0; i < most; ++i) {
            if (reached(QApplication::focusWidget()))
                return true;
            key(Qt::Key_Tab);
        }
        return reached(QApplication::focusWidget());
    }
    static bool activate(QWidget *window)
    {
        window->activateWindow();
        return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
    }
    // Sends the keys of `open`, then runs `keys` once the modal dialog of
    // type T they open is up and active, and returns when it is closed. A
    // button's mnemonic clicks it a moment later (animateClick), so the
    // dialog is waited for rather than expected at once; a dialog counts as
    // active as soon as its parent is, so the application's active window
    // is waited for. A failure closes the dialog so the test ends instead
    // of waiting on it.
    template<typename T>
    static void openModal(const std::function<void()> &open, const std::function<void(T *)> &keys)
    {
        auto handled = std::make_shared<bool>(false);
        auto *poll = new QTimer;
        poll->setInterval(5);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, handled, keys] {
            QPointer<T> dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->stop();
            poll->deleteLater();
            [&] {
                if (QWidget *parent = dialog->parentWidget())
                    openers().append(parent->window());
                QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog.data()));
                keys(dialog);
            }();
            if (QTest::currentTestFailed() && dialog && dialog->isVisible())
                dialog->reject();
            *handled = true;
        });
        poll->start();
        open();
        QTRY_VERIFY2(*handled, T::staticMetaObject.className());
        if (!*handled)
            delete poll;
        QTRY_VERIFY(!qobject_cast<T *>(QApplication::activeModalWidget()));
    }

    // Scores every voting member of the product shown, question by question.
    void scoreProduct(ScoringPage *page, int score)
    {
        auto *table = page->findChild<QTableView *>();
        QVERIFY(tabTo([table](QWidget *w) { return w == table; }));
        const QAbstractItemModel *model = table->model();
        for (int column = ScoreModel::QuestionColumn + 1; column < model->columnCount(); ++column) {
            key(Qt::Key_Home, Qt::ControlModifier);  // the first question…
            for (int c = 0; c < column; ++c)
                key(Qt::Key_Right);  // …of this member
            QCOMPARE(table->currentIndex().column(), column);
            for (int row = 0; row < model->rowCount(); ++row) {
                type(QString::number(score));
                key(Qt::Key_Return);
                key(Qt::Key_Down);
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void theWholeDay()
    {
        m_main = std::make_unique<MainWindow>(m_clock);
        m_main->show();
        QVERIFY(activate(m_main.get()));
        QVERIFY(m_main->openDatabase(m_dir.filePath(QStringLiteral("day.sqlite"))));
        QVERIFY(m_main->isWelcomeShown());

        // 1. The demo, from the welcome screen.
        QPushButton *demo = m_main->welcome()->demoButton();
        QVERIFY(tabTo([demo](QWidget *w) { return w == demo; }));
        key(Qt::Key_Space);
        QVERIFY(!m_main->isWelcomeShown());
        QVERIFY(ws().products().summaries().size() > 10);

        // 2. A session planned two weeks ahead.
        openModal<SessionDialog>([] { key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier); }, [](SessionDialog *dialog) {
            QCOMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit *>(QStringLiteral("sessionTitle")));
            type(QStringLiteral("Comite de decembre"));
            key(Qt::Key_R, Qt::AltModifier);  // P&roducts: the search field
            type(QStringLiteral("velo"));
            QCOMPARE(dialog->productPicker()->visibleCount(), 1);  // Vélo pour tous
            QVERIFY(tabTo([dialog](QWidget *w) { return w == dialog->productList(); }));
            key(Qt::Key_Down);
            key(Qt::Key_Space);
            key(Qt::Key_R, Qt::AltModifier);
            key(Qt::Key_A, Qt::ControlModifier);
            type(QStringLiteral("devoirs"));
            QVERIFY(tabTo([dialog](QWidget *w) { return w == dialog->productList(); }));
            // The checked product stays listed: down to the new match.
            key(Qt::Key_Home);
            while (dialog->productList()->currentItem()->checkState() == Qt::Checked)
                key(Qt::Key_Down);
            key(Qt::Key_Space);
            QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("sessionLength"))->value(), 110);
            key(Qt::Key_H, Qt::AltModifier);
            type(QStringLiteral("Anne Leroy"));
            key(Qt::Key_M, Qt::AltModifier);
            type(QStringLiteral("Paul Martin"));
            key(Qt::Key_Y, Qt::AltModifier);
            type(QStringLiteral("David Roux"));
            key(Qt::Key_S, Qt::AltModifier);  // Plan the &session
        });
        SessionsWindow *sessions = m_main->sessionsWindow();
        QVERIFY(sessions);
        const qint64 id = sessions->currentSessionId();
        QVERIFY(id > 0);
        Session s = *ws().sessions().load(id);
        QCOMPARE(s.products.size(), 2);
        QCOMPARE(s.title, QStringLiteral("Comite de decembre"));
        QVERIFY(s.participants.size() >= 5);  // chair, manager, secretary, intrapreneurs, sponsors
        QCOMPARE(s.agenda.size(), 8);

        // 3. The committee day: run the session, every item from the keys.
        m_clock.set(QDateTime(s.date(), QTime(13, 58)));
        QVERIFY(activate(sessions));
        key(Qt::Key_F5);
        FacilitatorWindow *facilitator = sessions->facilitator();
        QVERIFY(facilitator);
        QVERIFY(activate(facilitator));
        QCOMPARE(QApplication::focusWidget(), facilitator->timerArea());
        key(Qt::Key_Space);
        for (int i = 0; i < s.agenda.size(); ++i) {
            QCOMPARE(facilitator->timer()->currentIndex(), i);
            m_clock.advanceMSecs(qint64(s.agenda[i].plannedMinutes) * 60 * 1000);
            facilitator->refresh();
            key(Qt::Key_Right);
        }
        QCOMPARE(facilitator->timer()->state(), SessionTimer::State::Finished);
        // Started two minutes early, every item on time: ended early.
        QVERIFY2(facilitator->endLabel()->text().startsWith(QStringLiteral("Ended at 15:48 · planned 15:50 (2 min early)")),
                 qPrintable(facilitator->endLabel()->text()));
        key(Qt::Key_W, Qt::ControlModifier);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!sessions->facilitator());
        s = *ws().sessions().load(id);
        QCOMPARE(s.status, SessionStatus::Running);
        for (const AgendaItem &item : s.agenda)
            QCOMPARE(item.actualSeconds, std::optional<int>(item.plannedMinutes * 60));

        // 4. Scores: the Scores page, every voting member, both products.
        QVERIFY(activate(sessions));
        SessionEditor *editor = sessions->editor();
        QVERIFY(tabTo([editor](QWidget *w) { return w && editor->isAncestorOf(w); }));
        key(Qt::Key_O, Qt::AltModifier);  // Sc&ores
        QCOMPARE(editor->currentWidget(), editor->scoring());
        scoreProduct(editor->scoring(), 4);
        auto *product = editor->scoring()->findChild<QComboBox *>();
        QVERIFY(tabTo([product](QWidget *w) { return w == product; }));
        key(Qt::Key_Down);
        scoreProduct(editor->scoring(), 3);
        s = *ws().sessions().load(id);
        for (const SessionProduct &p : s.products)
            QVERIFY2(s.grid(p.productId).isComplete(), qPrintable(p.title));

        // 5. Decisions: the first with an amount, the second without (asked).
        key(Qt::Key_D, Qt::AltModifier);
        QCOMPARE(editor->currentWidget(), editor->decisions());
        QVERIFY(tabTo([editor](QWidget *w) { return qobject_cast<QTableWidget *>(w) && editor->decisions()->isAncestorOf(w); }));
        // &Record the decision… of the first product.
        openModal<DecisionDialog>([] { key(Qt::Key_R, Qt::AltModifier); }, [](DecisionDialog *dialog) {
            QCOMPARE(dialog->optionBox()->currentIndex(), -1);  // nothing chosen yet
            key(Qt::Key_O, Qt::AltModifier);
            key(Qt::Key_Down);  // continue at the same or a higher budget
            key(Qt::Key_U, Qt::AltModifier);  // B&udget granted
            key(Qt::Key_M, Qt::AltModifier);
            key(Qt::Key_A, Qt::ControlModifier);
            type(QStringLiteral("240000"));
            key(Qt::Key_Return);
        });
        // The second product.
        openModal<DecisionDialog>([] { key(Qt::Key_Down); key(Qt::Key_R, Qt::AltModifier); }, [](DecisionDialog *) {
            key(Qt::Key_O, Qt::AltModifier);
            key(Qt::Key_Down);
            openModal<QMessageBox>([] { key(Qt::Key_Return); }, [](QMessageBox *box) {
                QVERIFY2(box->text().contains(QStringLiteral("no amount")), qPrintable(box->text()));
                key(Qt::Key_Y, Qt::AltModifier);
            });
        });
        s = *ws().sessions().load(id);
        QCOMPARE(s.decisions.size(), 2);
        QCOMPARE(s.decisionFor(s.products[0].productId)->amount, std::optional<qint64>(240000));
        QVERIFY(!s.decisionFor(s.products[1].productId)->amount);

        // 6. Close the session.
        key(Qt::Key_C, Qt::AltModifier);  // &Close the session
        QTRY_COMPARE(ws().sessions().load(id)->status, SessionStatus::Held);

        // 7. Export the deliberation (Markdown, read back).
        const QString out = m_dir.filePath(QStringLiteral("deliberation.md"));
        openModal<QDialog>([] { key(Qt::Key_E, Qt::ControlModifier); }, [out](QDialog *dialog) {
            auto *format = dialog->findChild<QComboBox *>();
            QVERIFY(format);
            key(Qt::Key_F, Qt::AltModifier);
            key(Qt::Key_Home);
            for (int i = 0; i < format->count() && format->currentData().toString() != QLatin1String("md"); ++i)
                key(Qt::Key_Down);
            QCOMPARE(format->currentData().toString(), QStringLiteral("md"));
            openModal<QFileDialog>([] { key(Qt::Key_E, Qt::AltModifier); }, [out](QFileDialog *) {
                key(Qt::Key_A, Qt::ControlModifier);
                type(out);
                key(Qt::Key_Return);
            });
        });
        QFile file(out);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(out));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("Comite de decembre")));
        QVERIFY(text.contains(QStringLiteral("Vélo pour tous")));
        QVERIFY(text.contains(QStringLiteral("Aide aux devoirs")));
        QVERIFY(text.contains(QStringLiteral("240")));
    }

    void cleanupTestCase() { m_main.reset(); }
};

QTEST_MAIN(TestCommitteeDay)
#include "tst_committeeday.moc"
