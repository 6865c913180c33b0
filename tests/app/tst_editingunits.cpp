// SPDX-License-Identifier: GPL-3.0-or-later
// Editing as plans are described. Sizes typed with their unit, duplicates
// numbered "… (2)", through the window's own forms and actions.
#include "gui/editactions.h"
#include "gui/mainwindow.h"
#include "views/componentform.h"
#include "views/editorpanel.h"
#include "views/elidedlabel.h"
#include "views/sizespinbox.h"
#include "views/stagenavigator.h"

#include "strictqtest.h"
#include "windowfixture.h"

#include "document/liveestimate.h"
#include "domain/estimate.h"
#include "document/projectdocument.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

class TestEditingUnits : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void parsesSizes_data();
    void parsesSizes();
    void typedUnitsBecomeGigabytes_data();
    void typedUnitsBecomeGigabytes();
    void duplicatesAreNumbered();
    void longNameKeepsTheFormInPlace();
    void notebookCountInTheForm();
    void recurrenceInTheForm();
    void endpointTrafficPerMonth();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestEditingUnits::initTestCase()
{
    test::useTestLocations(u"tst_editingunits"_s);
}

void TestEditingUnits::init()
{
    StrictTestCase::init();
    QVERIFY(test::openWindow(m_window));
}

void TestEditingUnits::cleanup()
{
    test::closeWindow(m_window);
}

void TestEditingUnits::parsesSizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<double>("gigabytes"); // -1: not a size
    // AWS's billing units: 1 GB = 2^30 bytes, so 1 TB = 1024 GB (S3 FAQs' billing example).
    QTest::newRow("plain number is GB") << u"500"_s << u"en"_s << 500.0;
    QTest::newRow("GB") << u"500 GB"_s << u"en"_s << 500.0;
    QTest::newRow("2 TB") << u"2 TB"_s << u"en"_s << 2048.0;
    QTest::newRow("2TB, no space") << u"2TB"_s << u"en"_s << 2048.0;
    QTest::newRow("lower case") << u"2 tb"_s << u"en"_s << 2048.0;
    QTest::newRow("TiB is TB") << u"2 TiB"_s << u"en"_s << 2048.0;
    QTest::newRow("1.5 PB") << u"1.5 PB"_s << u"en"_s << 1.5 * 1024.0 * 1024.0;
    QTest::newRow("512 MB") << u"512 MB"_s << u"en"_s << 0.5;
    QTest::newRow("German decimal comma") << u"1,5 TB"_s << u"de"_s << 1536.0;
    QTest::newRow("the box's suffix") << u"300 GB/month"_s << u"en"_s << 300.0;
    QTest::newRow("unit per month") << u"1 TB/month"_s << u"en"_s << 1024.0;
    QTest::newRow("unknown unit") << u"2 XB"_s << u"en"_s << -1.0;
    QTest::newRow("no number") << u"TB"_s << u"en"_s << -1.0;
    QTest::newRow("negative") << u"-2 TB"_s << u"en"_s << -1.0;
}

void TestEditingUnits::parsesSizes()
{
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(double, gigabytes);
    const std::optional<double> gb =
        SizeSpinBox::parseGigabytes(text, QLocale(locale), u" GB/month"_s);
    if (gigabytes < 0) {
        QVERIFY2(!gb, qPrintable(QString::number(gb.value_or(0))));
        return;
    }
    QVERIFY(gb);
    QCOMPARE(*gb, gigabytes);
}

void TestEditingUnits::typedUnitsBecomeGigabytes_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("key");
    QTest::newRow("storage size") << 0 << 1 << int(ComponentType::Storage) << u"sizeGB"_s;
    QTest::newRow("logs per month") << 2 << 3 << int(ComponentType::Logs) << u"gbPerMonth"_s;
}

