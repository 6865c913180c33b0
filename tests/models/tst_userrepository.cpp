// SPDX-License-Identifier: GPL-3.0-or-later
// The user catalog: create, round trip, update, remove, validation, versioning.

// Qt headers first: moc (Qt 6.4) cannot parse <compare> (pulled in by units.h)
// unless a Qt header has already been included.
#include <QtGlobal>

#include "refdata/userrepository.h"
#include "strictqtest.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtNumeric>

using namespace greenprint;

Q_DECLARE_METATYPE(greenprint::InstanceSpec)
Q_DECLARE_METATYPE(greenprint::RegionSpec)

namespace {

InstanceSpec customInstance()
{
    InstanceSpec spec;
    spec.id = QStringLiteral("lab.h100x8");
    spec.family = QStringLiteral("lab");
    spec.category = InstanceCategory::NvidiaGpu;
    spec.processor = QStringLiteral("AMD EPYC 9654");
    spec.cpuMicroarchitecture = QStringLiteral("Genoa");
    spec.vcpus = 192;
    spec.memoryGiB = 2048;
    spec.accelerator = QStringLiteral("NVIDIA H100 80GB HBM3");
    spec.acceleratorCount = 8;
    spec.acceleratorTdpW = 700;
    spec.idlePowerW = 1200;
    spec.maxPowerW = 7000;
    spec.loadPoints = {{0.0, 1200}, {0.1, 2100}, {0.5, 4700}, {1.0, 7000}};
    spec.powerMethod = QStringLiteral("measured");
    spec.embodiedCo2eKg = 3500;
    spec.priceUsdPerHour = 55.04;
    spec.priceAsOf = QStringLiteral("2026-11");
    spec.notes = QStringLiteral("own measurement, \"quoted\", with ; and ,");
    spec.source = QStringLiteral("lab notebook p. 12");
    spec.origin = DataOrigin::User;
    return spec;
}

RegionSpec customRegion()
{
    RegionSpec spec;
    spec.id = QStringLiteral("onprem-zurich");
    spec.name = QStringLiteral("On-premises (Zürich)");
    spec.partition = QStringLiteral("onprem");
    spec.country = QStringLiteral("Switzerland");
    spec.latitude = 47.37;
    spec.longitude = 8.54;
    spec.gridGCo2ePerKWh = 46.5;
    spec.gridBasis = QStringLiteral("utility contract 2025");
    spec.electricityMapsGCo2ePerKWh = 41.0;
    spec.electricityMapsYear = 2023;
    spec.ccfGCo2ePerKWh = 11.0;
    spec.owidGCo2ePerKWh = 34.0;
    spec.owidYear = 2023;
    spec.pue = 1.3;
    spec.pueYear = 2025;
    spec.renewableMatched2022 = false;
    spec.renewableMatched2023 = true;
    spec.notes = QStringLiteral("our own data centre");
    spec.source = QStringLiteral("facility report");
    spec.origin = DataOrigin::User;
    return spec;
}

} // namespace

