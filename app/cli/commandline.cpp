// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "commandsupport.h"

#include "export/pdfreport.h"
#include "export/planexport.h"
#include "i18n/languagemanager.h"
#include "actuals/calibrationformats.h"
#include "advisor/advisor.h"
#include "advisor/feasibility.h"
#include "io/atomicfile.h"
#include "io/estimateformats.h"
#include "io/csvwriter.h"
#include "io/formatversion.h"
#include "io/jsonstreamwriter.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"
#include "io/referenceformats.h"
#include "io/suggestionformats.h"
#include "refdata/referencerepository.h"
#include "refdata/userrepository.h"
#include "scenario/scenarioapplier.h"
#include "scenario/scenarioevaluator.h"

#include "engine/ccfaws.h"
#include "engine/estimator.h"
#include "engine/greenalgorithmsprofile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>
#include <QTranslator>

#include <algorithm>
#include <cstring>
#include <functional>
#include <map>
#include <optional>

namespace greenprint::cli {

QString tr(const char *text, const char *disambiguation, int n)
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

namespace {

constexpr const char *kCommands[] = {"estimate", "validate", "data",   "export",
                                     "suggest",  "upgrade",  "actual", "athena-sql"};

QString commandSummary()
{
    return tr(
        "Commands:\n"
        "  estimate FILE... [--format table|json|csv] [--scenario NAME]\n"
        "                                            Estimate energy, carbon and cost of projects\n"
        "  suggest FILE [--format table|json]        Rank the practices that would save carbon\n"
        "  pareto FILE [--stage plan|STAGE] [--format table|json]\n"
        "                                            Cost / carbon / time front of the plan\n"
        "  validate FILE...                          Check project files and report every problem\n"
        "  data regions|instances [--format ...]     List the reference regions or instances\n"
        "  export FILE [--pdf OUT.pdf] [--csv OUT.csv] [--scenario NAME]\n"
        "                                            Write the PDF and/or CSV plan of a project\n"
        "  upgrade FILE -o OUT                       Rewrite a project in the current file format\n"
        "  actual FILE [--cur F]... [--ccft F] [--codecarbon F] [--nvidia-smi F]\n"
        "         [--neuron-monitor F] [--cloudwatch F] [--format table|json|csv]\n"
        "                                            Compare the plan with what ran\n"
        "  athena-sql [--table T] [--from D] [--to D] Print the Athena SQL that sums a CUR\n"
        "  FILE                                      Open the project in the planner window\n");
}

/** The methodologies a project can choose, naming the peer-tool versions reproduced. */
QString methodSummary()
{
    const ReferenceRepository::Loaded loaded = ReferenceRepository::loadDefault();
    return tr("\nMethodologies (project setting \"methodology\"):\n"
              "  greenprint        Greenprint's own power, load-curve and embodied model\n"
              "  ccf               Cloud Carbon Footprint, reproducing %1\n"
              "  green-algorithms  Green Algorithms, reproducing %2\n")
        .arg(CcfAws(loaded.data.method).versions(), greenAlgorithmsVersion(loaded.data.method));
}

} // namespace

ReferenceData loadReferenceData()
{
    ReferenceRepository::Loaded loaded = ReferenceRepository::loadDefault();
    for (const Issue &issue : loaded.issues)
        err() << tr("warning: ") << issue.toString() << Qt::endl;
    UserRepository user;
    if (!user.open())
        return std::move(loaded.data);
    return withUserCatalog(std::move(loaded.data), user);
}

void printIssues(const Issues &issues, const QString &file)
{
    for (Issue issue : issues) {
        if (issue.file.isEmpty())
            issue.file = file;
        const QString prefix = issue.severity == Issue::Severity::Error ? tr("error: ")
            : issue.severity == Issue::Severity::Warning                ? tr("warning: ")
                                                                        : tr("note: ");
        err() << prefix << issue.toString() << Qt::endl;
    }
}

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

bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &rest,
                  int positionalCount, int &exitCode, bool orMore)
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
    const qsizetype given = parser.positionalArguments().size();
    if (orMore ? given < positionalCount : given != positionalCount) {
        exitCode = usageError(
            (orMore ? tr("'%1' expects at least %n argument(s)", nullptr, positionalCount)
                    : tr("'%1' expects %n argument(s)", nullptr, positionalCount))
                .arg(command));
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

void addTableOrJsonOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                        tr("Output format: table or json (default: table)."),
                                        tr("format"), QStringLiteral("table")));
}

