// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/componentform.h"

namespace greenprint {

/** Editor of transfer components: a one-off movement of data to another region. */
class TransferForm : public ComponentForm
{
    Q_OBJECT

public:
    explicit TransferForm(const EditorContext &context, QWidget *parent = nullptr);
};

} // namespace greenprint
