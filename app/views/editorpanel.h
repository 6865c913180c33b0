// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editorcontext.h"

#include "document/changeevent.h"
#include "domain/project.h"

#include <QWidget>

#include <array>

class QStackedWidget;

namespace greenprint {

class ComponentForm;
class ElidedLabel;
class StageForm;

/** Shows the editor of the current stage or component: one form per component type. */
class EditorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EditorPanel(const EditorContext &context, QWidget *parent = nullptr);

    /** Shows the stage form (component invalid) or the form of the component's type. */
    void showTarget(int stage, ComponentRef component);
    /** Focuses the field with this project-file key in the visible form. */
    bool focusField(const QString &key);
    /** The visible form, e.g. for tests. */
    QWidget *currentForm() const;
    ComponentForm *componentForm(ComponentType type) const;
    StageForm *stageForm() const { return m_stageForm; }
    /** The document, catalogs and estimate the forms edit with. */
    const EditorContext &context() const { return m_context; }
    /** The width at which every form shows without a horizontal scroll bar. */
    int contentMinimumWidth() const;

private:
    void updateHeading();
    /** Adds `form` as a page of the stack, in a scroll area of its own. */
    void addPage(QWidget *form);
    /** The form of page `page` of the stack. */
    QWidget *formAt(int page) const;
    void showPage(QWidget *form);

    EditorContext m_context;
    ElidedLabel *m_heading;
    QStackedWidget *m_stack;
    QWidget *m_placeholder;
    StageForm *m_stageForm;
    std::array<ComponentForm *, kComponentTypeCount> m_forms{};
    int m_stage = -1;
    ComponentRef m_component;
};

} // namespace greenprint