std::optional<QString> tableOrJson(const QCommandLineParser &parser, int &exitCode)
{
    const QString text = parser.value(QStringLiteral("format"));
    if (text == u"table" || text == u"json")
        return text;
    exitCode = usageError(tr("unknown format '%1'; use table or json").arg(text));
    return std::nullopt;
}

bool refusesOverwrite(const QString &command, const QStringList &inputs, const QStringList &outputs,
                      int &exitCode)
{
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        for (const QString &input : inputs) {
            if (AtomicFile::isSameFile(outputs[i], input)) {
                exitCode = usageError(
                    tr("'%1' would overwrite its input %2 with its output; choose another "
                       "output file")
                        .arg(command, input));
                return true;
            }
        }
        for (qsizetype j = 0; j < i; ++j) {
            if (AtomicFile::isSameFile(outputs[i], outputs[j])) {
                exitCode =
                    usageError(tr("'%1' would write two outputs to %2; choose two file names")
                                   .arg(command, outputs[i]));
                return true;
            }
        }
    }
    return false;
}

namespace {

int runEstimate(const QStringList &rest)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Estimate the energy, carbon and cost of one or more projects (several files: JSON "
           "gives an array, the table one section per file)."));
    parser.addPositionalArgument(QStringLiteral("files"), tr("The .greenprint project file(s)."),
                                 QStringLiteral("FILE..."));
    parser.addOption(formatOption());
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        tr("Estimate the project's scenario <name> instead of the plan."), tr("name"));
    parser.addOption(scenarioOption);
    const QCommandLineOption detailOption(
        QStringLiteral("detail"),
        tr("JSON: every figure of every component (its region, PUE, grid intensity, IT energy, "
           "range, average power and work sizing) instead of the ids and figures."));
    parser.addOption(detailOption);
    int code = Success;
    if (!parseCommand(parser, QStringLiteral("estimate"), rest, 1, code, /*orMore=*/true))
        return code;
    const auto format = parseFormat(parser.value(QStringLiteral("format")));
    if (!format)
        return usageError(tr("unknown format '%1'; use table, json or csv")
                              .arg(parser.value(QStringLiteral("format"))));
    const QStringList paths = parser.positionalArguments();
    const bool several = paths.size() > 1;
    if (several && *format == ListingFormat::Csv)
        return usageError(tr("--format csv takes one file; use json or table for several"));

    if (parser.isSet(detailOption) && *format != ListingFormat::Json)
        return usageError(tr("--detail applies to --format json only"));
    const EstimateDetail detail =
        parser.isSet(detailOption) ? EstimateDetail::Full : EstimateDetail::Lean;

    const ReferenceData reference = loadReferenceData();
    const QString scenarioName = parser.value(scenarioOption);
    bool allOk = true;
    // JSON and CSV go to standard output as they are written, never whole in memory.
    QFile standardOutput;
    standardOutput.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
    std::optional<JsonStreamWriter> json;
    for (const QString &path : paths) {
        LoadedProject loaded = loadAndEstimate(path, reference);
        if (!loaded.project) {
            allOk = false;
            continue;
        }
        QStringList reasons;
        if (parser.isSet(scenarioOption)) {
            ScenarioApplier applier(reference);
            std::optional<Estimate> estimate = applier.estimate(*loaded.project, scenarioName);
            if (!estimate) {
                printIssues(applier.issues(), path);
                allOk = false;
                continue;
            }
            // A scenario with a partial figure cannot stand against the baseline: say why, fail.
            const Project changed =
                *applier.apply(*loaded.project, *loaded.project->scenario(scenarioName));
            reasons = ScenarioEvaluator::invalidReasons(*loaded.project, loaded.estimate, changed,
                                                        *estimate);
            loaded.estimate = std::move(*estimate);
            loaded.ok = !hasErrors(loaded.estimate.issues);
        }
        printIssues(loaded.estimate.issues, path);
        if (parser.isSet(scenarioOption)) {
            for (const QString &reason : reasons) {
                err() << tr("error: %1: scenario \"%2\": %3").arg(path, scenarioName, reason)
                      << Qt::endl;
            }
            loaded.ok = loaded.ok && reasons.isEmpty();
        }
        allOk = allOk && loaded.ok;
        switch (*format) {
        case ListingFormat::Table:
            if (several || parser.isSet(scenarioOption)) {
                out() << (scenarioName.isEmpty()
                              ? tr("== %1 ==").arg(path)
                              : tr("== %1, scenario \"%2\" ==").arg(path, scenarioName))
                      << Qt::endl;
            }
            writeEstimateTable(out(), loaded.estimate);
            if (several)
                out() << Qt::endl;
            break;
        case ListingFormat::Json:
            out().flush();
            if (!json) {
                json.emplace(&standardOutput);
                if (several)
                    json->raw("[\n");
            } else {
                json->raw(",\n");
            }
            writeEstimateJson(*json, loaded.estimate, scenarioName, detail);
            json->flush();
            break;
        case ListingFormat::Csv: {
            out().flush();
            std::vector<NamedEstimate> named; // moved in: an initializer list would copy it
            named.push_back({scenarioName.isEmpty() ? QStringLiteral("baseline") : scenarioName,
                             std::move(loaded.estimate)});
            CsvWriter csv(&standardOutput);
            writeEstimatesCsv(csv, named);
            break;
        }
        }
    }
    if (json) {
        json->raw(several ? "\n]\n" : "\n");
        json->flush();
    }
    out().flush();
    return allOk ? Success : InvalidInput;
}

