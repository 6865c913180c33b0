// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/componentform.h"

namespace greenprint {

/** Editor of hyperparameter tuning jobs: trials × instances × hours. */
class TuningForm : public ComponentForm
{
    Q_OBJECT

public:
    explicit TuningForm(const EditorContext &context, QWidget *parent = nullptr);
};

} // namespace greenprint
