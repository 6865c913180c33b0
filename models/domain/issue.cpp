// SPDX-License-Identifier: GPL-3.0-or-later
#include "issue.h"

#include <algorithm>

namespace greenprint {

QString Issue::toString() const
{
    QString text;
    if (!file.isEmpty())
        text += file + QStringLiteral(": ");
    if (!path.isEmpty())
        text += path + QStringLiteral(": ");
    return text + message;
}

bool hasErrors(const Issues &issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const Issue &i) { return i.severity == Issue::Severity::Error; });
}

} // namespace greenprint