int runSuggest(const QStringList &rest)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Rank the practices of the AWS sustainability guidance by the kgCO2e they would save "
           "on this plan, each estimated on its own copy of the plan."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .greenprint project file."));
    addTableOrJsonOption(parser);
    int code = Success;
    if (!parseCommand(parser, QStringLiteral("suggest"), rest, 1, code))
        return code;
    const std::optional<QString> format = tableOrJson(parser, code);
    if (!format)
        return code;
    const QString &formatText = *format;

    const QString path = parser.positionalArguments().front();
    const ReferenceData reference = loadReferenceData();
    LoadedProject loaded = loadAndEstimate(path, reference);
    if (!loaded.project)
        return InvalidInput;
    printIssues(loaded.estimate.issues, path);
    const Advisor advisor(reference);
    SuggestionReport report;
    report.suggestions = advisor.suggest(*loaded.project, loaded.estimate, &report.withheld);
    report.groups =
        SuggestionGrouping::group(advisor, *loaded.project, loaded.estimate, report.suggestions);
    const Feasibility feasibility(reference);
    report.planProblems = feasibility.plan(*loaded.project);
    report.assumptions = feasibility.assumptions();
    if (formatText == u"json")
        out() << QString::fromUtf8(suggestionsToJson(report));
    else
        out() << suggestionsToTable(report, loaded.estimate);
    out().flush();
    return loaded.ok ? Success : InvalidInput;
}

