// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/componentform.h"

namespace greenprint {

/** Editor of compute components: instances running for a number of hours. */
class ComputeForm : public ComponentForm
{
    Q_OBJECT

public:
    explicit ComputeForm(const EditorContext &context, QWidget *parent = nullptr);
};

} // namespace greenprint
