// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/componentform.h"

namespace greenprint {

/** Editor of notebook components: an instance partly active, partly idle. */
class NotebookForm : public ComponentForm
{
    Q_OBJECT

public:
    explicit NotebookForm(const EditorContext &context, QWidget *parent = nullptr);
};

} // namespace greenprint
