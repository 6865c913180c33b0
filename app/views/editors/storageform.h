// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/componentform.h"

namespace greenprint {

/** Editor of storage components: data kept in one storage class. */
class StorageForm : public ComponentForm
{
    Q_OBJECT

public:
    explicit StorageForm(const EditorContext &context, QWidget *parent = nullptr);
};

} // namespace greenprint
