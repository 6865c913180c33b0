// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/estimate.h"
#include "domain/project.h"
#include "domain/referencedata.h"

#include <QMainWindow>

class QLabel;
class QTreeWidget;

namespace greenprint {

/** The planner window: a project's stages and components with their estimate. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ReferenceData reference, QWidget *parent = nullptr);

    /** Opens a project; on failure shows every problem and keeps the current one. */
    bool openFile(const QString &path);

private:
    void chooseFile();
    void refresh();

    ReferenceData m_reference;
    Project m_project;
    QString m_path;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_totals = nullptr;
};

} // namespace greenprint
