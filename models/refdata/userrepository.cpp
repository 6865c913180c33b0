// SPDX-License-Identifier: GPL-3.0-or-later
#include "userrepository.h"

#include "sqlscript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <cmath>

namespace greenprint {

namespace {

const QString kSchemaResource = QStringLiteral(":/greenprint/schema/user.sql");

QVariant nullableDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QVariant nullableInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

bool isNonNegative(double value)
{
    return std::isfinite(value) && value >= 0.0;
}

bool isNonNegative(const std::optional<double> &value)
{
    return !value || isNonNegative(*value);
}

} // namespace

UserRepository::UserRepository() = default;

UserRepository::~UserRepository()
{
    close();
}

QString UserRepository::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/user-catalog.sqlite");
}

bool UserRepository::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

void UserRepository::close()
{
    m_connection.close();
    m_path.clear();
}

bool UserRepository::open(const QString &path)
{
    close();
    m_errorString.clear();
    const QString file = path.isEmpty() ? defaultPath() : path;
    if (file.isEmpty())
        return fail(tr("No location for the user catalog is available"));
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return fail(tr("%1: cannot create the folder").arg(QFileInfo(file).absolutePath()));

    if (!m_connection.open(file, QStringLiteral("greenprint-user-")))
        return fail(
            tr("%1: cannot open the user catalog: %2").arg(file, m_connection.driverError()));
    QString error;
    {
        QSqlQuery query(m_connection.database());
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
            error = tr("%1: not a user catalog: %2").arg(file, query.lastError().text());
        } else if (const int version = query.value(0).toInt(); version > kSchemaVersion) {
            error = tr("%1: the user catalog was written by a newer version of Greenprint "
                       "(schema %2, this version reads %3)")
                        .arg(file)
                        .arg(version)
                        .arg(kSchemaVersion);
        } else if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
            error = file + QStringLiteral(": ") + query.lastError().text();
        } else {
            const bool empty = query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))
                && query.next() && query.value(0).toInt() == 0;
            if (version == 0 && !empty)
                error = tr("%1: not a user catalog (an unrelated SQLite database)").arg(file);
            else if (version == 0 && !createSchema())
                error = tr("%1: cannot create the user catalog: %2").arg(file, m_errorString);
        }
    }
    if (!error.isEmpty()) {
        m_connection.close();
        return fail(error);
    }
    m_path = file;
    m_errorString.clear();
    return true;
}

bool UserRepository::createSchema()
{
    QFile resource(kSchemaResource);
    if (!resource.open(QIODevice::ReadOnly))
        return fail(tr("the schema %1 is missing from this build").arg(kSchemaResource));
    const QStringList statements = Internal::splitSqlScript(QString::fromUtf8(resource.readAll()));

    QSqlDatabase db = m_connection.database();
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            const QString message = query.lastError().text();
            db.rollback();
            return fail(message);
        }
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

bool UserRepository::validate(const InstanceSpec &spec)
{
    if (spec.id.trimmed().isEmpty())
        return fail(tr("An instance needs a name"));
    if (!isNonNegative(spec.idlePowerW) || !isNonNegative(spec.maxPowerW))
        return fail(tr("Instance %1: power must be zero or more watts").arg(spec.id));
    if (spec.maxPowerW < spec.idlePowerW)
        return fail(tr("Instance %1: maximum power is below idle power").arg(spec.id));
    if (spec.vcpus < 0 || spec.acceleratorCount < 0 || !isNonNegative(spec.memoryGiB))
        return fail(
            tr("Instance %1: vCPUs, memory and accelerators cannot be negative").arg(spec.id));
    if (!isNonNegative(spec.acceleratorTdpW) || !isNonNegative(spec.embodiedCo2eKg)
        || !isNonNegative(spec.priceUsdPerHour)) {
        return fail(
            tr("Instance %1: TDP, embodied emissions and price cannot be negative").arg(spec.id));
    }
    QSet<double> seen;
    for (const LoadPoint &point : spec.loadPoints) {
        if (!std::isfinite(point.utilization) || point.utilization < 0.0 || point.utilization > 1.0
            || !isNonNegative(point.powerW)) {
            return fail(tr("Instance %1: a load point needs a utilization from 0 to 1 and zero "
                           "or more watts")
                            .arg(spec.id));
        }
        if (seen.contains(point.utilization))
            return fail(tr("Instance %1: two load points share a utilization").arg(spec.id));
        seen.insert(point.utilization);
    }
    return true;
}

