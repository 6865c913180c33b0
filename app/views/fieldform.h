// SPDX-License-Identifier: GPL-3.0-or-later
// A form whose fields are bound to ChangeValue traits: edits push commands, changes refresh.
#pragma once

/*
 * Editors
 * =======
 * Every editor (project, stage, one per component type) is a FieldForm: a
 * QFormLayout of widgets, each bound to a traits struct of
 * models/commands/componentfields.h or projectfields.h. Editing a widget
 * pushes ChangeValue<Traits> on the document's undo stack (never writing the
 * Project itself); consecutive edits of one field merge into one undo step.
 * When the document changes, refresh() reads every bound field back into its
 * widget with signals blocked. Each widget's objectName is the field's key in
 * the project file, which is how "go to field" finds it.
 */

#include "editorcontext.h"
#include "fielddescriptor.h"

#include "commands/changevalue.h"
#include "document/projectdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>
#include <QWidget>

#include <cmath>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace greenprint {

class FieldForm : public QWidget
{
    Q_OBJECT

public:
    FieldForm(const EditorContext &context, QWidget *parent = nullptr);

    /** Re-reads every field from the document (no-op while no target is set). */
    void refresh();
    /** Focuses the field whose project-file key is `key`; false when there is none. */
    bool focusField(const QString &key);
    /** The value fields, in form order, as declared by the add*() calls. */
    const std::vector<FieldDescriptor> &fields() const { return m_fields; }
    /**
     * Puts a field under its label when the row does not fit (a narrow dock) instead of
     * widening the form past the dock, which would push its "Choose…" buttons out of sight.
     */
    void wrapLongRows() { m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows); }

protected:
    /** Whether the target exists in the document (e.g. the component was not removed). */
    virtual bool hasTarget() const = 0;

    QFormLayout *formLayout() const { return m_layout; }
    ProjectDocument *document() const { return m_context.document; }
    const EditorContext &context() const { return m_context; }

    /**
     * A spin box for a double field, shown as value × `scale` (100 for 0..1 as %).
     * `Box` may be a QDoubleSpinBox that reads more (SizeSpinBox: "2 TB").
     */
    template<typename Traits, typename Box = QDoubleSpinBox>
    Box *addDouble(const QString &label, const QString &key, const QString &suffix, double min,
                   double max, int decimals, const QString &toolTip,
                   std::function<typename Traits::Target()> target, double scale = 1.0);

    /** A spin box for an int field. */
    template<typename Traits>
    QSpinBox *addInt(const QString &label, const QString &key, const QString &suffix, int min,
                     int max, const QString &toolTip,
                     std::function<typename Traits::Target()> target);

    /**
     * A spin box for an optional double; its minimum shows `unsetText` and means "not set".
     * `min` and `max` are in shown units (value × `scale`).
     */
    template<typename Traits>
    QDoubleSpinBox *
    addOptionalDouble(const QString &label, const QString &key, const QString &suffix, double min,
                      double max, int decimals, const QString &unsetText, const QString &toolTip,
                      std::function<typename Traits::Target()> target, double scale = 1.0);

    /** A combo box for an enum (or other comparable) field. */
    template<typename Traits>
    QComboBox *addCombo(const QString &label, const QString &key,
                        const std::vector<std::pair<QString, typename Traits::Value>> &items,
                        const QString &toolTip, std::function<typename Traits::Target()> target);

    /** A check box for a bool field. */
    template<typename Traits>
    QCheckBox *addCheck(const QString &label, const QString &key, const QString &text,
                        const QString &toolTip, std::function<typename Traits::Target()> target);

    /** A line edit for a string field, committed when editing finishes. */
    template<typename Traits>
    QLineEdit *addText(const QString &label, const QString &key, const QString &toolTip,
                       std::function<typename Traits::Target()> target,
                       QWidget *trailing = nullptr);

    /**
     * A line edit for a region id with a "Choose…" button opening the region
     * picker. `emptyText` is the placeholder shown when the field is empty.
     */
    template<typename Traits>
    QLineEdit *addRegion(const QString &label, const QString &key, const QString &toolTip,
                         std::function<typename Traits::Target()> target,
                         const QString &emptyText = {});

    /** Pushes the command, unless the form is refreshing itself. */
    void push(QUndoCommand *command);
    void addRefresher(std::function<void()> refresher)
    {
        m_refreshers.push_back(std::move(refresher));
    }
    QLabel *addRow(const QString &label, QWidget *field, const QString &toolTip);
    /**
     * Shows or hides the row of `field` (added with addRow()). A hidden row is taken out of
     * the layout, not hidden in it: QFormLayout::setRowVisible() (Qt 6.4) leaves a hidden
     * row's items with the layout slots of an earlier pass, and its height for width then
     * writes a hidden row's zero height over a shown row's slot (a row squashed to 0 px after
     * "Runs: Every week" or "Size by: Work") or past the end of its slot array.
     */
    void setRowShown(QWidget *field, bool shown);
    /** Records a field; the add*() helpers do it for theirs. */
    FieldDescriptor &describeField(FieldDescriptor::Kind kind, const QString &label,
                                   const QString &key, const QString &toolTip);
    /** Changes the kind of the recorded field `key` (a text field that holds an instance id). */
    void setFieldKind(const QString &key, FieldDescriptor::Kind kind);

