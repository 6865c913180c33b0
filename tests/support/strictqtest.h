// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The base of every Qt Test class in this repository: a Qt warning (qWarning, a failed signal
// connection, a widget laid out twice, a missing translation file…) logged while a test function
// runs fails that function. A test that provokes a warning on purpose states it first with
// QTest::ignoreMessage, which takes precedence over the failure.
//
// A class that needs its own init() calls StrictTestCase::init() first.

#include <QObject>

namespace greenprint::test {

class StrictTestCase : public QObject
{
    Q_OBJECT

protected slots:
    /** Run by QTest before every test function (Qt clears the pattern after each one). */
    void init();
};

} // namespace greenprint::test
