// SPDX-License-Identifier: GPL-3.0-or-later
#include "manualdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace greenprint {
namespace {

struct Term
{
    QString id;
    QString name;
    QString definition;
};

QList<Term> glossary()
{
    return {
        {QStringLiteral("mfu"), ManualDialog::tr("MFU (model FLOPs utilization)"),
         ManualDialog::tr("The fraction of the accelerators' peak floating-point throughput a job "
                          "achieves. A job sized by its work runs for FLOPs ÷ (instances × peak "
                          "TFLOPS × MFU) hours; Greenprint takes the MFU from published runs of "
                          "the same accelerator class and lists it under the assumptions.")},
        {QStringLiteral("pue"), ManualDialog::tr("PUE (power usage effectiveness)"),
         ManualDialog::tr("A data centre's total energy divided by the energy of its IT equipment; "
                          "1.0 would mean no cooling or power losses. Greenprint multiplies the "
                          "servers' energy by the Region's PUE, or by AWS's global PUE where AWS "
                          "publishes none for the Region.")},
        {QStringLiteral("location"), ManualDialog::tr("Location-based emissions"),
         ManualDialog::tr("Operational emissions at the average carbon intensity of the grid the "
                          "servers draw from (gCO2e per kWh), the GHG Protocol's Scope 2 "
                          "location-based method. This is the figure Greenprint totals and "
                          "compares.")},
        {QStringLiteral("market"), ManualDialog::tr("Market-based emissions"),
         ManualDialog::tr("Operational emissions counted with the electricity bought or matched by "
                          "contract, the GHG Protocol's Scope 2 market-based method: 0 gCO2e per "
                          "kWh in Regions where AWS matched its consumption with renewable "
                          "energy in the chosen year; elsewhere the residual mix of the Region's "
                          "country where a published one is stored (the AIB European Residual "
                          "Mix for EU countries), else the location-based factor, each listed "
                          "under Assumptions. It is shown beside the location-based figure, never "
                          "instead of it.")},
        {QStringLiteral("embodied"), ManualDialog::tr("Embodied emissions"),
         ManualDialog::tr("The emissions of manufacturing the hardware (Scope 3), shared out over "
                          "the servers' lifetime (6 years by default, as AWS amortises its IT "
                          "hardware) in proportion to the hours a plan uses them.")},
        {QStringLiteral("sci"), ManualDialog::tr("SCI (Software Carbon Intensity)"),
         ManualDialog::tr("The Green Software Foundation's rate, standardised as ISO/IEC 21031: "
                          "(E × I + M) per R, energy times grid intensity plus embodied "
                          "emissions, per functional unit R. Greenprint gives it per pipeline "
                          "run, per notebook week, per training run, per 1,000 requests served "
                          "and per 1 M tokens served (prompt and output tokens together).")},
        {QStringLiteral("co2e"), ManualDialog::tr("kgCO2e"),
         ManualDialog::tr("Kilograms of carbon dioxide equivalent: every greenhouse gas counted "
                          "as the mass of CO2 that warms as much over 100 years.")},
        {QStringLiteral("utilization"), ManualDialog::tr("Utilization"),
         ManualDialog::tr("The average load of an instance, from 0 to 1. Power rises with it from "
                          "the idle to the full-load draw. A file that leaves it out assumes "
                          "0.5, CCF's average for cloud servers, and says so among the "
                          "assumptions.")},
        {QStringLiteral("band"), ManualDialog::tr("Band"),
         ManualDialog::tr("The low and high ends of an estimate: every uncertain input (grid "
                          "intensity, power curve, achieved throughput) at its favourable and "
                          "its unfavourable end.")},
    };
}

QString section(const QString &title, const QStringList &paragraphs, const QString &anchor = {})
{
    QString html = anchor.isEmpty()
        ? QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped())
        : QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>").arg(anchor, title.toHtmlEscaped());
    for (const QString &p : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    return html;
}

} // namespace

ManualDialog::ManualDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Greenprint Manual"));
    m_browser->setObjectName(QStringLiteral("manual"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(html());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 640);
}

void ManualDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Greenprint Manual"));
        m_browser->setHtml(html());
    }
    QDialog::changeEvent(event);
}

QStringList ManualDialog::termIds()
{
    QStringList ids;
    for (const Term &t : glossary())
        ids << t.id;
    return ids;
}

