// SPDX-License-Identifier: GPL-3.0-or-later
#include "actualsstore.h"

#include "../refdata/sqlscript.h"
#include "../refdata/userrepository.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace greenprint::actuals {

namespace {
const QString kSchemaResource = QStringLiteral(":/greenprint/schema/actuals.sql");

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

/** Text for a NOT NULL column: a null QString would bind as SQL NULL. */
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant isoTime(const QDateTime &time)
{
    return text(time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString());
}

QDateTime timeFromIso(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}
} // namespace

ActualsStore::ActualsStore() = default;

ActualsStore::~ActualsStore()
{
    close();
}

bool ActualsStore::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

void ActualsStore::close()
{
    m_connection.close();
}

bool ActualsStore::open(const QString &path)
{
    close();
    m_errorString.clear();
    QString file;
    {
        // The file must be (or become) a valid user catalog first.
        UserRepository catalog;
        if (!catalog.open(path))
            return fail(catalog.errorString());
        file = catalog.path();
    }
    if (!m_connection.open(file, QStringLiteral("greenprint-actuals-")))
        return fail(tr("%1: cannot open: %2").arg(file, m_connection.driverError()));
    {
        QSqlQuery query(m_connection.database());
        query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    if (!createSchema()) {
        const QString error =
            tr("%1: cannot prepare the imports of actual usage: %2").arg(file, m_errorString);
        close();
        return fail(error);
    }
    return true;
}

bool ActualsStore::createSchema()
{
    QFile resource(kSchemaResource);
    if (!resource.open(QIODevice::ReadOnly))
        return fail(tr("the schema %1 is missing from this build").arg(kSchemaResource));
    QSqlDatabase db = m_connection.database();
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT max(version) FROM actuals_schema")) && query.next()
        && query.value(0).toInt() > kSchemaVersion) {
        return fail(tr("the imports were written by a newer version of Greenprint (schema %1, "
                       "this version reads %2)")
                        .arg(query.value(0).toInt())
                        .arg(kSchemaVersion));
    }
    if (!db.transaction())
        return fail(db.lastError().text());
    for (const QString &statement :
         Internal::splitSqlScript(QString::fromUtf8(resource.readAll()))) {
        if (!query.exec(statement)) {
            const QString message = query.lastError().text();
            db.rollback();
            return fail(message);
        }
    }
    if (!query.exec(QStringLiteral("DELETE FROM actuals_schema"))
        || !query.exec(QStringLiteral("INSERT INTO actuals_schema (version) VALUES (%1)")
                           .arg(kSchemaVersion))) {
        const QString message = query.lastError().text();
        db.rollback();
        return fail(message);
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

bool ActualsStore::save(ImportedData &data)
{
    m_errorString.clear();
    if (!isOpen())
        return fail(tr("the store of imports is not open"));
    QSqlDatabase db = m_connection.database();
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    const auto abort = [&](const QSqlQuery &failed) {
        const QString message = failed.lastError().text();
        db.rollback();
        return fail(tr("cannot store the import of %1: %2").arg(data.provenance.file, message));
    };
    const ImportProvenance &p = data.provenance;
    query.prepare(QStringLiteral(
        "INSERT INTO actual_imports (kind, format, file, file_bytes, file_modified, imported_at, "
        "records_read, app_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(sourceKindKey(p.kind)), text(p.format), text(p.file), QVariant(p.fileBytes),
          isoTime(p.fileModified), isoTime(p.importedAt), QVariant(p.recordsRead),
          text(p.appVersion)})
        query.addBindValue(value);
    if (!query.exec())
        return abort(query);
    const qint64 id = query.lastInsertId().toLongLong();

    query.prepare(QStringLiteral(
        "INSERT INTO actual_usage (import_id, usage_date, account, region, product, usage_type, "
        "operation, instance_type, component_tag, category, unit, usage_amount, cost_usd, "
        "line_items) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const UsageRow &r : data.usage) {
        for (const QVariant &value :
             {QVariant(id), QVariant(r.day.toString(Qt::ISODate)), text(r.account), text(r.region),
              text(r.product), text(r.usageType), text(r.operation), text(r.instanceType),
              text(r.componentTag), QVariant(usageCategoryKey(r.category)), text(r.unit),
              QVariant(r.usageAmount), QVariant(r.costUsd), QVariant(r.lineItems)})
            query.addBindValue(value);
        if (!query.exec())
            return abort(query);
    }
    query.prepare(QStringLiteral(
        "INSERT INTO actual_carbon (import_id, period_start, period_end, account, region, product, "
        "model_version, location_mtco2e, market_mtco2e) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const CarbonRow &r : data.carbon) {
        for (const QVariant &value :
             {QVariant(id), QVariant(r.periodStart.toString(Qt::ISODate)),
              text(r.periodEnd.isValid() ? r.periodEnd.toString(Qt::ISODate) : QString()),
              text(r.account), text(r.region), text(r.product), text(r.modelVersion),
              QVariant(r.locationMtco2e), optionalValue(r.marketMtco2e)})
            query.addBindValue(value);
        if (!query.exec())
            return abort(query);
    }
    query.prepare(QStringLiteral(
        "INSERT INTO actual_measurements (import_id, source, resource, instance_type, region, "
        "component_tag, start_time, end_time, hours, energy_kwh, average_power_w, "
        "average_utilization, co2e_kg, samples) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    for (const Measurement &m : data.measurements) {
        for (const QVariant &value :
             {QVariant(id), QVariant(sourceKindKey(m.source)), text(m.resource),
              text(m.instanceType), text(m.region), text(m.componentTag), isoTime(m.start),
              isoTime(m.end), QVariant(m.hours), optionalValue(m.energyKWh),
              optionalValue(m.averagePowerW), optionalValue(m.averageUtilization),
              optionalValue(m.co2eKg), QVariant(m.samples)})
            query.addBindValue(value);
        if (!query.exec())
            return abort(query);
    }
    if (!db.commit())
        return fail(db.lastError().text());
    data.provenance.id = id;
    return true;
}

std::vector<ImportProvenance> ActualsStore::imports()
{
    std::vector<ImportProvenance> result;
    m_errorString.clear();
    if (!isOpen()) {
        fail(tr("the store of imports is not open"));
        return result;
    }
    QSqlQuery query(m_connection.database());
    if (!query.exec(QStringLiteral(
            "SELECT id, kind, format, file, file_bytes, file_modified, imported_at, records_read, "
            "app_version FROM actual_imports ORDER BY id"))) {
        fail(query.lastError().text());
        return result;
    }
    while (query.next()) {
        ImportProvenance p;
        p.id = query.value(0).toLongLong();
        p.kind = sourceKindFromKey(query.value(1).toString()).value_or(SourceKind::Cur);
        p.format = query.value(2).toString();
        p.file = query.value(3).toString();
        p.fileBytes = query.value(4).toLongLong();
        p.fileModified = timeFromIso(query.value(5).toString());
        p.importedAt = timeFromIso(query.value(6).toString());
        p.recordsRead = query.value(7).toLongLong();
        p.appVersion = query.value(8).toString();
        result.push_back(std::move(p));
    }
    return result;
}

std::optional<ImportedData> ActualsStore::load(qint64 importId)
{
    ImportedData data;
    bool found = false;
    for (ImportProvenance &p : imports()) {
        if (p.id == importId) {
            data.provenance = std::move(p);
            found = true;
        }
    }
    if (!found) {
        if (m_errorString.isEmpty())
            fail(tr("there is no import %1").arg(importId));
        return std::nullopt;
    }
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "SELECT usage_date, account, region, product, usage_type, operation, instance_type, "
        "component_tag, category, unit, usage_amount, cost_usd, line_items FROM actual_usage "
        "WHERE import_id = ? ORDER BY rowid"));
    query.addBindValue(importId);
    if (!query.exec()) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    while (query.next()) {
        UsageRow r;
        r.day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        r.account = query.value(1).toString();
        r.region = query.value(2).toString();
        r.product = query.value(3).toString();
        r.usageType = query.value(4).toString();
        r.operation = query.value(5).toString();
        r.instanceType = query.value(6).toString();
        r.componentTag = query.value(7).toString();
        r.category = usageCategoryFromKey(query.value(8).toString()).value_or(UsageCategory::Other);
        r.unit = query.value(9).toString();
        r.usageAmount = query.value(10).toDouble();
        r.costUsd = query.value(11).toDouble();
        r.lineItems = query.value(12).toLongLong();
        data.usage.push_back(std::move(r));
    }
    query.prepare(QStringLiteral(
        "SELECT period_start, period_end, account, region, product, model_version, "
        "location_mtco2e, market_mtco2e FROM actual_carbon WHERE import_id = ? ORDER BY rowid"));
    query.addBindValue(importId);
    if (!query.exec()) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    while (query.next()) {
        CarbonRow r;
        r.periodStart = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        r.periodEnd = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        r.account = query.value(2).toString();
        r.region = query.value(3).toString();
        r.product = query.value(4).toString();
        r.modelVersion = query.value(5).toString();
        r.locationMtco2e = query.value(6).toDouble();
        r.marketMtco2e = optionalDouble(query.value(7));
        data.carbon.push_back(std::move(r));
    }
    query.prepare(QStringLiteral(
        "SELECT source, resource, instance_type, region, component_tag, start_time, end_time, "
        "hours, energy_kwh, average_power_w, average_utilization, co2e_kg, samples FROM "
        "actual_measurements WHERE import_id = ? ORDER BY rowid"));
    query.addBindValue(importId);
    if (!query.exec()) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    while (query.next()) {
        Measurement m;
        m.source = sourceKindFromKey(query.value(0).toString()).value_or(SourceKind::CodeCarbon);
        m.resource = query.value(1).toString();
        m.instanceType = query.value(2).toString();
        m.region = query.value(3).toString();
        m.componentTag = query.value(4).toString();
        m.start = timeFromIso(query.value(5).toString());
        m.end = timeFromIso(query.value(6).toString());
        m.hours = query.value(7).toDouble();
        m.energyKWh = optionalDouble(query.value(8));
        m.averagePowerW = optionalDouble(query.value(9));
        m.averageUtilization = optionalDouble(query.value(10));
        m.co2eKg = optionalDouble(query.value(11));
        m.samples = query.value(12).toLongLong();
        data.measurements.push_back(std::move(m));
    }
    return data;
}

bool ActualsStore::remove(qint64 importId)
{
    m_errorString.clear();
    if (!isOpen())
        return fail(tr("the store of imports is not open"));
    QSqlQuery query(m_connection.database());
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    query.prepare(QStringLiteral("DELETE FROM actual_imports WHERE id = ?"));
    query.addBindValue(importId);
    if (!query.exec())
        return fail(query.lastError().text());
    if (query.numRowsAffected() == 0)
        return fail(tr("there is no import %1").arg(importId));
    return true;
}

} // namespace greenprint::actuals
