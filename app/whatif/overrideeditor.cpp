// SPDX-License-Identifier: GPL-3.0-or-later
#include "overrideeditor.h"

#include "fieldvalueeditor.h"
#include "overridedelegate.h"

#include "commands/scenariofields.h"
#include "document/liveadvisor.h"
#include "document/projectdocument.h"
#include "io/fieldpath.h"
#include "io/overrideapplier.h"
#include "itemmodels/overridetablemodel.h"
#include "scenario/scenarioevaluator.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPoint>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

namespace greenprint {
namespace {

/** A combo box that never asks for the width of its longest item (component names). */
QComboBox *compactCombo(const QString &name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    return combo;
}

} // namespace

OverrideEditor::OverrideEditor(LiveAdvisor *advisor, OverrideTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_advisor(advisor)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_target(compactCombo(QStringLiteral("overrideTarget"), this))
    , m_field(compactCombo(QStringLiteral("overrideField"), this))
    , m_valueHolder(new QWidget(this))
    , m_set(new QPushButton(tr("&Set"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_rawToggle(new QToolButton(this))
    , m_raw(new QWidget(this))
    , m_path(new QLineEdit(m_raw))
    , m_value(new QLineEdit(m_raw))
    , m_addRaw(new QPushButton(tr("Add"), m_raw))
    , m_errors(new QLabel(this))
{
    setObjectName(QStringLiteral("overrideEditor"));
    m_view->setObjectName(QStringLiteral("overrideTable"));
    m_view->setAccessibleName(tr("Field overrides of the current scenario"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(OverrideTableModel::Path, 230);
    m_view->setColumnWidth(OverrideTableModel::Value, 230);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // the field's name and the new value both show

    m_target->setAccessibleName(tr("Stage or component to change"));
    m_target->setToolTip(tr("The stage or component of the plan whose field the scenario "
                            "changes"));
    m_field->setAccessibleName(tr("Field to change"));
    m_field->setToolTip(tr("The field, as the plan's editor names it"));
    auto *valueLayout = new QHBoxLayout(m_valueHolder);
    valueLayout->setContentsMargins(0, 0, 0, 0);
    m_set->setObjectName(QStringLiteral("addOverride"));
    m_set->setAccessibleName(tr("Set override"));
    m_set->setToolTip(tr("Set this field to this value in the scenario (added, or changed when "
                         "the scenario overrides it already)"));
    m_remove->setObjectName(QStringLiteral("removeOverride"));
    m_remove->setAccessibleName(tr("Remove override"));

    // Advanced: any field of the project file, by its JSON path.
    m_rawToggle->setObjectName(QStringLiteral("overrideRawToggle"));
    m_rawToggle->setText(tr("JSON path…"));
    m_rawToggle->setCheckable(true);
    m_rawToggle->setAutoRaise(true);
    m_rawToggle->setToolTip(tr("Advanced: override any field of the project file by its JSON "
                               "path"));
    m_path->setObjectName(QStringLiteral("overridePath"));
    m_path->setPlaceholderText(tr("stages[2].components[0].instance"));
    m_path->setAccessibleName(tr("Override field (JSON path)"));
    m_path->setToolTip(tr("A field of the project file, e.g. stages[2].components[0].instance "
                          "(stages and components count from 0)"));
    m_value->setObjectName(QStringLiteral("overrideValue"));
    m_value->setPlaceholderText(tr("eu-north-1"));
    m_value->setAccessibleName(tr("Override value"));
    m_value->setToolTip(tr("The new value: a number, true or false, null to remove an optional "
                           "field, or text (quotes are added for you)"));
    m_addRaw->setObjectName(QStringLiteral("addRawOverride"));
    m_addRaw->setAccessibleName(tr("Add override by JSON path"));
    auto *pathLabel = new QLabel(tr("&Path:"), m_raw);
    pathLabel->setBuddy(m_path);
    auto *rawValueLabel = new QLabel(tr("V&alue:"), m_raw);
    rawValueLabel->setBuddy(m_value);
    auto *rawLayout = new QHBoxLayout(m_raw);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->addWidget(pathLabel);
    rawLayout->addWidget(m_path, 3);
    rawLayout->addWidget(rawValueLabel);
    rawLayout->addWidget(m_value, 2);
    rawLayout->addWidget(m_addRaw);
    m_raw->setVisible(false);

    m_errors->setObjectName(QStringLiteral("overrideErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setStyleSheet(QStringLiteral("color: #c62828;"));

    auto *targetLabel = new QLabel(tr("&Change:"), this);
    targetLabel->setBuddy(m_target);
    auto *fieldLabel = new QLabel(tr("&Field:"), this);
    fieldLabel->setBuddy(m_field);
    auto *valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_valueHolder);
    // Two short rows under the table, so the tab fits beside the docks on a small screen.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 0, 0, 1, 6);
    layout->addWidget(targetLabel, 1, 0);
    layout->addWidget(m_target, 1, 1);
    layout->addWidget(fieldLabel, 1, 2);
    layout->addWidget(m_field, 1, 3, 1, 3);
    layout->addWidget(valueLabel, 2, 0);
    layout->addWidget(m_valueHolder, 2, 1, 1, 2);
    layout->addWidget(m_set, 2, 3);
    layout->addWidget(m_remove, 2, 4);
    layout->addWidget(m_rawToggle, 2, 5);
    layout->addWidget(m_raw, 3, 0, 1, 6);
    layout->addWidget(m_errors, 4, 0, 1, 6);
    layout->setColumnStretch(1, 3);
    layout->setColumnStretch(3, 1);

    connect(m_target, &QComboBox::currentIndexChanged, this, &OverrideEditor::updateFieldList);
    connect(m_field, &QComboBox::currentIndexChanged, this, &OverrideEditor::updateValueEditor);
    connect(m_set, &QPushButton::clicked, this, &OverrideEditor::setFromEditors);
    connect(m_remove, &QPushButton::clicked, this, &OverrideEditor::removeSelected);
    connect(m_rawToggle, &QToolButton::toggled, m_raw, &QWidget::setVisible);
    connect(m_addRaw, &QPushButton::clicked, this, &OverrideEditor::addFromRawFields);
    connect(m_value, &QLineEdit::returnPressed, this, &OverrideEditor::addFromRawFields);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        selectRowTarget();
        updateState();
    });
    connect(advisor, &LiveAdvisor::updated, this, &OverrideEditor::updateState);
    connect(advisor, &LiveAdvisor::currentScenarioChanged, this, &OverrideEditor::updateState);
    // Listing the targets and reading their values serialises the plan: on a plan of 100,000
    // components that took a second and a half after every edit, so a hidden editor waits
    // until it is shown.
    connect(advisor->document(), &ProjectDocument::changed, this, [this] {
        if (isVisible())
            updateTargets();
        else
            m_targetsStale = true;
    });
    updateTargets();
    updateState();
}

void OverrideEditor::setFields(const OverrideFields &fields, const EditorContext &context)
{
    m_fields = fields;
    m_context = context;
    m_view->setItemDelegate(new OverrideDelegate(&m_fields, m_context, m_view));
    m_model->setDescriber([this](const Project &plan, const ScenarioOverride &o,
                                 const std::optional<QByteArray> &baseline) {
        return m_fields.describe(plan, o, baseline);
    });
    updateTargets();
    updateState();
}

OverrideTarget OverrideEditor::currentTarget() const
{
    const QPoint at = m_target->currentData().toPoint();
    return m_target->currentIndex() < 0 ? OverrideTarget{} : OverrideTarget{at.x(), at.y()};
}

const FieldDescriptor *OverrideEditor::currentField() const
{
    const int i = m_field->currentIndex();
    return i >= 0 && i < static_cast<int>(m_offered.size()) ? &m_offered[std::size_t(i)] : nullptr;
}

void OverrideEditor::showEvent(QShowEvent *event)
{
    if (m_targetsStale)
        updateTargets();
    QWidget::showEvent(event);
}

void OverrideEditor::updateTargets()
{
    m_targetsStale = false;
    const Project &plan = m_advisor->document()->project();
    const OverrideTarget current = currentTarget();
    {
        const QSignalBlocker blocker(m_target);
        m_target->clear();
        if (!m_fields.isEmpty()) {
            for (const auto &[target, text] : OverrideFields::targets(plan)) {
                m_target->addItem(text, QPoint(target.stage, target.component));
                m_target->setItemData(m_target->count() - 1, text, Qt::ToolTipRole);
            }
        }
        const int keep = m_target->findData(QPoint(current.stage, current.component));
        // A plan's first component is a better start than its first stage's region.
        int start = keep;
        for (int i = 0; start < 0 && i < m_target->count(); ++i) {
            if (m_target->itemData(i).toPoint().y() >= 0)
                start = i;
        }
        m_target->setCurrentIndex(start);
    }
    updateFieldList();
}

void OverrideEditor::updateFieldList()
{
    const FieldDescriptor *before = currentField();
    const QString key = before ? before->key : QString();
    m_offered = m_fields.fieldsOf(m_advisor->document()->project(), currentTarget());
    {
        const QSignalBlocker blocker(m_field);
        m_field->clear();
        int keep = -1;
        for (const FieldDescriptor &field : m_offered) {
            if (field.key == key)
                keep = m_field->count();
            m_field->addItem(field.label);
            m_field->setItemData(m_field->count() - 1, field.toolTip, Qt::ToolTipRole);
        }
        m_field->setCurrentIndex(keep >= 0 ? keep : (m_offered.empty() ? -1 : 0));
    }
    updateValueEditor();
}

void OverrideEditor::updateValueEditor()
{
    const FieldDescriptor *field = currentField();
    const QString path = field ? OverrideFields::path(currentTarget(), *field) : QString();
    if (m_valueEditor && m_valueEditor->property("overridePath").toString() == path && field
        && m_valueEditor->field().kind == field->kind)
        return; // the same field: keep what is being typed
    delete m_valueEditor;
    m_valueEditor = nullptr;
    if (field) {
        m_valueEditor = new FieldValueEditor(*field, m_context, m_valueHolder);
        m_valueEditor->setObjectName(QStringLiteral("overrideValueEditor"));
        m_valueEditor->setProperty("overridePath", path);
        m_valueHolder->layout()->addWidget(m_valueEditor);
        // Start from the scenario's value, else the plan's.
        QByteArray value;
        const Project &plan = m_advisor->document()->project();
        const int scenario = m_advisor->currentScenario();
        if (scenario >= 0 && scenario < static_cast<int>(plan.scenarios.size())) {
            for (const ScenarioOverride &o : plan.scenarios[std::size_t(scenario)].overrides) {
                // "Runs: Once" is the removal of the recurrence object (overridePath()).
                if (o.path == path
                    || (field->kind == FieldDescriptor::Kind::Choice
                        && o.path == ScenarioEdits::overridePath(path, "null")))
                    value = o.value;
            }
        }
        if (value.isEmpty()) {
            if (const auto baseline = OverrideApplier::valuesAt(plan, {path}).front())
                value = *baseline;
        }
        m_valueEditor->setJson(value);
        setTabOrder(m_field, m_valueEditor->input());
    }
    updateState();
}

void OverrideEditor::selectRowTarget()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const auto resolved =
        m_fields.resolve(m_advisor->document()->project(), m_model->pathAt(rows.first().row()));
    if (!resolved)
        return;
    const int target = m_target->findData(QPoint(resolved->first.stage, resolved->first.component));
    if (target < 0)
        return;
    m_target->setCurrentIndex(target); // updates the field list
    for (int i = 0; i < static_cast<int>(m_offered.size()); ++i) {
        if (m_offered[std::size_t(i)].key == resolved->second.key)
            m_field->setCurrentIndex(i);
    }
}

bool OverrideEditor::setOverride(const QString &path, const QByteArray &value)
{
    ProjectDocument *document = m_advisor->document();
    std::unique_ptr<QUndoCommand> command =
        ScenarioEdits::setOverride(document, m_advisor->currentScenario(), path, value);
    if (!command)
        return false;
    document->undoStack()->push(command.release());
    return true;
}

bool OverrideEditor::setFromEditors()
{
    const FieldDescriptor *field = currentField();
    if (!field || !m_valueEditor)
        return false;
    const QByteArray value = m_valueEditor->json();
    if (value.isEmpty())
        return false;
    return setOverride(OverrideFields::path(currentTarget(), *field), value);
}

bool OverrideEditor::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    ProjectDocument *document = m_advisor->document();
    std::unique_ptr<QUndoCommand> command = ScenarioEdits::removeOverride(
        document, m_advisor->currentScenario(), m_model->pathAt(rows.first().row()));
    if (!command)
        return false;
    document->undoStack()->push(command.release());
    return true;
}

void OverrideEditor::addFromRawFields()
{
    // Text typed without quotes is text: eu-north-1 is "eu-north-1", not broken JSON.
    const QString typed = m_value->text().trimmed();
    if (typed.isEmpty())
        return;
    QByteArray value = typed.toUtf8();
    if (JsonValue::parse(value).isUndefined())
        value = JsonValue::string(typed);
    if (setOverride(m_path->text(), value)) {
        m_path->clear();
        m_value->clear();
        m_path->setFocus();
    }
}

void OverrideEditor::updateState()
{
    const bool has = m_advisor->currentScenario() >= 0;
    for (QWidget *w :
         {static_cast<QWidget *>(m_target), static_cast<QWidget *>(m_field), m_valueHolder,
          static_cast<QWidget *>(m_path), static_cast<QWidget *>(m_value),
          static_cast<QWidget *>(m_addRaw), static_cast<QWidget *>(m_rawToggle)})
        w->setEnabled(has);
    m_set->setEnabled(has && m_valueEditor);
    m_remove->setEnabled(has && m_view->selectionModel()->hasSelection());
    QStringList lines;
    const ScenarioEvaluation &evaluation = m_advisor->evaluation();
    for (const Issue &issue : evaluation.issues) {
        if (issue.severity != Issue::Severity::Error || issue.path.isEmpty())
            continue;
        lines << tr("%1: %2").arg(issue.path, issue.message);
    }
    m_errors->setText(lines.join(u'\n'));
    m_errors->setVisible(!lines.isEmpty());
}

} // namespace greenprint
