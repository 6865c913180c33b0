// SPDX-License-Identifier: GPL-3.0-or-later
#include "componentcommands.h"

#include "componentfactory.h"
#include "undocommands.h"

#include "document/projectdocument.h"

namespace greenprint {

AddComponent::AddComponent(ProjectDocument *document, ComponentRef ref, const Component &component,
                           QUndoCommand *parent)
    : QUndoCommand(undoText(QT_TRANSLATE_NOOP("Undo Commands", "Add component")), parent)
    , m_document(document)
    , m_ref(ref)
    , m_component(std::make_unique<Component>(component))
{ }

AddComponent::~AddComponent() = default;

std::unique_ptr<AddComponent> AddComponent::duplicate(ProjectDocument *document, ComponentRef ref)
{
    const Component *original = document->component(ref);
    Q_ASSERT(original);
    Component copy = *original;
    copy.name = duplicateName(original->name, document->project().stages[std::size_t(ref.stage)]);
    auto command =
        std::make_unique<AddComponent>(document, ComponentRef{ref.stage, ref.index + 1}, copy);
    command->setText(undoText(QT_TRANSLATE_NOOP("Undo Commands", "Duplicate component")));
    return command;
}

void AddComponent::undo()
{
    m_component = std::make_unique<Component>(m_document->takeComponent(m_ref));
}

void AddComponent::redo()
{
    m_document->insertComponent(m_ref, *m_component);
    m_component.reset();
}

RemoveComponent::RemoveComponent(ProjectDocument *document, ComponentRef ref, QUndoCommand *parent)
    : QUndoCommand(undoText(QT_TRANSLATE_NOOP("Undo Commands", "Remove component")), parent)
    , m_document(document)
    , m_ref(ref)
{
    setObsolete(!document->component(ref));
}

RemoveComponent::~RemoveComponent() = default;

void RemoveComponent::undo()
{
    m_document->insertComponent(m_ref, *m_component);
    m_component.reset();
}

void RemoveComponent::redo()
{
    if (!m_document->component(m_ref))
        return;
    m_component = std::make_unique<Component>(m_document->takeComponent(m_ref));
}

MoveComponent::MoveComponent(ProjectDocument *document, int stage, int from, int to,
                             QUndoCommand *parent)
    : QUndoCommand(undoText(QT_TRANSLATE_NOOP("Undo Commands", "Move component")), parent)
    , m_document(document)
    , m_stage(stage)
    , m_from(from)
    , m_to(to)
{
    setObsolete(from == to || !document->component({stage, from})
                || !document->component({stage, to}));
}

void MoveComponent::undo()
{
    m_document->moveComponent(m_stage, m_to, m_from);
}

void MoveComponent::redo()
{
    if (!isObsolete())
        m_document->moveComponent(m_stage, m_from, m_to);
}

} // namespace greenprint
