// SPDX-License-Identifier: GPL-3.0-or-later
// BoxedOptional (domain/boxedoptional.h): an optional with value semantics, held on the heap.
#include "strictqtest.h"

#include "domain/boxedoptional.h"
#include "domain/project.h"

#include <QTest>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

class TestBoxedOptional : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void emptyByDefault();
    void copiesAreIndependent();
    void comparesValues();
    void fromStdOptional();
    void emplaceAndToOptional();
    void componentStaysSmall();
    void workIsBoxedAndCopied();
};

void TestBoxedOptional::emptyByDefault()
{
    const BoxedOptional<QString> none;
    QVERIFY(!none);
    QVERIFY(!none.has_value());
    QCOMPARE(none.value_or(u"fallback"_s), u"fallback"_s);
    const BoxedOptional<QString> fromNullopt = std::nullopt;
    QVERIFY(!fromNullopt);
}

void TestBoxedOptional::copiesAreIndependent()
{
    BoxedOptional<QString> a = u"one"_s;
    BoxedOptional<QString> b = a;
    *b = u"two"_s;
    QCOMPARE(*a, u"one"_s);
    QCOMPARE(*b, u"two"_s);
    a = b;
    *b = u"three"_s;
    QCOMPARE(*a, u"two"_s);
    BoxedOptional<QString> moved = std::move(a);
    QCOMPARE(*moved, u"two"_s);
    moved = std::nullopt;
    QVERIFY(!moved);
    b.reset();
    QVERIFY(!b);
}

void TestBoxedOptional::comparesValues()
{
    const BoxedOptional<QString> none;
    const BoxedOptional<QString> a = u"x"_s;
    const BoxedOptional<QString> sameText = u"x"_s;
    const BoxedOptional<QString> other = u"y"_s;
    QVERIFY(none == BoxedOptional<QString>());
    QVERIFY(a == sameText); // the values, not the boxes
    QVERIFY(!(a == other));
    QVERIFY(!(a == none));
    QVERIFY(!(none == a));
}

void TestBoxedOptional::fromStdOptional()
{
    const std::optional<QString> some = u"z"_s;
    const BoxedOptional<QString> boxed = some;
    QCOMPARE(boxed->size(), 1);
    const BoxedOptional<QString> empty = std::optional<QString>();
    QVERIFY(!empty);
}

void TestBoxedOptional::emplaceAndToOptional()
{
    BoxedOptional<QString> boxed;
    QVERIFY(!boxed.toOptional());
    QString &placed = boxed.emplace(3, u'a');
    QCOMPARE(placed, u"aaa"_s);
    std::optional<QString> copy = boxed.toOptional();
    QCOMPARE(copy, std::optional<QString>(u"aaa"_s));
    *copy = u"changed"_s; // a copy: the boxed value stays
    QCOMPARE(*boxed, u"aaa"_s);
    boxed.emplace(u"new"_s);
    QCOMPARE(*boxed, u"new"_s);
}

/** Why it exists: a Component's calibration, absent almost always, costs one pointer. */
void TestBoxedOptional::componentStaysSmall()
{
    QCOMPARE(sizeof(BoxedOptional<Calibration>), sizeof(void *));
    QVERIFY(sizeof(Component) < sizeof(Calibration) + sizeof(ComponentSpec));
    Component calibrated;
    calibrated.calibration = Calibration{};
    Component copy = calibrated;
    QVERIFY(copy == calibrated);
    copy.calibration->extras.insert(u"note"_s, "1");
    QVERIFY(!(copy == calibrated));
    QVERIFY(calibrated.calibration->extras.isEmpty());
}

/**
 * A job's work (about 200 bytes, stated by few components) is boxed too: a compute spec holds a
 * pointer for it, and copies of a component (undo commands, scenario copies) do not share it.
 */
void TestBoxedOptional::workIsBoxedAndCopied()
{
    QVERIFY(sizeof(ComputeSpec) < sizeof(WorkSpec));
    QVERIFY(sizeof(Component) <= 160);
    ComputeSpec compute;
    compute.work = WorkSpec{};
    compute.work->parameters = 7e9;
    ComputeSpec copy = compute;
    QVERIFY(copy == compute);
    copy.work->parameters = 8e9;
    QCOMPARE(compute.work->parameters, 7e9);
    QVERIFY(!(copy == compute));
}

QTEST_GUILESS_MAIN(TestBoxedOptional)
#include "tst_boxedoptional.moc"
