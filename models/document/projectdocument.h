// SPDX-License-Identifier: GPL-3.0-or-later
// One open project: the Project value, its undo stack, file path and modified state.
#pragma once

/*
 * Project document
 * ================
 * ProjectDocument owns the Project being edited. Views never write to it:
 * they push QUndoCommands (models/commands/) on undoStack(), and only those
 * commands call the mutators in the "Mutators for commands" section. Every
 * mutator emits changed(ChangeEvent) after the project was modified; item
 * models, the live estimate and the widgets subscribe to that one signal and
 * translate it into rows*, dataChanged or a redraw (one signal, no widget asks
 * another to refresh). Structural
 * changes (component inserted, removed or moved; reset) are announced first
 * with aboutToChange() carrying the same event, so that item models can call
 * beginInsertRows() & co. while the project still has its old shape.
 *
 * The modified flag is the undo stack's clean state: saving marks the stack
 * clean, undoing back to that point makes the document unmodified again.
 * load() reads a whole file first and changes nothing when it fails.
 */

#include "changeevent.h"

#include "domain/issue.h"
#include "domain/project.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <optional>

class QUndoStack;

namespace greenprint {

struct ReferenceData;

class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    const Project &project() const { return m_project; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /** The file the project was read from or last saved to; empty for a new project. */
    QString filePath() const { return m_filePath; }
    /** The file name, or "Untitled" for a project that was never saved. */
    QString displayName() const;
    bool isModified() const;

    /** Replaces the project (File > New); clears the undo history and the file path. */
    void reset(Project project = Project());

    /**
     * Reads `path` through ProjectReader. On success replaces the project,
     * clears the undo history and remembers the path. On failure leaves
     * everything unchanged, sets errorString() and fills loadIssues() with
     * every problem found. Warnings of a successful read are in loadIssues().
     */
    [[nodiscard]] bool load(const QString &path);

    /** What reading a project file found: the project, or the reasons there is none. */
    struct ReadResult
    {
        QString path;
        std::optional<Project> project;
        Issues issues;
        QString errorString;
    };
    /**
     * The reading half of load(): touches no document, so it may run on a
     * worker thread (the GUI reads large files so, behind a progress dialog).
     * The read stops soon after `*cancel` becomes true.
     */
    static ReadResult readFile(const QString &path, const std::atomic_bool *cancel = nullptr);
    /** The adopting half of load(): what load() does with a finished read. */
    [[nodiscard]] bool adopt(ReadResult result);
    /** Writes the project atomically to `path`; marks it clean and remembers the path. */
    [[nodiscard]] bool save(const QString &path);
    /**
     * SHA-256 of the bytes the last successful save() wrote (empty before one): what tells
     * the document's own file from another program's change (ExternalChangeWatcher). The
     * project itself cannot: a save records its estimate's totals (provenance) in the file.
     */
    QByteArray savedContentHash() const { return m_savedContentHash; }
    /** The hash savedContentHash() and ExternalChangeWatcher compare: SHA-256 of `bytes`. */
    static QByteArray contentHash(const QByteArray &bytes);
    /**
     * The reference data saves are estimated with, to record the file's
     * provenance (data version and totals); not owned, may be nullptr (then
     * the provenance is written as it was read).
     */
    void setReferenceData(const ReferenceData *reference) { m_reference = reference; }
    /** Re-reads filePath(), dropping every unsaved change (File > Revert). */
    [[nodiscard]] bool revert();
    /**
     * Takes a project recovered after a crash (RecoveryStore): replaces the
     * project and clears the undo history like reset(), but keeps
     * `originalPath` as the file path and marks the document modified, since
     * the recovered changes were never saved.
     */
    void restoreRecovered(Project project, const QString &originalPath);

    QString errorString() const { return m_errorString; }
    const Issues &loadIssues() const { return m_loadIssues; }

    void undo();
    void redo();
    bool canUndo() const;
    bool canRedo() const;

    const Component *component(ComponentRef ref) const;

    // Mutators for commands (models/commands/); each emits changed().
    void setProjectName(const QString &name);
    void setProjectRegion(const QString &region);
    void setStageRegion(int stage, const QString &region);
    void setSettings(const ProjectSettings &settings);
    void setConstraints(const Constraints &constraints);
    void setComponent(ComponentRef ref, const Component &component);
    void insertComponent(ComponentRef ref, const Component &component);
    Component takeComponent(ComponentRef ref);
    void moveComponent(int stage, int from, int to);
    void insertCatalogInstance(int index, const CatalogInstance &instance);
    CatalogInstance takeCatalogInstance(int index);
    void insertCatalogRegion(int index, const CatalogRegion &region);
    CatalogRegion takeCatalogRegion(int index);
    /** Scenarios: the event's `component` is the scenario's row (see ChangeFlag). */
    void insertScenario(int index, const Scenario &scenario);
    Scenario takeScenario(int index);
    void setScenario(int index, const Scenario &scenario);

signals:
    /** Emitted before a structural change (see ChangeEvent), always followed by changed(). */
    void aboutToChange(const greenprint::ChangeEvent &event);
    void changed(const greenprint::ChangeEvent &event);
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    void emitChange(ChangeFlags flags, int stage = -1, int component = -1, int to = -1);

    Project m_project;
    QUndoStack *m_undoStack = nullptr;
    QString m_filePath;
    QString m_errorString;
    const ReferenceData *m_reference = nullptr;
    Issues m_loadIssues;
    QByteArray m_savedContentHash;
};

} // namespace greenprint
