// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectdocument.h"

#include "engine/estimator.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QUndoStack>

#include <utility>

namespace greenprint {

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

ProjectDocument::~ProjectDocument() = default;

QString ProjectDocument::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool ProjectDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ProjectDocument::reset(Project project)
{
    emit aboutToChange(ChangeEvent{ChangeFlag::Reset});
    m_undoStack->clear(); // emits cleanChanged, hence modifiedChanged, when needed
    m_project = std::move(project);
    m_loadIssues.clear();
    if (!m_filePath.isEmpty()) {
        m_filePath.clear();
        emit filePathChanged(m_filePath);
    }
    emitChange(ChangeFlag::Reset);
}

bool ProjectDocument::load(const QString &path)
{
    return adopt(readFile(path));
}

ProjectDocument::ReadResult ProjectDocument::readFile(const QString &path,
                                                      const std::atomic_bool *cancel)
{
    ProjectReader reader;
    reader.setCancelFlag(cancel);
    ReadResult result{path, reader.readFile(path), reader.issues(), {}};
    if (!result.project)
        result.errorString = reader.errorString();
    return result;
}

bool ProjectDocument::adopt(ReadResult result)
{
    if (!result.project) {
        m_loadIssues = std::move(result.issues);
        m_errorString = std::move(result.errorString);
        return false;
    }
    m_errorString.clear();
    reset(std::move(*result.project));
    m_loadIssues = std::move(result.issues);
    m_filePath = result.path;
    emit filePathChanged(m_filePath);
    return true;
}

QByteArray ProjectDocument::contentHash(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

bool ProjectDocument::save(const QString &path)
{
    // The file records what it was estimated with, so a colleague with other
    // reference data sees both sets of numbers.
    Project stamped = m_project;
    if (m_reference)
        recordProvenance(stamped, estimateProject(stamped, *m_reference));
    ProjectWriter writer;
    QByteArray written;
    if (!writer.writeFile(stamped, path, &written)) {
        m_errorString = writer.errorString();
        return false;
    }
    m_savedContentHash = contentHash(written);
    m_errorString.clear();
    m_undoStack->setClean();
    if (m_filePath != path) {
        m_filePath = path;
        emit filePathChanged(m_filePath);
    }
    return true;
}

bool ProjectDocument::revert()
{
    if (m_filePath.isEmpty()) {
        m_errorString = tr("The project has never been saved.");
        return false;
    }
    return load(m_filePath);
}

void ProjectDocument::restoreRecovered(Project project, const QString &originalPath)
{
    reset(std::move(project));
    m_filePath = originalPath;
    emit filePathChanged(m_filePath);
    m_undoStack->resetClean(); // emits cleanChanged(false), hence modifiedChanged(true)
}

void ProjectDocument::undo()
{
    m_undoStack->undo();
}

void ProjectDocument::redo()
{
    m_undoStack->redo();
}

bool ProjectDocument::canUndo() const
{
    return m_undoStack->canUndo();
}

bool ProjectDocument::canRedo() const
{
    return m_undoStack->canRedo();
}

const Component *ProjectDocument::component(ComponentRef ref) const
{
    if (ref.stage < 0 || ref.stage >= kStageCount || ref.index < 0)
        return nullptr;
    const ComponentList &components = m_project.stages[ref.stage].components;
    if (ref.index >= static_cast<int>(components.size()))
        return nullptr;
    return &components[ref.index];
}

void ProjectDocument::setProjectName(const QString &name)
{
    m_project.name = name;
    emitChange(ChangeFlag::ProjectName);
}

void ProjectDocument::setProjectRegion(const QString &region)
{
    m_project.region = region;
    emitChange(ChangeFlag::ProjectRegion);
}

void ProjectDocument::setStageRegion(int stage, const QString &region)
{
    Q_ASSERT(stage >= 0 && stage < kStageCount);
    m_project.stages[stage].region = region;
    emitChange(ChangeFlag::StageRegion, stage);
}

void ProjectDocument::setSettings(const ProjectSettings &settings)
{
    m_project.settings = settings;
    emitChange(ChangeFlag::Settings);
}

void ProjectDocument::setConstraints(const Constraints &constraints)
{
    m_project.constraints = constraints;
    emitChange(ChangeFlag::Constraints);
}

void ProjectDocument::setComponent(ComponentRef ref, const Component &component)
{
    Q_ASSERT(this->component(ref));
    m_project.stages[ref.stage].components[ref.index] = component;
    emitChange(ChangeFlag::ComponentData, ref.stage, ref.index);
}

void ProjectDocument::insertComponent(ComponentRef ref, const Component &component)
{
    ComponentList &components = m_project.stages[ref.stage].components;
    Q_ASSERT(ref.index >= 0 && ref.index <= static_cast<int>(components.size()));
    emit aboutToChange(ChangeEvent{ChangeFlag::ComponentInserted, ref.stage, ref.index});
    components.insert(components.begin() + ref.index, component);
    emitChange(ChangeFlag::ComponentInserted, ref.stage, ref.index);
}

Component ProjectDocument::takeComponent(ComponentRef ref)
{
    Q_ASSERT(this->component(ref));
    emit aboutToChange(ChangeEvent{ChangeFlag::ComponentRemoved, ref.stage, ref.index});
    ComponentList &components = m_project.stages[ref.stage].components;
    Component taken = std::move(components[ref.index]);
    components.erase(components.begin() + ref.index);
    emitChange(ChangeFlag::ComponentRemoved, ref.stage, ref.index);
    return taken;
}

void ProjectDocument::moveComponent(int stage, int from, int to)
{
    Q_ASSERT(component({stage, from}) && component({stage, to}));
    emit aboutToChange(ChangeEvent{ChangeFlag::ComponentMoved, stage, from, to});
    ComponentList &components = m_project.stages[stage].components;
    Component moving = std::move(components[from]);
    components.erase(components.begin() + from);
    components.insert(components.begin() + to, std::move(moving));
    emitChange(ChangeFlag::ComponentMoved, stage, from, to);
}

void ProjectDocument::insertCatalogInstance(int index, const CatalogInstance &instance)
{
    auto &list = m_project.catalogInstances;
    list.insert(list.begin() + qBound(0, index, static_cast<int>(list.size())), instance);
    emitChange(ChangeFlag::Catalog);
}

CatalogInstance ProjectDocument::takeCatalogInstance(int index)
{
    auto &list = m_project.catalogInstances;
    Q_ASSERT(index >= 0 && index < static_cast<int>(list.size()));
    CatalogInstance taken = std::move(list[index]);
    list.erase(list.begin() + index);
    emitChange(ChangeFlag::Catalog);
    return taken;
}

void ProjectDocument::insertCatalogRegion(int index, const CatalogRegion &region)
{
    auto &list = m_project.catalogRegions;
    list.insert(list.begin() + qBound(0, index, static_cast<int>(list.size())), region);
    emitChange(ChangeFlag::Catalog);
}

CatalogRegion ProjectDocument::takeCatalogRegion(int index)
{
    auto &list = m_project.catalogRegions;
    Q_ASSERT(index >= 0 && index < static_cast<int>(list.size()));
    CatalogRegion taken = std::move(list[index]);
    list.erase(list.begin() + index);
    emitChange(ChangeFlag::Catalog);
    return taken;
}

void ProjectDocument::insertScenario(int index, const Scenario &scenario)
{
    auto &list = m_project.scenarios;
    Q_ASSERT(index >= 0 && index <= static_cast<int>(list.size()));
    emit aboutToChange(ChangeEvent{ChangeFlag::ScenarioInserted, -1, index});
    list.insert(list.begin() + index, scenario);
    emitChange(ChangeFlag::ScenarioInserted, -1, index);
}

Scenario ProjectDocument::takeScenario(int index)
{
    auto &list = m_project.scenarios;
    Q_ASSERT(index >= 0 && index < static_cast<int>(list.size()));
    emit aboutToChange(ChangeEvent{ChangeFlag::ScenarioRemoved, -1, index});
    Scenario taken = std::move(list[index]);
    list.erase(list.begin() + index);
    emitChange(ChangeFlag::ScenarioRemoved, -1, index);
    return taken;
}

void ProjectDocument::setScenario(int index, const Scenario &scenario)
{
    Q_ASSERT(index >= 0 && index < static_cast<int>(m_project.scenarios.size()));
    m_project.scenarios[index] = scenario;
    emitChange(ChangeFlag::ScenarioData, -1, index);
}

void ProjectDocument::emitChange(ChangeFlags flags, int stage, int component, int to)
{
    emit changed(ChangeEvent{flags, stage, component, to});
}

} // namespace greenprint
