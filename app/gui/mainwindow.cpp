// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "domain/names.h"
#include "engine/estimator.h"
#include "io/projectreader.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace greenprint {

MainWindow::MainWindow(ReferenceData reference, QWidget *parent)
    : QMainWindow(parent)
    , m_reference(std::move(reference))
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_totals = new QLabel(central);
    m_totals->setTextFormat(Qt::PlainText);
    m_tree = new QTreeWidget(central);
    m_tree->setHeaderLabels({tr("Stage / component"), tr("Instance"), tr("Hours"),
                             tr("Energy (kWh)"), tr("Carbon (kgCO2e)"), tr("Cost (USD)")});
    m_tree->setAccessibleName(tr("Estimate by stage and component"));
    layout->addWidget(m_totals);
    layout->addWidget(m_tree);
    setCentralWidget(central);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseFile);
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    resize(1100, 700);
    refresh();
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                      tr("Greenprint projects (*.greenprint)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    ProjectReader reader;
    std::optional<Project> project = reader.readFile(path);
    if (!project) {
        QMessageBox::critical(this, tr("Cannot open project"), reader.errorString());
        return false;
    }
    m_project = std::move(*project);
    m_path = path;
    refresh();
    return true;
}

void MainWindow::refresh()
{
    const Estimate estimate = estimateProject(m_project, m_reference);
    const QLocale locale;
    auto fmt = [&](double v, int decimals) { return locale.toString(v, 'f', decimals); };
    setWindowTitle(m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName());
    m_totals->setText(tr("%1 — energy %2 kWh, carbon %3 kgCO2e, cost %4 USD")
                          .arg(m_project.name.isEmpty() ? tr("Untitled") : m_project.name,
                               fmt(estimate.total.energy.kWh, 1), fmt(estimate.total.co2e.kg, 1),
                               fmt(estimate.total.cost.usd, 2)));
    m_tree->clear();
    for (const StageEstimate &stage : estimate.stages) {
        auto *stageItem = new QTreeWidgetItem(m_tree, {stage.name, QString(), QString(),
                                                       fmt(stage.footprint.energy.kWh, 1),
                                                       fmt(stage.footprint.co2e.kg, 1),
                                                       fmt(stage.footprint.cost.usd, 2)});
        for (const ComponentEstimate &c : stage.components) {
            new QTreeWidgetItem(stageItem, {c.name, c.instance, fmt(c.hours.h, 1),
                                            fmt(c.footprint.energy.kWh, 1),
                                            fmt(c.footprint.co2e.kg, 1),
                                            fmt(c.footprint.cost.usd, 2)});
        }
    }
    m_tree->expandAll();
    m_tree->header()->resizeSections(QHeaderView::ResizeToContents);
}

} // namespace greenprint
