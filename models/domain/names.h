// SPDX-License-Identifier: GPL-3.0-or-later
// File keywords and translated display names of the project model's enums.
#pragma once

#include "project.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace greenprint {

/*
 * Each enum has a stable keyword used in the project file, the estimate JSON
 * and the CSV plan (never translated, never renamed), and a display name for
 * people (translated). The keyword functions round-trip exactly; the *FromKey
 * functions return nullopt for anything they do not know.
 */

QString stageKey(StageKind kind);
std::optional<StageKind> stageFromKey(const QString &key);
QString stageDisplayName(StageKind kind);
/** The English name new projects store for a stage (language-neutral files). */
QString stageDefaultName(StageKind kind);
/** `storedName` as shown: translated when it is empty or the stage's default name. */
QString stageDisplayName(StageKind kind, const QString &storedName);

QString componentTypeKey(ComponentType type);
std::optional<ComponentType> componentTypeFromKey(const QString &key);
QString componentTypeDisplayName(ComponentType type);

QString pricingKey(Pricing pricing);
std::optional<Pricing> pricingFromKey(const QString &key);

QString storageClassKey(StorageClass storageClass);
std::optional<StorageClass> storageClassFromKey(const QString &key);
QString storageClassDisplayName(StorageClass storageClass);

QString tuningStrategyKey(TuningStrategy strategy);
std::optional<TuningStrategy> tuningStrategyFromKey(const QString &key);

QString endpointModeKey(EndpointMode mode);
std::optional<EndpointMode> endpointModeFromKey(const QString &key);

QString recurrencePeriodKey(RecurrencePeriod period);
std::optional<RecurrencePeriod> recurrencePeriodFromKey(const QString &key);

QString methodologyKey(Methodology methodology);
std::optional<Methodology> methodologyFromKey(const QString &key);
QString methodologyDisplayName(Methodology methodology);

/** The display name is the keyword in capitals (BF16, INT8), as datasheets write it. */
QString precisionKey(Precision precision);
std::optional<Precision> precisionFromKey(const QString &key);
QString precisionDisplayName(Precision precision);

/** The keyword is also the id of the dataset in the reference data (method.gridDatasets). */
QString gridDatasetKey(GridDatasetChoice dataset);
std::optional<GridDatasetChoice> gridDatasetFromKey(const QString &key);
QString gridDatasetDisplayName(GridDatasetChoice dataset);

/** Every keyword of an enum, in enum order (for messages and pickers). */
QStringList stageKeys();
QStringList componentTypeKeys();
QStringList pricingKeys();
QStringList storageClassKeys();
QStringList tuningStrategyKeys();
QStringList endpointModeKeys();
QStringList methodologyKeys();
QStringList gridDatasetKeys();
QStringList recurrencePeriodKeys();
QStringList precisionKeys();

} // namespace greenprint
