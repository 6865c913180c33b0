// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/componentform.h"

namespace greenprint {

/** Editor of log components: ingestion and retention of logs. */
class LogsForm : public ComponentForm
{
    Q_OBJECT

public:
    explicit LogsForm(const EditorContext &context, QWidget *parent = nullptr);
};

} // namespace greenprint
