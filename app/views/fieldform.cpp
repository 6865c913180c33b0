// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldform.h"

#include "dialogs/regionpickerdialog.h"

#include <algorithm>
#include <memory>

namespace greenprint {

FieldForm::FieldForm(const EditorContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(m_context.document, &ProjectDocument::changed, this, &FieldForm::refresh);
}

void FieldForm::refresh()
{
    if (!hasTarget())
        return;
    m_refreshing = true;
    for (const auto &refresher : m_refreshers)
        refresher();
    m_refreshing = false;
}

bool FieldForm::focusField(const QString &key)
{
    auto *widget = findChild<QWidget *>(key);
    if (!widget)
        return false;
    widget->setFocus(Qt::OtherFocusReason);
    return true;
}

void FieldForm::push(QUndoCommand *command)
{
    std::unique_ptr<QUndoCommand> owned(command);
    if (!m_refreshing)
        document()->undoStack()->push(owned.release());
}

QLabel *FieldForm::addRow(const QString &label, QWidget *field, const QString &toolTip)
{
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(field);
    labelWidget->setToolTip(toolTip);
    field->setToolTip(toolTip);
    field->setAccessibleName(QString(label).remove(u'&'));
    field->setAccessibleDescription(toolTip);
    m_layout->addRow(labelWidget, field);
    m_rows.push_back({labelWidget, field});
    return labelWidget;
}

void FieldForm::setRowShown(QWidget *field, bool shown)
{
    const auto row = std::find_if(m_rows.begin(), m_rows.end(),
                                  [field](const Row &r) { return r.field == field; });
    if (row == m_rows.end() || row->shown == shown)
        return;
    row->shown = shown;
    if (shown) {
        const auto before =
            std::count_if(m_rows.begin(), row, [](const Row &r) { return r.shown; });
        m_layout->insertRow(static_cast<int>(before), row->label, row->field);
    } else {
        const QFormLayout::TakeRowResult taken = m_layout->takeRow(field);
        delete taken.labelItem; // the layout items only: the widgets stay, hidden
        delete taken.fieldItem;
    }
    row->label->setVisible(shown);
    row->field->setVisible(shown);
}

FieldDescriptor &FieldForm::describeField(FieldDescriptor::Kind kind, const QString &label,
                                          const QString &key, const QString &toolTip)
{
    FieldDescriptor field;
    field.kind = kind;
    field.key = key;
    field.label = FieldDescriptor::plainLabel(label);
    field.toolTip = toolTip;
    m_fields.push_back(std::move(field));
    return m_fields.back();
}

void FieldForm::setFieldKind(const QString &key, FieldDescriptor::Kind kind)
{
    for (FieldDescriptor &field : m_fields) {
        if (field.key == key)
            field.kind = kind;
    }
}

std::optional<QString> FieldForm::pickRegion(const QString &current)
{
    if (!m_context.regions)
        return std::nullopt;
    RegionPickerDialog dialog(m_context.regions, this);
    dialog.setCurrentRegion(current);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedRegion().isEmpty())
        return std::nullopt;
    return dialog.selectedRegion();
}

} // namespace greenprint