int runValidate(const QStringList &rest)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check project files and report every problem."));
    parser.addPositionalArgument(QStringLiteral("files"), tr("The .greenprint project file(s)."),
                                 QStringLiteral("FILE..."));
    int code = Success;
    if (!parseCommand(parser, QStringLiteral("validate"), rest, 1, code, /*orMore=*/true))
        return code;
    const ReferenceData reference = loadReferenceData();
    bool allOk = true;
    for (const QString &path : parser.positionalArguments()) {
        LoadedProject loaded = loadAndEstimate(path, reference);
        if (!loaded.project) {
            allOk = false;
            continue;
        }
        printIssues(loaded.estimate.issues, path);
        // Scenarios are part of the file: each is applied and estimated like the plan.
        const Issues scenarioIssues =
            ScenarioApplier(reference).validateScenarios(*loaded.project, loaded.estimate);
        printIssues(scenarioIssues, path);
        if (!loaded.ok || hasErrors(scenarioIssues)) {
            allOk = false;
            continue;
        }
        out() << tr("%1: valid (%n component(s))", nullptr, loaded.project->componentCount())
                     .arg(path)
              << Qt::endl;
    }
    return allOk ? Success : InvalidInput;
}

int runData(const QStringList &rest)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the reference data."));
    parser.addPositionalArgument(QStringLiteral("table"), tr("regions or instances."));
    parser.addOption(formatOption());
    const QCommandLineOption familyOption(
        QStringLiteral("family"),
        tr("instances: only these families, EC2 and ml. names (comma-separated, e.g. g5,p4d)."),
        tr("families"));
    parser.addOption(familyOption);
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
    ReferenceData reference = loadReferenceData();
    if (parser.isSet(familyOption)) {
        if (what != u"instances")
            return usageError(tr("--family applies to 'data instances' only"));
        QStringList families;
        for (const QString &value : parser.values(familyOption)) {
            for (const QString &family : value.split(u',', Qt::SkipEmptyParts))
                families << family.trimmed().toLower();
        }
        QStringList unknown;
        for (const QString &family : std::as_const(families)) {
            if (std::none_of(reference.instances.begin(), reference.instances.end(),
                             [&](const InstanceSpec &s) { return s.family == family; }))
                unknown << family;
        }
        if (families.isEmpty() || !unknown.isEmpty())
            return usageError(tr("unknown instance family '%1'").arg(unknown.join(u", ")));
        std::erase_if(reference.instances,
                      [&](const InstanceSpec &s) { return !families.contains(s.family); });
        reference.reindex();
    }
    out() << (what == u"regions" ? regionsListing(reference, *format)
                                 : instancesListing(reference, *format));
    out().flush();
    return Success;
}

