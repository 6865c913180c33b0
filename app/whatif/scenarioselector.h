// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QToolButton;

namespace greenprint {

class LiveAdvisor;
class ScenarioListModel;

/**
 * Picks the current scenario (LiveAdvisor::currentScenario) and creates,
 * duplicates, renames and deletes scenarios through undoable commands.
 */
class ScenarioSelector : public QWidget
{
    Q_OBJECT

public:
    ScenarioSelector(LiveAdvisor *advisor, ScenarioListModel *model, QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }

    /** Adds an empty scenario with a fresh name and makes it current; returns its row. */
    int newScenario();
    /** Adds a copy of the current scenario ("… 2") and makes it current; -1 without one. */
    int duplicateScenario();
    /** Renames the current scenario; false when the name is empty or taken. */
    bool renameScenario(const QString &name);
    /** Removes the current scenario (undoable); false without one. */
    bool deleteScenario();

private:
    void askRename();
    void updateButtons();

    LiveAdvisor *m_advisor;
    QComboBox *m_combo;
    QToolButton *m_new;
    QToolButton *m_duplicate;
    QToolButton *m_rename;
    QToolButton *m_delete;
    bool m_resetting = false;
};

} // namespace greenprint