bool UserRepository::validate(const RegionSpec &spec)
{
    if (spec.id.trimmed().isEmpty())
        return fail(tr("A region needs an id"));
    if (!isNonNegative(spec.gridGCo2ePerKWh))
        return fail(tr("Region %1: grid intensity must be zero or more gCO2e/kWh").arg(spec.id));
    if (spec.pue && !(std::isfinite(*spec.pue) && *spec.pue > 0.0))
        return fail(tr("Region %1: PUE must be greater than zero").arg(spec.id));
    if ((spec.latitude && !(std::abs(*spec.latitude) <= 90.0))
        || (spec.longitude && !(std::abs(*spec.longitude) <= 180.0))) {
        return fail(tr("Region %1: coordinates are out of range").arg(spec.id));
    }
    const std::optional<double> optionals[] = {spec.electricityMapsGCo2ePerKWh, spec.ccfGCo2ePerKWh,
                                               spec.owidGCo2ePerKWh};
    for (const auto &value : optionals) {
        if (!isNonNegative(value))
            return fail(tr("Region %1: intensities cannot be negative").arg(spec.id));
    }
    return true;
}

std::vector<InstanceSpec> UserRepository::instances()
{
    std::vector<InstanceSpec> result;
    if (!isOpen()) {
        fail(tr("The user catalog is not open"));
        return result;
    }
    m_errorString.clear();
    QSqlDatabase db = m_connection.database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT * FROM user_instances ORDER BY instance"))) {
        fail(query.lastError().text());
        return result;
    }
    while (query.next()) {
        InstanceSpec spec;
        spec.id = query.value(QStringLiteral("instance")).toString();
        spec.family = query.value(QStringLiteral("family")).toString();
        spec.category = instanceCategoryFromKey(query.value(QStringLiteral("category")).toString())
                            .value_or(InstanceCategory::Custom);
        spec.processor = query.value(QStringLiteral("processor")).toString();
        spec.cpuMicroarchitecture = query.value(QStringLiteral("cpu_microarchitecture")).toString();
        spec.vcpus = query.value(QStringLiteral("vcpus")).toInt();
        spec.memoryGiB = query.value(QStringLiteral("memory_gib")).toDouble();
        spec.accelerator = query.value(QStringLiteral("accelerator")).toString();
        spec.acceleratorCount = query.value(QStringLiteral("accelerator_count")).toInt();
        spec.acceleratorTdpW = optionalDouble(query.value(QStringLiteral("accelerator_tdp_w")));
        spec.idlePowerW = query.value(QStringLiteral("idle_w")).toDouble();
        spec.maxPowerW = query.value(QStringLiteral("max_w")).toDouble();
        spec.powerMethod = query.value(QStringLiteral("power_method")).toString();
        spec.embodiedCo2eKg = optionalDouble(query.value(QStringLiteral("embodied_kgco2e")));
        spec.priceUsdPerHour = optionalDouble(query.value(QStringLiteral("price_usd_per_hour")));
        spec.priceAsOf = query.value(QStringLiteral("price_as_of")).toString();
        spec.notes = query.value(QStringLiteral("notes")).toString();
        spec.source = query.value(QStringLiteral("source")).toString();
        spec.origin = DataOrigin::User;
        result.push_back(std::move(spec));
    }

    QSqlQuery points(db);
    points.prepare(QStringLiteral("SELECT utilization, power_w FROM user_instance_load_points "
                                  "WHERE instance = ? ORDER BY utilization"));
    for (InstanceSpec &spec : result) {
        points.addBindValue(spec.id);
        if (!points.exec()) {
            fail(points.lastError().text());
            return {};
        }
        while (points.next())
            spec.loadPoints.push_back({points.value(0).toDouble(), points.value(1).toDouble()});
        if (spec.loadPoints.empty())
            spec.loadPoints = {{0.0, spec.idlePowerW}, {1.0, spec.maxPowerW}};
    }
    return result;
}

