// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace greenprint {

class LiveAdvisor;
class OverrideTableModel;

/**
 * The current scenario's field overrides: a table of path = value rows
 * (editable in place), a path and a value field with Add, and Remove. What
 * ScenarioApplier says about an override is shown in its row and, with the
 * scenario's name, under the table.
 */
class OverrideEditor : public QWidget
{
    Q_OBJECT

public:
    OverrideEditor(LiveAdvisor *advisor, OverrideTableModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *valueEdit() const { return m_value; }
    QLabel *errorLabel() const { return m_errors; }

    /** Sets (adds or replaces) the override `path` = `value` (JSON); false when refused. */
    bool setOverride(const QString &path, const QString &value);
    /** Removes the selected override; false when none is selected. */
    bool removeSelected();

private:
    void addFromFields();
    void updateState();

    LiveAdvisor *m_advisor;
    OverrideTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_path;
    QLineEdit *m_value;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_errors;
};

} // namespace greenprint
