// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input: every input the fuzzers (tests/fuzz) crashed on, and files too large to read.
#include "strictqtest.h"
#include "testpaths.h"

#include "document/projectdocument.h"
#include "io/csvreader.h"
#include "io/formatversion.h"
#include "io/projectreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

/*
 * tests/data/fuzz-regressions/ holds the inputs `make fuzz` found a crash,
 * hang or sanitizer report on, under the name of the bug they show:
 *   *.greenprint  fed to ProjectReader: must be refused with a clear error
 *                 (an Error issue with a message, labelled with the file);
 *   *.csv         fed to CsvReader: must parse or fail with a positioned error.
 * Add the fixture together with the fix; this test picks it up by itself.
 */
class TestFuzzRegressions : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void projectFilesGiveAnError_data();
    void projectFilesGiveAnError();
    void csvFilesDoNotCrash_data();
    void csvFilesDoNotCrash();
    void refusesOversizedProjectUnread();

private:
    static void addRows(const QString &pattern);
};

void TestFuzzRegressions::addRows(const QString &pattern)
{
    QTest::addColumn<QString>("path");
    const QDir dir(test::testDataPath(u"fuzz-regressions"_s));
    const QStringList files = dir.entryList({pattern}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
    if (files.isEmpty())
        QTest::newRow("no fixture yet") << QString();
}

void TestFuzzRegressions::projectFilesGiveAnError_data()
{
    addRows(u"*.greenprint"_s);
}

void TestFuzzRegressions::projectFilesGiveAnError()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("no project-file fuzz regression recorded");
    ProjectReader reader;
    QVERIFY2(!reader.readFile(path), "a fuzz regression fixture was accepted");
    bool hasError = false;
    for (const Issue &issue : reader.issues()) {
        if (issue.severity == Issue::Severity::Error) {
            hasError = true;
            QVERIFY(!issue.message.isEmpty());
            QCOMPARE(issue.file, path);
        }
    }
    QVERIFY(hasError);
    QVERIFY(reader.errorString().contains(QFileInfo(path).fileName()));
}

void TestFuzzRegressions::csvFilesDoNotCrash_data()
{
    addRows(u"*.csv"_s);
}

void TestFuzzRegressions::csvFilesDoNotCrash()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("no CSV fuzz regression recorded");
    CsvReader reader;
    if (reader.readFile(path)) {
        for (const QStringList &row : reader.rows())
            QCOMPARE(row.size(), reader.header().size());
    } else {
        QVERIFY(reader.errorLine() >= 1);
        QVERIFY(reader.errorColumn() >= 1);
        QVERIFY(reader.errorString().contains(QFileInfo(path).fileName()));
    }
}

/**
 * A real project file just over the reader's limit (written at run time, not
 * sparse; it was 100 MB while the limit was 64 MiB) is refused by its size,
 * before a byte is parsed, with a clear message, and a document that tries to
 * open it keeps its project.
 */
void TestFuzzRegressions::refusesOversizedProjectUnread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"oversized.greenprint"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":"greenprint-project","formatVersion":1,"name":"big","stages":[)"
                   R"({"kind":"training","components":[)");
        const QByteArray component =
            R"({"type":"compute","name":"x","instance":"p4d.24xlarge","count":1,"hours":1},)";
        QByteArray chunk;
        while (chunk.size() < 1024 * 1024)
            chunk += component;
        while (file.size() <= kProjectMaxFileSize)
            QVERIFY(file.write(chunk) == chunk.size());
    }
    QVERIFY(QFileInfo(path).size() > kProjectMaxFileSize);

    // Refused by its size before a byte is parsed: the size message is the only problem
    // (a parse would report the truncated last component). Speed is benchmarked elsewhere.
    ProjectReader reader;
    QVERIFY(!reader.readFile(path));
    QCOMPARE(reader.issues().size(), std::size_t(1));
    QVERIFY2(reader.errorString().contains(u"larger than 256 MiB"_s),
             qPrintable(reader.errorString()));

    ProjectDocument document;
    Project before;
    before.name = u"Kept"_s;
    document.reset(before);
    QVERIFY(!document.load(path));
    QVERIFY(document.errorString().contains(u"larger than 256 MiB"_s));
    QCOMPARE(document.project().name, u"Kept"_s);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
