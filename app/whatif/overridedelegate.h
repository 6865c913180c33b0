// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/editorcontext.h"

#include <QStyledItemDelegate>

namespace greenprint {

class OverrideFields;

/**
 * Edits an override's scenario value in the table with the field's own editor
 * (FieldValueEditor: spin box with unit, choices, instance or region picker).
 * An override of a field no form knows is edited as JSON text, as written.
 */
class OverrideDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /** `fields` must outlive the delegate. */
    OverrideDelegate(const OverrideFields *fields, const EditorContext &context,
                     QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    const OverrideFields *m_fields;
    EditorContext m_context;
};

} // namespace greenprint
