// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper, killed on purpose by tst_safefiles:
//   greenprint_savehelper save PATH       saves a large project to PATH over and over
//   greenprint_savehelper autosave DIR    autosaves an edited project into DIR, then waits
#include "document/autosavecontroller.h"
#include "document/projectdocument.h"
#include "io/projectwriter.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>
#include <QUndoCommand>
#include <QUndoStack>

#include <cstdio>

using namespace greenprint;

namespace {

Project largeProject(int generation)
{
    Project project;
    project.name = QStringLiteral("generation %1").arg(generation);
    for (int i = 0; i < 50000; ++i) {
        ComputeSpec spec;
        spec.instance = QStringLiteral("p4d.24xlarge");
        spec.hours = 1.0 + i;
        project.stages[2].components.push_back(
            {QStringLiteral("job %1 of generation %2").arg(i).arg(generation), spec, {}});
    }
    return project;
}

int saveLoop(const QString &path)
{
    QTextStream out(stdout);
    for (int generation = 1;; ++generation) {
        ProjectWriter writer;
        if (!writer.writeFile(largeProject(generation), path)) {
            QTextStream(stderr) << writer.errorString() << Qt::endl;
            return 1;
        }
        out << "saved " << generation << Qt::endl;
    }
}

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

int autosaveAndWait(const QString &directory)
{
    ProjectDocument document;
    AutosaveController autosave(&document, directory);
    document.undoStack()->push(new Rename(&document, QStringLiteral("Crashed session")));
    if (!autosave.saveNow()) {
        QTextStream(stderr) << autosave.errorString() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "autosaved " << autosave.recoveryFilePath() << Qt::endl;
    for (;;)
        QThread::sleep(1); // until killed: the recovery file stays behind
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("greenprint_savehelper"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 3 && args.at(1) == u"save")
        return saveLoop(args.at(2));
    if (args.size() == 3 && args.at(1) == u"autosave")
        return autosaveAndWait(args.at(2));
    std::fputs("usage: greenprint_savehelper save PATH | autosave DIR\n", stderr);
    return 2;
}
