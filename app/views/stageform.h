// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldform.h"

class QLabel;

namespace greenprint {

/** Edits one stage: its region override. */
class StageForm : public FieldForm
{
    Q_OBJECT

public:
    explicit StageForm(const EditorContext &context, QWidget *parent = nullptr);

    int stage() const { return m_stage; }
    void setStage(int stage);

protected:
    bool hasTarget() const override { return m_stage >= 0; }

private:
    void updatePlaceholder();

    int m_stage = -1;
    QLineEdit *m_region = nullptr;
};

} // namespace greenprint
