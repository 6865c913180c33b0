// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "io/estimateformats.h"
#include "io/projectreader.h"
#include "io/referenceformats.h"
#include "refdata/referencerepository.h"
#include "refdata/userrepository.h"

#include "engine/estimator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <cstring>
#include <functional>
#include <map>

namespace greenprint::cli {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("greenprint::cli", text, disambiguation, n);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

constexpr const char *kCommands[] = {"estimate", "validate", "data", "export"};

QString commandSummary()
{
    return tr("Commands:\n"
              "  estimate FILE [--format table|json|csv]   Estimate energy, carbon and cost of a project\n"
              "  validate FILE                             Check a project file and report every problem\n"
              "  data regions|instances [--format ...]     List the reference regions or instances\n"
              "  export FILE --csv OUT.csv                 Write the CSV plan of a project\n"
              "  FILE                                      Open the project in the planner window\n");
}

/** Reference data merged with the user's own catalog, with load problems reported. */
ReferenceData loadReferenceData()
{
    ReferenceRepository::Loaded loaded = ReferenceRepository::loadDefault();
    for (const Issue &issue : loaded.issues)
        err() << tr("warning: ") << issue.toString() << Qt::endl;
    ReferenceData data = std::move(loaded.data);
    UserRepository user;
    if (user.open())
        data.merge(user.instances(), user.regions());
    return data;
}

void printIssues(const Issues &issues, const QString &file)
{
    for (Issue issue : issues) {
        if (issue.file.isEmpty())
            issue.file = file;
        const QString prefix = issue.severity == Issue::Severity::Error ? tr("error: ")
            : issue.severity == Issue::Severity::Warning               ? tr("warning: ")
                                                                       : tr("note: ");
        err() << prefix << issue.toString() << Qt::endl;
    }
}

struct LoadedProject
{
    std::optional<Project> project;
    Estimate estimate;
    bool ok = false;
};

/** Reads and estimates a project; prints every problem; ok is false on any error. */
LoadedProject loadAndEstimate(const QString &path, const ReferenceData &reference)
{
    LoadedProject result;
    ProjectReader reader;
    result.project = reader.readFile(path);
    if (!result.project) {
        printIssues(reader.issues(), path);
        return result;
    }
    printIssues(reader.issues(), path); // warnings, if any
    result.estimate = estimateProject(*result.project, reference);
    result.ok = !hasErrors(result.estimate.issues);
    return result;
}

std::optional<ListingFormat> parseFormat(const QString &text)
{
    if (text == u"table")
        return ListingFormat::Table;
    if (text == u"json")
        return ListingFormat::Json;
    if (text == u"csv")
        return ListingFormat::Csv;
    return std::nullopt;
}

int usageError(const QString &message)
{
    err() << QCoreApplication::applicationName() << ": " << message << Qt::endl
          << tr("Try '%1 --help'.").arg(QCoreApplication::applicationName()) << Qt::endl;
    return UsageError;
}

/** Parses a subcommand's own arguments; false (with a usage message printed) on error. */
bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &rest,
                  int positionalCount, int &exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{command} + rest)) {
        exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        exitCode = Success;
        return false;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        exitCode = usageError(tr("'%1' expects %n argument(s)", nullptr, positionalCount).arg(command));
        return false;
    }
    return true;
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringLiteral("format"),
                              tr("Output format: table, json or csv (default: table)."),
                              tr("format"), QStringLiteral("table"));
}

int runEstimate(const QStringList &rest)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Estimate the energy, carbon and cost of a project."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .greenprint project file."));
    parser.addOption(formatOption());
    int code = Success;
    if (!parseCommand(parser, QStringLiteral("estimate"), rest, 1, code))
        return code;
    const auto format = parseFormat(parser.value(QStringLiteral("format")));
    if (!format)
        return usageError(tr("unknown format '%1'; use table, json or csv")
                              .arg(parser.value(QStringLiteral("format"))));

    const QString path = parser.positionalArguments().front();
    const ReferenceData reference = loadReferenceData();
    LoadedProject loaded = loadAndEstimate(path, reference);
    if (!loaded.project)
        return InvalidInput;
    printIssues(loaded.estimate.issues, path);
    switch (*format) {
    case ListingFormat::Table: out() << estimateToTable(loaded.estimate); break;
    case ListingFormat::Json: out() << QString::fromUtf8(estimateToJson(loaded.estimate)); break;
    case ListingFormat::Csv:
        out() << estimatesToCsv({{QStringLiteral("baseline"), loaded.estimate}});
        break;
    }
    out().flush();
    return loaded.ok ? Success : InvalidInput;
}

