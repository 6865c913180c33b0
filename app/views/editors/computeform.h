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

private:
    /** Runs: once or every day/week/month; for how many months; the run count it makes. */
    void addRecurrenceFields();
};

} // namespace greenprint
