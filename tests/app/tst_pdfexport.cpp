// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF plan of every example, read back with poppler's pdftotext and pdfinfo.
#include "../models/referencedb.h"
#include "strictqtest.h"
#include "testpaths.h"

#include "engine/banddrivers.h"
#include "export/pdfnumbers.h"
#include "i18n/languagemanager.h"
#include "export/pdfreport.h"
#include "export/planexport.h"
#include "io/csvreader.h"
#include "io/estimateformats.h"
#include "io/projectreader.h"
#include "advisor/suggestiongroups.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace greenprint;
using namespace Qt::StringLiterals;

class TestPdfExport : public test::StrictTestCase
{
    Q_OBJECT

private:
    static QString run(const QString &program, const QStringList &args)
    {
        QProcess process;
        process.start(program, args);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    static int pdfPages(const QString &path)
    {
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }
    static QString pdfPageSize(const QString &path)
    {
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("Page size:\\s+([^\\n]+)")).match(info);
        return m.hasMatch() ? m.captured(1) : QString();
    }
    static QString squash(const QString &text)
    {
        QString out;
        // Lines may break after a hyphen, which pdftotext then drops: ignore hyphens too.
        for (const QChar c : text) {
            if (!c.isSpace() && c != u'-')
                out += c;
        }
        return out;
    }
    static std::optional<Project> example(const QString &name)
    {
        ProjectReader reader;
        return reader.readFile(test::sourcePath(QStringLiteral("data/examples/") + name));
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdfinfo) is not installed");
    }

    void everyExample_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(test::sourcePath(QStringLiteral("data/examples")))
                                      .entryList({QStringLiteral("*.greenprint")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f;
    }

    void everyExample()
    {
        QFETCH(QString, file);
        const std::optional<Project> project = example(file);
        QVERIFY(project);
        PlanExport plan(*project, test::builtReferenceData());
        const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
        PdfReport report(plan.pdfInput(locale));
        const QString out = m_dir.filePath(file + QStringLiteral(".pdf"));
        QVERIFY2(report.writeFile(out), qPrintable(report.errorString()));

        const int pages = pdfPages(out);
        QCOMPARE(pages, report.pageCount());
        QVERIFY2(pages >= 4 && pages <= 40, qPrintable(QString::number(pages)));
        QCOMPARE(pdfPageSize(out).contains(QStringLiteral("A4")), true);

        const QString text = run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        QVERIFY(!text.isEmpty());
        for (const char *section :
             {"GREENPRINT PLAN", "Summary", "Carbon by stage", "Top suggestions", "Stages",
              "What-if comparison", "Assumptions and method", "Hours and load on the power curve",
              "Grid intensity and PUE per region", "Constants", "Sources", "Reference data",
              "Methodology", "Market-based year"}) {
            QVERIFY2(text.contains(QString::fromUtf8(section)), section);
        }
        QVERIFY(text.contains(project->name.left(20)));
        // No heading orphaned at a page's foot: "Carbon by stage" stands on the page of its
        // chart. And no number in exponent form ("2.4E+04").
        const QStringList pageTexts = text.split(u'\f');
        for (int page = 0; page < pageTexts.size(); ++page) {
            const QStringList lines = pageTexts[page].split(u'\n');
            if (lines.contains(QStringLiteral("Carbon by stage"))) {
                QVERIFY2(pageTexts[page].contains(QStringLiteral("Carbon by stage (kgCO2e)")),
                         qPrintable(QStringLiteral("heading alone on page %1").arg(page + 1)));
            }
        }
        static const QRegularExpression exponent(QStringLiteral("\\d[.,]?\\d*[eE][+-]\\d"));
        const QRegularExpressionMatch exponentMatch = exponent.match(text);
        QVERIFY2(!exponentMatch.hasMatch(), qPrintable(exponentMatch.captured()));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QVERIFY(!text.contains(QStringLiteral("advisor was not run")));

        // The totals as printed: kgCO2e, kWh and USD, with their units.
        const PdfNumbers numbers(locale);
        const Footprint &t = plan.estimate().total;
        QVERIFY2(text.contains(numbers.kg(t.co2e.kg) + QStringLiteral(" kgCO2e")),
                 qPrintable(numbers.kg(t.co2e.kg)));
        QVERIFY(text.contains(numbers.kWh(t.energy.kWh) + QStringLiteral(" kWh")));
        // A missing price makes the cost "unknown", never a partial sum.
        if (t.costKnown)
            QVERIFY(text.contains(numbers.usd(t.cost.usd) + QStringLiteral(" USD")));
        else
            QVERIFY(text.contains(QStringLiteral("unknown USD")));
        QVERIFY(text.contains(numbers.kg(t.marketCo2e.kg)));
        QVERIFY(text.contains(QStringLiteral("Range %1 to %2 kgCO2e")
                                  .arg(numbers.kg(t.low.co2e.kg), numbers.kg(t.high.co2e.kg))));
        // What makes the range: every input with its carbon alone at each end.
        QVERIFY(text.contains(QStringLiteral("What makes the range")));
        for (const RankedDriver &d : rankedDrivers(t)) {
            QVERIFY2(text.contains(bandDriverDisplayName(d.driver)),
                     qPrintable(bandDriverDisplayName(d.driver)));
            // Low to high, whichever end of the input gives the lower total.
            const double a = d.range.low.co2e.kg;
            const double b = d.range.high.co2e.kg;
            const QString alone =
                QStringLiteral("%1–%2").arg(numbers.kg(std::min(a, b)), numbers.kg(std::max(a, b)));
            QVERIFY(d.co2eSpanKg >= 0.0);
            QVERIFY2(text.contains(alone), qPrintable(alone));
        }
        // Every component name and every assumption is printed in full (lines wrap, so
        // compare without white space). No ligatures: "fi" stays searchable.
        const QString squashed = squash(text);
        for (const StageEstimate &s : plan.estimate().stages) {
            for (const ComponentEstimate &c : s.components)
                QVERIFY2(squashed.contains(squash(c.name)), qPrintable(c.name));
        }
        for (const QString &a : plan.estimate().assumptions)
            QVERIFY2(squashed.contains(squash(a)), qPrintable(a));
        QVERIFY(!text.contains(QChar(0xFB01)));
    }

    void savingsSayWhichWayCostMoves()
    {
        // A change that costs more reads "costs 4.80 USD more", never "saves -4.80 USD".
        const std::optional<Project> project =
            example(QStringLiteral("bert-finetune-realtime.greenprint"));
        QVERIFY(project);
        PlanExport plan(*project, test::builtReferenceData());
        PdfReportInput input = plan.pdfInput(QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto suggestion = [](const QString &title, double kg, double usd, bool costKnown) {
            PdfSuggestion s;
            s.title = title;
            s.savingCo2eKg = kg;
            s.savingUsd = usd;
            s.costKnown = costKnown;
            return s;
        };
        input.suggestions = std::vector<PdfSuggestion>{
            suggestion(u"Cheaper and cleaner"_s, 10.0, 5.0, true),
            suggestion(u"Cleaner but dearer"_s, 152.5, -4.8, true),
            suggestion(u"Cleaner at an unknown price"_s, 3.25, 0.0, false),
            suggestion(u"Cheaper but dirtier"_s, -3.0, 7.0, true),
            suggestion(u"Dirtier and dearer"_s, -3.0, -7.0, true),
            suggestion(u"Cleaner and a fraction of a cent dearer"_s, 2.0, -0.004, true),
        };
        PdfReport report(std::move(input));
        const QString out = m_dir.filePath(u"savings.pdf"_s);
        QVERIFY2(report.writeFile(out), qPrintable(report.errorString()));
        const QString text = squash(run(u"pdftotext"_s, {out, u"-"_s}));
        for (const QString &sentence :
             {u"Saves 10.0 kgCO2e and 5.00 USD on this plan."_s,
              u"Saves 152.5 kgCO2e on this plan and costs 4.80 USD more."_s,
              u"Saves 3.3 kgCO2e on this plan; the change in cost is unknown."_s,
              u"Adds 3.0 kgCO2e and saves 7.00 USD on this plan: a cost saving that raises "
              u"carbon."_s,
              u"Adds 3.0 kgCO2e and 7.00 USD on this plan."_s,
              u"Saves 2.0 kgCO2e and 0.00 USD on this plan."_s}) {
            QVERIFY2(text.contains(squash(sentence)), qPrintable(sentence));
        }
        static const QRegularExpression negative(u"[Ss]aves[\\d.,]+(kgCO2eand|USD)[−-]"_s);
        const QRegularExpressionMatch match = negative.match(text);
        QVERIFY2(!match.hasMatch(), qPrintable(match.captured()));
    }

    void japanesePlanIsJapaneseText()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty())
            QSKIP("pdffonts (poppler-utils) is not installed");
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("ja")));
        const std::optional<Project> project =
            example(QStringLiteral("bert-finetune-realtime.greenprint"));
        QVERIFY(project);
        PlanExport plan(*project, test::builtReferenceData());
        PdfReport report(plan.pdfInput(QLocale(QLocale::Japanese, QLocale::Japan)));
        const QString out = m_dir.filePath(QStringLiteral("plan-ja.pdf"));
        QVERIFY2(report.writeFile(out), qPrintable(report.errorString()));
        languages.setLanguage(QStringLiteral("en"));

        // Section titles in Japanese, as real (extractable) text, not boxes.
        const QString text = run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        for (const char *title : {"概要", "主な提案"})
            QVERIFY2(text.contains(QString::fromUtf8(title)), title);
        QVERIFY(!text.contains(QStringLiteral("Top suggestions")));
        // A CJK font from Debian (fonts-noto-cjk) is embedded for those glyphs.
        const QString fonts = run(QStringLiteral("pdffonts"), {out});
        QVERIFY2(fonts.contains(QStringLiteral("CJK")), qPrintable(fonts));
    }

    void neuronPowerIsLabelledDerived()
    {
        std::optional<Project> project =
            example(QStringLiteral("onprem-dgx-custom-catalog.greenprint"));
        QVERIFY(project);
        project->settings.methodology = Methodology::Greenprint; // the example uses another
        PlanExport plan(*project, test::builtReferenceData());
        PdfReport report(plan.pdfInput(QLocale(QLocale::English, QLocale::UnitedKingdom)));
        const QString out = m_dir.filePath(QStringLiteral("neuron.pdf"));
        QVERIFY(report.writeFile(out));
        const QString text = run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("Derived assumption: AWS Neuron accelerator power")));
        QVERIFY(text.contains(QStringLiteral("AWS Inferentia2")));
    }

    void constraintsAreStated_data()
    {
        QTest::addColumn<bool>("constrained");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << false
                              << QStringList{u"Constraints"_s, u"none stated: any region"_s};
        // Residency, a latency ceiling and an accuracy floor, as an EU team would set them.
        QTest::newRow("EU team") << true
                                 << QStringList{u"only in eu-central-1, eu-north-1"_s,
                                                u"responses within 2,000 ms"_s,
                                                u"keep at least 98 % of the baseline"_s};
    }

    void constraintsAreStated()
    {
        QFETCH(bool, constrained);
        QFETCH(QStringList, expected);
        std::optional<Project> project =
            example(QStringLiteral("bert-finetune-realtime.greenprint"));
        QVERIFY(project);
        if (constrained) {
            project->constraints.allowedRegions = {u"eu-central-1"_s, u"eu-north-1"_s};
            project->constraints.latencyCeilingMs = 2000.0;
            project->constraints.accuracyFloor = 0.98;
        }
        PlanExport plan(*project, test::builtReferenceData());
        PdfReport report(plan.pdfInput(QLocale(QLocale::English, QLocale::UnitedKingdom)));
        const QString out = m_dir.filePath(QStringLiteral("constraints.pdf"));
        QVERIFY(report.writeFile(out));
        // Page 1 states them, beside the method and the region.
        const QString first =
            squash(run(QStringLiteral("pdftotext"),
                       {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                        QStringLiteral("1"), out, QStringLiteral("-")}));
        for (const QString &text : expected)
            QVERIFY2(first.contains(squash(text)), qPrintable(text));
    }

    void letterForUsLocale()
    {
        QCOMPARE(PdfReport::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedStates)).id(),
                 QPageSize::Letter);
        QCOMPARE(PdfReport::pageSizeFor(QLocale(QLocale::French, QLocale::Canada)).id(),
                 QPageSize::Letter);
        QCOMPARE(PdfReport::pageSizeFor(QLocale(QLocale::Spanish, QLocale::Mexico)).id(),
                 QPageSize::Letter);
        QCOMPARE(PdfReport::pageSizeFor(QLocale(QLocale::German, QLocale::Germany)).id(),
                 QPageSize::A4);
        QCOMPARE(PdfReport::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedKingdom)).id(),
                 QPageSize::A4);

        const std::optional<Project> project =
            example(QStringLiteral("llm-pretraining-p4d-p5.greenprint"));
        QVERIFY(project);
        PlanExport plan(*project, test::builtReferenceData());
        PdfReport report(plan.pdfInput(QLocale(QLocale::English, QLocale::UnitedStates)));
        const QString out = m_dir.filePath(QStringLiteral("letter.pdf"));
        QVERIFY(report.writeFile(out));
        QVERIFY2(pdfPageSize(out).contains(QStringLiteral("letter")), qPrintable(pdfPageSize(out)));
    }

    void longNamesWrapInsteadOfClipping()
    {
        std::optional<Project> project =
            example(QStringLiteral("graviton-data-pipeline.greenprint"));
        QVERIFY(project);
        const QString longName =
            QStringLiteral("A component with a very long descriptive name that "
                           "cannot fit in one table cell and must wrap onto "
                           "several lines endmarker");
        project->stages[0].components.at(0).name = longName;
        project->name =
            QStringLiteral("Project ") + QString(30, u'x') + QStringLiteral(" tailmarker");
        PlanExport plan(*project, test::builtReferenceData());
        PdfReport report(plan.pdfInput(QLocale(QLocale::English, QLocale::UnitedKingdom)));
        const QString out = m_dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(report.writeFile(out));
        const QString text = run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("endmarker")));
        QVERIFY(text.contains(QStringLiteral("tailmarker")));
    }

    void unwritablePathFails()
    {
        const std::optional<Project> project =
            example(QStringLiteral("bert-finetune-realtime.greenprint"));
        QVERIFY(project);
        PlanExport plan(*project, test::builtReferenceData());
        PdfReport report(plan.pdfInput());
        QVERIFY(!report.writeFile(QStringLiteral("/proc/greenprint/cannot/plan.pdf")));
        QVERIFY(!report.errorString().isEmpty());
    }

    void unestimableScenariosShowTheirState()
    {
        // A scenario that cannot be estimated, or whose price is missing, shows that
        // state in the PDF and the CSV, never a number read as a saving.
        ProjectReader reader;
        const std::optional<Project> project = reader.readFile(
            test::sourcePath(QStringLiteral("tests/data/cli/unestimable-scenarios.greenprint")));
        QVERIFY(project);
        PlanExport plan(*project, test::builtReferenceData());
        const QStringList problems = plan.scenarioProblems();
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems[0].contains(QStringLiteral("\"Serve on the lab GPU\": not estimated")),
                 qPrintable(problems[0]));
        QVERIFY2(problems[1].contains(QStringLiteral("cost unknown")), qPrintable(problems[1]));

        PdfReport report(plan.pdfInput(QLocale(QLocale::English, QLocale::UnitedKingdom)));
        const QString out = m_dir.filePath(QStringLiteral("unestimable.pdf"));
        QVERIFY(report.writeFile(out));
        const QString text = squash(run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")}));
        QVERIFY(text.contains(squash(QStringLiteral("Serve on the lab GPU not estimated not "
                                                    "estimated not estimated not estimated"))));
        QVERIFY(
            text.contains(squash(QStringLiteral("Scenarios whose figures cannot be compared"))));
        QVERIFY(text.contains(squash(QStringLiteral("cost unknown: no price for"))));
        QVERIFY(text.contains(squash(QStringLiteral("unknown"))));

        // The CSV: empty fields and a status column, never a 0 for an unknown figure.
        const QString csv = estimatesToCsv(plan.csvEstimates());
        CsvReader table;
        QVERIFY2(table.parse(csv.toUtf8()), qPrintable(table.errorString()));
        const int status = table.columnIndex(QStringLiteral("status"));
        const int scenario = table.columnIndex(QStringLiteral("scenario"));
        const int stage = table.columnIndex(QStringLiteral("stage"));
        const int co2e = table.columnIndex(QStringLiteral("co2e_kg"));
        const int cost = table.columnIndex(QStringLiteral("cost_usd"));
        QVERIFY(status >= 0 && scenario >= 0 && stage >= 0 && co2e >= 0 && cost >= 0);
        bool sawNotEstimated = false;
        bool sawCostUnknown = false;
        for (const QStringList &row : table.rows()) {
            // Scenario rows of the stage each scenario changes (component, stage and plan level).
            if (row[scenario] == u"Serve on the lab GPU" && row[stage] == u"inference") {
                QCOMPARE(row[status], u"not_estimated"_qs);
                QCOMPARE(row[co2e], QString());
                QCOMPARE(row[cost], QString());
                sawNotEstimated = true;
            }
            if (row[scenario] == u"Build features on the lab CPU node"
                && row[stage] == u"data-processing") {
                QCOMPARE(row[status], u"cost_unknown"_qs);
                QVERIFY(!row[co2e].isEmpty());
                QCOMPARE(row[cost], QString());
                sawCostUnknown = true;
            }
            if (row[scenario] == u"baseline")
                QCOMPARE(row[status], u"ok"_qs);
        }
        QVERIFY(sawNotEstimated);
        QVERIFY(sawCostUnknown);
    }

    void firstPageGivesTheAnswer()
    {
        // The BERT example's one scenario trains in Stockholm: it is recommended on page 1 with
        // its change against the baseline, and eu-north-1, used only by it, is in the grid table.
        const std::optional<Project> project = example(u"bert-finetune-realtime.greenprint"_s);
        QVERIFY(project);
        PlanExport plan(*project, test::builtReferenceData());
        const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
        PdfReport report(plan.pdfInput(locale));
        const QString out = m_dir.filePath(u"answer.pdf"_s);
        QVERIFY(report.writeFile(out));
        const QString text = run(u"pdftotext"_s, {out, u"-"_s});
        const QStringList pages = text.split(u'\f');
        QVERIFY(pages.size() > 2);
        const QString first = squash(pages.first());
        const PdfReportInput input = plan.pdfInput(locale);
        QCOMPARE(int(input.scenarios.size()), 1);
        const Footprint &base = input.baseline.total;
        const Footprint &scenario = input.scenarios.front().estimate.total;
        QVERIFY2(scenario.co2e.kg < 0.8 * base.co2e.kg, "Stockholm's grid is far cleaner");
        const PdfNumbers numbers(locale);
        const double changeKg = scenario.co2e.kg - base.co2e.kg;
        QVERIFY2(first.contains(squash(
                     u"Recommended: scenario “Stop idle notebooks, autoscale serving, train in "
                     u"Stockholm”, %1 kgCO2e, a change of %2 kgCO2e (%3)"_s.arg(
                         numbers.kg(scenario.co2e.kg), numbers.signedKg(changeKg),
                         numbers.percent(changeKg / base.co2e.kg)))),
                 qPrintable(pages.first()));
        QVERIFY(first.contains(squash(u"Per unit of work"_s)));
        // Its endpoint states its tokens per request: the plan per 1 M tokens served, on page 1.
        const std::optional<PerUnit> &perTokens = input.baseline.perMillionTokens;
        QVERIFY(perTokens && perTokens->co2eKgPerUnit && perTokens->energyKWhPerUnit);
        QVERIFY(input.baseline.stages[3].perMillionTokens);
        QVERIFY2(first.contains(squash(u"per 1 M tokens served"_s)), qPrintable(pages.first()));
        for (double figure :
             {perTokens->units, *perTokens->co2eKgPerUnit, *perTokens->energyKWhPerUnit})
            QVERIFY2(
                first.contains(squash(numbers.plain(figure, figure == perTokens->units ? 4 : 3))),
                qPrintable(numbers.plain(figure, 3)));

        const QString all = squash(text);
        const qsizetype grid = all.indexOf(squash(u"Grid intensity and PUE per region"_s));
        QVERIFY(grid > 0);
        QVERIFY2(all.indexOf(squash(u"eu-north-1"_s), grid) > grid, "scenario region listed");
        QVERIFY(all.indexOf(squash(u"scenarios only"_s), grid) > grid);
    }

    void planWithoutScenariosPointsToTheLargestSaving()
    {
        const std::optional<Project> project = example(u"llm-pretraining-p4d-p5.greenprint"_s);
        QVERIFY(project);
        QVERIFY(project->scenarios.empty());
        PlanExport plan(*project, test::builtReferenceData());
        PdfReport report(plan.pdfInput(QLocale(QLocale::English, QLocale::UnitedKingdom)));
        const QString out = m_dir.filePath(u"largest.pdf"_s);
        QVERIFY(report.writeFile(out));
        const QString text = run(u"pdftotext"_s, {out, u"-"_s});
        const QString first = squash(text.section(u'\f', 0, 0));
        QVERIFY2(first.contains(squash(u"This project defines no what-if scenario. The largest "
                                       u"single saving the advisor offers:"_s)),
                 qPrintable(text.section(u'\f', 0, 0)));
    }

    void longSuggestionListsEndInAnAppendix()
    {
        // The LLM example has more than ten ranked suggestions and several smaller ones: the
        // first ten ranked are printed in full, the rest as rows of the appendix, numbered on.
        const std::optional<Project> project = example(u"llm-pretraining-p4d-p5.greenprint"_s);
        QVERIFY(project);
        PlanExport plan(*project, test::builtReferenceData());
        const PdfReportInput input =
            plan.pdfInput(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(input.suggestions);
        const std::vector<PdfSuggestion> &suggestions = *input.suggestions;
        const auto ranked = std::count_if(suggestions.begin(), suggestions.end(), [](auto &s) {
            return s.section == SuggestionSection::Ranked;
        });
        const auto questions = std::count_if(suggestions.begin(), suggestions.end(), [](auto &s) {
            return s.section == SuggestionSection::Question;
        });
        QVERIFY2(ranked > 10, qPrintable(QString::number(ranked)));
        PdfReport report(input);
        const QString out = m_dir.filePath(u"appendix.pdf"_s);
        QVERIFY(report.writeFile(out));
        const QString text = run(u"pdftotext"_s, {out, u"-"_s});
        const qsizetype appendix = text.indexOf(u"Appendix: further suggestions"_s);
        QVERIFY(appendix > 0);
        QVERIFY(text.indexOf(u"Assumptions and method"_s) < appendix);
        // In full: one "Saves … kgCO2e" (or "Adds …") line per suggestion printed in full.
        static const QRegularExpression savingLine(u"(Saves|Adds)[\\d.,<]+kgCO2e"_s);
        const qsizetype inFull = squash(text.left(appendix)).count(savingLine);
        QCOMPARE(inFull, 10 + questions);
        const QString tail = squash(text.mid(appendix));
        for (std::size_t i = 0; i < suggestions.size(); ++i) {
            const bool isRanked = suggestions[i].section == SuggestionSection::Ranked;
            const int rankedBefore =
                int(std::count_if(suggestions.begin(), suggestions.begin() + std::ptrdiff_t(i) + 1,
                                  [](auto &s) { return s.section == SuggestionSection::Ranked; }));
            const bool expectedInAppendix = suggestions[i].section == SuggestionSection::Smaller
                || (isRanked && rankedBefore > 10);
            QCOMPARE(tail.contains(squash(suggestions[i].title)), expectedInAppendix);
        }
    }

    void twentyComponentPlanReadsForAReview_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("pageSize");
        QTest::newRow("EU team (de_DE)") << QLocale(QLocale::English, QLocale::Germany) << u"A4"_s;
        QTest::newRow("US team (en_US)")
            << QLocale(QLocale::English, QLocale::UnitedStates) << u"letter"_s;
    }

    void twentyComponentPlanReadsForAReview()
    {
        // A 20-component plan with EU residency, a latency ceiling, an accuracy floor and two
        // scenarios that move to hardware and a Region the baseline does not use (p5.48xlarge
        // in eu-north-1, inf2.8xlarge), as a design review would get it.
        QFETCH(QLocale, locale);
        QFETCH(QString, pageSize);
        ProjectReader reader;
        const std::optional<Project> project = reader.readFile(
            test::sourcePath(u"tests/data/projects/review-twenty-components.greenprint"_s));
        QVERIFY(project);
        int components = 0;
        for (const Stage &s : project->stages)
            components += int(s.components.size());
        QCOMPARE(components, 20);
        PlanExport plan(*project, test::builtReferenceData());
        const PdfReportInput input = plan.pdfInput(locale);
        QCOMPARE(int(input.scenarios.size()), 2);
        PdfReport report(input);
        const QString out = m_dir.filePath(u"review-%1.pdf"_s.arg(pageSize));
        QVERIFY2(report.writeFile(out), qPrintable(report.errorString()));
        // The page size follows the locale: A4 in Germany, Letter in the United States.
        QVERIFY2(pdfPageSize(out).contains(pageSize), qPrintable(pdfPageSize(out)));

        const QString layout = run(u"pdftotext"_s, {u"-layout"_s, out, u"-"_s});
        const QStringList pages = layout.split(u'\f', Qt::SkipEmptyParts);
        QCOMPARE(pages.size(), report.pageCount());

        // No heading at a page's foot: each heading has at least three lines of its own below
        // it on its page (the footer does not count).
        QStringList headings{u"Summary"_s,
                             u"Carbon by stage"_s,
                             u"What makes the range"_s,
                             u"Per unit of work"_s,
                             u"Top suggestions"_s,
                             u"Stages"_s,
                             u"What-if comparison"_s,
                             u"Notes on the inputs"_s,
                             u"Suggestions"_s,
                             u"Not offered"_s,
                             u"Assumptions and method"_s,
                             u"Sources"_s,
                             u"Assumptions this estimate relied on"_s,
                             u"Hours and load on the power curve"_s,
                             u"Grid intensity and PUE per region"_s,
                             u"Instances"_s,
                             u"Storage classes"_s,
                             u"Constants"_s,
                             u"Grid-intensity datasets"_s,
                             u"Appendix: further suggestions"_s,
                             SuggestionGrouping::sectionName(SuggestionSection::Question),
                             SuggestionGrouping::sectionName(SuggestionSection::Smaller)};
        QStringList numbered; // "3. Training", "1. Everything in Europe …" (first line only)
        for (int i = 0; i < kStageCount; ++i)
            numbered << u"%1. %2"_s.arg(i + 1).arg(input.estimate.stages[std::size_t(i)].name);
        for (std::size_t i = 0; i < input.suggestions->size(); ++i)
            numbered << u"%1. %2"_s.arg(i + 1).arg((*input.suggestions)[i].title.left(30));
        const auto isHeading = [&](const QString &line) {
            const QString t = line.trimmed();
            return headings.contains(t)
                || std::any_of(numbered.begin(), numbered.end(), [&](const QString &h) {
                       return t.startsWith(h) && !t.contains(u"   "_s); // not a table row
                   });
        };
        int headingsSeen = 0;
        for (int page = 0; page < pages.size(); ++page) {
            QStringList lines;
            for (const QString &line : pages[page].split(u'\n')) {
                if (!line.trimmed().isEmpty() && !line.contains(u"Page %1 of"_s.arg(page + 1)))
                    lines << line;
            }
            for (int i = 0; i < lines.size(); ++i) {
                if (!isHeading(lines[i]))
                    continue;
                ++headingsSeen;
                QVERIFY2(
                    lines.size() - 1 - i >= 3 || page + 1 == pages.size(),
                    qPrintable(
                        u"\"%1\" at the foot of page %2"_s.arg(lines[i].trimmed()).arg(page + 1)));
            }
        }
        QVERIFY2(headingsSeen >= 20, qPrintable(QString::number(headingsSeen)));

        // Page 1: the constraints as stated, the answer and the figures per unit of work.
        const QString first = squash(pages.first());
        for (const QString &constraint :
             {u"only in eu-central-1, eu-north-1, eu-west-1"_s,
              u"responses within %1 ms"_s.arg(locale.toString(2000)),
              u"keep at least 98 % of the baseline model's score"_s, u"Recommended: scenario"_s,
              u"Per unit of work"_s, u"per 1,000 requests"_s, u"per training run"_s})
            QVERIFY2(first.contains(squash(constraint)), qPrintable(constraint));

        // The instance and grid tables cover what the scenarios use, marked as such.
        const QString all = squash(run(u"pdftotext"_s, {out, u"-"_s})); // reading order
        const qsizetype grid = all.indexOf(squash(u"Grid intensity and PUE per region"_s));
        const qsizetype instances = all.indexOf(squash(u"Instances"_s), grid);
        const qsizetype storage = all.indexOf(squash(u"Storage classes"_s), instances);
        QVERIFY(grid > 0 && instances > grid && storage > instances);
        const QString gridTable = all.mid(grid, instances - grid);
        const QString instanceTable = all.mid(instances, storage - instances);
        QVERIFY(gridTable.contains(squash(u"eu-central-1"_s)));
        const qsizetype north = gridTable.indexOf(squash(u"eu-north-1"_s));
        QVERIFY2(north >= 0 && gridTable.indexOf(squash(u"scenarios only"_s)) > north,
                 qPrintable(gridTable));
        for (const QString &type : {u"m7g.4xlarge"_s, u"c6i.8xlarge"_s, u"t3.xlarge"_s,
                                    u"g5.2xlarge"_s, u"p4d.24xlarge"_s, u"g5.xlarge"_s})
            QVERIFY2(instanceTable.contains(type), qPrintable(type));
        for (const QString &type : {u"p5.48xlarge"_s, u"inf2.8xlarge"_s}) {
            const qsizetype at = instanceTable.indexOf(type);
            QVERIFY2(at >= 0 && instanceTable.mid(at, 60).contains(squash(u"scenarios only"_s)),
                     qPrintable(type));
        }

        // Suggestions on several components read as the practice and a count.
        QVERIFY2(all.contains(squash(u"Stop idle notebooks automatically (5 component"_s)),
                 "grouped notebooks");
        QVERIFY(!all.contains(u"andthesameon"_s));

        // Every source a URL, a repository reference or a file of this repository; no path
        // of the machine that made the PDF.
        const qsizetype sources = layout.indexOf(QRegularExpression(u"[\\n\\f]Sources\\n"_s));
        QVERIFY(sources > 0);
        static const QRegularExpression entry(u"^\\s*\\[(\\d+)\\]\\s+(\\S+)"_s,
                                              QRegularExpression::MultilineOption);
        static const QRegularExpression reference(
            u"^(https?://|github:|npm:|data/|resources/|[\\w.-]+/[\\w.-]+:)"_s);
        int entries = 0;
        for (auto m = entry.globalMatch(layout, sources); m.hasNext();) {
            const QRegularExpressionMatch e = m.next();
            ++entries;
            QVERIFY2(reference.match(e.captured(2)).hasMatch(), qPrintable(e.captured(0)));
        }
        QVERIFY2(entries >= 10, qPrintable(QString::number(entries)));
        for (const QString &local : {u"/home/"_s, u"/work/"_s, u"/tmp/"_s, u"/usr/"_s, u"/root"_s,
                                     u"file://"_s, QDir::homePath() + u'/'})
            QVERIFY2(!layout.contains(local), qPrintable(local));
        static const QRegularExpression exponent(u"\\d[.,]?\\d*[eE][+-]\\d"_s);
        QVERIFY2(!exponent.match(layout).hasMatch(), qPrintable(exponent.match(layout).captured()));
    }

    void unknownScenarioIsRefused()
    {
        const std::optional<Project> project =
            example(QStringLiteral("bert-finetune-realtime.greenprint"));
        QVERIFY(project);
        PlanExport plan(*project, test::builtReferenceData());
        QVERIFY(!plan.selectScenario(QStringLiteral("no such scenario")));
        QVERIFY(plan.errorString().contains(QStringLiteral("no such scenario")));
    }
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
