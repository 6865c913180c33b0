// SPDX-License-Identifier: GPL-3.0-or-later
// One undo step that puts the measured values of a calibration into the document.
#pragma once

#include "actuals/calibration.h"

#include <memory>

class QUndoCommand;

namespace greenprint {

class ProjectDocument;

/**
 * A command (one undo step) replacing every component `result` calibrated,
 * each through ChangeValue<ComponentField::Whole>; nullptr when it calibrated
 * nothing. Undoing it gives back the components, and so the estimate, of before.
 */
std::unique_ptr<QUndoCommand> calibrateCommand(ProjectDocument *document,
                                               const actuals::CalibrationResult &result);

} // namespace greenprint
