// SPDX-License-Identifier: GPL-3.0-or-later
// ConcurrentComponentSink (io/concurrentcomponentsink.h): what the parser hands it reaches the
// target on another thread in the order handed, elements come back for reuse, and what the
// target throws reaches the caller of finish().
#include "strictqtest.h"

#include "io/concurrentcomponentsink.h"

#include <QTest>

#include <stdexcept>
#include <thread>

using namespace greenprint;
using namespace greenprint::Internal;
using namespace Qt::Literals::StringLiterals;

namespace {

/** Records every call as a line, and the thread it came on. */
class RecordingSink : public ComponentSink
{
public:
    void component(std::size_t stageIndex, std::size_t index, const QString &path,
                   OrderedJson &element) override
    {
        threads.push_back(std::this_thread::get_id());
        if (throwAt && calls.size() == *throwAt)
            throw std::runtime_error("conversion failed");
        calls << QStringLiteral("component %1 %2 %3 %4")
                     .arg(stageIndex)
                     .arg(index)
                     .arg(path, QString::fromStdString(element.dump()));
    }
    void discard(std::size_t stageIndex, bool allStages) override
    {
        threads.push_back(std::this_thread::get_id());
        calls << QStringLiteral("discard %1 %2").arg(stageIndex).arg(allStages);
    }

    QStringList calls;
    std::vector<std::thread::id> threads;
    std::optional<qsizetype> throwAt;
};

OrderedJson componentObject(std::size_t index)
{
    OrderedJson element = OrderedJson::object();
    element["name"] = QStringLiteral("c%1").arg(index).toStdString();
    element["hours"] = double(index) / 4;
    return element;
}

/**
 * Feeds `sink` what a builder would for `count` components of stage 0 (with a discard of
 * stage 1 after component `discardAfter`), reusing the element given back as the builder does.
 * Returns how many elements came back as objects to reuse.
 */
std::size_t feed(ComponentSink &sink, std::size_t count, std::size_t discardAfter)
{
    std::size_t reused = 0;
    OrderedJson element;
    for (std::size_t i = 0; i < count; ++i) {
        if (element.is_object() && element.empty())
            ++reused;
        element = componentObject(i);
        sink.component(0, i, QStringLiteral("stages[0].components[%1]").arg(i), element);
        if (i == discardAfter)
            sink.discard(1, false);
    }
    return reused;
}

} // namespace

class TestConcurrentComponentSink : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void deliversEveryCallInOrderOnAnotherThread_data();
    void deliversEveryCallInOrderOnAnotherThread();
    void givesElementsBackEmptied();
    void rethrowsWhatTheTargetThrew();
};

void TestConcurrentComponentSink::deliversEveryCallInOrderOnAnotherThread_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("none") << 0;
    QTest::newRow("one, never a full batch") << 1;
    QTest::newRow("exactly a batch") << int(ConcurrentComponentSink::kBatchEvents - 1);
    // More than kMaxPendingBatches batches: the parser waits for the thread at times.
    QTest::newRow("many batches") << int(ConcurrentComponentSink::kBatchEvents
                                             * ConcurrentComponentSink::kMaxPendingBatches * 5
                                         + 17);
}

void TestConcurrentComponentSink::deliversEveryCallInOrderOnAnotherThread()
{
    QFETCH(int, count);
    const std::size_t discardAfter = std::size_t(count) / 2;
    RecordingSink direct;
    feed(direct, std::size_t(count), discardAfter);
    RecordingSink target;
    {
        ConcurrentComponentSink concurrent(target);
        feed(concurrent, std::size_t(count), discardAfter);
        concurrent.finish();
    }
    QCOMPARE(target.calls.size(), count > 0 ? count + 1 : 0);
    QCOMPARE(target.calls, direct.calls);
    for (const std::thread::id &thread : target.threads)
        QVERIFY(thread != std::this_thread::get_id());
}

void TestConcurrentComponentSink::givesElementsBackEmptied()
{
    RecordingSink target;
    ConcurrentComponentSink concurrent(target);
    constexpr std::size_t kBatches = 20;
    constexpr std::size_t kBatch = ConcurrentComponentSink::kBatchEvents;
    const std::size_t reused = feed(concurrent, kBatches * kBatch, kBatches * kBatch); // no discard
    concurrent.finish();
    QCOMPARE(target.calls.size(), qsizetype(kBatches * kBatch));
    // However the threads are scheduled: the parser is never more than kMaxPendingBatches
    // batches, plus the one being converted, ahead of the batches given back, so from the
    // batch after those on, every component is built in a converted element, emptied.
    const std::size_t atLeast =
        (kBatches - ConcurrentComponentSink::kMaxPendingBatches - 3) * kBatch;
    QVERIFY2(reused >= atLeast, qPrintable(u"%1 < %2"_s.arg(reused).arg(atLeast)));
}

void TestConcurrentComponentSink::rethrowsWhatTheTargetThrew()
{
    RecordingSink target;
    target.throwAt = qsizetype(ConcurrentComponentSink::kBatchEvents + 3);
    ConcurrentComponentSink concurrent(target);
    feed(concurrent, ConcurrentComponentSink::kBatchEvents * 4, 0);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, concurrent.finish());
    // Nothing after the failure reached the target.
    QCOMPARE(target.calls.size(), *target.throwAt);
    concurrent.finish(); // once rethrown, finishing again is quiet
}

QTEST_GUILESS_MAIN(TestConcurrentComponentSink)
#include "tst_concurrentcomponentsink.moc"
