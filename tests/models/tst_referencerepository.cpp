// SPDX-License-Identifier: GPL-3.0-or-later
// The reference database: integrity of the built file, loading, and fallbacks.

#include "domain/names.h"
#include "refdata/referencerepository.h"

#include "strictqtest.h"
#include "testpaths.h"
#include "tolerance.h"

#include <algorithm>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

namespace {

/** The data version as data/reference/VERSION states it, read here rather than by the builder. */
QString versionFileContents()
{
    QFile file(greenprint::test::sourcePath(QStringLiteral("data/reference/VERSION")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

/** Runs `body` with a private connection to `path`, then removes the connection. */
template<typename Body>
void withDatabase(const QString &path, bool readOnly, Body body)
{
    const QString name = QStringLiteral("tst-referencerepository");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

const QStringList kTables = {
    QStringLiteral("instances"),
    QStringLiteral("regions"),
    QStringLiteral("compute_coefficients"),
    QStringLiteral("claims"),
    QStringLiteral("coefficients"),
    QStringLiteral("storage_classes"),
    QStringLiteral("accelerator_load_curve"),
    QStringLiteral("measurements"),
    QStringLiteral("offering_regions"),
    QStringLiteral("instance_regions"),
};

/** Every issue of a load, one a line: what a failed check prints, so a failure that only
 *  shows under a loaded parallel run says why the copy could not be read. */
QString describe(const ReferenceRepository::Loaded &loaded)
{
    QStringList lines{QStringLiteral("path %1").arg(loaded.databasePath)};
    for (const Issue &issue : loaded.issues)
        lines.append(issue.toString());
    return lines.join(u'\n');
}

} // namespace

class TestReferenceRepository : public test::StrictTestCase
{
    Q_OBJECT

private:
    QString m_dbPath;
    ReferenceRepository::Loaded m_loaded;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dbPath = qEnvironmentVariable("GREENPRINT_REFERENCE_DB");
        if (m_dbPath.isEmpty())
            m_dbPath = test::binaryPath(QStringLiteral("data/greenprint-reference.sqlite"));
        QVERIFY2(QFile::exists(m_dbPath), qPrintable(m_dbPath));
        m_loaded = ReferenceRepository::loadFile(m_dbPath);
    }

    void cleanup()
    {
        // Every load removes its connection again.
        QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
    }

    // --- the built database file --------------------------------------------------------

    void schemaAndDataVersion()
    {
        withDatabase(m_dbPath, true, [](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), ReferenceRepository::kSchemaVersion);
            QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'data_version'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), versionFileContents());
            QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QString::number(ReferenceRepository::kSchemaVersion));
        });
    }

    void everyRowHasASource_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("minimumRows");
        const int minimum[] = {75, 41, 43, 25, 12, 11, 6, 24, 30, 1421};
        for (int i = 0; i < kTables.size(); ++i)
            QTest::newRow(qPrintable(kTables[i])) << kTables[i] << minimum[i];
    }

    void everyRowHasASource()
    {
        QFETCH(QString, table);
        QFETCH(int, minimumRows);
        withDatabase(m_dbPath, true, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*), "
                                          "sum(source IS NULL OR trim(source) = '') FROM \"%1\"")
                               .arg(table)));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() >= minimumRows, qPrintable(q.value(0).toString()));
            QCOMPARE(q.value(1).toInt(), 0);
        });
    }

    void everyRegionHasAnIntensity()
    {
        withDatabase(m_dbPath, true, [](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("SELECT count(*) FROM regions WHERE "
                                      "grid_gco2e_per_kwh IS NULL OR grid_gco2e_per_kwh <= 0")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        });
    }

    void everyInstanceHasPowerOrAnAssumption()
    {
        withDatabase(m_dbPath, true, [](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT instance FROM instances WHERE NOT (idle_w >= 0 AND max_w > idle_w) "
                "AND coalesce(notes, '') NOT LIKE '%assum%'")));
            QStringList bad;
            while (q.next())
                bad.append(q.value(0).toString());
            QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u',')));
        });
    }

    // --- loading ------------------------------------------------------------------------

    void loadsTheFile()
    {
        QVERIFY2(m_loaded.ok, qPrintable(describe(m_loaded)));
        QVERIFY(!m_loaded.usedEmbeddedCopy);
        QCOMPARE(m_loaded.databasePath, m_dbPath);
        QVERIFY2(
            m_loaded.issues.empty(),
            qPrintable(m_loaded.issues.empty() ? QString() : m_loaded.issues.front().toString()));
        const ReferenceData &data = m_loaded.data;
        QCOMPARE(data.dataVersion, versionFileContents());
        // 1,421 EC2 types (data/generate-instances.py) and 362 SageMaker ml. names.
        QCOMPARE(int(data.instances.size()), 1421 + 362);
        QCOMPARE(int(std::count_if(data.instances.begin(), data.instances.end(),
                                   [](const InstanceSpec &s) { return s.sagemaker; })),
                 362);
        QCOMPARE(int(data.regions.size()), 41);
        QCOMPARE(int(data.storageClasses.size()), kStorageClassCount);
        QCOMPARE(int(data.claims.size()), 26);
    }

    void loadedInstancesAreConsistent()
    {
        for (const InstanceSpec &spec : m_loaded.data.instances) {
            QVERIFY2(!spec.source.isEmpty(), qPrintable(spec.id));
            QVERIFY2(spec.idlePowerW >= 0 && spec.maxPowerW > spec.idlePowerW, qPrintable(spec.id));
            QVERIFY2(spec.loadPoints.size() >= 2, qPrintable(spec.id));
            QCOMPARE(spec.loadPoints.front().utilization, 0.0);
            QCOMPARE(spec.loadPoints.back().utilization, 1.0);
            for (size_t i = 1; i < spec.loadPoints.size(); ++i)
                QVERIFY(spec.loadPoints[i].utilization > spec.loadPoints[i - 1].utilization);
            QCOMPARE(spec.origin, DataOrigin::Reference);
            QVERIFY(m_loaded.data.instance(spec.id) == &spec);
        }
        for (const RegionSpec &spec : m_loaded.data.regions) {
            QVERIFY2(spec.gridGCo2ePerKWh > 0, qPrintable(spec.id));
            QVERIFY2(!spec.source.isEmpty(), qPrintable(spec.id));
        }
    }

    void loadPoints_data()
    {
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QList<double>>("utilization");
        QTest::addColumn<QList<double>>("watts");
        // Teads rows: idle, 10 %, 50 %, 100 %; others: idle and max only.
        QTest::newRow("inf1.xlarge (Teads, TDP-extrapolated)")
            << QStringLiteral("inf1.xlarge") << QList<double>{0.0, 0.1, 0.5, 1.0}
            << QList<double>{7.9, 14.1, 28.4, 38.9};
        QTest::newRow("g5.xlarge (CCF)")
            << QStringLiteral("g5.xlarge") << QList<double>{0.0, 1.0} << QList<double>{19.9, 159.8};
        QTest::newRow("p5.48xlarge (CCF, GPU estimated)")
            << QStringLiteral("p5.48xlarge") << QList<double>{0.0, 1.0}
            << QList<double>{738.6, 6077.8};
    }

    void loadPoints()
    {
        QFETCH(QString, instance);
        QFETCH(QList<double>, utilization);
        QFETCH(QList<double>, watts);
        const InstanceSpec *spec = m_loaded.data.instance(instance);
        QVERIFY(spec);
        QCOMPARE(int(spec->loadPoints.size()), int(utilization.size()));
        for (int i = 0; i < int(utilization.size()); ++i) {
            GP_COMPARE_NEAR(spec->loadPoints[i].utilization, utilization[i], 1e-12, 1e-12);
            GP_COMPARE_NEAR(spec->loadPoints[i].powerW, watts[i], 1e-12, 1e-9);
        }
    }

    void coefficients_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("assumption");
        using namespace CoefficientKey;
        auto key = [](const char16_t *k) { return QString::fromUtf16(k); };
        QTest::newRow("ssd") << key(SsdWhPerTBHour) << 1.2 << false;
        QTest::newRow("hdd") << key(HddWhPerTBHour) << 0.65 << false;
        QTest::newRow("memory") << key(MemoryKWhPerGBHour) << 0.000392 << false;
        QTest::newRow("network") << key(NetworkKWhPerGB) << 0.001 << false;
        QTest::newRow("aws pue") << key(AwsGlobalPue) << 1.15 << false;
        QTest::newRow("ccf pue") << key(CcfPue) << 1.135 << false;
        QTest::newRow("utilization") << key(DefaultUtilization) << 0.5 << false;
        QTest::newRow("lifetime") << key(ServerLifetimeHours) << 35040.0 << false;
        QTest::newRow("spot (upper bound)") << key(SpotDiscountFraction) << 0.9 << true;
        QTest::newRow("transfer") << key(TransferUsdPerGB) << 0.02 << true;
        QTest::newRow("logs ingest") << key(LogsIngestUsdPerGB) << 0.5 << true;
        QTest::newRow("logs storage") << key(LogsStorageUsdPerGBMonth) << 0.03 << true;
        QTest::newRow("gpu embodied") << QStringLiteral("embodied.gpu_kgco2e") << 150.0 << false;
        QTest::newRow("s3 replication") << QStringLiteral("replication.s3") << 6.0 << false;
    }

    void coefficients()
    {
        QFETCH(QString, key);
        QFETCH(double, value);
        QFETCH(bool, assumption);
        const Coefficient *c = m_loaded.data.coefficient(key);
        QVERIFY2(c, qPrintable(key));
        GP_COMPARE_NEAR(c->value, value, 1e-12, 0.0);
        QCOMPARE(c->assumption, assumption);
        QVERIFY(!c->unit.isEmpty());
        QVERIFY(!c->source.isEmpty());
        if (c->assumption)
            QVERIFY2(c->notes.contains(QStringLiteral("ASSUMPTION")), qPrintable(c->notes));
    }

    void storageClasses_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("ssd");
        QTest::addColumn<double>("replication");
        const struct
        {
            const char16_t *key;
            bool ssd;
            double replication;
        } rows[] = {
            {u"s3-standard", false, 6},
            {u"s3-intelligent-tiering", false, 6},
            {u"s3-standard-ia", false, 6},
            {u"s3-one-zone-ia", false, 2},
            {u"s3-glacier-instant", false, 6},
            {u"s3-glacier-flexible", false, 6},
            {u"s3-glacier-deep-archive", false, 6},
            {u"ebs-gp3", true, 2},
            {u"ebs-io2", true, 2},
            {u"ebs-st1", false, 2},
            {u"efs", true, 3},
        };
        QCOMPARE(int(std::size(rows)), kStorageClassCount);
        for (const auto &row : rows) {
            const QString key = QString::fromUtf16(row.key);
            QTest::newRow(qPrintable(key)) << key << row.ssd << row.replication;
        }
    }

    void storageClasses()
    {
        QFETCH(QString, key);
        QFETCH(bool, ssd);
        QFETCH(double, replication);
        const auto storageClass = storageClassFromKey(key);
        QVERIFY(storageClass);
        const StorageClassSpec *spec = m_loaded.data.storageClass(*storageClass);
        QVERIFY2(spec, qPrintable(key));
        QCOMPARE(spec->medium, ssd ? StorageMedium::Ssd : StorageMedium::Hdd);
        GP_COMPARE_NEAR(spec->replicationFactor, replication, 0.0, 0.0);
        QVERIFY(!spec->source.isEmpty());
        // A price is either empty (explained in the notes) or non-negative.
        if (spec->priceUsdPerGBMonth)
            QVERIFY(*spec->priceUsdPerGBMonth >= 0);
        else
            QVERIFY2(!spec->notes.isEmpty(), qPrintable(key));
    }

    void embeddedCopyMatchesTheFile()
    {
        const ReferenceRepository::Loaded embedded = ReferenceRepository::loadEmbedded();
        QVERIFY2(embedded.ok, qPrintable(describe(embedded)));
        QVERIFY(embedded.usedEmbeddedCopy);
        QCOMPARE(embedded.databasePath, ReferenceRepository::embeddedResourcePath());
        QVERIFY2(embedded.issues.empty(), qPrintable(describe(embedded)));
        QCOMPARE(embedded.data.dataVersion, m_loaded.data.dataVersion);
        QVERIFY(embedded.data.instances == m_loaded.data.instances);
        QVERIFY(embedded.data.regions == m_loaded.data.regions);
        QVERIFY(embedded.data.coefficients == m_loaded.data.coefficients);
    }

    // --- fallbacks ----------------------------------------------------------------------

    void brokenFilesFallBackToTheEmbeddedCopy_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("garbage bytes") << QStringLiteral("garbage") << QString();
        QTest::newRow("missing file") << QStringLiteral("missing") << QStringLiteral("not exist");
        QTest::newRow("wrong user_version")
            << QStringLiteral("version") << QStringLiteral("schema version 7");
        QTest::newRow("empty database") << QStringLiteral("empty") << QString();
        QTest::newRow("table missing") << QStringLiteral("notable") << QStringLiteral("regions");
    }

    void brokenFilesFallBackToTheEmbeddedCopy()
    {
        QFETCH(QString, kind);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("reference.sqlite"));

        if (kind == u"garbage") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray bytes;
            for (int i = 0; i < 4096; ++i)
                bytes.append(char((i * 131 + 7) % 251));
            file.write(bytes);
        } else if (kind == u"version" || kind == u"notable") {
            QVERIFY(QFile::copy(m_dbPath, path));
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            withDatabase(path, false, [&](QSqlDatabase &db) {
                QSqlQuery q(db);
                QVERIFY(q.exec(kind == u"version" ? QStringLiteral("PRAGMA user_version = 7")
                                                  : QStringLiteral("DROP TABLE regions")));
            });
        } else if (kind == u"empty") {
            withDatabase(path, false, [](QSqlDatabase &db) {
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1")
                                   .arg(ReferenceRepository::kSchemaVersion)));
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE unrelated (x)")));
            });
        }

        const ReferenceRepository::Loaded loaded = ReferenceRepository::loadFile(path);
        QVERIFY2(loaded.ok, qPrintable(describe(loaded)));
        QVERIFY(loaded.usedEmbeddedCopy);
        QCOMPARE(int(loaded.data.instances.size()), 1421 + 362);
        QCOMPARE(int(loaded.data.regions.size()), 41);
        QVERIFY(!loaded.issues.empty());
        const Issue &warning = loaded.issues.front();
        QCOMPARE(warning.severity, Issue::Severity::Warning);
        QCOMPARE(warning.file, path);
        QVERIFY2(warning.message.contains(messagePart), qPrintable(warning.message));
        QVERIFY(!hasErrors(loaded.issues));
    }

    // --- Region offerings -----------------------------------------------------------------

    void offeringSemantics()
    {
        RegionOfferings o;
        o.setCoverage({u"us-east-1"_s, u"us-east-2"_s}, u"2026-08-01"_s, u"test"_s);
        o.setRegions(u"p5.48xlarge"_s, {u"us-east-2"_s, u"us-east-1"_s});
        o.setRegions(u"trn2.48xlarge"_s, {u"us-east-2"_s});
        o.setRegions(u"dl1.24xlarge"_s, {});
        QCOMPARE(o.offering(u"p5.48xlarge"_s, u"us-east-1"_s), Offering::Offered);
        QCOMPARE(o.offering(u"trn2.48xlarge"_s, u"us-east-1"_s), Offering::NotOffered);
        QCOMPARE(o.offering(u"dl1.24xlarge"_s, u"us-east-2"_s), Offering::NotOffered);
        // No answer is never "not offered": an uncovered Region, an unlisted type.
        QCOMPARE(o.offering(u"p5.48xlarge"_s, u"eu-west-1"_s), Offering::Unknown);
        QCOMPARE(o.offering(u"c5.5xlarge"_s, u"us-east-1"_s), Offering::Unknown);
        QCOMPARE(o.regions(u"p5.48xlarge"_s), (QStringList{u"us-east-1"_s, u"us-east-2"_s}));
        QCOMPARE(o.coveredRegions(), (QStringList{u"us-east-1"_s, u"us-east-2"_s}));
    }

    void offeringsOfTheCatalog_data()
    {
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("expected");
        const int yes = int(Offering::Offered), no = int(Offering::NotOffered),
                  unknown = int(Offering::Unknown);
        // Regions AWS names on each type's launch page: P5 in N. Virginia; Trn2 and Hpc7a
        // launched in Ohio, not N. Virginia (where the AWS Price List has no On-Demand
        // price for them either); DL2q in Oregon.
        QTest::newRow("p5 us-east-1") << u"p5.48xlarge"_s << u"us-east-1"_s << yes;
        QTest::newRow("ml.p5 us-east-1") << u"ml.p5.48xlarge"_s << u"us-east-1"_s << yes;
        QTest::newRow("trn2 us-east-2") << u"trn2.48xlarge"_s << u"us-east-2"_s << yes;
        QTest::newRow("trn2 us-east-1") << u"trn2.48xlarge"_s << u"us-east-1"_s << no;
        QTest::newRow("hpc7a us-east-2") << u"hpc7a.96xlarge"_s << u"us-east-2"_s << yes;
        QTest::newRow("hpc7a us-east-1") << u"hpc7a.96xlarge"_s << u"us-east-1"_s << no;
        QTest::newRow("dl2q us-west-2") << u"dl2q.24xlarge"_s << u"us-west-2"_s << yes;
        QTest::newRow("region not in the snapshot")
            << u"m5.xlarge"_s << u"us-gov-west-1"_s << unknown;
        QTest::newRow("size not in the catalog") << u"c5.5xlarge"_s << u"us-east-1"_s << unknown;
    }

    void offeringsOfTheCatalog()
    {
        QFETCH(QString, instance);
        QFETCH(QString, region);
        QFETCH(int, expected);
        const ReferenceData &data = m_loaded.data;
        QCOMPARE(int(data.offering(instance, region)), expected);
    }

    void offeringSnapshotIsDatedAndSourced()
    {
        const RegionOfferings &o = m_loaded.data.offerings;
        QCOMPARE(o.coveredRegions().size(), 30);
        QCOMPARE(o.asOf(), u"2026-08-01"_s);
        QVERIFY(o.source().contains(u"getmoto/moto"_s));
        for (const InstanceSpec &spec : m_loaded.data.instances) {
            if (!spec.sagemaker)
                QVERIFY2(o.lists(spec.id), qPrintable(spec.id));
        }
    }

    void defaultUsesTheEnvironmentVariable()
    {
        const QByteArray saved = qgetenv("GREENPRINT_REFERENCE_DB");
        qputenv("GREENPRINT_REFERENCE_DB", m_dbPath.toLocal8Bit());
        const ReferenceRepository::Loaded loaded = ReferenceRepository::loadDefault();
        qputenv("GREENPRINT_REFERENCE_DB", saved);
        QVERIFY2(loaded.ok, qPrintable(describe(loaded)));
        QCOMPARE(loaded.databasePath, m_dbPath);
        QVERIFY(!loaded.usedEmbeddedCopy);
        QVERIFY2(loaded.issues.empty(), qPrintable(describe(loaded)));
    }

    void defaultWarnsAboutAMissingEnvironmentFile()
    {
        const QByteArray saved = qgetenv("GREENPRINT_REFERENCE_DB");
        const QString missing = QStringLiteral("/nonexistent/greenprint/reference.sqlite");
        qputenv("GREENPRINT_REFERENCE_DB", missing.toLocal8Bit());
        const QStringList paths = ReferenceRepository::searchPaths();
        const ReferenceRepository::Loaded loaded = ReferenceRepository::loadDefault();
        qputenv("GREENPRINT_REFERENCE_DB", saved);

        QCOMPARE(paths.value(0), missing);
        QVERIFY2(loaded.ok, qPrintable(describe(loaded)));
        QVERIFY(!loaded.issues.empty());
        QCOMPARE(loaded.issues.front().severity, Issue::Severity::Warning);
        QCOMPARE(loaded.issues.front().file, missing);
        // Either the build-tree copy (<appdir>/../data/) or the embedded one.
        QVERIFY(loaded.usedEmbeddedCopy || paths.contains(loaded.databasePath));
        QCOMPARE(int(loaded.data.instances.size()), 1421 + 362);
    }
};

QTEST_GUILESS_MAIN(TestReferenceRepository)
#include "tst_referencerepository.moc"
