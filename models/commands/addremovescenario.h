// SPDX-License-Identifier: GPL-3.0-or-later
// Structural scenario commands: add (new, duplicate, from a Pareto point) and remove.
#pragma once

#include "domain/scenario.h"

#include <QUndoCommand>

#include <memory>

namespace greenprint {

class ProjectDocument;

/**
 * Inserts or removes one scenario at a row. The scenario not in the document
 * (before an add is redone, after a remove is redone) lives in the command's
 * std::unique_ptr (see undocommands.h). AddScenario and RemoveScenario below
 * only choose the direction, as Tiled's AddRemoveMapObjects does.
 */
class AddRemoveScenario : public QUndoCommand
{
public:
    ~AddRemoveScenario() override;

    int row() const { return m_row; }

protected:
    AddRemoveScenario(ProjectDocument *document, int row, std::unique_ptr<Scenario> scenario,
                      const QString &text, QUndoCommand *parent);
    void insert();
    void take();

private:
    ProjectDocument *m_document;
    int m_row;
    std::unique_ptr<Scenario> m_scenario; ///< set while the scenario is not in the document
};

/** Adds `scenario` at `row` (the end when -1); a taken or empty name is made unique. */
class AddScenario : public AddRemoveScenario
{
public:
    AddScenario(ProjectDocument *document, Scenario scenario, int row = -1,
                QUndoCommand *parent = nullptr);
    void undo() override { take(); }
    void redo() override { insert(); }

    /** `base` unless a scenario has that name; then "base 2", "base 3", ... */
    static QString uniqueName(const ProjectDocument &document, const QString &base);
};

/** Removes the scenario at `row`; holds it until undone or destroyed. */
class RemoveScenario : public AddRemoveScenario
{
public:
    RemoveScenario(ProjectDocument *document, int row, QUndoCommand *parent = nullptr);
    void undo() override { insert(); }
    void redo() override { take(); }
};

} // namespace greenprint
