// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "i18n/languagemanager.h"
#include "settings/methodchoices.h"
#include "settings/preferences.h"

#include "domain/methoddata.h"
#include "domain/names.h"
#include "domain/referencedata.h"
#include "itemmodels/regiontablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace greenprint {

PreferencesDialog::PreferencesDialog(RegionTableModel *regions, const MethodData *method,
                                     QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_methodology(new QComboBox(this))
    , m_dataset(new QComboBox(this))
    , m_carbon(new QComboBox(this))
    , m_energy(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    Preferences prefs;
    // Each language in its own name, so that it can be found in any language.
    m_language->addItem(
        tr("System (%1)").arg(LanguageManager::nativeName(LanguageManager::systemLanguage())),
        QString());
    for (const QString &code : LanguageManager::availableLanguages())
        m_language->addItem(LanguageManager::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(prefs.language.get())));
    m_language->setObjectName(QStringLiteral("language"));

    for (int row = 0; row < regions->rowCount(); ++row) {
        const RegionSpec *r = regions->regionAt(row);
        m_region->addItem(r->name.isEmpty() ? r->id : tr("%1 — %2").arg(r->id, r->name), r->id);
    }
    m_region->setCurrentIndex(qMax(0, m_region->findData(prefs.defaultRegion.get())));
    m_region->setObjectName(QStringLiteral("defaultRegion"));

    for (const auto &[name, methodology] : MethodChoices::methodologies())
        m_methodology->addItem(name, methodologyKey(methodology));
    m_methodology->setCurrentIndex(
        qMax(0, m_methodology->findData(prefs.defaultMethodology.get())));
    m_methodology->setObjectName(QStringLiteral("defaultMethodology"));

    const MethodData noMethod;
    for (const auto &[name, dataset] : MethodChoices::gridDatasets()) {
        m_dataset->addItem(name, gridDatasetKey(dataset));
        m_dataset->setItemData(
            m_dataset->count() - 1,
            MethodChoices::gridDatasetToolTip(dataset, method ? *method : noMethod),
            Qt::ToolTipRole);
    }
    m_dataset->setCurrentIndex(qMax(0, m_dataset->findData(prefs.defaultGridDataset.get())));
    m_dataset->setObjectName(QStringLiteral("defaultGridDataset"));

    m_carbon->addItem(tr("Automatic (g, kg or t CO2e)"), int(UnitChoice::Auto));
    m_carbon->addItem(tr("gCO2e"), int(UnitChoice::Small));
    m_carbon->addItem(tr("kgCO2e"), int(UnitChoice::Medium));
    m_carbon->addItem(tr("tCO2e"), int(UnitChoice::Large));
    m_carbon->setCurrentIndex(qMax(0, m_carbon->findData(prefs.carbonUnit.get())));
    m_carbon->setObjectName(QStringLiteral("carbonUnit"));

    m_energy->addItem(tr("Automatic (Wh, kWh or MWh)"), int(UnitChoice::Auto));
    m_energy->addItem(tr("Wh"), int(UnitChoice::Small));
    m_energy->addItem(tr("kWh"), int(UnitChoice::Medium));
    m_energy->addItem(tr("MWh"), int(UnitChoice::Large));
    m_energy->setCurrentIndex(qMax(0, m_energy->findData(prefs.energyUnit.get())));
    m_energy->setObjectName(QStringLiteral("energyUnit"));

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, QComboBox *combo, const QString &tip) {
        auto *l = new QLabel(label, this);
        l->setBuddy(combo);
        combo->setToolTip(tip);
        combo->setAccessibleName(QString(label).remove(u'&').remove(u':'));
        form->addRow(l, combo);
    };
    addRow(tr("&Language:"), m_language,
           tr("The language of menus, views and exported plans; applies at once."));
    addRow(tr("Default &region:"), m_region, tr("The region of new projects."));
    addRow(tr("&Methodology:"), m_methodology, tr("The estimation method of new projects."));
    addRow(tr("Grid &dataset:"), m_dataset,
           tr("The grid carbon-intensity dataset of new projects."));
    addRow(tr("&Carbon unit:"), m_carbon, tr("How carbon totals and charts are scaled."));
    addRow(tr("&Energy unit:"), m_energy, tr("How energy totals are scaled."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::apply()
{
    Preferences prefs;
    prefs.language.set(m_language->currentData().toString());
    prefs.defaultRegion.set(m_region->currentData().toString());
    prefs.defaultMethodology.set(m_methodology->currentData().toString());
    prefs.defaultGridDataset.set(m_dataset->currentData().toString());
    prefs.carbonUnit.set(m_carbon->currentData().toInt());
    prefs.energyUnit.set(m_energy->currentData().toInt());
}

} // namespace greenprint
