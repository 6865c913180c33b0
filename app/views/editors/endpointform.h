// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/componentform.h"

namespace greenprint {

/** Editor of model-serving endpoints. */
class EndpointForm : public ComponentForm
{
    Q_OBJECT

public:
    explicit EndpointForm(const EditorContext &context, QWidget *parent = nullptr);
};

} // namespace greenprint
