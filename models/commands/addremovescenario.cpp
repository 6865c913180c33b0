// SPDX-License-Identifier: GPL-3.0-or-later
#include "addremovescenario.h"

#include "undocommands.h"

#include "document/projectdocument.h"

namespace greenprint {

AddRemoveScenario::AddRemoveScenario(ProjectDocument *document, int row,
                                     std::unique_ptr<Scenario> scenario, const QString &text,
                                     QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_row(row)
    , m_scenario(std::move(scenario))
{ }

AddRemoveScenario::~AddRemoveScenario() = default;

void AddRemoveScenario::insert()
{
    Q_ASSERT(m_scenario);
    m_document->insertScenario(m_row, *m_scenario);
    m_scenario.reset();
}

void AddRemoveScenario::take()
{
    Q_ASSERT(!m_scenario);
    m_scenario = std::make_unique<Scenario>(m_document->takeScenario(m_row));
}

AddScenario::AddScenario(ProjectDocument *document, Scenario scenario, int row,
                         QUndoCommand *parent)
    : AddRemoveScenario(
        document, row < 0 ? static_cast<int>(document->project().scenarios.size()) : row,
        [&] {
            scenario.name = uniqueName(*document, scenario.name);
            return std::make_unique<Scenario>(std::move(scenario));
        }(),
        undoText(QT_TRANSLATE_NOOP("Undo Commands", "Add scenario")), parent)
{ }

QString AddScenario::uniqueName(const ProjectDocument &document, const QString &base)
{
    const QString stem = base.trimmed().isEmpty()
        ? QCoreApplication::translate("greenprint::AddScenario", "Scenario")
        : base.trimmed();
    auto taken = [&document](const QString &name) {
        return document.project().scenario(name) != nullptr;
    };
    if (!taken(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString name = QStringLiteral("%1 %2").arg(stem).arg(n);
        if (!taken(name))
            return name;
    }
}

RemoveScenario::RemoveScenario(ProjectDocument *document, int row, QUndoCommand *parent)
    : AddRemoveScenario(document, row, nullptr,
                        undoText(QT_TRANSLATE_NOOP("Undo Commands", "Remove scenario")), parent)
{ }

} // namespace greenprint
