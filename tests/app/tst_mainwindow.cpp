// SPDX-License-Identifier: GPL-3.0-or-later
// The planner window driven through its real widgets (offscreen).
#include "gui/editactions.h"
#include "gui/fileactions.h"
#include "gui/mainwindow.h"
#include "charts/dashboard.h"
#include "views/componentform.h"
#include "views/editorpanel.h"
#include "views/stagenavigator.h"

#include "../models/referencefixture.h"
#include "../models/sampleproject.h"

#include "document/projectdocument.h"
#include "tolerance.h"
#include "io/projectwriter.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace greenprint;

namespace {

/**
 * Closes the next modal message box with `button`, remembering its text
 * (Okular's closedialoghelper idea): polls until a QMessageBox is active.
 */
class MessageBoxCloser : public QObject
{
public:
    explicit MessageBoxCloser(QMessageBox::StandardButton button)
        : m_button(button)
    {
        QTimer::singleShot(0, this, &MessageBoxCloser::poll);
    }

    bool seen() const { return m_seen; }
    QString text() const { return m_text; }

private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(10, this, &MessageBoxCloser::poll);
            return;
        }
        m_seen = true;
        m_text = box->text() + u'\n' + box->informativeText();
        if (QAbstractButton *b = box->button(m_button))
            b->click();
        else
            box->reject();
    }

    QMessageBox::StandardButton m_button;
    bool m_seen = false;
    QString m_text;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void changeCountUpdatesTotal();
    void undoAndRedoThroughTheMenu();
    void openEditSaveReopen();
    void invalidFileShowsErrorsAndKeepsProject();
    void titleShowsModified();
    void closeWithUnsavedChangesAsks();
    void addDuplicateRemoveComponents();
    void goToFieldFocusesEditor();

private:
    QString writeSample(const QString &name);
    QSpinBox *countBox() const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("greenprint-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>(test::makeReferenceFixture());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window->document()->undoStack()->setClean(); // no "unsaved changes" question on close
    m_window.reset();
}

QString TestMainWindow::writeSample(const QString &name)
{
    const QString path = m_dir.filePath(name);
    ProjectWriter writer;
    if (!writer.writeFile(test::makeSampleProject(), path))
        qWarning() << writer.errorString();
    return path;
}

QSpinBox *TestMainWindow::countBox() const
{
    return m_window->editorPanel()->componentForm(ComponentType::Compute)
        ->findChild<QSpinBox *>(QStringLiteral("count"));
}

void TestMainWindow::changeCountUpdatesTotal()
{
    QVERIFY(m_window->openFile(writeSample(QStringLiteral("count.greenprint"))));
    m_window->navigator()->selectComponent({2, 0}); // Train: 2 x test.gpu
    QSpinBox *count = countBox();
    QVERIFY(count);
    QTRY_VERIFY(count->isVisible());
    QCOMPARE(count->value(), 2);

    QLabel *carbon = m_window->dashboard()->carbonLabel();
    const QString before = carbon->text();
    QVERIFY(before.contains(QStringLiteral("CO2e")));
    count->setFocus();
    count->selectAll();
    QTest::keyClicks(count, QStringLiteral("12"));
    QTRY_COMPARE(count->value(), 12);
    QTRY_VERIFY(carbon->text() != before);
    QCOMPARE(std::get<ComputeSpec>(m_window->document()->component({2, 0})->spec).count, 12);
    // Typing "1" then "12" is one undo step.
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    QCOMPARE(m_window->document()->undoStack()->undoText(),
             QStringLiteral("Change instance count"));
}

void TestMainWindow::undoAndRedoThroughTheMenu()
{
    QVERIFY(m_window->openFile(writeSample(QStringLiteral("undo.greenprint"))));
    m_window->navigator()->selectComponent({2, 0});
    QSpinBox *count = countBox();
    QLabel *carbon = m_window->dashboard()->carbonLabel();
    const QString before = carbon->text();
    count->setValue(7);
    const QString after = carbon->text();
    QVERIFY(after != before);

    QAction *undo = m_window->editActions()->undoAction();
    QAction *redo = m_window->editActions()->redoAction();
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Change instance count"));
    undo->trigger();
    QCOMPARE(count->value(), 2);
    QCOMPARE(carbon->text(), before);
    QVERIFY(!m_window->document()->isModified());
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(count->value(), 7);
    QCOMPARE(carbon->text(), after);

    // The standard shortcut reaches the same action.
    m_window->navigator()->view()->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QTRY_COMPARE(count->value(), 2);
}

