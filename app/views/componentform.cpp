// SPDX-License-Identifier: GPL-3.0-or-later
#include "componentform.h"

#include "dialogs/instancepickerdialog.h"

#include "settings/unitformatter.h"

#include "commands/workfields.h"
#include "document/liveestimate.h"
#include "domain/estimate.h"
#include "domain/fieldlimits.h"
#include "domain/names.h"
#include "io/fieldpath.h"
#include "itemmodels/instancetablemodel.h"

#include <QCompleter>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace greenprint {

ComponentForm::ComponentForm(ComponentType type, const EditorContext &context, QWidget *parent)
    : FieldForm(context, parent)
    , m_type(type)
{
    addText<ComponentField::Name>(tr("&Name:"), QStringLiteral("name"),
                                  tr("A name for this component, shown in the stage navigator "
                                     "and in reports."),
                                  ref());
}

void ComponentForm::setTarget(ComponentRef ref)
{
    m_ref = ref;
    refresh();
}

bool ComponentForm::hasTarget() const
{
    const Component *c = document()->component(m_ref);
    return c && c->type() == m_type;
}

QLineEdit *ComponentForm::addInstanceField(const QString &toolTip)
{
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("chooseInstance"));
    choose->setToolTip(tr("Pick an instance type from the catalog"));
    choose->setAccessibleName(tr("Choose instance type"));
    m_instanceEdit = addText<ComponentField::Instance>(
        tr("&Instance type:"), QStringLiteral("instance"), toolTip, ref(), choose);
    setFieldKind(QStringLiteral("instance"), FieldDescriptor::Kind::Instance);
    if (context().instances) {
        auto *completer = new QCompleter(context().instances, m_instanceEdit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_instanceEdit->setCompleter(completer);
    }
    connect(choose, &QPushButton::clicked, this, &ComponentForm::chooseInstance);
    return m_instanceEdit;
}