QString ManualDialog::html()
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(tr("Greenprint Manual").toHtmlEscaped());
    QString contents;
    for (const Term &t : glossary()) {
        contents +=
            QStringLiteral("<a href=\"#term-%1\">%2</a> · ").arg(t.id, t.name.toHtmlEscaped());
    }
    contents.chop(3);
    html += QStringLiteral("<p>%1 %2</p>").arg(tr("Glossary:").toHtmlEscaped(), contents);

    html += section(
        tr("Describing a plan"),
        {tr("A plan is one deep-learning workload in the four stages of the AWS guidance for "
            "sustainable machine learning: data processing, model building, training and "
            "inference. Choose a stage on the left, then add its components with Edit > Add "
            "Component: "
            "compute jobs, storage, transfers, notebooks, tuning jobs, endpoints and logs."),
         tr("State each job by its hours, or by its work (model parameters, tokens, epochs, "
            "precision), from which the hours follow through the instance's throughput. Set the "
            "project's Region, or a Region per stage; the estimate follows every edit at once.")});
    html += section(
        tr("Editing"),
        {tr("Sizes take their unit: type 2 TB, 1.5 PB or 500 MB and the field shows the size in "
            "GB. Greenprint uses AWS's billing units, in which 1 GB is 2^30 bytes, so 1 TB is "
            "1024 GB."),
         tr("Parameters, tokens and requests are typed in billions or millions and kept as whole "
            "numbers: 8 billion parameters are saved as 8000000000."),
         tr("Edit > Duplicate Component names the copy after the original with the next free "
            "number: "
            "\"Notebook (2)\", \"Notebook (3)\"."),
         tr("In the Region and instance pickers the search only filters the table: the entry "
            "you chose stays chosen, and the line under the table names it."),
         tr("A job that runs again and again, such as a weekly ETL or a nightly retraining, is "
            "one compute component: set Runs to every day, week or month and For to the months "
            "it keeps running. Its hours or work are one run's; the estimate counts every run "
            "(a month is 730 h, so weekly for 12 months is 52.1 runs), states the count under "
            "Assumptions, and its figure per pipeline or training run stays one run's."),
         tr("An endpoint's traffic is typed in requests per month (730 h) and served over its "
            "hours provisioned: 2 million a month for a year (8760 h) are 24 million requests.")});
    html += section(
        tr("Reading the estimate"),
        {tr("The dashboard shows energy, carbon and cost for the whole plan and per stage, each "
            "with its band. Issues lists what could not be estimated and why; Assumptions lists "
            "every figure that is not a published value, with its reason, including the defaults "
            "a hand-written file relied on."),
         tr("The What-if view offers suggestions from the AWS guidance with their savings; tick "
            "them into scenarios and compare them with the baseline. File > Export writes the "
            "plan as PDF or CSV.")});
    html += section(
        tr("Changing a field in a scenario"),
        {tr("A scenario can also change any figure or choice of the plan without touching the "
            "plan itself. In the What-if view's Field overrides, choose the stage or component "
            "(\"Training › Fine-tune 8B\"), then the field as the editor names it (Instance "
            "type, Count, Hours, Utilization, Region override, …), give the value in the same "
            "editor as in the plan (the instance or Region picker, a number with its unit, a "
            "list of choices) and press Set."),
         tr("Each row reads \"component · field\" and \"plan value → scenario value\". "
            "Double-click the value to change it in place, select a row and press Remove to "
            "take it out; Edit > Undo takes back every change. A row that names a field the plan "
            "no longer has (a file edited by hand) stays, as written, with its problem in the "
            "Problem column; correct or remove it."),
         tr("Advanced: \"JSON path…\" sets a field of the project file by its path "
            "(stages[2].components[0].hours, counting from 0) and a value; text needs no "
            "quotes.")});

    html += QStringLiteral("<h2><a name=\"glossary\"></a>%1</h2><dl>")
                .arg(tr("Glossary").toHtmlEscaped());
    for (const Term &t : glossary()) {
        html += QStringLiteral("<dt><a name=\"term-%1\"></a><b>%2</b></dt><dd>%3</dd>")
                    .arg(t.id, t.name.toHtmlEscaped(), t.definition.toHtmlEscaped());
    }
    html += QStringLiteral("</dl>");
    return html;
}

} // namespace greenprint