std::vector<RegionSpec> UserRepository::regions()
{
    std::vector<RegionSpec> result;
    if (!isOpen()) {
        fail(tr("The user catalog is not open"));
        return result;
    }
    m_errorString.clear();
    QSqlQuery query(m_connection.database());
    if (!query.exec(QStringLiteral("SELECT * FROM user_regions ORDER BY region"))) {
        fail(query.lastError().text());
        return result;
    }
    while (query.next()) {
        RegionSpec spec;
        spec.id = query.value(QStringLiteral("region")).toString();
        spec.name = query.value(QStringLiteral("name")).toString();
        spec.partition = query.value(QStringLiteral("partition")).toString();
        spec.country = query.value(QStringLiteral("country")).toString();
        spec.latitude = optionalDouble(query.value(QStringLiteral("latitude")));
        spec.longitude = optionalDouble(query.value(QStringLiteral("longitude")));
        spec.gridGCo2ePerKWh = query.value(QStringLiteral("grid_gco2e_per_kwh")).toDouble();
        spec.gridBasis = query.value(QStringLiteral("grid_basis")).toString();
        spec.electricityMapsGCo2ePerKWh =
            optionalDouble(query.value(QStringLiteral("em_gco2e_per_kwh")));
        spec.electricityMapsYear = optionalInt(query.value(QStringLiteral("em_year")));
        spec.ccfGCo2ePerKWh = optionalDouble(query.value(QStringLiteral("ccf_gco2e_per_kwh")));
        spec.owidGCo2ePerKWh =
            optionalDouble(query.value(QStringLiteral("owid_country_gco2e_per_kwh")));
        spec.owidYear = optionalInt(query.value(QStringLiteral("owid_year")));
        spec.pue = optionalDouble(query.value(QStringLiteral("pue")));
        spec.pueYear = optionalInt(query.value(QStringLiteral("pue_year")));
        spec.renewableMatched2022 = query.value(QStringLiteral("renewable_matched_2022")).toBool();
        spec.renewableMatched2023 = query.value(QStringLiteral("renewable_matched_2023")).toBool();
        spec.notes = query.value(QStringLiteral("notes")).toString();
        spec.source = query.value(QStringLiteral("source")).toString();
        spec.origin = DataOrigin::User;
        result.push_back(std::move(spec));
    }
    return result;
}

