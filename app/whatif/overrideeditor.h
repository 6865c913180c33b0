// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "overridefields.h"

#include "views/editorcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace greenprint {

class FieldValueEditor;
class LiveAdvisor;
class OverrideTableModel;

/**
 * The current scenario's field overrides. The table reads "component · field"
 * and "plan value → scenario value", and edits a value in place with the
 * field's own editor. Below it, an override is set as in the plan's forms:
 * the component (stage › name), the field by its form label, the value in
 * the form's editor (spin box with unit, choices, instance or region picker)
 * and Set; Remove removes the selected one. The code builds the JSON path and
 * value. A secondary "JSON path" option takes a raw path and value for fields
 * the forms do not show. What ScenarioApplier says about an override is shown
 * in its row and, with the scenario's name, under the table.
 */
class OverrideEditor : public QWidget
{
    Q_OBJECT

public:
    OverrideEditor(LiveAdvisor *advisor, OverrideTableModel *model, QWidget *parent = nullptr);

    /**
     * The plan's fields and the pickers' catalogs (the main window passes its EditorPanel's,
     * OverrideFields::fromEditors); until then only JSON paths can be set.
     */
    void setFields(const OverrideFields &fields, const EditorContext &context);

    QTableView *view() const { return m_view; }
    QComboBox *targetCombo() const { return m_target; }
    QComboBox *fieldCombo() const { return m_field; }
    /** The value editor of the chosen field, or nullptr when there is none. */
    FieldValueEditor *valueEditor() const { return m_valueEditor; }
    QToolButton *rawToggle() const { return m_rawToggle; }
    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *valueEdit() const { return m_value; }
    QLabel *errorLabel() const { return m_errors; }

    /** Sets (adds or replaces) the override `path` = `value` (JSON); false when refused. */
    bool setOverride(const QString &path, const QByteArray &value);
    /** Sets the chosen field to the value in the value editor; false when refused. */
    bool setFromEditors();
    /** Removes the selected override; false when none is selected. */
    bool removeSelected();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addFromRawFields();
    void updateTargets();
    void updateFieldList();
    void updateValueEditor();
    void selectRowTarget();
    void updateState();
    OverrideTarget currentTarget() const;
    const FieldDescriptor *currentField() const;

    LiveAdvisor *m_advisor;
    OverrideTableModel *m_model;
    OverrideFields m_fields;
    EditorContext m_context;
    std::vector<FieldDescriptor> m_offered; ///< the fields in m_field, in order
    QTableView *m_view;
    QComboBox *m_target;
    QComboBox *m_field;
    QWidget *m_valueHolder;
    FieldValueEditor *m_valueEditor = nullptr;
    QPushButton *m_set;
    QPushButton *m_remove;
    QToolButton *m_rawToggle;
    QWidget *m_raw;
    QLineEdit *m_path;
    QLineEdit *m_value;
    QPushButton *m_addRaw;
    bool m_targetsStale = false; ///< the plan changed while the editor was hidden
    QLabel *m_errors;
};

} // namespace greenprint
