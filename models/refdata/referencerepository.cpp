// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencerepository.h"

#include "methodtables.h"
#include "sqliteconnection.h"
#include "sqlrow.h"

#include "../domain/instancenames.h"
#include "../domain/names.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryFile>
#include <QVariant>

namespace greenprint {

using Internal::optionalInt;
using Internal::SqlRow;
using Row = SqlRow;

QString ReferenceRepository::databaseFileName()
{
    return QStringLiteral("greenprint-reference.sqlite");
}

QString ReferenceRepository::embeddedResourcePath()
{
    return QStringLiteral(":/greenprint/reference/greenprint-reference.sqlite");
}

QStringList ReferenceRepository::searchPaths()
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("GREENPRINT_REFERENCE_DB");
    if (!fromEnvironment.isEmpty())
        paths.append(fromEnvironment);
    if (QCoreApplication::instance()) {
        const QDir appDir(QCoreApplication::applicationDirPath());
        const QString name = databaseFileName();
        paths.append(appDir.filePath(name));
        paths.append(
            QDir::cleanPath(appDir.filePath(QStringLiteral("../share/greenprint/") + name)));
        paths.append(QDir::cleanPath(appDir.filePath(QStringLiteral("../data/") + name)));
    }
    return paths;
}

ReferenceRepository::Loaded ReferenceRepository::loadDefault()
{
    Issues issues;
    const QString fromEnvironment = qEnvironmentVariable("GREENPRINT_REFERENCE_DB");
    const QStringList candidates = searchPaths();
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path)) {
            if (path == fromEnvironment) {
                issues.push_back({Issue::Severity::Warning,
                                  {},
                                  tr("GREENPRINT_REFERENCE_DB names a file that does not exist"),
                                  path});
            }
            continue;
        }
        Loaded loaded;
        QString error;
        if (readDatabase(path, &loaded.data, &loaded.issues, &error)) {
            loaded.databasePath = path;
            loaded.ok = true;
            loaded.issues.insert(loaded.issues.begin(), issues.begin(), issues.end());
            return loaded;
        }
        issues.push_back({Issue::Severity::Warning,
                          {},
                          tr("The reference database cannot be used (%1); trying the next "
                             "location")
                              .arg(error),
                          path});
    }

    Loaded loaded = loadEmbedded();
    if (issues.empty()) {
        issues.push_back({Issue::Severity::Info,
                          {},
                          tr("No reference database file found; using the built-in copy"),
                          {}});
    }
    loaded.issues.insert(loaded.issues.begin(), issues.begin(), issues.end());
    return loaded;
}

ReferenceRepository::Loaded ReferenceRepository::loadFile(const QString &path)
{
    Loaded loaded;
    QString error;
    if (readDatabase(path, &loaded.data, &loaded.issues, &error)) {
        loaded.databasePath = path;
        loaded.ok = true;
        return loaded;
    }
    const Issue warning{
        Issue::Severity::Warning,
        {},
        tr("The reference database cannot be used (%1); using the built-in copy").arg(error),
        path};
    loaded = loadEmbedded();
    loaded.issues.insert(loaded.issues.begin(), warning);
    return loaded;
}

ReferenceRepository::Loaded ReferenceRepository::loadEmbedded()
{
    Loaded loaded;
    loaded.databasePath = embeddedResourcePath();
    loaded.usedEmbeddedCopy = true;

    QString error;
    QFile resource(embeddedResourcePath());
    QTemporaryFile copy(
        QDir::temp().filePath(QStringLiteral("greenprint-reference-XXXXXX.sqlite")));
    if (!resource.open(QIODevice::ReadOnly)) {
        error = tr("the built-in copy is missing from this build");
    } else if (!copy.open() || copy.write(resource.readAll()) != resource.size() || !copy.flush()) {
        error =
            tr("cannot extract the built-in copy to a temporary file: %1").arg(copy.errorString());
    } else {
        copy.close();
        if (readDatabase(copy.fileName(), &loaded.data, &loaded.issues, &error)) {
            loaded.ok = true;
            return loaded;
        }
    }
    loaded.data = ReferenceData{};
    loaded.issues.push_back({Issue::Severity::Error,
                             {},
                             tr("The built-in reference database cannot be read: %1").arg(error),
                             embeddedResourcePath()});
    return loaded;
}

