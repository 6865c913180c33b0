// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace greenprint {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Greenprint"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("greenprint.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("greenprint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GREENPRINT_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Greenprint"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.greenprint.Greenprint"));
}

} // namespace greenprint