int runExport(const QStringList &rest)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the plan of a project to files."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .greenprint project file."));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"),
                                       tr("Write the PDF plan to <out.pdf> (A4 or Letter, from "
                                          "the locale)."),
                                       tr("out.pdf"));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       tr("Write the CSV plan to <out.csv> (one row per component "
                                          "per scenario, baseline included)."),
                                       tr("out.csv"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        tr("Describe the project with what-if scenario <name> applied (the CSV then lists the "
           "baseline and that scenario)."),
        tr("name"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        tr("Write the PDF plan in language <code> (%1; default: the language chosen in the "
           "planner's Preferences, else the system's). The CSV plan is always English.")
            .arg(LanguageManager::availableLanguages().join(QStringLiteral(", "))),
        tr("code"));
    parser.addOption(pdfOption);
    parser.addOption(csvOption);
    parser.addOption(scenarioOption);
    parser.addOption(languageOption);
    int code = Success;
    if (!parseCommand(parser, QStringLiteral("export"), rest, 1, code))
        return code;
    const QString language = parser.value(languageOption);
    if (parser.isSet(languageOption) && !LanguageManager::availableLanguages().contains(language))
        return usageError(
            tr("unknown language '%1'; use one of %2")
                .arg(language, LanguageManager::availableLanguages().join(QStringLiteral(", "))));
    if (!parser.isSet(csvOption) && !parser.isSet(pdfOption))
        return usageError(tr("'export' needs an output, e.g. --pdf plan.pdf or --csv plan.csv"));
    if (parser.isSet(pdfOption) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return usageError(tr("--pdf needs the graphical part of Qt; run it through main()"));

    const QString path = parser.positionalArguments().front();
    QStringList outputs;
    for (const QCommandLineOption &option : {csvOption, pdfOption}) {
        if (parser.isSet(option))
            outputs << parser.value(option);
    }
    if (refusesOverwrite(QStringLiteral("export"), {path}, outputs, code))
        return code;
    const ReferenceData reference = loadReferenceData();
    LoadedProject loaded = loadAndEstimate(path, reference);
    if (!loaded.project)
        return InvalidInput;
    printIssues(loaded.estimate.issues, path);

    PlanExport plan(*loaded.project, reference);
    printIssues(plan.issues(), path);
    if (hasErrors(plan.issues())) {
        err() << tr("error: %1: a scenario cannot be applied; nothing was written (fix or remove "
                    "the scenario)")
                     .arg(path)
              << Qt::endl;
        return InvalidInput;
    }
    if (parser.isSet(scenarioOption) && !plan.selectScenario(parser.value(scenarioOption))) {
        err() << tr("error: %1: %2").arg(path, plan.errorString()) << Qt::endl;
        return InvalidInput;
    }
    // The plan is still written, with these figures marked, but the export has failed.
    const QStringList scenarioProblems = plan.scenarioProblems();
    for (const QString &problem : scenarioProblems) {
        err()
            << tr("error: %1: %2; the plan shows it as such, never as a saving").arg(path, problem)
            << Qt::endl;
    }
    if (parser.isSet(csvOption)) {
        const QString csvPath = parser.value(csvOption);
        const QString csv =
            actuals::appendMeasuredCsv(estimatesToCsv(plan.csvEstimates()), *loaded.project);
        QString error;
        if (!AtomicFile::write(csvPath, csv.toUtf8(), &error, AtomicFile::Folder::Create)) {
            err() << tr("error: %1: %2").arg(csvPath, error) << Qt::endl;
            return InvalidInput;
        }
        out() << tr("wrote %1").arg(csvPath) << Qt::endl;
    }
    if (parser.isSet(pdfOption)) {
        const QString pdfPath = parser.value(pdfOption);
        bool written = false;
        QString error;
        int pages = 0;
        {
            // The PDF speaks the user's language: install it, then describe the plan
            // again so that suggestions, issues and assumptions are translated too.
            // Messages on the terminal stay English (the translator goes with the scope).
            LanguageManager languages;
            if (parser.isSet(languageOption))
                languages.setLanguage(language);
            else
                languages.applyPreference();
            std::optional<PlanExport> translatedPlan;
            if (languages.language() != u"en") {
                translatedPlan.emplace(*loaded.project, reference);
                if (parser.isSet(scenarioOption)) {
                    [[maybe_unused]] const bool selected =
                        translatedPlan->selectScenario(parser.value(scenarioOption));
                }
            }
            PdfReport report((translatedPlan ? *translatedPlan : plan).pdfInput(QLocale()));
            written = report.writeFile(pdfPath);
            error = report.errorString();
            pages = report.pageCount();
        }
        if (!written) {
            err() << tr("error: %1: %2").arg(pdfPath, error) << Qt::endl;
            return InvalidInput;
        }
        out() << tr("wrote %1 (%n page(s))", nullptr, pages).arg(pdfPath) << Qt::endl;
    }
    return loaded.ok && scenarioProblems.isEmpty() ? Success : InvalidInput;
}

int runUpgrade(const QStringList &rest)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Rewrite a project in the current file format (format %1), recording the reference "
           "data and totals it is estimated with.")
            .arg(kProjectFormatVersion));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .greenprint project file."));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       tr("Write the upgraded project to <out>."), tr("out"));
    parser.addOption(outOption);
    int code = Success;
    if (!parseCommand(parser, QStringLiteral("upgrade"), rest, 1, code))
        return code;
    if (!parser.isSet(outOption))
        return usageError(tr("'upgrade' needs an output file: -o OUT.greenprint"));

    const QString path = parser.positionalArguments().front();
    if (refusesOverwrite(QStringLiteral("upgrade"), {path}, {parser.value(outOption)}, code))
        return code;
    const ReferenceData reference = loadReferenceData();
    ProjectReader reader;
    std::optional<Project> project = reader.readFile(path);
    printIssues(reader.issues(), path);
    if (!project)
        return InvalidInput;
    recordProvenance(*project, estimateProject(*project, reference));
    ProjectWriter writer;
    const QString outPath = parser.value(outOption);
    if (!writer.writeFile(*project, outPath)) {
        err() << tr("error: %1: %2").arg(outPath, writer.errorString()) << Qt::endl;
        return InvalidInput;
    }
    out() << tr("wrote %1 (format %2)").arg(outPath).arg(kProjectFormatVersion) << Qt::endl;
    return Success;
}

