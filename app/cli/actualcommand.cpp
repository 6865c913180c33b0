// SPDX-License-Identifier: GPL-3.0-or-later
// `greenprint actual`: import what ran, store it with its provenance, compare it with the plan.
#include "commandsupport.h"

#include "actuals/actualcomparison.h"
#include "actuals/actualsstore.h"
#include "actuals/athenaquery.h"
#include "actuals/calibration.h"
#include "actuals/calibrationformats.h"
#include "actuals/comparisonformats.h"
#include "actuals/importer.h"
#include "export/pdfreport.h"
#include "export/planexport.h"
#include "io/atomicfile.h"
#include "engine/estimator.h"
#include "io/estimateformats.h"
#include "io/projectwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>

namespace greenprint::cli {

namespace {

struct SourceOption
{
    actuals::SourceKind kind;
    const char *name;
    const char *description;
    bool measurement; ///< accepts COMPONENT=FILE
};

const SourceOption kSources[] = {
    {actuals::SourceKind::Cur, "cur",
     QT_TRANSLATE_NOOP("greenprint::cli",
                       "AWS Cost and Usage Report <file> (legacy CUR or CUR 2.0, CSV or CSV.gz); "
                       "repeat for several."),
     false},
    {actuals::SourceKind::CarbonExport, "ccft",
     QT_TRANSLATE_NOOP("greenprint::cli",
                       "AWS carbon-emissions export <file> (Customer Carbon Footprint Tool data, "
                       "CSV): AWS's own figure beside Greenprint's."),
     false},
    {actuals::SourceKind::CodeCarbon, "codecarbon",
     QT_TRANSLATE_NOOP("greenprint::cli",
                       "CodeCarbon emissions.csv <file>; project_name names the component, or "
                       "write COMPONENT=FILE."),
     true},
    {actuals::SourceKind::NvidiaSmi, "nvidia-smi",
     QT_TRANSLATE_NOOP("greenprint::cli",
                       "nvidia-smi CSV log <file> (--query-gpu=timestamp,index,power.draw,"
                       "utilization.gpu --format=csv), as COMPONENT=FILE."),
     true},
    {actuals::SourceKind::NeuronMonitor, "neuron-monitor",
     QT_TRANSLATE_NOOP("greenprint::cli",
                       "neuron-monitor JSON output <file> (one report per line); matched by its "
                       "instance type, or COMPONENT=FILE."),
     true},
    {actuals::SourceKind::CloudWatch, "cloudwatch",
     QT_TRANSLATE_NOOP("greenprint::cli",
                       "CloudWatch metric CSV <file> (Timestamp, InstanceId or EndpointName, "
                       "MetricName, Average); matched by InstanceType, or COMPONENT=FILE."),
     true},
};

/** "COMPONENT=FILE" for measurements, unless the whole argument is an existing file. */
std::pair<QString, QString> splitComponent(const QString &argument, bool allowed)
{
    const qsizetype equals = argument.indexOf(u'=');
    if (!allowed || equals <= 0 || QFileInfo::exists(argument))
        return {QString(), argument};
    return {argument.left(equals), argument.mid(equals + 1)};
}

} // namespace

int runActual(const QStringList &rest)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import what really ran (bills, AWS's carbon export, power and utilization logs), keep "
           "it in your Greenprint database and compare it with the plan: per stage and "
           "component, planned against actual hours, energy, kgCO2e and cost, and what drove the "
           "difference."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .greenprint project file."));
    for (const SourceOption &source : kSources) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(source.name),
                                            tr(source.description), tr("file")));
    }
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("Count billed usage from day <date> (YYYY-MM-DD) on."),
                                        tr("date"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("Count billed usage up to day <date> (YYYY-MM-DD)."), tr("date"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        tr("Store the imports in the SQLite database <file> (default: your Greenprint database)."),
        tr("file"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"),
                                       tr("Also write the PDF plan of the project with its "
                                          "plan-against-actual part to <out.pdf>."),
                                       tr("out.pdf"));
    const QCommandLineOption csvOption(
        QStringLiteral("csv"),
        tr("Also write the CSV plan of the project with the plan-against-actual section to "
           "<out.csv>."),
        tr("out.csv"));
    const QCommandLineOption calibrateOption(
        QStringLiteral("calibrate"),
        tr("Write the project calibrated from the imports to <out.greenprint>: measured hours, "
           "utilization and power replace the plan's assumptions, each recorded with the file "
           "and period it came from. The project file itself is never changed. Prints what was "
           "calibrated (table or json) instead of the comparison."),
        tr("out.greenprint"));
    const QCommandLineOption calibrateOnlyOption(
        QStringLiteral("calibrate-only"),
        tr("With --calibrate: calibrate only <component> (its name, or stage/name as for the "
           "greenprint:component tag); repeat for several."),
        tr("component"));
    parser.addOption(pdfOption);
    parser.addOption(csvOption);
    parser.addOption(calibrateOption);
    parser.addOption(calibrateOnlyOption);
    parser.addOption(fromOption);
    parser.addOption(toOption);
    parser.addOption(databaseOption);
    parser.addOption(formatOption());
    int code = Success;
    if (!parseCommand(parser, QStringLiteral("actual"), rest, 1, code))
        return code;
    const auto format = parseFormat(parser.value(QStringLiteral("format")));
    if (!format)
        return usageError(tr("unknown format '%1'; use table, json or csv")
                              .arg(parser.value(QStringLiteral("format"))));
    actuals::ActualInputs inputs;
    for (const auto &[option, day] :
         {std::pair{&fromOption, &inputs.options.from}, std::pair{&toOption, &inputs.options.to}}) {
        if (!parser.isSet(*option))
            continue;
        *day = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!day->isValid())
            return usageError(tr("--%1 needs a date as YYYY-MM-DD, not '%2'")
                                  .arg(option->names().front(), parser.value(*option)));
    }
    bool anySource = false;
    for (const SourceOption &source : kSources)
        anySource = anySource || parser.isSet(QString::fromLatin1(source.name));
    if (!anySource)
        return usageError(
            tr("'actual' needs at least one file of what ran, e.g. --cur cur.csv.gz"));

    const bool calibrating = parser.isSet(calibrateOption);
    if (!calibrating && parser.isSet(calibrateOnlyOption))
        return usageError(tr("--calibrate-only needs --calibrate OUT.greenprint"));
    if (calibrating && *format == ListingFormat::Csv)
        return usageError(tr("--calibrate prints what it calibrated as a table or json, not csv"));
    if (parser.isSet(pdfOption) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return usageError(tr("--pdf needs the graphical part of Qt; run it through main()"));
    const QString path = parser.positionalArguments().front();
    QStringList readFiles{path};
    for (const SourceOption &source : kSources) {
        for (const QString &argument : parser.values(QString::fromLatin1(source.name)))
            readFiles << splitComponent(argument, source.measurement).second;
    }
    QStringList outputs;
    for (const QCommandLineOption *option : {&csvOption, &pdfOption, &calibrateOption}) {
        if (parser.isSet(*option))
            outputs << parser.value(*option);
    }
    if (refusesOverwrite(QStringLiteral("actual"), readFiles, outputs, code))
        return code;
    const ReferenceData reference = loadReferenceData();
    LoadedProject loaded = loadAndEstimate(path, reference);
    if (!loaded.project)
        return InvalidInput;

    actuals::ActualsStore store;
    bool storing = store.open(parser.value(databaseOption));
    if (!storing)
        err() << tr("warning: the imports are not stored: %1").arg(store.errorString()) << Qt::endl;
    std::vector<actuals::ImportProvenance> imports;
    std::vector<actuals::ImportedData> importedData; // each import whole, for calibration
    bool allRead = true;
    for (const SourceOption &source : kSources) {
        for (const QString &argument : parser.values(QString::fromLatin1(source.name))) {
            const auto [component, file] = splitComponent(argument, source.measurement);
            actuals::ImportResult result = actuals::importFile(source.kind, file);
            if (!result.data) {
                err() << tr("error: ") << result.errorString << Qt::endl;
                allRead = false;
                continue;
            }
            actuals::ImportedData &data = *result.data;
            if (!component.isEmpty()) {
                for (actuals::Measurement &m : data.measurements)
                    m.componentTag = component;
            }
            if (storing && !store.save(data)) {
                err() << tr("warning: the imports are not stored: %1").arg(store.errorString())
                      << Qt::endl;
                storing = false;
            }
            imports.push_back(data.provenance);
            if (calibrating)
                importedData.push_back(data);
            std::move(data.usage.begin(), data.usage.end(), std::back_inserter(inputs.usage));
            std::move(data.carbon.begin(), data.carbon.end(), std::back_inserter(inputs.carbon));
            std::move(data.measurements.begin(), data.measurements.end(),
                      std::back_inserter(inputs.measurements));
        }
    }
    if (!allRead)
        return InvalidInput;

    if (calibrating) {
        actuals::CalibrationResult result = actuals::calibrateFromActuals(
            *loaded.project, loaded.estimate, reference, importedData, inputs.options);
        if (parser.isSet(calibrateOnlyOption)) {
            std::vector<actuals::ComponentRef> only;
            for (const QString &name : parser.values(calibrateOnlyOption)) {
                const auto ref = actuals::componentForTag(*loaded.project, name);
                if (!ref)
                    return usageError(tr("--calibrate-only: the plan has no component \"%1\" "
                                         "(or several of that name: write stage/name)")
                                          .arg(name));
                only.push_back(*ref);
            }
            std::erase_if(result.components, [&only](const actuals::ComponentCalibration &c) {
                return std::find(only.begin(), only.end(), c.ref) == only.end();
            });
        }
        Project calibrated = actuals::applyCalibration(*loaded.project, result);
        loaded.estimate = estimateProject(calibrated, reference);
        recordProvenance(calibrated, loaded.estimate);
        ProjectWriter writer;
        const QString outPath = parser.value(calibrateOption);
        if (!writer.writeFile(calibrated, outPath)) {
            err() << tr("error: %1: %2").arg(outPath, writer.errorString()) << Qt::endl;
            return InvalidInput;
        }
        loaded.project = std::move(calibrated);
        out() << (*format == ListingFormat::Json
                      ? QString::fromUtf8(actuals::calibrationToJson(*loaded.project, result))
                      : actuals::calibrationToTable(*loaded.project, result));
        err() << QCoreApplication::translate("greenprint::cli",
                                             "wrote %1 (%n component(s) calibrated)", nullptr,
                                             result.calibratedCount())
                     .arg(outPath)
              << Qt::endl;
    }
    const actuals::Comparison comparison =
        actuals::compareActuals(*loaded.project, loaded.estimate, reference, inputs);
    printIssues(comparison.issues, path);
    if (!calibrating) {
        switch (*format) {
        case ListingFormat::Table:
            out() << actuals::comparisonToTable(comparison);
            break;
        case ListingFormat::Json:
            out() << QString::fromUtf8(actuals::comparisonToJson(comparison, imports));
            break;
        case ListingFormat::Csv:
            out() << actuals::comparisonToCsv(comparison);
            break;
        }
    }
    out().flush();
    if (parser.isSet(pdfOption) || parser.isSet(csvOption)) {
        PlanExport plan(*loaded.project, reference);
        if (parser.isSet(csvOption)) {
            const QString csvPath = parser.value(csvOption);
            const QByteArray bytes = actuals::appendComparisonCsv(
                                         actuals::appendMeasuredCsv(
                                             estimatesToCsv(plan.csvEstimates()), *loaded.project),
                                         comparison)
                                         .toUtf8();
            QString error;
            if (!AtomicFile::write(csvPath, bytes, &error, AtomicFile::Folder::Create)) {
                err() << tr("error: %1: %2").arg(csvPath, error) << Qt::endl;
                return InvalidInput;
            }
        }
        if (parser.isSet(pdfOption)) {
            PdfReportInput input = plan.pdfInput(QLocale());
            input.actuals = comparison;
            PdfReport report(std::move(input));
            if (!report.writeFile(parser.value(pdfOption))) {
                err() << tr("error: %1: %2").arg(parser.value(pdfOption), report.errorString())
                      << Qt::endl;
                return InvalidInput;
            }
        }
    }
    return loaded.ok ? Success : InvalidInput;
}

int runAthenaSql(const QStringList &rest)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the Amazon Athena SQL that sums a Cost and Usage Report where it lives (per "
           "day, account, region, usage type, instance type and greenprint:component tag). Run "
           "it in Athena, download the result as CSV and import it with 'actual --cur'."));
    const QCommandLineOption tableOption(
        QStringLiteral("table"),
        tr("The CUR table of AWS's CUR-Athena integration, e.g. cur_db.my_cur (default: cur)."),
        tr("name"), QStringLiteral("cur"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("First day to sum (YYYY-MM-DD)."), tr("date"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Last day to sum (YYYY-MM-DD)."),
                                      tr("date"));
    parser.addOption(tableOption);
    parser.addOption(fromOption);
    parser.addOption(toOption);
    int code = Success;
    if (!parseCommand(parser, QStringLiteral("athena-sql"), rest, 0, code))
        return code;
    actuals::AthenaQueryOptions options;
    options.table = parser.value(tableOption);
    for (const auto &[option, day] :
         {std::pair{&fromOption, &options.from}, std::pair{&toOption, &options.to}}) {
        if (!parser.isSet(*option))
            continue;
        *day = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!day->isValid())
            return usageError(tr("--%1 needs a date as YYYY-MM-DD, not '%2'")
                                  .arg(option->names().front(), parser.value(*option)));
    }
    out() << actuals::athenaCurQuery(options);
    out().flush();
    return Success;
}

} // namespace greenprint::cli
