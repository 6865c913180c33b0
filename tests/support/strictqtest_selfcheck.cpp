// SPDX-License-Identifier: GPL-3.0-or-later
// Checks the check: run by ctest `strictqtest_fails_on_warning`, which expects exactly the one
// two test functions below that log an unexpected warning to fail, and the other two to pass.
#include "strictqtest.h"

#include <QTest>

class StrictQTestSelfCheck : public greenprint::test::StrictTestCase
{
    Q_OBJECT

private slots:
    void unexpectedWarningFails() { qWarning("an unexpected warning"); }

    void expectedWarningPasses()
    {
        QTest::ignoreMessage(QtWarningMsg, "an expected warning");
        qWarning("an expected warning");
    }

    void platformPluginNoticesPass()
    {
        qWarning("This plugin does not support propagateSizeHints()");
        qWarning("This plugin does not support raise()");
    }

    void warningsThatMerelyStartLikeANoticeFail()
    {
        qWarning("This plugin does not support raise() and something of ours broke");
    }
};

QTEST_GUILESS_MAIN(StrictQTestSelfCheck)
#include "strictqtest_selfcheck.moc"
