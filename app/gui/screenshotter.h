// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>

class QDockWidget;
class QWidget;

namespace greenprint {

class MainWindow;

/**
 * Renders the main views of a project to PNG files (the hidden
 * `greenprint FILE --screenshot DIR` option used by tests/screenshots.sh):
 * main-window.png, dashboard.png, plan.png, editor.png, issues.png,
 * instance-picker.png, region-picker.png, whatif.png, constraints.png and
 * allowed-regions.png (the constraints editor with EU residency, a latency
 * ceiling and an accuracy floor set, then undone), editor-recurring.png (a
 * compute job made weekly and sized by work, then undone) and, when the
 * project's folder has the example imports (actuals/), plan-actual.png.
 * The window is 1600 x 1000 unless setWindowSize() says otherwise
 * (`--window-size 1280x720`: the compact layout of a small screen).
 */
class Screenshotter
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::Screenshotter)

public:
    explicit Screenshotter(MainWindow *window);

    /** The window's size for every image (before run()). */
    void setWindowSize(QSize size) { m_size = size; }
    /** Opens `projectPath` and writes the PNGs into `directory`; false on any failure. */
    bool run(const QString &projectPath, const QString &directory);

private:
    bool save(QWidget *widget, const QString &directory, const QString &name);
    /** Hides the plan and editor docks (as after closing them) so a tab gets the width. */
    QList<QDockWidget *> hideSideDocks();
    bool saveWhatIf(const QString &directory);
    /** The what-if view with a whole-plan scenario made from the whole plan's Pareto front. */
    bool saveWholePlan(const QString &directory);
    /** The scenario's overrides with the docks open, one being edited in its row. */
    bool saveOverrides(const QString &directory);
    bool saveConstraints(const QString &directory);
    bool savePlanActual(const QString &projectPath, const QString &directory);
    /** The editor of the first compute job, made weekly and sized by work through its form. */
    bool saveRecurringEditor(const QString &directory);

    MainWindow *m_window;
    QSize m_size{1600, 1000};
};

} // namespace greenprint