class TestUserRepository : public test::StrictTestCase
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("catalog-%1.sqlite").arg(++m_counter));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { QCOMPARE(QSqlDatabase::connectionNames(), QStringList()); }

    void defaultPath()
    {
        const QString path = UserRepository::defaultPath();
        QVERIFY(path.endsWith(QStringLiteral("/user-catalog.sqlite")));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void createsAnEmptyCatalog()
    {
        const QString path = m_dir.filePath(QStringLiteral("sub/dir/catalog.sqlite"));
        UserRepository repo;
        QVERIFY(!repo.isOpen());
        QVERIFY2(repo.open(path), qPrintable(repo.errorString()));
        QVERIFY(repo.isOpen());
        QCOMPARE(repo.path(), path);
        QVERIFY(QFile::exists(path));
        QVERIFY(repo.instances().empty());
        QVERIFY(repo.regions().empty());
        QVERIFY(repo.errorString().isEmpty());
    }

    void instanceRoundTrip_data()
    {
        QTest::addColumn<InstanceSpec>("spec");
        QTest::newRow("full") << customInstance();
        InstanceSpec minimal;
        minimal.id = QStringLiteral("tiny");
        minimal.category = InstanceCategory::Custom;
        minimal.idlePowerW = 0;
        minimal.maxPowerW = 0;
        minimal.loadPoints = {{0.0, 0.0}, {1.0, 0.0}};
        minimal.origin = DataOrigin::User;
        QTest::newRow("minimal, optionals empty") << minimal;
        InstanceSpec constant = minimal;
        constant.id = QStringLiteral("constant-load");
        constant.idlePowerW = 250;
        constant.maxPowerW = 250;
        constant.loadPoints = {{0.0, 250}, {0.3, 250}, {1.0, 250}};
        QTest::newRow("idle equals max") << constant;
    }

    void instanceRoundTrip()
    {
        QFETCH(InstanceSpec, spec);
        const QString path = freshPath();
        {
            UserRepository repo;
            QVERIFY(repo.open(path));
            QVERIFY2(repo.upsertInstance(spec), qPrintable(repo.errorString()));
            const auto read = repo.instances();
            QCOMPARE(int(read.size()), 1);
            QVERIFY(read.front() == spec);
        }
        UserRepository reopened;
        QVERIFY(reopened.open(path));
        const auto read = reopened.instances();
        QCOMPARE(int(read.size()), 1);
        QVERIFY(read.front() == spec);
        QCOMPARE(read.front().origin, DataOrigin::User);
    }

    void instanceWithoutLoadPointsGetsIdleAndMax()
    {
        UserRepository repo;
        QVERIFY(repo.open(freshPath()));
        InstanceSpec spec = customInstance();
        spec.loadPoints.clear();
        QVERIFY(repo.upsertInstance(spec));
        const auto read = repo.instances();
        QCOMPARE(int(read.size()), 1);
        const std::vector<LoadPoint> expected = {{0.0, spec.idlePowerW}, {1.0, spec.maxPowerW}};
        QVERIFY(read.front().loadPoints == expected);
    }

    void upsertReplacesAndRemoveDeletes()
    {
        UserRepository repo;
        QVERIFY(repo.open(freshPath()));
        InstanceSpec a = customInstance();
        InstanceSpec b = customInstance();
        b.id = QStringLiteral("another");
        QVERIFY(repo.upsertInstance(a));
        QVERIFY(repo.upsertInstance(b));
        a.maxPowerW = 6500;
        a.loadPoints = {{0.0, 1200}, {1.0, 6500}};
        a.priceUsdPerHour.reset();
        QVERIFY(repo.upsertInstance(a));

        auto read = repo.instances();
        QCOMPARE(int(read.size()), 2);
        QCOMPARE(read[0].id, QStringLiteral("another")); // ordered by id
        QVERIFY(read[1] == a);

        QVERIFY(repo.removeInstance(a.id));
        read = repo.instances();
        QCOMPARE(int(read.size()), 1);
        QCOMPARE(read[0].id, b.id);
        QVERIFY(!repo.removeInstance(a.id));
        QVERIFY(repo.errorString().contains(a.id));

        // Load points of a removed instance do not reappear with a new one of that id.
        InstanceSpec again = customInstance();
        again.loadPoints.clear();
        QVERIFY(repo.upsertInstance(again));
        QCOMPARE(int(repo.instances().back().loadPoints.size()), 2);
    }

    void regionRoundTripUpdateRemove()
    {
        const QString path = freshPath();
        RegionSpec region = customRegion();
        RegionSpec bare;
        bare.id = QStringLiteral("bare");
        bare.gridGCo2ePerKWh = 0;
        bare.origin = DataOrigin::User;
        {
            UserRepository repo;
            QVERIFY(repo.open(path));
            QVERIFY2(repo.upsertRegion(region), qPrintable(repo.errorString()));
            QVERIFY(repo.upsertRegion(bare));
        }
        UserRepository repo;
        QVERIFY(repo.open(path));
        auto read = repo.regions();
        QCOMPARE(int(read.size()), 2);
        QVERIFY(read[0] == bare);
        QVERIFY(read[1] == region);

        region.gridGCo2ePerKWh = 30;
        region.pue.reset();
        QVERIFY(repo.upsertRegion(region));
        read = repo.regions();
        QCOMPARE(int(read.size()), 2);
        QVERIFY(read[1] == region);

        QVERIFY(repo.removeRegion(bare.id));
        QVERIFY(!repo.removeRegion(bare.id));
        QCOMPARE(int(repo.regions().size()), 1);
    }

    void rejectsInvalidInstances_data()
    {
        QTest::addColumn<InstanceSpec>("spec");
        InstanceSpec s = customInstance();
        s.id = QStringLiteral("  ");
        QTest::newRow("empty id") << s;
        s = customInstance();
        s.idlePowerW = -1;
        QTest::newRow("negative idle") << s;
        s = customInstance();
        s.maxPowerW = 100;
        QTest::newRow("max below idle") << s;
        s = customInstance();
        s.maxPowerW = qQNaN();
        QTest::newRow("NaN watts") << s;
        s = customInstance();
        s.loadPoints.push_back({1.5, 100});
        QTest::newRow("utilization above 1") << s;
        s = customInstance();
        s.loadPoints.push_back({0.5, 10});
        QTest::newRow("duplicate utilization") << s;
        s = customInstance();
        s.priceUsdPerHour = -2;
        QTest::newRow("negative price") << s;
    }

    void rejectsInvalidInstances()
    {
        QFETCH(InstanceSpec, spec);
        UserRepository repo;
        QVERIFY(repo.open(freshPath()));
        QVERIFY(!repo.upsertInstance(spec));
        QVERIFY(!repo.errorString().isEmpty());
        QVERIFY(repo.instances().empty());
    }

    void rejectsInvalidRegions_data()
    {
        QTest::addColumn<RegionSpec>("spec");
        RegionSpec r = customRegion();
        r.id.clear();
        QTest::newRow("empty id") << r;
        r = customRegion();
        r.gridGCo2ePerKWh = -0.1;
        QTest::newRow("negative intensity") << r;
        r = customRegion();
        r.gridGCo2ePerKWh = qInf();
        QTest::newRow("infinite intensity") << r;
        r = customRegion();
        r.pue = 0.0;
        QTest::newRow("zero PUE") << r;
        r = customRegion();
        r.latitude = 91;
        QTest::newRow("latitude out of range") << r;
    }

    void rejectsInvalidRegions()
    {
        QFETCH(RegionSpec, spec);
        UserRepository repo;
        QVERIFY(repo.open(freshPath()));
        QVERIFY(!repo.upsertRegion(spec));
        QVERIFY(!repo.errorString().isEmpty());
        QVERIFY(repo.regions().empty());
    }

    void closedRepositoryFails()
    {
        UserRepository repo;
        QVERIFY(repo.instances().empty());
        QVERIFY(!repo.errorString().isEmpty());
        QVERIFY(!repo.upsertInstance(customInstance()));
        QVERIFY(!repo.removeRegion(QStringLiteral("x")));
    }

    void refusesForeignOrNewerFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("garbage bytes") << QStringLiteral("garbage");
        QTest::newRow("newer schema") << QStringLiteral("newer");
        QTest::newRow("unrelated database") << QStringLiteral("unrelated");
    }

    void refusesForeignOrNewerFiles()
    {
        QFETCH(QString, kind);
        const QString path = freshPath();
        if (kind == u"garbage") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(2048, '\x5a'));
        } else {
            const QString name = QStringLiteral("tst-userrepository-setup");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(kind == u"newer" ? QStringLiteral("PRAGMA user_version = 2")
                                                : QStringLiteral("CREATE TABLE other (x)")));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        UserRepository repo;
        QVERIFY(!repo.open(path));
        QVERIFY(!repo.isOpen());
        QVERIFY2(repo.errorString().contains(path), qPrintable(repo.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
