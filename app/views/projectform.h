// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldform.h"

namespace greenprint {

/**
 * Edits the project-wide fields: name, region and the settings of the method
 * (methodology, grid dataset, embodied carbon and server lifetime,
 * market-based year, PUE override, spot discount).
 */
class ProjectForm : public FieldForm
{
    Q_OBJECT

public:
    explicit ProjectForm(const EditorContext &context, QWidget *parent = nullptr);

protected:
    bool hasTarget() const override { return true; }

private:
    void addGridDataset();
};

} // namespace greenprint
