// SPDX-License-Identifier: GPL-3.0-or-later
#include "constraintsform.h"

#include "dialogs/allowedregionsdialog.h"

#include "commands/projectfields.h"
#include "domain/fieldlimits.h"

#include <QRegularExpression>

namespace greenprint {

QStringList parseRegionList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList result;
    for (const QString &id : text.split(separators, Qt::SkipEmptyParts)) {
        if (!result.contains(id))
            result << id;
    }
    return result;
}

ConstraintsForm::ConstraintsForm(const EditorContext &context, QWidget *parent)
    : FieldForm(context, parent)
{
    const auto project = [] { return ProjectTarget{}; };
    addAllowedRegions();
    addRegion<ProjectField::UsersRegion>(
        tr("&Users near:"), QStringLiteral("usersRegion"),
        tr("The AWS Region nearest the users of the endpoints. A latency ceiling is checked "
           "from there with the measured round trip between regions (cloudping.co): a move of "
           "the endpoints is dropped only when it exceeds the ceiling. Empty: the users are "
           "taken to be near the endpoints' current region."),
        project, tr("The endpoints' region"));
    addOptionalDouble<ProjectField::LatencyCeiling>(
        tr("&Latency ceiling:"), QStringLiteral("latencyCeilingMs"), tr(" ms"), 0.0,
        limits::kMaxLatencyMs, 0, tr("None"),
        tr("The slowest acceptable response of the inference endpoints, in milliseconds. "
           "Suggestions that may slow responses past it (batch, asynchronous or serverless "
           "serving) are not offered. None: no ceiling."),
        project);
    addOptionalDouble<ProjectField::AccuracyFloor>(
        tr("Accuracy &floor:"), QStringLiteral("accuracyFloor"), tr(" %"), -1.0, 100.0, 1,
        tr("None"),
        tr("The share of the baseline model's score that must be kept, in percent. Suggestions "
           "that may lower accuracy below it, or by an amount no source states, are not "
           "offered. None: accuracy may be traded, and the advisor asks before it does."),
        project, 100.0);
    addCheck<ProjectField::ServesEdgeDevices>(
        tr("Edge devices:"), QStringLiteral("servesEdgeDevices"), tr("Served to &edge devices"),
        tr("The model runs on devices (IoT, phones, cameras): the advisor may then offer "
           "compiling it for the edge."),
        project);
    refresh();
}

void ConstraintsForm::addAllowedRegions()
{
    auto *choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(QStringLiteral("allowedRegionsChoose"));
    choose->setAccessibleName(tr("Choose allowed regions"));
    choose->setToolTip(tr("Tick the allowed regions in a table or on the map"));
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(QStringLiteral("allowedRegions"));
    edit->setPlaceholderText(tr("Any region"));
    layout->addWidget(edit, 1);
    layout->addWidget(choose);
    const QString toolTip =
        tr("The regions the data and the workload may use (data residency), separated by "
           "commas. Empty: any region. The region ranking, the advisor and the Pareto search "
           "consider only these.");
    QLabel *label = addRow(tr("Allowed re&gions:"), row, toolTip);
    label->setBuddy(edit);
    edit->setToolTip(toolTip);
    edit->setAccessibleName(tr("Allowed regions"));
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
        push(new ChangeValue<ProjectField::AllowedRegions>(document(), {},
                                                           parseRegionList(edit->text())));
    });
    connect(choose, &QPushButton::clicked, this, &ConstraintsForm::chooseAllowedRegions);
    addRefresher([this, edit] {
        const QString text = document()->project().constraints.allowedRegions.join(u", ");
        if (edit->text() != text) {
            const QSignalBlocker blocker(edit);
            edit->setText(text);
            edit->setCursorPosition(0);
        }
    });
}

void ConstraintsForm::chooseAllowedRegions()
{
    if (!context().regions)
        return;
    AllowedRegionsDialog dialog(context().regions, this);
    dialog.setAllowedRegions(document()->project().constraints.allowedRegions);
    if (dialog.exec() != QDialog::Accepted)
        return;
    push(new ChangeValue<ProjectField::AllowedRegions>(document(), {}, dialog.allowedRegions()));
}

} // namespace greenprint