private:
    /** Runs the region picker on `current`; the chosen id, or nullopt when cancelled. */
    std::optional<QString> pickRegion(const QString &current);

    /** A row as addRow() added it, in form order. */
    struct Row
    {
        QLabel *label;
        QWidget *field;
        bool shown = true;
    };

    EditorContext m_context;
    QFormLayout *m_layout;
    std::vector<Row> m_rows;
    std::vector<std::function<void()>> m_refreshers;
    std::vector<FieldDescriptor> m_fields;
    bool m_refreshing = false;
};

/**
 * The field value of `shown` in a box that shows value × `scale` with `decimals`
 * decimals. A scale below 1 whose inverse is a whole multiple of 10^decimals
 * (1e-9, billions, with 3 decimals) counts whole steps of the box and multiplies
 * them, which is exact: 8 billion is 8000000000 and 8.03 billion 8030000000, where
 * 8 / 1e-9 would be 7999999999.999999 (1e-9 has no exact binary form).
 */
inline double valueFromShown(double shown, double scale, int decimals)
{
    if (scale < 1.0) {
        const double inverse = std::round(1.0 / scale);
        const double steps = std::pow(10.0, decimals);
        if (std::abs(inverse * scale - 1.0) < 1e-12 && std::fmod(inverse, steps) == 0.0)
            return std::round(shown * steps) * (inverse / steps);
    }
    return shown / scale;
}

template<typename Traits, typename Box>
Box *FieldForm::addDouble(const QString &label, const QString &key, const QString &suffix,
                          double min, double max, int decimals, const QString &toolTip,
                          std::function<typename Traits::Target()> target, double scale)
{
    auto *box = new Box(this);
    box->setObjectName(key);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setAlignment(Qt::AlignRight);
    addRow(label, box, toolTip);
    FieldDescriptor &field = describeField(FieldDescriptor::Kind::Number, label, key, toolTip);
    field.suffix = suffix;
    field.minimum = min;
    field.maximum = max;
    field.decimals = decimals;
    field.scale = scale;
    connect(box, &QDoubleSpinBox::valueChanged, this, [this, box, target, scale](double v) {
        if (hasTarget()) {
            push(new ChangeValue<Traits>(document(), target(),
                                         valueFromShown(v, scale, box->decimals())));
        }
    });
    addRefresher([this, box, target, scale] {
        const double v = Traits::get(*document(), target()) * scale;
        if (box->value() != v) {
            const QSignalBlocker blocker(box);
            box->setValue(v);
        }
    });
    return box;
}

template<typename Traits>
QSpinBox *FieldForm::addInt(const QString &label, const QString &key, const QString &suffix,
                            int min, int max, const QString &toolTip,
                            std::function<typename Traits::Target()> target)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(key);
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setAlignment(Qt::AlignRight);
    addRow(label, box, toolTip);
    FieldDescriptor &field = describeField(FieldDescriptor::Kind::Integer, label, key, toolTip);
    field.suffix = suffix;
    field.minimum = min;
    field.maximum = max;
    connect(box, &QSpinBox::valueChanged, this, [this, target](int v) {
        if (hasTarget())
            push(new ChangeValue<Traits>(document(), target(), v));
    });
    addRefresher([this, box, target] {
        const int v = Traits::get(*document(), target());
        if (box->value() != v) {
            const QSignalBlocker blocker(box);
            box->setValue(v);
        }
    });
    return box;
}

template<typename Traits>
QDoubleSpinBox *
FieldForm::addOptionalDouble(const QString &label, const QString &key, const QString &suffix,
                             double min, double max, int decimals, const QString &unsetText,
                             const QString &toolTip,
                             std::function<typename Traits::Target()> target, double scale)
{
    auto *box = new QDoubleSpinBox(this);
    box->setObjectName(key);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setSpecialValueText(unsetText);
    box->setAlignment(Qt::AlignRight);
    addRow(label, box, toolTip);
    FieldDescriptor &field =
        describeField(FieldDescriptor::Kind::OptionalNumber, label, key, toolTip);
    field.suffix = suffix;
    field.minimum = min;
    field.maximum = max;
    field.decimals = decimals;
    field.scale = scale;
    field.unsetText = unsetText;
    connect(box, &QDoubleSpinBox::valueChanged, this, [this, box, target, min, scale](double v) {
        if (hasTarget()) {
            const std::optional<double> value = v > min
                ? std::optional<double>(valueFromShown(v, scale, box->decimals()))
                : std::nullopt;
            push(new ChangeValue<Traits>(document(), target(), value));
        }
    });
    addRefresher([this, box, target, min, scale] {
        const std::optional<double> v = Traits::get(*document(), target());
        const double shown = v ? *v * scale : min;
        if (box->value() != shown) {
            const QSignalBlocker blocker(box);
            box->setValue(shown);
        }
    });
    return box;
}

