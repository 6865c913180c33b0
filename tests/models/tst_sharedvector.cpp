// SPDX-License-Identifier: GPL-3.0-or-later
// SharedVector (domain/sharedvector.h): copies share their elements until one side writes, and
// every write leaves the other copy as it was. A plan's copy for the worker thread relies on both.
#include "strictqtest.h"

#include "domain/project.h"
#include "sampleproject.h"

#include <QTest>

using namespace greenprint;

class TestSharedVector : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void copiesShareUntilOneWrites()
    {
        SharedVector<int> a{1, 2, 3};
        const SharedVector<int> b = a;
        QVERIFY(a.isSharedWith(b));
        // Reading through a const view does not copy.
        QCOMPARE(std::as_const(a)[1], 2);
        QCOMPARE(std::as_const(a).front(), 1);
        QVERIFY(a.isSharedWith(b));
        a[1] = 20;
        QVERIFY(!a.isSharedWith(b));
        QCOMPARE(a.items(), (std::vector<int>{1, 20, 3}));
        QCOMPARE(b.items(), (std::vector<int>{1, 2, 3}));
    }

    void everyWriteLeavesTheOtherCopyAlone_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<std::vector<int>>("expected");
        QTest::newRow("push_back") << 0 << std::vector<int>{1, 2, 3, 4};
        QTest::newRow("emplace_back") << 1 << std::vector<int>{1, 2, 3, 5};
        QTest::newRow("insert at a shared position") << 2 << std::vector<int>{1, 9, 2, 3};
        QTest::newRow("erase at a shared position") << 3 << std::vector<int>{1, 3};
        QTest::newRow("erase a range") << 4 << std::vector<int>{3};
        QTest::newRow("clear") << 5 << std::vector<int>{};
        QTest::newRow("back") << 6 << std::vector<int>{1, 2, 7};
        QTest::newRow("range-for") << 7 << std::vector<int>{2, 3, 4};
    }
    void everyWriteLeavesTheOtherCopyAlone()
    {
        QFETCH(int, operation);
        QFETCH(std::vector<int>, expected);
        SharedVector<int> a{1, 2, 3};
        const SharedVector<int> b = a;
        // Positions taken from the shared elements (const iterators) before the write copies.
        const auto second = std::as_const(a).cbegin() + 1;
        switch (operation) {
        case 0:
            a.push_back(4);
            break;
        case 1:
            a.emplace_back(5);
            break;
        case 2:
            a.insert(second, 9);
            break;
        case 3:
            a.erase(second);
            break;
        case 4:
            a.erase(std::as_const(a).cbegin(), second + 1);
            break;
        case 5:
            a.clear();
            break;
        case 6:
            a.back() = 7;
            break;
        case 7:
            for (int &value : a)
                ++value;
            break;
        default:
            QFAIL("unknown operation");
        }
        QCOMPARE(a.items(), expected);
        QCOMPARE(b.items(), (std::vector<int>{1, 2, 3}));
    }

    void equalityComparesElements()
    {
        const SharedVector<int> a{1, 2};
        SharedVector<int> b{1, 2};
        QVERIFY(a == b);
        b.push_back(3);
        QVERIFY(!(a == b));
    }

    /** What the window's worker thread gets: a plan whose stages share their components with
     * the document's, and an edit of the document that changes only the document's plan. */
    void aCopiedPlanSharesItsComponentsUntilEdited()
    {
        Project plan = test::makeSampleProject();
        const Project copy = plan;
        for (std::size_t s = 0; s < plan.stages.size(); ++s)
            QVERIFY(plan.stages[s].components.isSharedWith(copy.stages[s].components));
        QVERIFY(!plan.stages[2].components.empty());
        const QString before = copy.stages[2].components[0].name;
        plan.stages[2].components[0].name = QStringLiteral("renamed");
        QCOMPARE(copy.stages[2].components[0].name, before);
        QVERIFY(!plan.stages[2].components.isSharedWith(copy.stages[2].components));
        // The other stages are still shared.
        QVERIFY(plan.stages[3].components.isSharedWith(copy.stages[3].components));
    }
};

QTEST_GUILESS_MAIN(TestSharedVector)
#include "tst_sharedvector.moc"