void ComponentForm::addWorkFields(WorkSpec::Kind defaultKind, bool kindSelectable, QWidget *hours,
                                  std::function<void(double, double, QUndoCommand *)> keepHours)
{
    using namespace ComponentField;
    m_defaultKind = defaultKind;
    m_hours = hours;
    m_keepHours = std::move(keepHours);

    m_sizing = new QComboBox(this);
    m_sizing->setObjectName(QStringLiteral("sizing"));
    m_sizing->addItem(tr("Hours"));
    m_sizing->addItem(tr("Work"));
    addRow(tr("Si&ze by:"), m_sizing,
           tr("State the hours, or the work (model size and tokens) from which the hours follow "
              "through the instance's accelerator throughput. Changing the instance then "
              "changes the hours by the throughput ratio."));
    connect(m_sizing, &QComboBox::currentIndexChanged, this,
            [this](int index) { setSizedByWork(index == 1); });

    if (kindSelectable) {
        auto *kind = new QComboBox(this);
        kind->setObjectName(QStringLiteral("work.kind"));
        kind->addItem(tr("Training"));
        kind->addItem(tr("Inference"));
        addRow(tr("&Work kind:"), kind,
               tr("Training: FLOPs = 6 × parameters × tokens × epochs. Inference: FLOPs = 2 × "
                  "parameters × tokens per request × requests."));
        connect(kind, &QComboBox::currentIndexChanged, this, [this](int index) {
            const std::optional<WorkSpec> work = Work::get(*document(), target());
            if (!hasTarget() || !work || index < 0)
                return;
            const auto newKind = index == 0 ? WorkSpec::Kind::Training : WorkSpec::Kind::Inference;
            push(new ChangeValue<Work>(document(), target(), withKind(*work, newKind)));
        });
        addRefresher([this, kind] {
            const std::optional<WorkSpec> work = Work::get(*document(), target());
            const int index = work && work->kind == WorkSpec::Kind::Inference ? 1 : 0;
            if (kind->currentIndex() != index) {
                const QSignalBlocker blocker(kind);
                kind->setCurrentIndex(index);
            }
        });
        m_workRows.push_back(kind);
    }
    m_workRows.push_back(addDouble<WorkParameters>(
        tr("P&arameters:"), QStringLiteral("work.parameters"), tr(" billion"), 0.001, 1e6, 3,
        tr("Model parameters, in billions (e.g. 0.34 for BERT-large, 7 for a 7B model)."), ref(),
        1e-9));
    m_workRows.push_back(addOptionalDouble<WorkActiveParameters>(
        tr("Acti&ve parameters:"), QStringLiteral("work.activeParameters"), tr(" billion"), 0.0,
        1e6, 3, tr("All (dense)"),
        tr("Mixture of experts: the parameters each token passes through, in billions (e.g. 3 "
           "for a 30B-A3B model). FLOPs count these; memory holds all parameters. Unset: a "
           "dense model."),
        ref(), 1e-9));
    m_trainingRows.push_back(addDouble<WorkTokens>(
        tr("Training to&kens:"), QStringLiteral("work.tokens"), tr(" billion per epoch"), 0.001,
        1e6, 3, tr("Tokens seen in one epoch, in billions."), ref(), 1e-9));
    m_trainingRows.push_back(addDouble<WorkEpochs>(tr("&Epochs:"), QStringLiteral("work.epochs"),
                                                   tr(" epochs"), 0.01, 10000.0, 2,
                                                   tr("Passes over the training tokens."), ref()));
    m_trainingRows.push_back(addOptionalDouble<WorkTrainableParameters>(
        tr("Trainab&le parameters:"), QStringLiteral("work.trainableParameters"), tr(" million"),
        0.0, 1e9, 3, tr("All (full training)"),
        tr("LoRA or adapter fine-tuning: the parameters whose weights are trained, in millions "
           "(e.g. 4.2 for rank-8 LoRA on the query and value projections of a 7B model). "
           "Weight gradients are computed for these only, so FLOPs per token fall from 6 × "
           "parameters towards 4 ×. Unset: all parameters are trained."),
        ref(), 1e-6));
    m_trainingRows.push_back(addOptionalDouble<WorkSequenceLength>(
        tr("Sequence len&gth:"), QStringLiteral("work.sequenceLength"), tr(" tokens"), 0.0, 1e7, 0,
        tr("Attention not counted"),
        tr("Tokens per training sequence. With the layers and the hidden size, attention adds "
           "12 × layers × hidden size × sequence length FLOPs per token (PaLM, appendix B): "
           "15 % more for a 7B model at 4k tokens, more than double at 32k. Unset: 6 × "
           "parameters per token."),
        ref()));
    m_trainingRows.push_back(addOptionalDouble<WorkLayers>(
        tr("La&yers:"), QStringLiteral("work.layers"), tr(" layers"), 0.0, 10000.0, 0,
        tr("Not stated"),
        tr("Transformer layers of the model (num_hidden_layers in its configuration); with the "
           "sequence length and the hidden size."),
        ref()));
    m_trainingRows.push_back(addOptionalDouble<WorkHiddenSize>(
        tr("Hi&dden size:"), QStringLiteral("work.hiddenSize"), QString(), 0.0, 1e6, 0,
        tr("Not stated"),
        tr("Attention heads × head dimension (hidden_size in most model configurations); "
           "with the sequence length and the layers."),
        ref()));
    if (type() == ComponentType::Endpoint) {
        m_inferenceRows.push_back(addDouble<WorkRequestsPerMonth>(
            tr("Re&quests:"), QStringLiteral("work.requestsPerMonth"), tr(" million / month"), 0.0,
            1e9, 3,
            tr("Traffic in millions of requests per month (730 h), over the hours provisioned: "
               "2 million a month for a year (8760 h) serves 24 million."),
            ref(), 1e-6));
    } else {
        m_inferenceRows.push_back(addDouble<WorkRequests>(
            tr("Re&quests:"), QStringLiteral("work.requests"), tr(" million"), 0.0, 1e9, 3,
            tr("Requests served, in millions (over the hours provisioned for an endpoint)."), ref(),
            1e-6));
    }
    m_inferenceRows.push_back(addDouble<WorkTokensPerRequest>(
        tr("To&kens per request:"), QStringLiteral("work.tokensPerRequest"), tr(" tokens"), 1.0,
        1e7, 0, tr("Tokens processed per request (prompt and output)."), ref()));
    m_inferenceRows.push_back(addOptionalDouble<WorkOutputTokensPerRequest>(
        tr("Output tokens p&er request:"), QStringLiteral("work.outputTokensPerRequest"),
        tr(" tokens"), -1.0, 1e7, 0, tr("Not served token by token"),
        tr("Of the tokens per request, those generated one at a time. Set, the request is "
           "served as a language model serves it: the prompt in one compute-bound pass, each "
           "output token in a decode step bound by memory bandwidth. Unset: one pass over all "
           "tokens."),
        ref()));
    m_batchSize = addOptionalDouble<WorkBatchSize>(
        tr("&Batch size:"), QStringLiteral("work.batchSize"), tr(" requests"), 0.0, 1e6, 0,
        tr("1 (assumed)"),
        tr("Requests one model replica decodes together (batch or concurrency). Larger batches "
           "share each read of the weights: far less energy per token. Unset: 1, one request "
           "at a time, listed under the assumptions."),
        ref());
    std::vector<std::pair<QString, Precision>> precisions;
    for (int p = 0; p < kPrecisionCount; ++p)
        precisions.emplace_back(precisionDisplayName(Precision(p)), Precision(p));
    m_workRows.push_back(addCombo<WorkPrecision>(
        tr("P&recision:"), QStringLiteral("work.precision"), precisions,
        tr("Number format of the job; the accelerator's peak throughput at this precision "
           "sizes the hours (int8 in TOPS)."),
        ref()));

    m_workRows.push_back(addOptionalDouble<WorkBusyTimeFactor>(
        tr("Busy-time &factor:"), QStringLiteral("work.busyTimeFactor"), tr(" ×"), 0.0,
        limits::kMaxBusyTimeFactor, 3, tr("None (× 1)"),
        tr("The same work in a fraction of the time, at the load the work implies: an "
           "optimization's measured effect, such as a compiled or quantized model (0.87 = 13 % "
           "less busy time). The advisor's compile, quantize and mixed-precision copies set it, "
           "with its source. Unset: the hours the work implies."),
        ref()));

    m_workRows.push_back(addOptionalDouble<WorkAcceleratorLoad>(
        tr("Accelerator &load:"), QStringLiteral("work.acceleratorLoad"), tr(" %"), -1.0, 100.0, 0,
        tr("Derived from the work"),
        tr("The load on the accelerators' power curve while the job is busy. Greenprint derives "
           "it from the same achieved fraction of peak that sets the hours (shown under "
           "Derived). Set by hand, time and power no longer follow one model, and the estimate "
           "warns. Unset: derived from the work."),
        ref(), 100.0));

    m_derived = new QLabel(this);
    m_derived->setObjectName(QStringLiteral("derivedHours"));
    m_derived->setTextFormat(Qt::PlainText); // explicit line breaks: no word-wrap height bugs
    // The whole field column: QFormLayout gives a wrapped row the height the label needs at
    // the column's width, but a Preferred label only its size hint's narrower width, where
    // the explanation of a failure needs more lines than it gets (the last ones cut).
    m_derived->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_derived->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    addRow(tr("Derived:"), m_derived,
           tr("From the live estimate: hours = FLOPs ÷ (instances × peak TFLOPS × achieved "
              "fraction of peak, MFU). Read-only."));
    m_workRows.push_back(m_derived);

    addRefresher([this] { updateWorkRows(); });
    if (context().estimate)
        connect(context().estimate, &LiveEstimate::updated, this, &ComponentForm::updateDerived);
}

