// SPDX-License-Identifier: GPL-3.0-or-later
#include "calibratecommand.h"

#include "componentfields.h"

namespace greenprint {

std::unique_ptr<QUndoCommand> calibrateCommand(ProjectDocument *document,
                                               const actuals::CalibrationResult &result)
{
    const int count = result.calibratedCount();
    if (count == 0)
        return nullptr;
    QString text;
    if (count == 1) {
        for (const actuals::ComponentCalibration &c : result.components) {
            if (c.calibrated)
                text = undoText(QT_TRANSLATE_NOOP("Undo Commands", "Calibrate \"%1\" from actuals"))
                           .arg(c.name);
        }
    } else {
        text = undoText(QT_TRANSLATE_NOOP("Undo Commands", "Calibrate plan from actuals"));
    }
    auto parent = std::make_unique<QUndoCommand>(text);
    for (const actuals::ComponentCalibration &c : result.components) {
        if (c.calibrated)
            new ChangeValue<ComponentField::Whole>(
                document, ComponentRef{c.ref.stage, c.ref.component}, *c.calibrated, parent.get());
    }
    return parent;
}

} // namespace greenprint
