// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace greenprint {

/** Loads reference data, opens the main window (on the project named in argv, if any) and runs. */
int runGui(QApplication &app);

} // namespace greenprint
