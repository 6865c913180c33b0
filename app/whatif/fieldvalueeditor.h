// SPDX-License-Identifier: GPL-3.0-or-later
// One field's value in the editor the plan's forms use for that kind of field.
#pragma once

#include "views/editorcontext.h"
#include "views/fielddescriptor.h"

#include <QByteArray>
#include <QWidget>

class QPushButton;

namespace greenprint {

/**
 * The editor of one field's value, built from its FieldDescriptor as the
 * plan's form builds it: a spin box with the form's unit, range and scale for
 * numbers, a combo box for choices, a check box, and for instance types and
 * regions a line edit (with completion) and "Choose…" opening the same picker
 * dialog. Reads and writes the value as the project file holds it (JSON):
 * the code quotes strings and scales numbers, never the user.
 */
class FieldValueEditor : public QWidget
{
    Q_OBJECT

public:
    FieldValueEditor(const FieldDescriptor &field, const EditorContext &context,
                     QWidget *parent = nullptr);

    const FieldDescriptor &field() const { return m_field; }
    /** Shows `json` (a value of the field); a value it cannot show leaves the editor as it is. */
    void setJson(const QByteArray &json);
    /** The value as JSON, or empty when there is none to set (an empty instance type). */
    QByteArray json() const;
    /** The spin box, combo box, check box or line edit. */
    QWidget *input() const { return m_input; }
    /** The "Choose…" button of instance and region fields, else nullptr. */
    QPushButton *chooseButton() const { return m_choose; }

signals:
    /** A picker dialog chose a value (set in the editor already). */
    void picked();

private:
    void choose();

    FieldDescriptor m_field;
    EditorContext m_context;
    QWidget *m_input = nullptr;
    QPushButton *m_choose = nullptr;
};

} // namespace greenprint