int runValidate(const QStringList &rest)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check a project file and report every problem."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .greenprint project file."));
    int code = Success;
    if (!parseCommand(parser, QStringLiteral("validate"), rest, 1, code))
        return code;
    const QString path = parser.positionalArguments().front();
    const ReferenceData reference = loadReferenceData();
    LoadedProject loaded = loadAndEstimate(path, reference);
    if (!loaded.project)
        return InvalidInput;
    printIssues(loaded.estimate.issues, path);
    if (!loaded.ok)
        return InvalidInput;
    out() << tr("%1: valid (%n component(s))", nullptr, loaded.project->componentCount()).arg(path)
          << Qt::endl;
    return Success;
}

int runData(const QStringList &rest)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the reference data."));
    parser.addPositionalArgument(QStringLiteral("table"), tr("regions or instances."));
    parser.addOption(formatOption());
    int code = Success;
    if (!parseCommand(parser, QStringLiteral("data"), rest, 1, code))
        return code;
    const auto format = parseFormat(parser.value(QStringLiteral("format")));
    if (!format)
        return usageError(tr("unknown format '%1'; use table, json or csv")
                              .arg(parser.value(QStringLiteral("format"))));
    const QString what = parser.positionalArguments().front();
    if (what != u"regions" && what != u"instances")
        return usageError(tr("unknown data table '%1'; use regions or instances").arg(what));
    const ReferenceData reference = loadReferenceData();
    out() << (what == u"regions" ? regionsListing(reference, *format)
                                 : instancesListing(reference, *format));
    out().flush();
    return Success;
}

bool writeTextFile(const QString &path, const QByteArray &bytes, QString *error)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        *error = tr("cannot create folder %1").arg(info.absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

int runExport(const QStringList &rest)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the plan of a project to files."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .greenprint project file."));
    const QCommandLineOption csvOption(QStringLiteral("csv"), tr("Write the CSV plan to <out.csv>."),
                                       tr("out.csv"));
    parser.addOption(csvOption);
    int code = Success;
    if (!parseCommand(parser, QStringLiteral("export"), rest, 1, code))
        return code;
    if (!parser.isSet(csvOption))
        return usageError(tr("'export' needs an output, e.g. --csv plan.csv"));

    const QString path = parser.positionalArguments().front();
    const ReferenceData reference = loadReferenceData();
    LoadedProject loaded = loadAndEstimate(path, reference);
    if (!loaded.project)
        return InvalidInput;
    printIssues(loaded.estimate.issues, path);

    const QString csvPath = parser.value(csvOption);
    const QString csv = estimatesToCsv({{QStringLiteral("baseline"), loaded.estimate}});
    QString error;
    if (!writeTextFile(csvPath, csv.toUtf8(), &error)) {
        err() << tr("error: %1: %2").arg(csvPath, error) << Qt::endl;
        return InvalidInput;
    }
    out() << tr("wrote %1").arg(csvPath) << Qt::endl;
    return loaded.ok ? Success : InvalidInput;
}

} // namespace

bool isCommandLineInvocation(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    for (const char *command : kCommands) {
        if (std::strcmp(first, command) == 0)
            return true;
    }
    // Options are answered on the terminal (--help, --version, a typo), except the
    // window's own options.
    if (std::strcmp(first, "--screenshot") == 0)
        return false;
    return first[0] == '-';
}

int run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usageError(tr("no command given"));
    const QString first = args.front();
    if (first == u"--version" || first == u"-v") {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
              << Qt::endl;
        return Success;
    }
    if (first == u"--help" || first == u"-h") {
        out() << tr("Usage: %1 [command] [options]\n\n"
                    "Greenprint plans the energy (kWh), carbon (kgCO2e) and cost (USD) of a "
                    "deep-learning workload on AWS before you run it.\n\n")
                     .arg(QCoreApplication::applicationName())
              << commandSummary()
              << tr("\nOptions:\n  -h, --help     Show this help.\n  -v, --version  Show the version.\n"
                    "\nRun '%1 COMMAND --help' for the options of a command.\n"
                    "Exit status: 0 success, 1 invalid input, 2 usage error.\n")
                     .arg(QCoreApplication::applicationName());
        return Success;
    }
    const std::map<QString, std::function<int(const QStringList &)>> commands = {
        {QStringLiteral("estimate"), runEstimate},
        {QStringLiteral("validate"), runValidate},
        {QStringLiteral("data"), runData},
        {QStringLiteral("export"), runExport},
    };
    const auto it = commands.find(first);
    if (it == commands.end())
        return usageError(tr("unknown command or option '%1'").arg(first));
    return it->second(args.mid(1));
}

} // namespace greenprint::cli
