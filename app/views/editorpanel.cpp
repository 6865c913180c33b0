// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorpanel.h"

#include "elidedlabel.h"
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

#include <algorithm>

namespace greenprint {

EditorPanel::EditorPanel(const EditorContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(new ElidedLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select a stage or a component to edit it."), this))
    , m_stageForm(new StageForm(context, this))
{
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("editorHeading"));
    static_cast<QLabel *>(m_placeholder)->setWordWrap(true);
    static_cast<QLabel *>(m_placeholder)->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_forms = {new ComputeForm(context, this),  new StorageForm(context, this),
               new TransferForm(context, this), new NotebookForm(context, this),
               new TuningForm(context, this),   new EndpointForm(context, this),
               new LogsForm(context, this)};
    // Each form scrolls in its own page: the dock scrolls exactly as far as the visible
    // form needs, and a form that grows (rows shown by "Runs" or "Size by") gets the height
    // it asks for at once. One scroll area around the whole stack would size every page to
    // the tallest form's height for width instead.
    addPage(m_placeholder);
    // The editor dock opens 310 px wide on a 1280 x 720 screen (MainWindow::useCompactDocks).
    m_stageForm->wrapLongRows();
    addPage(m_stageForm);
    for (ComponentForm *form : m_forms) {
        form->wrapLongRows();
        form->setObjectName(componentTypeKey(form->type()) + QStringLiteral("Form"));
        addPage(form);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_stack, 1);
    connect(context.document, &ProjectDocument::changed, this, &EditorPanel::updateHeading);
    updateHeading();
}

void EditorPanel::addPage(QWidget *form)
{
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(scroll);
}

int EditorPanel::contentMinimumWidth() const
{
    int formWidth = 0;
    for (int i = 0; i < m_stack->count(); ++i)
        formWidth = std::max(formWidth, formAt(i)->minimumSizeHint().width());
    const QMargins margins = contentsMargins() + layout()->contentsMargins();
    return formWidth + margins.left() + margins.right()
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
}

QWidget *EditorPanel::formAt(int page) const
{
    const auto *scroll = qobject_cast<QScrollArea *>(m_stack->widget(page));
    return scroll ? scroll->widget() : nullptr;
}

void EditorPanel::showPage(QWidget *form)
{
    for (int i = 0; i < m_stack->count(); ++i) {
        if (formAt(i) == form)
            m_stack->setCurrentIndex(i);
    }
}

void EditorPanel::showTarget(int stage, ComponentRef component)
{
    m_stage = stage;
    m_component = component;
    const Component *c = m_context.document->component(component);
    if (c) {
        ComponentForm *form = m_forms[static_cast<int>(c->type())];
        form->setTarget(component);
        showPage(form);
    } else if (stage >= 0 && stage < kStageCount) {
        m_stageForm->setStage(stage);
        showPage(m_stageForm);
    } else {
        showPage(m_placeholder);
    }
    updateHeading();
}

bool EditorPanel::focusField(const QString &key)
{
    auto *form = qobject_cast<FieldForm *>(currentForm());
    if (!form || !form->focusField(key))
        return false;
    if (auto *scroll = qobject_cast<QScrollArea *>(m_stack->currentWidget()))
        scroll->ensureWidgetVisible(form->focusWidget());
    return true;
}

QWidget *EditorPanel::currentForm() const
{
    return formAt(m_stack->currentIndex());
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
        m_heading->setFullText(tr("%1 › %2 (%3)")
                                   .arg(stageDisplayName(stage.kind, stage.name), c->name,
                                        componentTypeDisplayName(c->type())));
    } else if (m_stage >= 0 && m_stage < kStageCount) {
        const Stage &stage = project.stages[m_stage];
        m_heading->setFullText(tr("Stage: %1").arg(stageDisplayName(stage.kind, stage.name)));
    } else {
        m_heading->setFullText(tr("Editor"));
    }
}

} // namespace greenprint