/** A word of ASCII letters and dashes that is not the name of an existing file. */
bool looksLikeCommand(const char *argument)
{
    for (const char *c = argument; *c; ++c) {
        const bool letter = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z');
        if (!letter && *c != '-')
            return false;
    }
    return !QFileInfo::exists(QFile::decodeName(argument));
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
    if (first[0] == '-')
        return true;
    // A bare word that names no file is a mistyped command (`greenprint frobnicate`):
    // it is answered on the terminal, never by opening a window a script would wait on.
    return looksLikeCommand(first);
}

bool needsGuiApplication(int argc, char **argv)
{
    if (argc < 2 || (std::strcmp(argv[1], "export") != 0 && std::strcmp(argv[1], "actual") != 0))
        return false;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    }
    return false;
}

int run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usageError(tr("no command given"));
    const QString first = args.front();
    if (first == u"--version" || first == u"-v") {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (first == u"--help" || first == u"-h") {
        out() << tr("Usage: %1 [command] [options]\n\n"
                    "Greenprint plans the energy (kWh), carbon (kgCO2e) and cost (USD) of a "
                    "deep-learning workload on AWS before you run it.\n\n")
                     .arg(QCoreApplication::applicationName())
              << commandSummary() << methodSummary()
              << tr("\nOptions:\n  -h, --help     Show this help.\n  -v, --version  Show the "
                    "version.\n"
                    "\nRun '%1 COMMAND --help' for the options of a command.\n"
                    "Exit status: 0 success, 1 invalid input, 2 usage error.\n")
                     .arg(QCoreApplication::applicationName());
        return Success;
    }
    const std::map<QString, std::function<int(const QStringList &)>> commands = {
        {QStringLiteral("estimate"), runEstimate}, {QStringLiteral("validate"), runValidate},
        {QStringLiteral("data"), runData},         {QStringLiteral("export"), runExport},
        {QStringLiteral("suggest"), runSuggest},   {QStringLiteral("upgrade"), runUpgrade},
        {QStringLiteral("actual"), runActual},     {QStringLiteral("athena-sql"), runAthenaSql},
        {QStringLiteral("pareto"), runPareto},
    };
    // The terminal speaks English with its plural forms ("1 record", "2 records"): the
    // English catalog holds only those (translations/README.md). A PDF in another language
    // installs its own catalog on top (runExport).
    QTranslator englishPlurals;
    if (englishPlurals.load(QStringLiteral(":/i18n/greenprint_en.qm")))
        QCoreApplication::installTranslator(&englishPlurals);
    const auto it = commands.find(first);
    if (it == commands.end()) {
        err() << QCoreApplication::applicationName() << ": "
              << (first.startsWith(u'-') ? tr("unknown option '%1'").arg(first)
                                         : tr("unknown command '%1'").arg(first))
              << Qt::endl
              << Qt::endl
              << commandSummary() << tr("Try '%1 --help'.").arg(QCoreApplication::applicationName())
              << Qt::endl;
        return UsageError;
    }
    return it->second(args.mid(1));
}

} // namespace greenprint::cli
