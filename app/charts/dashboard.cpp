// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard.h"

#include "barchart.h"
#include "footprintcharts.h"

#include "document/liveestimate.h"
#include "document/projectdocument.h"
#include "document/regionranking.h"
#include "domain/estimate.h"
#include "settings/unitformatter.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace greenprint {

Dashboard::Dashboard(LiveEstimate *estimate, QWidget *parent)
    : QWidget(parent)
    , m_estimate(estimate)
    , m_stageChart(FootprintCharts::createStageChart(this))
    , m_componentChart(FootprintCharts::createComponentChart(this))
    , m_regionChart(FootprintCharts::createRegionChart(this))
    , m_regionTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboard"));
    auto *totals = new QGridLayout;
    m_energy = addTotal(totals, 0, tr("Energy"), QStringLiteral("energyTotal"));
    m_carbon = addTotal(totals, 1, tr("Carbon"), QStringLiteral("carbonTotal"));
    m_cost = addTotal(totals, 2, tr("Cost"), QStringLiteral("costTotal"));
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("totalsDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);

    auto *charts = new QGridLayout;
    charts->addWidget(m_stageChart, 0, 0);
    charts->addWidget(m_componentChart, 0, 1);
    charts->addWidget(m_regionChart, 1, 0, 1, 2);
    charts->setRowStretch(0, 1);
    charts->setRowStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(totals);
    layout->addWidget(m_detail);
    layout->addLayout(charts, 1);

    m_regionTimer->setSingleShot(true);
    m_regionTimer->setInterval(150);
    connect(m_regionTimer, &QTimer::timeout, this, &Dashboard::updateRegions);
    connect(estimate, &LiveEstimate::updated, this, &Dashboard::updateNow);
    updateNow();
    updateRegions();
}

QLabel *Dashboard::addTotal(QGridLayout *grid, int column, const QString &title,
                            const QString &objectName)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *titleLabel = new QLabel(title, frame);
    auto *value = new QLabel(frame);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(tr("Total %1").arg(title.toLower()));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(titleLabel);
    layout->addWidget(value);
    grid->addWidget(frame, 0, column);
    return value;
}

QWidget *Dashboard::stageChart() const
{
    return m_stageChart;
}

QWidget *Dashboard::componentChart() const
{
    return m_componentChart;
}

QWidget *Dashboard::regionChart() const
{
    return m_regionChart;
}

void Dashboard::reloadPreferences()
{
    updateNow();
    updateRegions();
}

void Dashboard::flushRegionRanking()
{
    if (m_regionTimer->isActive()) {
        m_regionTimer->stop();
        updateRegions();
    }
}

void Dashboard::updateNow()
{
    const Estimate &estimate = m_estimate->estimate();
    const UnitFormatter units;
    m_energy->setText(units.energy(estimate.total.energy.kWh));
    m_carbon->setText(units.carbon(estimate.total.co2e.kg));
    m_cost->setText(UnitFormatter::cost(estimate.total.cost.usd));
    QString detail = tr("Operational %1, embodied %2%3. IT energy %4 before PUE.")
                         .arg(units.carbon(estimate.total.operationalCo2e.kg),
                              units.carbon(estimate.total.embodiedCo2e.kg),
                              estimate.includeEmbodied ? QString() : tr(" (not included)"),
                              units.energy(estimate.total.itEnergy.kWh));
    m_detail->setText(detail);
    FootprintCharts::updateStageChart(m_stageChart, estimate, units);
    FootprintCharts::updateComponentChart(m_componentChart, estimate, units);
    m_regionTimer->start();
}

void Dashboard::updateRegions()
{
    FootprintCharts::updateRegionChart(
        m_regionChart, rankRegions(m_estimate->document()->project(), m_estimate->reference()),
        UnitFormatter());
}

} // namespace greenprint
