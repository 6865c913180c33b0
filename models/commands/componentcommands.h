// SPDX-License-Identifier: GPL-3.0-or-later
// Structural component commands: add, duplicate, remove and move (reorder).
#pragma once

#include "document/changeevent.h"
#include "domain/project.h"

#include <QUndoCommand>

#include <memory>

namespace greenprint {

class ProjectDocument;

/** Inserts a component at `ref`; holds it while undone. Also used for duplicating. */
class AddComponent : public QUndoCommand
{
public:
    AddComponent(ProjectDocument *document, ComponentRef ref, const Component &component,
                 QUndoCommand *parent = nullptr);
    ~AddComponent() override;

    /** A command that inserts a copy of the component at `ref` right after it, named "… (2)"
     * (duplicateName()). */
    static std::unique_ptr<AddComponent> duplicate(ProjectDocument *document, ComponentRef ref);

    void undo() override;
    void redo() override;

    ComponentRef ref() const { return m_ref; }

private:
    ProjectDocument *m_document;
    ComponentRef m_ref;
    std::unique_ptr<Component> m_component; ///< set while the component is not in the document
};

/** Removes the component at `ref`; holds it until undone or destroyed. */
class RemoveComponent : public QUndoCommand
{
public:
    RemoveComponent(ProjectDocument *document, ComponentRef ref, QUndoCommand *parent = nullptr);
    ~RemoveComponent() override;

    void undo() override;
    void redo() override;

private:
    ProjectDocument *m_document;
    ComponentRef m_ref;
    std::unique_ptr<Component> m_component; ///< set while the component is removed
};

/** Moves a component to another row of the same stage. Obsolete when from == to. */
class MoveComponent : public QUndoCommand
{
public:
    MoveComponent(ProjectDocument *document, int stage, int from, int to,
                  QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ProjectDocument *m_document;
    int m_stage;
    int m_from;
    int m_to;
};

} // namespace greenprint
