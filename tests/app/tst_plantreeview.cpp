// SPDX-License-Identifier: GPL-3.0-or-later
// PlanTreeView (views/plantreeview.h): a change to more rows than a viewport shows repaints the
// viewport instead of asking the rectangle of every changed row; a small one is Qt's own.
#include "strictqtest.h"

#include "views/plantreeview.h"

#include <QStandardItemModel>
#include <QTest>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

namespace {

/** Counts what Qt asks of the view: visualRect() per changed row, paints of the viewport. */
class CountingTreeView : public PlanTreeView
{
public:
    using PlanTreeView::PlanTreeView;
    QRect visualRect(const QModelIndex &index) const override
    {
        ++visualRects;
        return PlanTreeView::visualRect(index);
    }
    mutable int visualRects = 0;
    int paints = 0;

protected:
    bool viewportEvent(QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return PlanTreeView::viewportEvent(event);
    }
};

} // namespace

class TestPlanTreeView : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void manyRowsRepaintTheViewport();
    void fewRowsAreQtsOwn();

private:
    /** Sets the text of rows [0, rows) of column 1 without signals, then signals them at once. */
    void changeRows(int rows);

    QStandardItemModel *m_model = nullptr;
    CountingTreeView *m_view = nullptr;
};

void TestPlanTreeView::init()
{
    constexpr int kRows = 5000;
    m_model = new QStandardItemModel(kRows, 2);
    for (int r = 0; r < kRows; ++r) {
        m_model->setItem(r, 0, new QStandardItem(u"Component %1"_s.arg(r)));
        m_model->setItem(r, 1, new QStandardItem(u"old"_s));
    }
    m_view = new CountingTreeView;
    m_view->setUniformRowHeights(true);
    m_view->setModel(m_model);
    m_view->resize(400, 300);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestPlanTreeView::cleanup()
{
    delete m_view;
    delete m_model;
}

void TestPlanTreeView::changeRows(int rows)
{
    QCoreApplication::processEvents();
    m_view->visualRects = 0;
    m_view->paints = 0;
    {
        const QSignalBlocker blocker(m_model);
        for (int r = 0; r < rows; ++r)
            m_model->item(r, 1)->setText(u"new"_s);
    }
    emit m_model->dataChanged(m_model->index(0, 1), m_model->index(rows - 1, 1));
}

void TestPlanTreeView::manyRowsRepaintTheViewport()
{
    changeRows(PlanTreeView::kRepaintViewportAboveRows + 1);
    QTRY_VERIFY(m_view->paints > 0);
    // Qt 6.4 asks visualRect() of each changed row: one per row, 1,001 here.
    QVERIFY2(m_view->visualRects < 100, qPrintable(QString::number(m_view->visualRects)));
    // The repaint reads the model again: the first row shows its new text.
    QCOMPARE(m_view->model()->index(0, 1).data().toString(), u"new"_s);
}

void TestPlanTreeView::fewRowsAreQtsOwn()
{
    changeRows(PlanTreeView::kRepaintViewportAboveRows);
    // Qt's own handling: the rectangle of each changed row.
    QVERIFY2(m_view->visualRects >= PlanTreeView::kRepaintViewportAboveRows,
             qPrintable(QString::number(m_view->visualRects)));
    QTRY_VERIFY(m_view->paints > 0);
}

QTEST_MAIN(TestPlanTreeView)
#include "tst_plantreeview.moc"
