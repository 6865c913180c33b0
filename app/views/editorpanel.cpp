// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorpanel.h"

#include "stageform.h"
#include "editors/computeform.h"
#include "editors/endpointform.h"
#include "editors/logsform.h"
#include "editors/notebookform.h"
#include "editors/storageform.h"
#include "editors/transferform.h"
#include "editors/tuningform.h"

#include "document/projectdocument.h"
#include "domain/names.h"

#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace greenprint {

EditorPanel::EditorPanel(const EditorContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select a stage or a component to edit it."), this))
    , m_stageForm(new StageForm(context, this))
{
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    static_cast<QLabel *>(m_placeholder)->setWordWrap(true);
    static_cast<QLabel *>(m_placeholder)->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_forms = {new ComputeForm(context, this),  new StorageForm(context, this),
               new TransferForm(context, this), new NotebookForm(context, this),
               new TuningForm(context, this),   new EndpointForm(context, this),
               new LogsForm(context, this)};
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_stageForm);
    // The editor dock opens 310 px wide on a 1280 x 720 screen (MainWindow::useCompactDocks).
    m_stageForm->wrapLongRows();
    for (ComponentForm *form : m_forms) {
        form->wrapLongRows();
        form->setObjectName(componentTypeKey(form->type()) + QStringLiteral("Form"));
        m_stack->addWidget(form);
    }

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);
    connect(context.document, &ProjectDocument::changed, this, &EditorPanel::updateHeading);
    updateHeading();
}

int EditorPanel::contentMinimumWidth() const
{
    const QMargins margins = contentsMargins() + layout()->contentsMargins();
    return m_stack->minimumSizeHint().width() + margins.left() + margins.right()
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
}

void EditorPanel::showTarget(int stage, ComponentRef component)
{
    m_stage = stage;
    m_component = component;
    const Component *c = m_context.document->component(component);
    if (c) {
        ComponentForm *form = m_forms[static_cast<int>(c->type())];
        form->setTarget(component);
        m_stack->setCurrentWidget(form);
    } else if (stage >= 0 && stage < kStageCount) {
        m_stageForm->setStage(stage);
        m_stack->setCurrentWidget(m_stageForm);
    } else {
        m_stack->setCurrentWidget(m_placeholder);
    }
    updateHeading();
}

bool EditorPanel::focusField(const QString &key)
{
    auto *form = qobject_cast<FieldForm *>(m_stack->currentWidget());
    return form && form->focusField(key);
}

QWidget *EditorPanel::currentForm() const
{
    return m_stack->currentWidget();
}

ComponentForm *EditorPanel::componentForm(ComponentType type) const
{
    return m_forms[static_cast<int>(type)];
}

void EditorPanel::updateHeading()
{
    const Project &project = m_context.document->project();
    if (const Component *c = m_context.document->component(m_component)) {
        const Stage &stage = project.stages[m_component.stage];
        m_heading->setText(tr("%1 › %2 (%3)")
                               .arg(stageDisplayName(stage.kind, stage.name), c->name,
                                    componentTypeDisplayName(c->type())));
    } else if (m_stage >= 0 && m_stage < kStageCount) {
        const Stage &stage = project.stages[m_stage];
        m_heading->setText(tr("Stage: %1").arg(stageDisplayName(stage.kind, stage.name)));
    } else {
        m_heading->setText(tr("Editor"));
    }
}

} // namespace greenprint
