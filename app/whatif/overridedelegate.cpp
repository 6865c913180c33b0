// SPDX-License-Identifier: GPL-3.0-or-later
#include "overridedelegate.h"

#include "fieldvalueeditor.h"
#include "overridefields.h"

#include "document/projectdocument.h"
#include "itemmodels/overridetablemodel.h"

namespace greenprint {

OverrideDelegate::OverrideDelegate(const OverrideFields *fields, const EditorContext &context,
                                   QObject *parent)
    : QStyledItemDelegate(parent)
    , m_fields(fields)
    , m_context(context)
{ }

QWidget *OverrideDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    if (index.column() == OverrideTableModel::Value && m_context.document) {
        const QString path =
            index.siblingAtColumn(OverrideTableModel::Path).data(Qt::EditRole).toString();
        const auto resolved = m_fields->resolve(m_context.document->project(), path);
        if (resolved) {
            auto *editor = new FieldValueEditor(resolved->second, m_context, parent);
            editor->setAutoFillBackground(true);
            // A value picked in a dialog is the user's answer: set it and close the cell.
            connect(editor, &FieldValueEditor::picked, this, [this, editor] {
                emit const_cast<OverrideDelegate *>(this)->commitData(editor);
                emit const_cast<OverrideDelegate *>(this)->closeEditor(editor);
            });
            return editor;
        }
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void OverrideDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *field = qobject_cast<FieldValueEditor *>(editor)) {
        field->setJson(index.data(Qt::EditRole).toString().toUtf8());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void OverrideDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *field = qobject_cast<FieldValueEditor *>(editor)) {
        const QByteArray json = field->json();
        if (!json.isEmpty() && json != index.data(Qt::EditRole).toString().toUtf8())
            model->setData(index, QString::fromUtf8(json));
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace greenprint