// Typing "2 TB" into the size field of the window's form stores 2048 GB and shows it.
void TestEditingUnits::typedUnitsBecomeGigabytes()
{
    QFETCH(int, stage);
    QFETCH(int, index);
    QFETCH(int, type);
    QFETCH(QString, key);
    m_window->navigator()->selectComponent({stage, index});
    const ComponentSpec before = m_window->document()->component({stage, index})->spec;
    ComponentForm *form = m_window->editorPanel()->componentForm(ComponentType(type));
    auto *box = form->findChild<SizeSpinBox *>(key);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, u"2 TB"_s);
    QTest::keyClick(box, Qt::Key_Return);
    const Component *c = m_window->document()->component({stage, index});
    const double stored = type == int(ComponentType::Storage)
        ? std::get<StorageSpec>(c->spec).sizeGB
        : std::get<LogsSpec>(c->spec).gbPerMonth;
    QCOMPARE(stored, 2048.0);
    QCOMPARE(box->value(), 2048.0);
    QVERIFY2(box->text().startsWith(u"2048"_s), qPrintable(box->text())); // shown in GB
    while (m_window->document()->undoStack()->canUndo())
        m_window->document()->undoStack()->undo();
    QVERIFY(m_window->document()->component({stage, index})->spec == before);
}

// Edit > Duplicate, three times: "… (2)", "… (3)", "… (4)", never "Copy of Copy of …".
void TestEditingUnits::duplicatesAreNumbered()
{
    m_window->navigator()->selectComponent({1, 1});
    const QString name = m_window->document()->component({1, 1})->name;
    QAction *duplicate = m_window->editActions()->duplicateAction();
    QVERIFY(duplicate);
    for (int i = 0; i < 3; ++i) {
        m_window->navigator()->selectComponent({1, 1});
        duplicate->trigger();
    }
    QStringList names;
    for (const Component &c : m_window->document()->project().stages[1].components)
        names << c.name;
    QCOMPARE(names.size(), 5);
    QVERIFY2(names.contains(name + u" (2)"_s) && names.contains(name + u" (3)"_s)
                 && names.contains(name + u" (4)"_s),
             qPrintable(names.join(u" | ")));
    for (const QString &n : names)
        QVERIFY2(!n.contains(u"Copy of"_s), qPrintable(n));
}

// Typing a long name must not move the form under the cursor: the heading above it stays one
// line (elided in the middle, the whole name as its tooltip), so the next field is where the
// user saw it. A wrapped heading used to push every field down by a line mid-edit.
void TestEditingUnits::longNameKeepsTheFormInPlace()
{
    const ComponentRef etl{0, 0};
    m_window->navigator()->selectComponent(etl);
    ComponentForm *form = m_window->editorPanel()->componentForm(ComponentType::Compute);
    auto *heading = m_window->editorPanel()->findChild<ElidedLabel *>(u"editorHeading"_s);
    auto *name = form->findChild<QLineEdit *>(u"name"_s);
    QVERIFY(heading && name);
    QTRY_VERIFY(name->isVisible());
    const QPoint nameBefore = name->mapTo(m_window.get(), QPoint());
    const int headingHeight = heading->height();

    const QString longName =
        u"Weekly 2 TB ETL on two m7g.4xlarge, three hours a week for a whole year, "
        "reading the raw support tickets from S3 and writing the curated features back"_s;
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, longName);
    QTest::keyClick(name, Qt::Key_Tab);
    QCOMPARE(m_window->document()->component(etl)->name, longName);
    QTRY_VERIFY(heading->fullText().contains(longName));
    QVERIFY(heading->isElided());
    QVERIFY(heading->toolTip().contains(longName));
    QCOMPARE(heading->height(), headingHeight);
    QCOMPARE(name->mapTo(m_window.get(), QPoint()), nameBefore);
}

// Four scientists: the notebook form's Count, not four copies. The component's energy is four
// times one notebook's, shown at once, and the change is one undo step.
void TestEditingUnits::notebookCountInTheForm()
{
    m_window->navigator()->selectComponent({1, 1});
    ComponentForm *form = m_window->editorPanel()->componentForm(ComponentType::Notebook);
    auto *count = form->findChild<QSpinBox *>(u"count"_s);
    QVERIFY(count);
    QTRY_VERIFY(count->isVisible());
    QCOMPARE(count->value(), 1);
    LiveEstimate *live = m_window->liveEstimate();
    QVERIFY(live);
    const double oneKWh = live->component(1, 1)->footprint.energy.kWh;
    QVERIFY(oneKWh > 0.0);
    count->setValue(4);
    QCOMPARE(std::get<NotebookSpec>(m_window->document()->component({1, 1})->spec).count, 4);
    QTRY_VERIFY(qAbs(live->component(1, 1)->footprint.energy.kWh - 4.0 * oneKWh) < 1e-9 * oneKWh);
    m_window->document()->undoStack()->undo();
    QCOMPARE(std::get<NotebookSpec>(m_window->document()->component({1, 1})->spec).count, 1);
    QCOMPARE(count->value(), 1);
}

