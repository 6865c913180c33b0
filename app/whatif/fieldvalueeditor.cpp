// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldvalueeditor.h"

#include "dialogs/instancepickerdialog.h"
#include "dialogs/regionpickerdialog.h"
#include "views/fieldform.h"

#include "io/fieldpath.h"
#include "itemmodels/instancetablemodel.h"
#include "itemmodels/regiontablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace greenprint {
FieldValueEditor::FieldValueEditor(const FieldDescriptor &field, const EditorContext &context,
                                   QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_context(context)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    using Kind = FieldDescriptor::Kind;
    switch (field.kind) {
    case Kind::Number:
    case Kind::OptionalNumber: {
        auto *box = new QDoubleSpinBox(this);
        box->setRange(field.minimum, field.maximum);
        box->setDecimals(field.decimals);
        box->setSuffix(field.suffix);
        box->setAlignment(Qt::AlignRight);
        if (field.kind == Kind::OptionalNumber)
            box->setSpecialValueText(field.unsetText);
        m_input = box;
        break;
    }
    case Kind::Integer: {
        auto *box = new QSpinBox(this);
        box->setRange(int(field.minimum), int(field.maximum));
        box->setSuffix(field.suffix);
        box->setAlignment(Qt::AlignRight);
        m_input = box;
        break;
    }
    case Kind::Choice: {
        auto *combo = new QComboBox(this);
        combo->addItems(field.choiceTexts);
        m_input = combo;
        break;
    }
    case Kind::Check:
        m_input = new QCheckBox(field.label, this);
        break;
    case Kind::Text:
    case Kind::Instance:
    case Kind::Region: {
        auto *edit = new QLineEdit(this);
        QAbstractItemModel *catalog = nullptr;
        if (field.kind == Kind::Instance)
            catalog = context.instances;
        else if (field.kind == Kind::Region)
            catalog = context.regions;
        if (catalog) {
            auto *completer = new QCompleter(catalog, edit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            edit->setCompleter(completer);
            m_choose = new QPushButton(tr("Choose…"), this);
            m_choose->setObjectName(QStringLiteral("overrideChoose"));
            m_choose->setAccessibleName(field.kind == Kind::Instance ? tr("Choose instance type")
                                                                     : tr("Choose region"));
            m_choose->setToolTip(field.kind == Kind::Instance
                                     ? tr("Pick an instance type from the catalog")
                                     : tr("Pick a region by grid carbon intensity"));
            connect(m_choose, &QPushButton::clicked, this, &FieldValueEditor::choose);
        }
        m_input = edit;
        break;
    }
    }
    m_input->setObjectName(QStringLiteral("overrideValueInput"));
    m_input->setAccessibleName(field.label);
    m_input->setToolTip(field.toolTip);
    layout->addWidget(m_input, 1);
    if (m_choose)
        layout->addWidget(m_choose);
    setFocusProxy(m_input);
}

void FieldValueEditor::setJson(const QByteArray &json)
{
    const QJsonValue value = JsonValue::parse(json);
    if (auto *box = qobject_cast<QDoubleSpinBox *>(m_input)) {
        if (value.isDouble())
            box->setValue(value.toDouble() * m_field.scale);
        else if (value.isNull())
            box->setValue(box->minimum());
    } else if (auto *intBox = qobject_cast<QSpinBox *>(m_input)) {
        if (value.isDouble())
            intBox->setValue(value.toInt());
    } else if (auto *combo = qobject_cast<QComboBox *>(m_input)) {
        for (qsizetype i = 0; i < m_field.choiceJson.size(); ++i) {
            if (JsonValue::parse(m_field.choiceJson.at(i)) == value)
                combo->setCurrentIndex(int(i));
        }
    } else if (auto *check = qobject_cast<QCheckBox *>(m_input)) {
        if (value.isBool())
            check->setChecked(value.toBool());
    } else if (auto *edit = qobject_cast<QLineEdit *>(m_input)) {
        if (value.isString()) {
            edit->setText(value.toString());
            edit->setCursorPosition(0);
        }
    }
}

QByteArray FieldValueEditor::json() const
{
    if (auto *box = qobject_cast<QDoubleSpinBox *>(m_input)) {
        if (m_field.kind == FieldDescriptor::Kind::OptionalNumber && box->value() <= box->minimum())
            return QByteArrayLiteral("null");
        return JsonValue::number(valueFromShown(box->value(), m_field.scale, box->decimals()));
    }
    if (auto *intBox = qobject_cast<QSpinBox *>(m_input))
        return QByteArray::number(intBox->value());
    if (auto *combo = qobject_cast<QComboBox *>(m_input)) {
        const int i = combo->currentIndex();
        return i >= 0 && i < m_field.choiceJson.size() ? m_field.choiceJson.at(i) : QByteArray();
    }
    if (auto *check = qobject_cast<QCheckBox *>(m_input))
        return check->isChecked() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    if (auto *edit = qobject_cast<QLineEdit *>(m_input)) {
        const QString text = edit->text().trimmed();
        return text.isEmpty() ? QByteArray() : JsonValue::string(text);
    }
    return {};
}

void FieldValueEditor::choose()
{
    auto *edit = qobject_cast<QLineEdit *>(m_input);
    if (!edit)
        return;
    QString chosen;
    // The dialog is a child of this editor: inside a table, the cell editor stays open.
    if (m_field.kind == FieldDescriptor::Kind::Instance && m_context.instances) {
        InstancePickerDialog dialog(m_context.instances, this);
        dialog.setCurrentInstance(edit->text().trimmed());
        if (dialog.exec() == QDialog::Accepted)
            chosen = dialog.selectedInstance();
    } else if (m_field.kind == FieldDescriptor::Kind::Region && m_context.regions) {
        RegionPickerDialog dialog(m_context.regions, this);
        dialog.setCurrentRegion(edit->text().trimmed());
        if (dialog.exec() == QDialog::Accepted)
            chosen = dialog.selectedRegion();
    }
    if (chosen.isEmpty())
        return;
    edit->setText(chosen);
    edit->setCursorPosition(0);
    emit picked();
}

} // namespace greenprint
