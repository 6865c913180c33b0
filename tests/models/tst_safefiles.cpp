// SPDX-License-Identifier: GPL-3.0-or-later
// Safe files: atomic save under kill, autosave and recovery, changes made by others.
#include "strictqtest.h"
#include "testpaths.h"

#include "referencedb.h"

#include "document/autosavecontroller.h"
#include "document/externalchangewatcher.h"
#include "document/projectdocument.h"
#include "document/recoverystore.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoCommand>
#include <QUndoStack>

using namespace greenprint;

namespace {

class Rename : public QUndoCommand
{
public:
    Rename(ProjectDocument *document, const QString &name)
        : m_document(document)
        , m_name(name)
        , m_old(document->project().name)
    { }
    void redo() override { m_document->setProjectName(m_name); }
    void undo() override { m_document->setProjectName(m_old); }

private:
    ProjectDocument *m_document;
    QString m_name;
    QString m_old;
};

/**
 * True while process `pid` has a file open in `directory`: QSaveFile's temporary,
 * which on Linux is an unnamed O_TMPFILE ("dir/#123 (deleted)"), invisible to QDir.
 */
bool isWritingInto(qint64 pid, const QString &directory)
{
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    const QStringList entries = fds.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot);
    for (const QString &fd : entries) {
        if (QFileInfo(fds.filePath(fd)).symLinkTarget().startsWith(directory + u'/'))
            return true;
    }
    return false;
}

