// SPDX-License-Identifier: GPL-3.0-or-later
#include "usercatalogdialog.h"

#include "refdata/userrepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace greenprint {
namespace {

enum InstanceColumn { IId, IVcpus, IMemory, IIdle, IMax, IPrice, IEmbodied, IColumns };
enum RegionColumn { RId, RName, RIntensity, RPue, RColumns };

QTableWidgetItem *item(const QString &text)
{
    return new QTableWidgetItem(text);
}

QString number(double v)
{
    return QString::number(v, 'g', 8);
}

QString optionalNumber(const std::optional<double> &v)
{
    return v ? number(*v) : QString();
}

std::optional<double> parseOptional(const QTableWidgetItem *cell)
{
    bool ok = false;
    const double v = cell ? cell->text().trimmed().toDouble(&ok) : 0.0;
    return ok ? std::optional<double>(v) : std::nullopt;
}

double parse(const QTableWidgetItem *cell)
{
    return parseOptional(cell).value_or(0.0);
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

UserCatalogDialog::UserCatalogDialog(UserRepository *repository, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_instances(makeTable({tr("Instance id"), tr("vCPUs"), tr("Memory (GiB)"), tr("Idle (W)"),
                             tr("Max (W)"), tr("Price (USD/h)"), tr("Embodied (kgCO2e)")},
                            this))
    , m_regions(makeTable({tr("Region id"), tr("Name"), tr("Grid (gCO2e/kWh)"), tr("PUE")}, this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("My Instances and Regions"));
    m_instances->setAccessibleName(tr("My instances"));
    m_regions->setAccessibleName(tr("My regions"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto page = [this](QTableWidget *table, const QString &addText, auto addSlot, bool instances) {
        auto *w = new QWidget(this);
        auto *add = new QPushButton(addText, w);
        auto *remove = new QPushButton(tr("&Remove"), w);
        connect(add, &QPushButton::clicked, this, addSlot);
        connect(remove, &QPushButton::clicked, this,
                [this, table, instances] { removeSelected(table, instances); });
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        auto *layout = new QVBoxLayout(w);
        layout->addWidget(table, 1);
        layout->addLayout(buttons);
        return w;
    };
    auto *tabs = new QTabWidget(this);
    tabs->addTab(page(m_instances, tr("&Add Instance"), &UserCatalogDialog::addInstance, true),
                 tr("&Instances"));
    tabs->addTab(page(m_regions, tr("Add Re&gion"), &UserCatalogDialog::addRegion, false),
                 tr("Re&gions"));

    auto *note = new QLabel(tr("Edit a cell to save the row. Watts are whole-instance averages "
                               "before PUE; leave price or embodied carbon empty when unknown."),
                            this);
    note->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(820, 480);

    load();
    connect(m_instances, &QTableWidget::cellChanged, this,
            [this](int row, int) { saveInstanceRow(row); });
    connect(m_regions, &QTableWidget::cellChanged, this,
            [this](int row, int) { saveRegionRow(row); });
}

void UserCatalogDialog::load()
{
    const QSignalBlocker b1(m_instances);
    const QSignalBlocker b2(m_regions);
    const std::vector<InstanceSpec> instances = m_repository->instances();
    m_instances->setRowCount(static_cast<int>(instances.size()));
    for (int row = 0; row < static_cast<int>(instances.size()); ++row) {
        const InstanceSpec &s = instances[row];
        QTableWidgetItem *id = item(s.id);
        id->setData(Qt::UserRole, s.id);
        m_instances->setItem(row, IId, id);
        m_instances->setItem(row, IVcpus, item(QString::number(s.vcpus)));
        m_instances->setItem(row, IMemory, item(number(s.memoryGiB)));
        m_instances->setItem(row, IIdle, item(number(s.idlePowerW)));
        m_instances->setItem(row, IMax, item(number(s.maxPowerW)));
        m_instances->setItem(row, IPrice, item(optionalNumber(s.priceUsdPerHour)));
        m_instances->setItem(row, IEmbodied, item(optionalNumber(s.embodiedCo2eKg)));
    }
    const std::vector<RegionSpec> regions = m_repository->regions();
    m_regions->setRowCount(static_cast<int>(regions.size()));
    for (int row = 0; row < static_cast<int>(regions.size()); ++row) {
        const RegionSpec &r = regions[row];
        QTableWidgetItem *id = item(r.id);
        id->setData(Qt::UserRole, r.id);
        m_regions->setItem(row, RId, id);
        m_regions->setItem(row, RName, item(r.name));
        m_regions->setItem(row, RIntensity, item(number(r.gridGCo2ePerKWh)));
        m_regions->setItem(row, RPue, item(optionalNumber(r.pue)));
    }
}

void UserCatalogDialog::addInstance()
{
    InstanceSpec spec;
    int n = m_instances->rowCount() + 1;
    spec.id = QStringLiteral("my-instance-%1").arg(n);
    spec.category = InstanceCategory::Custom;
    spec.vcpus = 8;
    spec.memoryGiB = 32;
    spec.idlePowerW = 50;
    spec.maxPowerW = 200;
    spec.loadPoints = {{0.0, 50.0}, {1.0, 200.0}};
    spec.origin = DataOrigin::User;
    report(m_repository->upsertInstance(spec));
    load();
}

void UserCatalogDialog::addRegion()
{
    RegionSpec spec;
    spec.id = QStringLiteral("my-region-%1").arg(m_regions->rowCount() + 1);
    spec.name = tr("My region");
    spec.gridGCo2ePerKWh = 300;
    spec.origin = DataOrigin::User;
    report(m_repository->upsertRegion(spec));
    load();
}

void UserCatalogDialog::saveInstanceRow(int row)
{
    if (!m_instances->item(row, IId))
        return;
    InstanceSpec spec;
    spec.id = m_instances->item(row, IId)->text().trimmed();
    spec.category = InstanceCategory::Custom;
    spec.vcpus = static_cast<int>(parse(m_instances->item(row, IVcpus)));
    spec.memoryGiB = parse(m_instances->item(row, IMemory));
    spec.idlePowerW = parse(m_instances->item(row, IIdle));
    spec.maxPowerW = parse(m_instances->item(row, IMax));
    spec.loadPoints = {{0.0, spec.idlePowerW}, {1.0, spec.maxPowerW}};
    spec.priceUsdPerHour = parseOptional(m_instances->item(row, IPrice));
    spec.embodiedCo2eKg = parseOptional(m_instances->item(row, IEmbodied));
    spec.origin = DataOrigin::User;
    const QString oldId = m_instances->item(row, IId)->data(Qt::UserRole).toString();
    const bool ok = m_repository->upsertInstance(spec);
    if (ok && oldId != spec.id && !oldId.isEmpty())
        (void)m_repository->removeInstance(oldId);
    report(ok);
    if (ok)
        m_instances->item(row, IId)->setData(Qt::UserRole, spec.id);
}

void UserCatalogDialog::saveRegionRow(int row)
{
    if (!m_regions->item(row, RId))
        return;
    RegionSpec spec;
    spec.id = m_regions->item(row, RId)->text().trimmed();
    spec.name = m_regions->item(row, RName) ? m_regions->item(row, RName)->text() : QString();
    spec.gridGCo2ePerKWh = parse(m_regions->item(row, RIntensity));
    spec.pue = parseOptional(m_regions->item(row, RPue));
    spec.origin = DataOrigin::User;
    const QString oldId = m_regions->item(row, RId)->data(Qt::UserRole).toString();
    const bool ok = m_repository->upsertRegion(spec);
    if (ok && oldId != spec.id && !oldId.isEmpty())
        (void)m_repository->removeRegion(oldId);
    report(ok);
    if (ok)
        m_regions->item(row, RId)->setData(Qt::UserRole, spec.id);
}

void UserCatalogDialog::removeSelected(QTableWidget *table, bool instances)
{
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0))
        return;
    const QString id = table->item(row, 0)->data(Qt::UserRole).toString();
    report(instances ? m_repository->removeInstance(id) : m_repository->removeRegion(id));
    load();
}

void UserCatalogDialog::report(bool ok)
{
    if (ok) {
        m_changed = true;
        m_status->setText(tr("Saved."));
    } else {
        m_status->setText(tr("Not saved: %1").arg(m_repository->errorString()));
    }
}

} // namespace greenprint
