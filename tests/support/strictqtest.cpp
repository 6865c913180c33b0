// SPDX-License-Identifier: GPL-3.0-or-later
#include "strictqtest.h"

#include <QRegularExpression>
#include <QTest>

namespace greenprint::test {

namespace {

/** Every warning but the notices Qt's platform plugins log for a window request they cannot
 *  carry out ("This plugin does not support propagateSizeHints()", "… raise()"): the offscreen
 *  plugin the GUI tests run on has no window manager to tell. They say nothing about our code. */
const QRegularExpression &anyWarningOfOurs()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?!This plugin does not support \w+\(\)$))"));
    return pattern;
}

} // namespace

void StrictTestCase::init()
{
    QTest::failOnWarning(anyWarningOfOurs());
}

} // namespace greenprint::test