void ComponentForm::setSizedByWork(bool byWork)
{
    using namespace ComponentField;
    if (!hasTarget() || byWork == ComponentField::Work::get(*document(), target()).has_value())
        return;
    if (byWork) {
        push(new ChangeValue<Work>(document(), target(), defaultWork(m_defaultKind)));
        return;
    }
    auto *macro = new QUndoCommand(undoText(QT_TRANSLATE_NOOP("Undo Commands", "Size by hours")));
    const ComponentEstimate *estimate = context().estimate
        ? context().estimate->component(target().stage, target().index)
        : nullptr;
    if (m_keepHours && estimate && estimate->hoursDerived && estimate->acceleratorLoad)
        m_keepHours(estimate->hoursPerRun().h, *estimate->acceleratorLoad, macro);
    new ChangeValue<Work>(document(), target(), std::nullopt, macro);
    push(macro);
}

void ComponentForm::updateWorkRows()
{
    const std::optional<WorkSpec> work = ComponentField::Work::get(*document(), target());
    {
        const QSignalBlocker blocker(m_sizing);
        m_sizing->setCurrentIndex(work ? 1 : 0);
    }
    const bool training = work && work->kind == WorkSpec::Kind::Training;
    for (QWidget *row : m_workRows)
        setRowShown(row, work.has_value());
    for (QWidget *row : m_trainingRows)
        setRowShown(row, training);
    for (QWidget *row : m_inferenceRows)
        setRowShown(row, work && !training);
    // The batch shares each decode step's read of the weights: a request sized as one
    // compute-bound pass (no output tokens) has no decode steps, and no batch size applies.
    setRowShown(m_batchSize, work && !training && work->decodeTokensPerRequest() > 0.0);
    if (m_hours)
        setRowShown(m_hours, !work);
    for (QWidget *field : m_hiddenByWork)
        setRowShown(field, !work);
    updateDerived();
}

