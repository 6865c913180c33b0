// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldform.h"

namespace greenprint {

/**
 * Edits the project's constraints (file key `constraints`): the regions the
 * plan may use (typed, or ticked in the allowed-regions picker with its map),
 * the latency ceiling of the endpoints, the accuracy floor and whether the
 * model is served to edge devices. Every edit is an undoable command. The
 * region ranking, the advisor, the Pareto search and the PDF honour them.
 */
class ConstraintsForm : public FieldForm
{
    Q_OBJECT

public:
    explicit ConstraintsForm(const EditorContext &context, QWidget *parent = nullptr);

    /** Opens the allowed-regions picker; pushes the choice unless cancelled. */
    void chooseAllowedRegions();

protected:
    bool hasTarget() const override { return true; }

private:
    void addAllowedRegions();
};

/** "eu-central-1, eu-north-1" (commas or spaces) as a list without blanks or repeats. */
QStringList parseRegionList(const QString &text);

} // namespace greenprint