void edit(ProjectDocument &document, const QString &name)
{
    document.undoStack()->push(new Rename(&document, name));
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestSafeFiles : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // --- atomic save ------------------------------------------------------

    void killedMidSaveLeavesPreviousFileIntact()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("large.greenprint"));
        Project first;
        first.name = QStringLiteral("generation 0");
        ProjectWriter writer;
        QVERIFY(writer.writeFile(first, path));

        constexpr int kRounds = 5;
        int killedMidWrite = 0;
        auto *random = QRandomGenerator::global();
        if (!QFileInfo::exists(QStringLiteral("/proc/self/fd")))
            QSKIP("needs /proc to see when the helper is writing");
        for (int round = 0; round < kRounds; ++round) {
            QProcess helper;
            helper.start(QStringLiteral(GREENPRINT_SAVEHELPER), {QStringLiteral("save"), path});
            QVERIFY(helper.waitForStarted());
            // Let it finish one save; then kill it while the next one is writing (it has
            // its QSaveFile temporary open).
            QVERIFY(helper.waitForReadyRead(60000));
            QElapsedTimer waited;
            waited.start();
            bool writing = false;
            while (!writing && waited.elapsed() < 60000) {
                writing = isWritingInto(helper.processId(), dir.path());
                if (!writing)
                    QThread::usleep(100);
            }
            QThread::usleep(random->bounded(0, 3000)); // somewhere in the write
            helper.kill();
            QVERIFY(helper.waitForFinished(10000));
            if (writing)
                ++killedMidWrite;
            const QStringList after = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
            for (const QString &name : after) {
                if (name != u"large.greenprint")
                    QFile::remove(dir.filePath(name)); // the killed save's temporary
            }

            ProjectReader reader;
            const std::optional<Project> read = reader.readFile(path);
            QVERIFY2(read, qPrintable(reader.errorString()));
            QVERIFY2(read->name.startsWith(QStringLiteral("generation ")), qPrintable(read->name));
            if (read->name != u"generation 0")
                QCOMPARE(read->componentCount(), 50000);
        }
        qInfo("%d of %d kills came while a save was writing", killedMidWrite, kRounds);
        QVERIFY2(killedMidWrite > 0, "no kill hit a save: the test proved nothing");
    }

    // --- autosave -----------------------------------------------------------

    void autosavesAtMostOncePerInterval()
    {
        QTemporaryDir dir;
        ProjectDocument document;
        AutosaveController autosave(&document, dir.path());
        autosave.setInterval(200);
        QSignalSpy saved(&autosave, &AutosaveController::autosaved);
        QVERIFY(!QFile::exists(autosave.recoveryFilePath()));
        for (int i = 0; i < 5; ++i)
            edit(document, QStringLiteral("Edit %1").arg(i));
        QVERIFY(autosave.isPending());
        QTRY_COMPARE(saved.count(), 1);
        QTest::qWait(300);
        QCOMPARE(saved.count(), 1); // no edit since: nothing more to write

        ProjectReader reader;
        const std::optional<Project> recovered = reader.readFile(autosave.recoveryFilePath());
        QVERIFY(recovered);
        QCOMPARE(recovered->name, QStringLiteral("Edit 4"));

        edit(document, QStringLiteral("Later edit"));
        QTRY_COMPARE(saved.count(), 2);
        QCOMPARE(reader.readFile(autosave.recoveryFilePath())->name, QStringLiteral("Later edit"));
    }

    void savingRemovesTheRecoveryFile()
    {
        QTemporaryDir dir;
        ProjectDocument document;
        AutosaveController autosave(&document, dir.filePath(QStringLiteral("recovery")));
        edit(document, QStringLiteral("Unsaved"));
        QVERIFY(autosave.saveNow());
        QVERIFY(QFile::exists(autosave.recoveryFilePath()));
        QVERIFY(document.save(dir.filePath(QStringLiteral("saved.greenprint"))));
        QVERIFY(!QFile::exists(autosave.recoveryFilePath()));
        QVERIFY(!autosave.isPending());
    }

    void undoToCleanRemovesTheRecoveryFile()
    {
        QTemporaryDir dir;
        ProjectDocument document;
        AutosaveController autosave(&document, dir.path());
        edit(document, QStringLiteral("Unsaved"));
        QVERIFY(autosave.saveNow());
        document.undo();
        QVERIFY(!document.isModified());
        QVERIFY(!QFile::exists(autosave.recoveryFilePath()));
    }

    void cleanCloseRemovesTheRecoveryFile()
    {
        QTemporaryDir dir;
        ProjectDocument document;
        QString file;
        {
            AutosaveController autosave(&document, dir.path());
            edit(document, QStringLiteral("Unsaved"));
            QVERIFY(autosave.saveNow());
            file = autosave.recoveryFilePath();
            QVERIFY(QFile::exists(file));
            // This session's own file is not offered for recovery while it runs.
            QVERIFY(RecoveryStore(dir.path()).orphans().empty());
        }
        QVERIFY(!QFile::exists(file));
        QVERIFY(RecoveryStore(dir.path()).orphans().empty());
    }

    // --- recovery after a crash ----------------------------------------------

    void crashedSessionIsOfferedAndRestored()
    {
        QTemporaryDir dir;
        QProcess helper;
        helper.start(QStringLiteral(GREENPRINT_SAVEHELPER),
                     {QStringLiteral("autosave"), dir.path()});
        QVERIFY(helper.waitForStarted());
        QVERIFY(helper.waitForReadyRead(30000));
        QVERIFY(helper.readAll().startsWith("autosaved"));
        // While the helper runs, its lock keeps the entry out of the list.
        QVERIFY(RecoveryStore(dir.path()).orphans().empty());
        helper.kill();
        QVERIFY(helper.waitForFinished(10000));

        RecoveryStore store(dir.path());
        const std::vector<RecoveryEntry> entries = store.orphans();
        QCOMPARE(int(entries.size()), 1);
        QCOMPARE(entries.front().projectName, QStringLiteral("Crashed session"));
        QVERIFY(entries.front().savedAt.isValid());

        ProjectDocument document;
        QVERIFY2(store.restore(entries.front(), &document), qPrintable(store.errorString()));
        QCOMPARE(document.project().name, QStringLiteral("Crashed session"));
        QVERIFY(document.isModified());
        QVERIFY(document.filePath().isEmpty());
        QVERIFY(store.orphans().empty());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void restoreKeepsTheOriginalPath()
    {
        QTemporaryDir dir;
        const QString recovery = dir.filePath(QStringLiteral("recovery"));
        QVERIFY(QDir().mkpath(recovery));
        Project project;
        project.name = QStringLiteral("Recovered plan");
        ProjectWriter writer;
        QVERIFY(writer.writeFile(project, recovery + QStringLiteral("/abc.greenprint")));
        const QString original = dir.filePath(QStringLiteral("plan.greenprint"));
        QVERIFY(writeBytes(recovery + QStringLiteral("/abc.json"),
                           QStringLiteral("{\"originalPath\": \"%1\", \"projectName\": \"Recovered "
                                          "plan\", \"savedAt\": \"2026-01-02T03:04:05.000Z\"}")
                               .arg(original)
                               .toUtf8()));
        RecoveryStore store(recovery);
        const std::vector<RecoveryEntry> entries = store.orphans();
        QCOMPARE(int(entries.size()), 1);
        QCOMPARE(entries.front().originalPath, original);
        QCOMPARE(entries.front().savedAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));

        ProjectDocument document;
        QSignalSpy modified(&document, &ProjectDocument::modifiedChanged);
        QVERIFY(store.restore(entries.front(), &document));
        QCOMPARE(document.filePath(), original);
        QVERIFY(document.isModified());
        QVERIFY(!modified.isEmpty());
        QVERIFY(!document.canUndo());
    }

    void discardRemovesEverything()
    {
        QTemporaryDir dir;
        Project project;
        ProjectWriter writer;
        QVERIFY(writer.writeFile(project, dir.filePath(QStringLiteral("x.greenprint"))));
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("x.json")), "{}"));
        RecoveryStore store(dir.path());
        const std::vector<RecoveryEntry> entries = store.orphans();
        QCOMPARE(int(entries.size()), 1);
        store.discard(entries.front());
        QVERIFY(store.orphans().empty());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void unreadableRecoveryFileIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("bad.greenprint")), "{ not json"));
        RecoveryStore store(dir.path());
        const std::vector<RecoveryEntry> entries = store.orphans();
        QCOMPARE(int(entries.size()), 1);
        ProjectDocument document;
        QVERIFY(!store.restore(entries.front(), &document));
        QVERIFY(!store.errorString().isEmpty());
        QVERIFY(!document.isModified());
    }

    // --- changes made by others -----------------------------------------------

    void ownSavesAreNotReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.greenprint"));
        ProjectDocument document;
        QVERIFY(document.save(path));
        ExternalChangeWatcher watcher(&document);
        watcher.setDebounceInterval(50);
        QSignalSpy changed(&watcher, &ExternalChangeWatcher::changedOnDisk);
        for (int i = 0; i < 3; ++i) {
            edit(document, QStringLiteral("Mine %1").arg(i));
            QVERIFY(document.save(path));
        }
        QTest::qWait(500);
        QCOMPARE(changed.count(), 0);
    }

    /**
     * With reference data the document stamps its file with what it was estimated with
     * (provenance): the watcher must know that file as the document's own, not compare it with
     * the unstamped project.
     */
    void ownStampedSavesAreNotReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.greenprint"));
        ProjectDocument document;
        document.setReferenceData(&test::builtReferenceData());
        QVERIFY(document.load(
            test::sourcePath(QStringLiteral("data/examples/bert-finetune-realtime.greenprint"))));
        QVERIFY(document.save(path));
        ExternalChangeWatcher watcher(&document);
        watcher.setDebounceInterval(50);
        QSignalSpy changed(&watcher, &ExternalChangeWatcher::changedOnDisk);
        for (int years = 3; years < 6; ++years) { // each save records other figures
            ProjectSettings settings = document.project().settings;
            settings.serverLifetimeYears = years;
            document.setSettings(settings);
            QVERIFY(document.save(path));
            QTest::qWait(200);
        }
        QCOMPARE(changed.count(), 0);
    }

    void othersChangesAreReportedOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.greenprint"));
        ProjectDocument document;
        QVERIFY(document.save(path));
        ExternalChangeWatcher watcher(&document);
        watcher.setDebounceInterval(50);
        QSignalSpy changed(&watcher, &ExternalChangeWatcher::changedOnDisk);
        QSignalSpy removed(&watcher, &ExternalChangeWatcher::removedFromDisk);

        Project theirs;
        theirs.name = QStringLiteral("Theirs");
        ProjectWriter writer;
        QVERIFY(writer.writeFile(theirs, path)); // replaced by rename, like most editors
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.front().front().toString(), path);
        QTest::qWait(200);
        QCOMPARE(changed.count(), 1);

        // Keep mine: the same content is not reported again, a new change is.
        watcher.acknowledge();
        theirs.name = QStringLiteral("Theirs again");
        QVERIFY(writeBytes(path, writer.toJson(theirs))); // rewritten in place
        QTRY_COMPARE(changed.count(), 2);

        // Reload: the document reads the file, nothing is pending.
        QVERIFY(document.load(path));
        QCOMPARE(document.project().name, QStringLiteral("Theirs again"));
        QTest::qWait(200);
        QCOMPARE(changed.count(), 2);

        QVERIFY(QFile::remove(path));
        QTRY_COMPARE(removed.count(), 1);
    }

    void followsSaveAs()
    {
        QTemporaryDir dir;
        ProjectDocument document;
        QVERIFY(document.save(dir.filePath(QStringLiteral("a.greenprint"))));
        ExternalChangeWatcher watcher(&document);
        watcher.setDebounceInterval(50);
        QSignalSpy changed(&watcher, &ExternalChangeWatcher::changedOnDisk);
        const QString b = dir.filePath(QStringLiteral("b.greenprint"));
        QVERIFY(document.save(b));
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("a.greenprint")), "{}"));
        QTest::qWait(300);
        QCOMPARE(changed.count(), 0); // no longer the document's file
        QVERIFY(writeBytes(b, "{}"));
        QTRY_COMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSafeFiles)
#include "tst_safefiles.moc"