bool ReferenceRepository::readDatabase(const QString &path, ReferenceData *data, Issues *issues,
                                       QString *error)
{
    if (path.isEmpty()) {
        *error = tr("no file name given");
        return false;
    }
    if (!QFileInfo(path).isFile()) {
        *error = tr("the file does not exist");
        return false;
    }

    ReferenceData result;
    Issues found;
    bool ok = false;
    {
        Internal::SqliteConnection connection;
        if (!connection.open(path, QStringLiteral("greenprint-reference-"),
                             Internal::SqliteConnection::Access::ReadOnly)) {
            *error = tr("cannot open it: %1").arg(connection.driverError());
        } else {
            QSqlQuery query(connection.database());
            query.setForwardOnly(true);
            auto failed = [&](const QString &what) {
                *error = what + QStringLiteral(": ") + query.lastError().text();
                return false;
            };
            Internal::SqlColumns columns; // of the table `select` read last
            auto select = [&](const QString &table) {
                if (!query.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table)))
                    return false;
                columns = Internal::SqlColumns(query.record());
                return true;
            };

            ok = [&]() -> bool {
                if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
                    return failed(tr("not a readable SQLite database"));
                const int version = query.value(0).toInt();
                if (version != kSchemaVersion) {
                    *error = tr("schema version %1, this version of Greenprint reads version %2")
                                 .arg(version)
                                 .arg(kSchemaVersion);
                    return false;
                }

                query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
                query.addBindValue(QStringLiteral("data_version"));
                if (!query.exec())
                    return failed(tr("cannot read the table meta"));
                if (query.next())
                    result.dataVersion = query.value(0).toString();
                if (result.dataVersion.isEmpty()) {
                    *error = tr("the data version is missing");
                    return false;
                }

                if (!select(QStringLiteral("instances")))
                    return failed(tr("cannot read the table instances"));
                while (query.next()) {
                    const Row row(query, columns);
                    InstanceSpec spec;
                    spec.id = row.text(QStringLiteral("instance"));
                    spec.family = row.text(QStringLiteral("family"));
                    const QString category = row.text(QStringLiteral("category"));
                    if (const auto parsed = instanceCategoryFromKey(category)) {
                        spec.category = *parsed;
                    } else {
                        spec.category = InstanceCategory::Custom;
                        found.push_back({Issue::Severity::Warning,
                                         {},
                                         tr("Instance %1 has the unknown category \"%2\"")
                                             .arg(spec.id, category),
                                         path});
                    }
                    spec.processor = row.text(QStringLiteral("processor"));
                    spec.cpuMicroarchitecture = row.text(QStringLiteral("cpu_microarchitecture"));
                    spec.vcpus = row.value(QStringLiteral("vcpus")).toInt();
                    spec.memoryGiB = row.number(QStringLiteral("memory_gib"));
                    spec.accelerator = row.text(QStringLiteral("accelerator"));
                    spec.acceleratorCount = row.value(QStringLiteral("accelerator_count")).toInt();
                    spec.acceleratorTdpW = row.optionalNumber(QStringLiteral("accelerator_tdp_w"));
                    spec.idlePowerW = row.number(QStringLiteral("idle_w"));
                    spec.maxPowerW = row.number(QStringLiteral("max_w"));
                    spec.powerMethod = row.text(QStringLiteral("power_method"));
                    const auto teadsIdle = row.optionalNumber(QStringLiteral("teads_idle_w"));
                    const auto teads10 = row.optionalNumber(QStringLiteral("teads_w_10pct"));
                    const auto teads50 = row.optionalNumber(QStringLiteral("teads_w_50pct"));
                    const auto teadsMax = row.optionalNumber(QStringLiteral("teads_max_w"));
                    if (teadsIdle && teads10 && teads50 && teadsMax) {
                        spec.loadPoints = {
                            {0.0, *teadsIdle}, {0.1, *teads10}, {0.5, *teads50}, {1.0, *teadsMax}};
                        // Teads stress-tested a few Intel families on bare metal; their other
                        // rows are extrapolated from TDP and are not measurements.
                        spec.teadsMeasured = spec.powerMethod == u"teads_measured";
                    } else {
                        spec.loadPoints = {{0.0, spec.idlePowerW}, {1.0, spec.maxPowerW}};
                    }
                    spec.embodiedCo2eKg = row.optionalNumber(QStringLiteral("embodied_kgco2e"));
                    spec.platformEmbodiedCo2eKg =
                        row.optionalNumber(QStringLiteral("platform_embodied_kgco2e"));
                    spec.familyMaxVcpus = row.value(QStringLiteral("family_max_vcpus")).toInt();
                    spec.priceUsdPerHour =
                        row.optionalNumber(QStringLiteral("price_usd_per_hour_us_east_1"));
                    spec.priceAsOf = row.text(QStringLiteral("price_as_of"));
                    spec.networkGbps = row.optionalNumber(QStringLiteral("network_gbps"));
                    spec.notes = row.text(QStringLiteral("notes"));
                    spec.source = row.text(QStringLiteral("source"));
                    spec.origin = DataOrigin::Reference;
                    result.instances.push_back(std::move(spec));
                }

                if (!select(QStringLiteral("regions")))
                    return failed(tr("cannot read the table regions"));
                while (query.next()) {
                    const Row row(query, columns);
                    RegionSpec spec;
                    spec.id = row.text(QStringLiteral("region"));
                    spec.name = row.text(QStringLiteral("name"));
                    spec.partition = row.text(QStringLiteral("partition"));
                    spec.country = row.text(QStringLiteral("country"));
                    spec.countryIso3 = row.text(QStringLiteral("country_iso3"));
                    spec.latitude = row.optionalNumber(QStringLiteral("latitude"));
                    spec.longitude = row.optionalNumber(QStringLiteral("longitude"));
                    spec.gridGCo2ePerKWh = row.number(QStringLiteral("grid_gco2e_per_kwh"));
                    spec.gridBasis = row.text(QStringLiteral("grid_basis"));
                    spec.electricityMapsGCo2ePerKWh =
                        row.optionalNumber(QStringLiteral("em_gco2e_per_kwh"));
                    spec.electricityMapsYear = optionalInt(row.value(QStringLiteral("em_year")));
                    spec.ccfGCo2ePerKWh = row.optionalNumber(QStringLiteral("ccf_gco2e_per_kwh"));
                    spec.owidGCo2ePerKWh =
                        row.optionalNumber(QStringLiteral("owid_country_gco2e_per_kwh"));
                    spec.owidYear = optionalInt(row.value(QStringLiteral("owid_year")));
                    spec.pue = row.optionalNumber(QStringLiteral("pue"));
                    spec.pueYear = optionalInt(row.value(QStringLiteral("pue_year")));
                    spec.renewableMatched2022 =
                        row.text(QStringLiteral("renewable_matched_100pct_2022")) == u"yes";
                    spec.renewableMatched2023 =
                        row.text(QStringLiteral("renewable_matched_100pct_2023")) == u"yes";
                    spec.notes = row.text(QStringLiteral("notes"));
                    spec.source = row.text(QStringLiteral("source"));
                    spec.origin = DataOrigin::Reference;
                    result.regions.push_back(std::move(spec));
                }

                if (!select(QStringLiteral("residual_mix")))
                    return failed(tr("cannot read the table residual_mix"));
                while (query.next()) {
                    const Row row(query, columns);
                    ResidualMixFactor f;
                    f.countryIso3 = row.text(QStringLiteral("country_iso3"));
                    f.country = row.text(QStringLiteral("country"));
                    f.dataYear = row.value(QStringLiteral("data_year")).toInt();
                    f.gCo2PerKWh = row.number(QStringLiteral("residual_mix_gco2_per_kwh"));
                    f.basis = row.text(QStringLiteral("basis"));
                    f.assumption = row.text(QStringLiteral("assumption")) == u"yes";
                    f.notes = row.text(QStringLiteral("notes"));
                    f.source = row.text(QStringLiteral("source"));
                    result.residualMixes.push_back(std::move(f));
                }

                if (!select(QStringLiteral("storage_classes")))
                    return failed(tr("cannot read the table storage_classes"));
                while (query.next()) {
                    const Row row(query, columns);
                    const QString key = row.text(QStringLiteral("storage_class"));
                    const auto storageClass = storageClassFromKey(key);
                    if (!storageClass) {
                        found.push_back({Issue::Severity::Warning,
                                         {},
                                         tr("Unknown storage class \"%1\" ignored").arg(key),
                                         path});
                        continue;
                    }
                    StorageClassSpec spec;
                    spec.storageClass = *storageClass;
                    spec.medium = row.text(QStringLiteral("medium")) == u"ssd" ? StorageMedium::Ssd
                                                                               : StorageMedium::Hdd;
                    spec.replicationFactor = row.number(QStringLiteral("replication_factor"));
                    spec.priceUsdPerGBMonth =
                        row.optionalNumber(QStringLiteral("price_usd_per_gb_month"));
                    spec.source = row.text(QStringLiteral("source"));
                    spec.notes = row.text(QStringLiteral("notes"));
                    spec.assumption = row.text(QStringLiteral("assumption")) == u"yes";
                    result.storageClasses.push_back(std::move(spec));
                }

                if (!select(QStringLiteral("coefficients")))
                    return failed(tr("cannot read the table coefficients"));
                while (query.next()) {
                    const Row row(query, columns);
                    Coefficient c;
                    c.key = row.text(QStringLiteral("key"));
                    c.value = row.number(QStringLiteral("value"));
                    c.unit = row.text(QStringLiteral("unit"));
                    c.vintage = row.text(QStringLiteral("vintage"));
                    c.notes = row.text(QStringLiteral("notes"));
                    c.source = row.text(QStringLiteral("source"));
                    c.assumption = row.text(QStringLiteral("assumption")) == u"yes";
                    result.coefficients.push_back(std::move(c));
                }

                if (!select(QStringLiteral("claims")))
                    return failed(tr("cannot read the table claims"));
                while (query.next()) {
                    const Row row(query, columns);
                    Claim c;
                    c.id = row.text(QStringLiteral("claim_id"));
                    c.subject = row.text(QStringLiteral("subject"));
                    c.metric = row.text(QStringLiteral("metric"));
                    c.value = row.optionalNumber(QStringLiteral("value"));
                    c.unit = row.text(QStringLiteral("unit"));
                    c.baseline = row.text(QStringLiteral("baseline"));
                    c.conditions = row.text(QStringLiteral("conditions"));
                    c.source = row.text(QStringLiteral("source"));
                    c.sourceType = row.text(QStringLiteral("source_type"));
                    c.paraphrase = row.text(QStringLiteral("paraphrase"));
                    result.claims.push_back(std::move(c));
                }

                // Optional: databases built before the measurements table have none.
                if (select(QStringLiteral("measurements"))) {
                    while (query.next()) {
                        const Row row(query, columns);
                        Measurement m;
                        m.run = int(row.number(QStringLiteral("run")));
                        m.phase = row.text(QStringLiteral("phase"));
                        m.whatRan = row.text(QStringLiteral("what_ran"));
                        m.model = row.text(QStringLiteral("model"));
                        m.precision = precisionFromKey(row.text(QStringLiteral("precision")));
                        if (const auto batch = row.optionalNumber(QStringLiteral("batch_size")))
                            m.batchSize = int(*batch);
                        m.seconds = row.number(QStringLiteral("seconds"));
                        m.workUnits = row.number(QStringLiteral("work_units"));
                        m.energyJ = row.number(QStringLiteral("energy_j"));
                        m.meanPowerW = row.number(QStringLiteral("mean_power_w"));
                        m.joulesPerUnit = row.optionalNumber(QStringLiteral("joules_per_unit"));
                        m.unit = row.text(QStringLiteral("unit"));
                        m.source = row.text(QStringLiteral("source"));
                        result.measurements.push_back(std::move(m));
                    }
                }

                // Optional: databases built before the latency table have none.
                if (select(QStringLiteral("region_latency"))) {
                    while (query.next()) {
                        const Row row(query, columns);
                        result.regionLatencies.push_back({row.text(QStringLiteral("from_region")),
                                                          row.text(QStringLiteral("to_region")),
                                                          row.number(QStringLiteral("p50_ms")),
                                                          row.text(QStringLiteral("source"))});
                    }
                }

                if (!readMethodTables(query, &result.method, error))
                    return false;

                // Optional: databases built before the SageMaker table have no ml. names.
                if (select(QStringLiteral("sagemaker_instances"))) {
                    std::vector<SageMakerName> names;
                    while (query.next()) {
                        const Row row(query, columns);
                        names.push_back({row.text(QStringLiteral("ml_instance")),
                                         row.text(QStringLiteral("instance")),
                                         row.text(QStringLiteral("uses")).split(u';'),
                                         row.text(QStringLiteral("source"))});
                    }
                    addSageMakerNames(names, &result);
                }

                // Optional: databases built before the offerings snapshot answer Unknown.
                if (select(QStringLiteral("offering_regions"))) {
                    QStringList covered;
                    QString asOf;
                    QString source;
                    while (query.next()) {
                        const Row row(query, columns);
                        covered << row.text(QStringLiteral("region"));
                        asOf = row.text(QStringLiteral("as_of"));
                        source = row.text(QStringLiteral("source"));
                    }
                    result.offerings.setCoverage(covered, asOf, source);
                }
                if (select(QStringLiteral("instance_regions"))) {
                    while (query.next()) {
                        const Row row(query, columns);
                        result.offerings.setRegions(
                            row.text(QStringLiteral("instance")),
                            row.text(QStringLiteral("regions")).split(u';', Qt::SkipEmptyParts));
                    }
                }

                if (result.instances.empty() || result.regions.empty()) {
                    *error = tr("it has no instances or no regions");
                    return false;
                }
                return true;
            }();
            query.finish();
        }
    }

    if (!ok)
        return false;
    result.reindex();
    *data = std::move(result);
    issues->insert(issues->end(), found.begin(), found.end());
    return true;
}

} // namespace greenprint