bool UserRepository::upsertInstance(const InstanceSpec &spec)
{
    if (!isOpen())
        return fail(tr("The user catalog is not open"));
    if (!validate(spec))
        return false;
    QSqlDatabase db = m_connection.database();
    if (!db.transaction())
        return fail(db.lastError().text());
    auto abort = [&](const QSqlQuery &query) {
        const QString message = query.lastError().text();
        db.rollback();
        return fail(tr("Instance %1 cannot be saved: %2").arg(spec.id, message));
    };

    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM user_instance_load_points WHERE instance = ?"));
    query.addBindValue(spec.id);
    if (!query.exec())
        return abort(query);

    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO user_instances (instance, family, category, processor, "
        "cpu_microarchitecture, vcpus, memory_gib, accelerator, accelerator_count, "
        "accelerator_tdp_w, idle_w, max_w, power_method, embodied_kgco2e, price_usd_per_hour, "
        "price_as_of, notes, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    query.addBindValue(spec.id);
    query.addBindValue(spec.family);
    query.addBindValue(instanceCategoryKey(spec.category));
    query.addBindValue(spec.processor);
    query.addBindValue(spec.cpuMicroarchitecture);
    query.addBindValue(spec.vcpus);
    query.addBindValue(spec.memoryGiB);
    query.addBindValue(spec.accelerator);
    query.addBindValue(spec.acceleratorCount);
    query.addBindValue(nullableDouble(spec.acceleratorTdpW));
    query.addBindValue(spec.idlePowerW);
    query.addBindValue(spec.maxPowerW);
    query.addBindValue(spec.powerMethod);
    query.addBindValue(nullableDouble(spec.embodiedCo2eKg));
    query.addBindValue(nullableDouble(spec.priceUsdPerHour));
    query.addBindValue(spec.priceAsOf);
    query.addBindValue(spec.notes);
    query.addBindValue(spec.source);
    if (!query.exec())
        return abort(query);

    query.prepare(QStringLiteral(
        "INSERT INTO user_instance_load_points (instance, utilization, power_w) VALUES (?, ?, ?)"));
    for (const LoadPoint &point : spec.loadPoints) {
        query.addBindValue(spec.id);
        query.addBindValue(point.utilization);
        query.addBindValue(point.powerW);
        if (!query.exec())
            return abort(query);
    }
    if (!db.commit())
        return fail(db.lastError().text());
    m_errorString.clear();
    return true;
}

bool UserRepository::upsertRegion(const RegionSpec &spec)
{
    if (!isOpen())
        return fail(tr("The user catalog is not open"));
    if (!validate(spec))
        return false;
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO user_regions (region, name, partition, country, latitude, "
        "longitude, grid_gco2e_per_kwh, grid_basis, em_gco2e_per_kwh, em_year, "
        "ccf_gco2e_per_kwh, owid_country_gco2e_per_kwh, owid_year, pue, pue_year, "
        "renewable_matched_2022, renewable_matched_2023, notes, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(spec.id);
    query.addBindValue(spec.name);
    query.addBindValue(spec.partition);
    query.addBindValue(spec.country);
    query.addBindValue(nullableDouble(spec.latitude));
    query.addBindValue(nullableDouble(spec.longitude));
    query.addBindValue(spec.gridGCo2ePerKWh);
    query.addBindValue(spec.gridBasis);
    query.addBindValue(nullableDouble(spec.electricityMapsGCo2ePerKWh));
    query.addBindValue(nullableInt(spec.electricityMapsYear));
    query.addBindValue(nullableDouble(spec.ccfGCo2ePerKWh));
    query.addBindValue(nullableDouble(spec.owidGCo2ePerKWh));
    query.addBindValue(nullableInt(spec.owidYear));
    query.addBindValue(nullableDouble(spec.pue));
    query.addBindValue(nullableInt(spec.pueYear));
    query.addBindValue(spec.renewableMatched2022 ? 1 : 0);
    query.addBindValue(spec.renewableMatched2023 ? 1 : 0);
    query.addBindValue(spec.notes);
    query.addBindValue(spec.source);
    if (!query.exec())
        return fail(tr("Region %1 cannot be saved: %2").arg(spec.id, query.lastError().text()));
    m_errorString.clear();
    return true;
}

bool UserRepository::removeRow(const QString &table, const QString &keyColumn, const QString &id,
                               const QString &notFoundMessage)
{
    if (!isOpen())
        return fail(tr("The user catalog is not open"));
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, keyColumn));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query.lastError().text());
    if (query.numRowsAffected() < 1)
        return fail(notFoundMessage);
    m_errorString.clear();
    return true;
}

bool UserRepository::removeInstance(const QString &id)
{
    return removeRow(QStringLiteral("user_instances"), QStringLiteral("instance"), id,
                     tr("There is no user instance %1").arg(id));
}

bool UserRepository::removeRegion(const QString &id)
{
    return removeRow(QStringLiteral("user_regions"), QStringLiteral("region"), id,
                     tr("There is no user region %1").arg(id));
}

ReferenceData withUserCatalog(ReferenceData shipped, UserRepository &user)
{
    if (user.isOpen())
        shipped.merge(user.instances(), user.regions());
    return shipped;
}

} // namespace greenprint
