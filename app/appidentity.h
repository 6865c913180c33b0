// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace greenprint {

/** Sets organisation, application name, version and desktop file name (before any QApplication). */
void setApplicationIdentity();

} // namespace greenprint