template<typename Traits>
QComboBox *FieldForm::addCombo(const QString &label, const QString &key,
                               const std::vector<std::pair<QString, typename Traits::Value>> &items,
                               const QString &toolTip,
                               std::function<typename Traits::Target()> target)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(key);
    for (const auto &item : items)
        combo->addItem(item.first);
    addRow(label, combo, toolTip);
    FieldDescriptor field;
    for (const auto &item : items) {
        const QByteArray json = choiceJson(item.second);
        if (json.isEmpty()) // a choice the file format cannot name as this field's value
            continue;
        field.choiceTexts << item.first;
        field.choiceJson << json;
    }
    if (!field.choiceJson.isEmpty()) {
        FieldDescriptor &recorded =
            describeField(FieldDescriptor::Kind::Choice, label, key, toolTip);
        recorded.choiceTexts = field.choiceTexts;
        recorded.choiceJson = field.choiceJson;
    }
    connect(combo, &QComboBox::currentIndexChanged, this, [this, items, target](int i) {
        if (hasTarget() && i >= 0 && i < static_cast<int>(items.size()))
            push(new ChangeValue<Traits>(document(), target(), items[i].second));
    });
    addRefresher([this, combo, items, target] {
        const auto v = Traits::get(*document(), target());
        for (int i = 0; i < static_cast<int>(items.size()); ++i) {
            if (items[i].second == v && combo->currentIndex() != i) {
                const QSignalBlocker blocker(combo);
                combo->setCurrentIndex(i);
            }
        }
    });
    return combo;
}

template<typename Traits>
QCheckBox *FieldForm::addCheck(const QString &label, const QString &key, const QString &text,
                               const QString &toolTip,
                               std::function<typename Traits::Target()> target)
{
    auto *check = new QCheckBox(text, this);
    check->setObjectName(key);
    addRow(label, check, toolTip);
    describeField(FieldDescriptor::Kind::Check, label, key, toolTip);
    connect(check, &QCheckBox::toggled, this, [this, target](bool on) {
        if (hasTarget())
            push(new ChangeValue<Traits>(document(), target(), on));
    });
    addRefresher([this, check, target] {
        const bool v = Traits::get(*document(), target());
        if (check->isChecked() != v) {
            const QSignalBlocker blocker(check);
            check->setChecked(v);
        }
    });
    return check;
}

template<typename Traits>
QLineEdit *FieldForm::addText(const QString &label, const QString &key, const QString &toolTip,
                              std::function<typename Traits::Target()> target, QWidget *trailing)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key);
    if (trailing) {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(edit, 1);
        layout->addWidget(trailing);
        QLabel *labelWidget = addRow(label, row, toolTip);
        labelWidget->setBuddy(edit);
        edit->setToolTip(toolTip);
        edit->setAccessibleName(QString(label).remove(u'&'));
    } else {
        addRow(label, edit, toolTip);
    }
    describeField(FieldDescriptor::Kind::Text, label, key, toolTip);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, target] {
        if (hasTarget())
            push(new ChangeValue<Traits>(document(), target(), edit->text().trimmed()));
    });
    addRefresher([this, edit, target] {
        const QString v = Traits::get(*document(), target());
        if (edit->text() != v) {
            const QSignalBlocker blocker(edit);
            edit->setText(v);
            edit->setCursorPosition(0); // show the start of long names
        }
    });
    return edit;
}

template<typename Traits>
QLineEdit *FieldForm::addRegion(const QString &label, const QString &key, const QString &toolTip,
                                std::function<typename Traits::Target()> target,
                                const QString &emptyText)
{
    auto *choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(key + QStringLiteral("Choose"));
    choose->setAccessibleName(tr("Choose region"));
    choose->setToolTip(tr("Pick a region by grid carbon intensity"));
    QLineEdit *edit = addText<Traits>(label, key, toolTip, target, choose);
    edit->setPlaceholderText(emptyText);
    setFieldKind(key, FieldDescriptor::Kind::Region);
    connect(choose, &QPushButton::clicked, this, [this, edit, target] {
        if (!hasTarget())
            return;
        if (const std::optional<QString> id = pickRegion(edit->text()))
            push(new ChangeValue<Traits>(document(), target(), *id));
    });
    return edit;
}

} // namespace greenprint