void TestMainWindow::openEditSaveReopen()
{
    const QString path = writeSample(QStringLiteral("reopen.greenprint"));
    QVERIFY(m_window->openFile(path));
    m_window->navigator()->selectComponent({2, 0});
    auto *hours = m_window->editorPanel()->componentForm(ComponentType::Compute)
                      ->findChild<QDoubleSpinBox *>(QStringLiteral("hours"));
    QVERIFY(hours);
    hours->setValue(33.5);
    QVERIFY(m_window->document()->isModified());
    QVERIFY(m_window->fileActions()->save());
    QVERIFY(!m_window->document()->isModified());

    MainWindow other(test::makeReferenceFixture());
    QVERIFY(other.openFile(path));
    GP_COMPARE_NEAR(std::get<ComputeSpec>(other.document()->component({2, 0})->spec).hours, 33.5,
                    1e-12, 0.0);
    QCOMPARE(other.dashboard()->carbonLabel()->text(),
             m_window->dashboard()->carbonLabel()->text());
}

void TestMainWindow::invalidFileShowsErrorsAndKeepsProject()
{
    QVERIFY(m_window->openFile(writeSample(QStringLiteral("keep.greenprint"))));
    const Project before = m_window->document()->project();
    const QString path = m_dir.filePath(QStringLiteral("broken.greenprint"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "greenprint-project", "formatVersion": 1, "name": 7,
                  "region": "r-a", "stages": 3})");
    file.close();

    MessageBoxCloser closer(QMessageBox::Ok);
    QVERIFY(!m_window->openFile(path));
    QVERIFY(closer.seen());
    QVERIFY2(closer.text().contains(QStringLiteral("name")), qPrintable(closer.text()));
    QVERIFY2(closer.text().contains(QStringLiteral("stages")), qPrintable(closer.text()));
    QVERIFY(m_window->document()->project() == before);
    QVERIFY(m_window->document()->filePath().endsWith(QStringLiteral("keep.greenprint")));
}

void TestMainWindow::titleShowsModified()
{
    QVERIFY(m_window->openFile(writeSample(QStringLiteral("title.greenprint"))));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("title.greenprint[*]")));
    QVERIFY(!m_window->isWindowModified());
    m_window->navigator()->selectComponent({2, 0});
    countBox()->setValue(3);
    QVERIFY(m_window->isWindowModified());
    m_window->document()->undo();
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::closeWithUnsavedChangesAsks()
{
    QVERIFY(m_window->openFile(writeSample(QStringLiteral("close.greenprint"))));
    m_window->navigator()->selectComponent({2, 0});
    countBox()->setValue(4);
    {
        MessageBoxCloser closer(QMessageBox::Cancel);
        QVERIFY(!m_window->close());
        QVERIFY(closer.seen());
        QVERIFY(m_window->isVisible());
    }
    {
        MessageBoxCloser closer(QMessageBox::Discard);
        QVERIFY(m_window->close());
        QVERIFY(closer.seen());
    }
}

void TestMainWindow::addDuplicateRemoveComponents()
{
    QVERIFY(m_window->openFile(writeSample(QStringLiteral("add.greenprint"))));
    m_window->navigator()->selectComponent({2, 0});
    EditActions *edit = m_window->editActions();
    const auto stageSize = [this] {
        return m_window->document()->project().stages[2].components.size();
    };
    edit->duplicateAction()->trigger();
    QCOMPARE(stageSize(), size_t(4));
    QCOMPARE(m_window->navigator()->currentComponent(), (ComponentRef{2, 1}));
    edit->addComponent(int(ComponentType::Storage));
    QCOMPARE(stageSize(), size_t(5));
    QCOMPARE(m_window->navigator()->currentComponent(), (ComponentRef{2, 2}));
    QCOMPARE(
            m_window->editorPanel()->currentForm(),
            static_cast<QWidget *>(m_window->editorPanel()->componentForm(ComponentType::Storage)));
    edit->removeAction()->trigger();
    QCOMPARE(stageSize(), size_t(4));
    edit->moveDownAction()->trigger();
    QCOMPARE(m_window->document()->undoStack()->count(), 4);
    for (int i = 0; i < 4; ++i)
        m_window->document()->undo();
    QVERIFY(m_window->document()->project().stages[2] == test::makeSampleProject().stages[2]);
}

void TestMainWindow::goToFieldFocusesEditor()
{
    QVERIFY(m_window->openFile(writeSample(QStringLiteral("goto.greenprint"))));
    QApplication::setActiveWindow(m_window.get());
    m_window->goToField(QStringLiteral("stages[3].components[0].utilization"));
    QCOMPARE(m_window->navigator()->currentComponent(), (ComponentRef{3, 0}));
    QWidget *utilization = m_window->editorPanel()->componentForm(ComponentType::Endpoint)
                               ->findChild<QWidget *>(QStringLiteral("utilization"));
    QTRY_VERIFY(utilization->hasFocus());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