// A weekly job for a year: the compute form's Runs and For, no multiplying by hand. The energy
// is 8760 / 168 = 52.142857 times one run's; each change is one undo step.
void TestEditingUnits::recurrenceInTheForm()
{
    const ComponentRef etl{0, 0};
    m_window->navigator()->selectComponent(etl);
    ComponentForm *form = m_window->editorPanel()->componentForm(ComponentType::Compute);
    auto *every = form->findChild<QComboBox *>(u"recurrence.every"_s);
    auto *months = form->findChild<QDoubleSpinBox *>(u"recurrence.months"_s);
    auto *runs = form->findChild<QLabel *>(u"recurrence.runs"_s);
    QVERIFY(every && months && runs);
    QTRY_VERIFY(every->isVisible());
    QCOMPARE(every->currentIndex(), 0); // once
    QVERIFY(!months->isVisible());
    const auto spec = [this, etl] {
        return std::get<ComputeSpec>(m_window->document()->component(etl)->spec);
    };
    LiveEstimate *live = m_window->liveEstimate();
    const double onceKWh = live->component(0, 0)->footprint.energy.kWh;
    QVERIFY(onceKWh > 0.0);

    every->setCurrentIndex(2); // every week
    QVERIFY(spec().recurrence);
    QCOMPARE(spec().recurrence->every, RecurrencePeriod::Week);
    QCOMPARE(spec().recurrence->months, 12.0);
    QTRY_VERIFY(months->isVisible());
    QCOMPARE(months->value(), 12.0);
    QCOMPARE(runs->text(), u"52.1 runs"_s);
    QTRY_VERIFY(qAbs(live->component(0, 0)->footprint.energy.kWh - 8760.0 / 168.0 * onceKWh)
                < 1e-9 * onceKWh);

    months->setValue(6.0);
    QCOMPARE(spec().recurrence->months, 6.0);
    QCOMPARE(runs->text(), u"26.1 runs"_s);
    QTRY_VERIFY(qAbs(live->component(0, 0)->footprint.energy.kWh - 4380.0 / 168.0 * onceKWh)
                < 1e-9 * onceKWh);

    m_window->document()->undoStack()->undo();
    QCOMPARE(spec().recurrence->months, 12.0);
    m_window->document()->undoStack()->undo();
    QVERIFY(!spec().recurrence);
    QCOMPARE(every->currentIndex(), 0);
    QTRY_VERIFY(!months->isVisible());
    QTRY_VERIFY(qAbs(live->component(0, 0)->footprint.energy.kWh - onceKWh) < 1e-9 * onceKWh);
}

// The example's endpoint states 24 million requests over 8760 h: the form shows them as what
// they are, 2 million a month. Typing 4 million a month states the rate (the file then says
// requestsPerMonth) and the endpoint serves 48 million; undo restores the total as it was.
void TestEditingUnits::endpointTrafficPerMonth()
{
    const ComponentRef endpoint{3, 0};
    m_window->navigator()->selectComponent(endpoint);
    ComponentForm *form = m_window->editorPanel()->componentForm(ComponentType::Endpoint);
    auto *perMonth = form->findChild<QDoubleSpinBox *>(u"work.requestsPerMonth"_s);
    QVERIFY(perMonth);
    QVERIFY(!form->findChild<QDoubleSpinBox *>(u"work.requests"_s));
    QTRY_VERIFY(perMonth->isVisible());
    QVERIFY2(perMonth->suffix().contains(u"month"_s), qPrintable(perMonth->suffix()));
    QCOMPARE(perMonth->value(), 2.0);
    const auto spec = [this, endpoint] {
        return std::get<EndpointSpec>(m_window->document()->component(endpoint)->spec);
    };
    QVERIFY(!spec().work->requestsPerMonth);
    QCOMPARE(spec().servedWork()->requests, 24e6);

    perMonth->setValue(4.0);
    QVERIFY(spec().work->requestsPerMonth);
    QCOMPARE(spec().work->requests, 4e6);
    QCOMPARE(spec().servedWork()->requests, 48e6);

    m_window->document()->undoStack()->undo();
    QVERIFY(!spec().work->requestsPerMonth);
    QCOMPARE(spec().work->requests, 24e6);
    QCOMPARE(perMonth->value(), 2.0);
}

QTEST_MAIN(TestEditingUnits)
#include "tst_editingunits.moc"
