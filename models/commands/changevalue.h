// SPDX-License-Identifier: GPL-3.0-or-later
// The one generic "change a field" command (Tiled's ChangeValue pattern).
#pragma once

#include "undocommands.h"

#include <QUndoCommand>

namespace greenprint {

class ProjectDocument;

/**
 * Sets one field of one target to a new value, remembering the old one.
 *
 * `Traits` provides:
 *   using Value;                 the field's type (must have operator==)
 *   using Target;                what is edited (ComponentRef, a stage index, ...)
 *   static constexpr UndoId id;  the merge id
 *   static QString text();       the translated undo text, e.g. "Change hours"
 *   static Value get(const ProjectDocument &, const Target &);
 *   static void set(ProjectDocument &, const Target &, const Value &);
 *
 * The command applies the value in redo(); a command whose new value equals
 * the current one is obsolete from the start and QUndoStack::push drops it.
 */
template<typename Traits>
class ChangeValue : public QUndoCommand
{
public:
    using Value = typename Traits::Value;
    using Target = typename Traits::Target;

    ChangeValue(ProjectDocument *document, Target target, Value newValue,
                QUndoCommand *parent = nullptr)
        : QUndoCommand(Traits::text(), parent)
        , m_document(document)
        , m_target(target)
        , m_oldValue(Traits::get(*document, target))
        , m_newValue(std::move(newValue))
    {
        setObsolete(m_oldValue == m_newValue);
    }

    void undo() override { Traits::set(*m_document, m_target, m_oldValue); }
    void redo() override { Traits::set(*m_document, m_target, m_newValue); }

    int id() const override { return static_cast<int>(Traits::id); }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const ChangeValue *>(other);
        if (o->m_document != m_document || !(o->m_target == m_target))
            return false;
        m_newValue = o->m_newValue;
        setObsolete(m_oldValue == m_newValue);
        return true;
    }

    const Target &target() const { return m_target; }
    const Value &oldValue() const { return m_oldValue; }
    const Value &newValue() const { return m_newValue; }

private:
    ProjectDocument *m_document;
    Target m_target;
    Value m_oldValue;
    Value m_newValue;
};

} // namespace greenprint
