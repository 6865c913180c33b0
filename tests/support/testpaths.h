// SPDX-License-Identifier: GPL-3.0-or-later
// Where tests find their fixtures, the source tree and the build tree.
#pragma once

#include <QString>

namespace greenprint::test {

inline QString testDataPath(const QString &relative)
{
    return QStringLiteral(GREENPRINT_TEST_DATA_DIR "/") + relative;
}

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(GREENPRINT_SOURCE_DIR "/") + relative;
}

inline QString binaryPath(const QString &relative)
{
    return QStringLiteral(GREENPRINT_BINARY_DIR "/") + relative;
}

} // namespace greenprint::test