void ComponentForm::updateDerived()
{
    if (!m_derived || !hasTarget())
        return;
    const std::optional<WorkSpec> work = ComponentField::Work::get(*document(), target());
    const ComponentEstimate *estimate = context().estimate
        ? context().estimate->component(target().stage, target().index)
        : nullptr;
    // The figures break their lines themselves; only the explanation of a failure wraps.
    m_derived->setWordWrap(!(estimate && estimate->hoursDerived));
    m_derived->setText(work ? describeDerived() : QString());
}

QString ComponentForm::describeDerived() const
{
    const ComponentEstimate *estimate = context().estimate
        ? context().estimate->component(target().stage, target().index)
        : nullptr;
    // A published achieved rate (first-generation Gaudi) is sustained already: no fraction.
    const bool rateAchieved = estimate && estimate->throughputAchieved;
    if (!estimate || !estimate->workHoursPerRun || !estimate->instanceThroughputTflops
        || *estimate->instanceThroughputTflops <= 0.0
        || (!rateAchieved
            && (!estimate->achievedUtilization || *estimate->achievedUtilization <= 0.0))) {
        const QString path =
            FieldPath::component(target().stage, target().index, QStringLiteral("work"));
        if (context().estimate) {
            for (const Issue &issue : context().estimate->estimate().issues) {
                if (issue.path == path)
                    return tr("The hours cannot be derived: %1.").arg(issue.message);
            }
        }
        return tr("The hours cannot be derived (see Issues).");
    }
    const double peak = *estimate->instanceThroughputTflops;
    const double mfu = rateAchieved ? 1.0 : *estimate->achievedUtilization;
    // The estimator's own hours: one run of the work (one trial for tuning, an endpoint's
    // busy hours), never recomputed here.
    const double hours = estimate->workHoursPerRun->h;
    const QLocale locale;
    auto hoursText = [&](double h) { return locale.toString(h, 'f', h >= 100.0 ? 0 : 1); };
    QString rate = rateAchieved
        ? tr("at %1 TFLOPS sustained\n(a published achieved rate, not a peak)")
              .arg(UnitFormatter::number(peak))
        : tr("at %1 % of %2 TFLOPS peak")
              .arg(locale.toString(mfu * 100.0, 'f', 0), UnitFormatter::number(peak));
    // The power side: the load the estimate applied on the power curve, which is the one
    // the work implies unless the method fixes its own (Cloud Carbon Footprint).
    const auto percent = [&](double fraction) { return locale.toString(fraction * 100.0, 'f', 0); };
    if (const std::optional<double> applied = estimate->appliedLoadFraction) {
        if (estimate->acceleratorLoad && *estimate->acceleratorLoad != *applied) {
            rate += QLatin1Char('\n')
                + tr("load %1 % on the power curve, the method's own\n(the work implies %2 %)")
                      .arg(percent(*applied), percent(*estimate->acceleratorLoad));
        } else {
            rate += QLatin1Char('\n')
                + tr("accelerator load %1 % on the power curve").arg(percent(*applied));
        }
    }
    if (const std::optional<WorkSpec> work = ComponentField::Work::get(*document(), target());
        work && work->busyTimeFactor) {
        rate += QLatin1Char('\n')
            + tr("busy time × %1\n(%2)")
                  .arg(locale.toString(*work->busyTimeFactor, 'g', 3),
                       work->busyTimeFactorSource.isEmpty() ? tr("no source stated")
                                                            : work->busyTimeFactorSource);
    }
    switch (type()) {
    case ComponentType::Tuning:
        return tr("≈ %1 h per trial\n%2\n%3 h per instance, all trials")
            .arg(hoursText(hours), rate, hoursText(estimate->hours.h));
    case ComponentType::Endpoint:
        return tr("≈ %1 h busy\n%2\n%3 h of capacity counted")
            .arg(hoursText(hours), rate, hoursText(estimate->hours.h));
    default:
        return tr("≈ %1 h per instance\n%2").arg(hoursText(hours), rate);
    }
}

void ComponentForm::chooseInstance()
{
    if (!hasTarget() || !context().instances)
        return;
    InstancePickerDialog dialog(context().instances, this);
    dialog.setCurrentInstance(m_instanceEdit->text());
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedInstance().isEmpty())
        push(new ChangeValue<ComponentField::Instance>(document(), m_ref,
                                                       dialog.selectedInstance()));
}

} // namespace greenprint
