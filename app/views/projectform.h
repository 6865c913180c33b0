// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldform.h"

namespace greenprint {

/** Edits the project-wide fields: name, region, methodology, embodied carbon, PUE override. */
class ProjectForm : public FieldForm
{
    Q_OBJECT

public:
    explicit ProjectForm(const EditorContext &context, QWidget *parent = nullptr);

protected:
    bool hasTarget() const override { return true; }
};

} // namespace greenprint
