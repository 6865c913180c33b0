// SPDX-License-Identifier: GPL-3.0-or-later
// The workload an architect plans: value types only, no I/O, no QObject.
#pragma once

/*
 * Project model
 * =============
 * A Project is one deep-learning workload: a default AWS Region, settings, a
 * project-local catalog of custom instances and regions, and exactly four
 * stages in fixed order (data processing, model building, training,
 * inference). Each stage holds components of seven types; a Component keeps
 * its type-specific fields in a std::variant. Optional `constraints`
 * (constraints.h) bound what the advisor may suggest, and named `scenarios`
 * (scenario.h) describe what-ifs applied to copies of the project.
 *
 * Every object that comes from the project file keeps the keys this version
 * does not know in `extras` (raw JSON text per key) so that a file written by
 * a newer Greenprint survives a round trip through this one unchanged.
 *
 * Field names and units mirror the project file format
 * (data/schema/project.schema.json); io/projectjson.h (projectjsonread.cpp and
 * projectjsonwrite.cpp) is the only place that maps between the two.
 */

#include "boxedoptional.h"
#include "calibration.h"
#include "constraints.h"
#include "jsonextras.h"
#include "scenario.h"
#include "sharedvector.h"
#include "totals.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace greenprint {

enum class StageKind { DataProcessing, ModelBuilding, Training, Inference };
inline constexpr int kStageCount = 4;
inline constexpr std::array<StageKind, kStageCount> kAllStageKinds = {
    StageKind::DataProcessing, StageKind::ModelBuilding, StageKind::Training, StageKind::Inference};

enum class ComponentType { Compute, Storage, Transfer, Notebook, Tuning, Endpoint, Logs };
inline constexpr int kComponentTypeCount = 7;

enum class Pricing { OnDemand, Spot };

enum class StorageClass {
    S3Standard,
    S3IntelligentTiering,
    S3StandardIA,
    S3OneZoneIA,
    S3GlacierInstantRetrieval,
    S3GlacierFlexibleRetrieval,
    S3GlacierDeepArchive,
    EbsGp3,
    EbsIo2,
    EbsSt1,
    Efs,
};
inline constexpr int kStorageClassCount = 11;

enum class TuningStrategy { Grid, Random, Bayesian, Hyperband };
enum class EndpointMode { RealTime, Async, Serverless, Batch };
enum class Methodology { Greenprint, CloudCarbonFootprint, GreenAlgorithms };

/** The grid carbon-intensity dataset a project uses: the per-Region best available, or one
 * dataset of the reference data (method.gridDatasets, by the same keyword) for every Region. */
enum class GridDatasetChoice { Recommended, ElectricityMaps2023, Ccf, OwidEmber };

/** Number format of a job's arithmetic (file key `work.precision`; int8 peaks are in TOPS). */
enum class Precision { Fp32, Tf32, Bf16, Fp16, Fp8, Int8 };
inline constexpr int kPrecisionCount = 6;
/** fp32 or tf32: values held in 32 bits (tf32 multiplies with a shorter mantissa). */
constexpr bool isThirtyTwoBit(Precision p)
{
    return p == Precision::Fp32 || p == Precision::Tf32;
}
/** bf16 or fp16. */
constexpr bool isSixteenBit(Precision p)
{
    return p == Precision::Bf16 || p == Precision::Fp16;
}

/**
 * The work a job does, from which its hours follow (instead of stating hours).
 * Training: FLOPs = 6 x active parameters x tokens x epochs: per token a forward pass
 * (2 FLOPs per parameter), the gradients of the activations (2) and of the weights (2)
 * (Kaplan et al. 2020, arXiv:2001.08361, sec. 2.1; Narayanan et al. 2021,
 * arXiv:2104.04473, sec. 3.5.1 / appendix). Fine-tuning that updates only some
 * weights (LoRA, adapters: trainableParameters) computes weight gradients for those
 * alone: 4 x active + 2 x trainable touched. A stated sequence length adds the
 * attention products, 12 x layers x hiddenSize x sequenceLength per token
 * (Chowdhery et al. 2022, PaLM, arXiv:2204.02311, appendix B).
 * Inference: FLOPs = 2 x active parameters x tokensPerRequest x requests.
 * Active parameters are the parameters a token passes through: all of them in a
 * dense model, the shared layers plus the routed experts in a mixture of experts.
 * An inference work that states its output tokens is served token by token
 * (engine/serving.h): the prompt in one compute-bound pass, every output token in a
 * decode step that reads the weights and KV cache, shared by the batch.
 */
struct WorkSpec
{
    enum class Kind { Training, Inference };
    Kind kind = Kind::Training;
    double parameters = 0.0;
    double tokens = 0.0; ///< training tokens per epoch
    double epochs = 1.0;
    double requests = 0.0; ///< over the job; per month (730 h) when requestsPerMonth
    /**
     * Endpoints only (file key `requestsPerMonth` instead of `requests`): the requests are
     * a monthly rate over the hours provisioned, as traffic is usually stated, not a total.
     * Computations take EndpointSpec::servedWork(), which converts them to the total.
     */
    bool requestsPerMonth = false;
    double tokensPerRequest = 0.0; ///< prompt and output tokens of one request
    /**
     * Mixture of experts: parameters a token passes through (file key `activeParameters`);
     * nullopt: all of `parameters` (a dense model). Memory always holds all of them.
     */
    std::optional<double> activeParameters;
    /**
     * Inference: of tokensPerRequest, the tokens generated one decode step at a time
     * (file key `outputTokensPerRequest`); nullopt: none, the whole request is one
     * compute-bound pass (the model of files written before serving was modelled).
     */
    std::optional<double> outputTokensPerRequest;
    /**
     * Inference with output tokens: mean requests decoded together by one model replica
     * (file key `batchSize`, the batch or concurrency); nullopt: FileDefaults::kBatchSize.
     */
    std::optional<double> batchSize;
    /**
     * Training: parameters whose weights the training updates (file key
     * `trainableParameters`): a LoRA or adapter fine-tuning's adapter weights, counted in
     * `parameters`; nullopt: all of them (full training). Weight gradients are computed for
     * these alone; activation gradients still flow back through every layer.
     */
    std::optional<double> trainableParameters;
    /**
     * Training: tokens of one sequence, the context attention spans (file key
     * `sequenceLength`), with the model's `layers` and `hiddenSize` (attention heads x head
     * dimension): all three or none. nullopt: attention's sequence-length FLOPs are not
     * counted (6 x active parameters per token, as before the keys existed).
     */
    std::optional<double> sequenceLength;
    std::optional<double> layers; ///< transformer layers (file key `layers`), with sequenceLength
    std::optional<double> hiddenSize; ///< heads x head dimension (file key `hiddenSize`)
    Precision precision = Precision::Bf16;
    /**
     * Load on the accelerators' power curve (0..1) when the user overrides the one derived
     * from the achieved fraction of peak; the estimate then warns that time and power disagree.
     */
    std::optional<double> acceleratorLoad;
    /**
     * The work's busy time x this factor, at the load its work implies (file key
     * `busyTimeFactor`, with `busyTimeFactorSource`): an optimization's measured effect on the
     * same work, such as the advisor's compiled or quantized copies, which keep the work
     * rather than replace it with hours. nullopt: 1.
     */
    std::optional<double> busyTimeFactor;
    QString busyTimeFactorSource; ///< where the factor comes from (file key `busyTimeFactorSource`)
    JsonExtras extras;

    /** Floating-point operations of the whole job. */
    double flops() const;
    /** Parameters a token passes through: activeParameters, else parameters. */
    double flopParameters() const { return activeParameters.value_or(parameters); }
    /**
     * Training: parameters a token passes through whose weight gradients are computed:
     * trainableParameters x flopParameters() / parameters (a mixture of experts' tokens touch
     * its trainable weights in the same share as all of them); all active ones by default.
     */
    double gradientParameters() const;
    /** Training: 12 x layers x hiddenSize x sequenceLength per token; 0 unless all are stated. */
    double attentionFlopsPerToken() const;
    /**
     * Training FLOPs per token: 2 x active (forward) + 2 x active (activation gradients)
     * + 2 x gradientParameters() (weight gradients) + attentionFlopsPerToken().
     */
    double trainingFlopsPerToken() const;
    /** Inference tokens decoded one step at a time per request (0 without outputTokensPerRequest).
     */
    double decodeTokensPerRequest() const;
    bool operator==(const WorkSpec &) const = default;
};

/** How often a recurring job runs (file key `recurrence.every`). */
enum class RecurrencePeriod { Day, Week, Month };

/**
 * A job that runs once per day, week or month over a number of months (file
 * key `recurrence`): a weekly 2 TB ETL for 12 months. The job's hours, work and
 * footprint are those of one run; the estimate counts runs() of them. A month
 * is 730 h (8760 h / 12, AWS's convention), so the count is the average over
 * the duration and need not be whole: weekly for 12 months is 8760 / 168 =
 * 52.14 runs, daily for 12 months 365.
 */
struct Recurrence
{
    RecurrencePeriod every = RecurrencePeriod::Week;
    double months = 0.0; ///< how long the job keeps recurring
    /** The number of runs over `months` (0 when months is 0). */
    double runs() const;
    bool operator==(const Recurrence &) const = default;
};

/** Hours between two runs of a job recurring every `period` (24, 168 or 730). */
double recurrencePeriodHours(RecurrencePeriod period);

/** Instances run for a number of wall-clock hours at an average utilization. */
struct ComputeSpec
{
    QString instance;
    int count = 1;
    double hours = 0.0; ///< wall-clock hours per instance (ignored when work is set)
    double utilization = 0.5; ///< average load 0..1
    std::optional<double> measuredPowerW; ///< measured average watts per instance
    Pricing pricing = Pricing::OnDemand;
    BoxedOptional<WorkSpec> work; ///< when set, hours follow from the work (boxed: rare, 208 bytes)
    std::optional<Recurrence> recurrence; ///< absent: the job runs once
    /** How many times the job runs: 1 without a recurrence. */
    double runs() const { return recurrence ? recurrence->runs() : 1.0; }
    bool operator==(const ComputeSpec &) const = default;
};

/** Data kept in one storage class for a number of months. */
struct StorageSpec
{
    StorageClass storageClass = StorageClass::S3Standard;
    double sizeGB = 0.0;
    double months = 0.0;
    bool operator==(const StorageSpec &) const = default;
};

/** A one-off movement of data from the stage's region to another region. */
struct TransferSpec
{
    double sizeGB = 0.0;
    QString toRegion;
    bool operator==(const TransferSpec &) const = default;
};

/**
 * Identical notebook instances, one per person: four scientists are one
 * component with count 4. Each is partly active and partly left running idle.
 */
struct NotebookSpec
{
    QString instance;
    double activeHoursPerWeek = 0.0;
    double idleHoursPerWeek = 0.0;
    double weeks = 0.0;
    double activeUtilization = 0.5; ///< load while active, 0..1
    int count = 1; ///< identical notebooks, each with the hours above (file: after `instance`)
    bool operator==(const NotebookSpec &) const = default;
};

/** A hyperparameter tuning job: trials x instances x hours per trial. */
struct TuningSpec
{
    QString instance;
    int count = 1; ///< instances per trial
    TuningStrategy strategy = TuningStrategy::Random;
    int trials = 1;
    double hoursPerTrial = 0.0; ///< ignored when work is set
    double utilization = 0.5;
    BoxedOptional<WorkSpec> work; ///< the work of one trial (boxed, as ComputeSpec::work)
    bool operator==(const TuningSpec &) const = default;
};

/** A model-serving endpoint. */
struct EndpointSpec
{
    EndpointMode mode = EndpointMode::RealTime;
    QString instance;
    int count = 1;
    double hoursProvisioned = 0.0;
    double utilization = 0.3;
    int modelsHosted = 1;
    /**
     * The inference work served over hoursProvisioned. Batch and serverless
     * endpoints then run only the busy hours it needs; real-time and async ones
     * stay provisioned and their utilization follows from it.
     */
    BoxedOptional<WorkSpec> work; ///< boxed, as ComputeSpec::work
    /**
     * The work served over hoursProvisioned, requests as a total: a monthly rate
     * (WorkSpec::requestsPerMonth) times hoursProvisioned / 730 h. Every figure is
     * computed from this, never from `work` directly.
     */
    std::optional<WorkSpec> servedWork() const;
    bool operator==(const EndpointSpec &) const = default;
};

/** Logs ingested every month and kept for a retention period. */
struct LogsSpec
{
    double gbPerMonth = 0.0;
    double retentionMonths = 0.0; ///< 0 means never expire
    double months = 0.0; ///< how long the workload produces logs
    bool operator==(const LogsSpec &) const = default;
};

using ComponentSpec = std::variant<ComputeSpec, StorageSpec, TransferSpec, NotebookSpec, TuningSpec,
                                   EndpointSpec, LogsSpec>;

struct Component
{
    QString name;
    ComponentSpec spec;
    JsonExtras extras;
    /**
     * File key `calibration`: the fields measured from actuals and their provenance.
     * Boxed: most components have none, and inline it more than doubled a Component.
     */
    BoxedOptional<Calibration> calibration = std::nullopt;
    /**
     * The keys the file left out and that took their documented default, as
     * FileDefault bits (domain/filedefaults.h): saving leaves them out again
     * and the estimate lists them under its assumptions.
     */
    std::uint16_t fileDefaults = 0;

    ComponentType type() const { return static_cast<ComponentType>(spec.index()); }
    /** The instance type this component runs on, or an empty string. */
    QString instance() const;
    bool operator==(const Component &) const = default;
};

/** The `work` of a compute, tuning or endpoint component; nullptr for types without work. */
inline const BoxedOptional<WorkSpec> *workOf(const Component &component)
{
    return std::visit(
        [](const auto &s) -> const BoxedOptional<WorkSpec> * {
            if constexpr (requires { s.work; })
                return &s.work;
            else
                return nullptr;
        },
        component.spec);
}

inline BoxedOptional<WorkSpec> *workOf(Component &component)
{
    return const_cast<BoxedOptional<WorkSpec> *>(workOf(std::as_const(component)));
}

/** A stage's components; copies of a plan share them until one side changes them. */
using ComponentList = SharedVector<Component>;

struct Stage
{
    StageKind kind = StageKind::DataProcessing;
    QString name;
    QString region; ///< empty: the project's region
    ComponentList components;
    JsonExtras extras;
    bool operator==(const Stage &) const = default;
};

/** A custom instance type carried inside the project file. */
struct CatalogInstance
{
    QString id;
    QString name;
    int vcpus = 0;
    double memoryGiB = 0.0;
    QString accelerator;
    int acceleratorCount = 0;
    double idlePowerW = 0.0;
    double maxPowerW = 0.0;
    std::optional<double> priceUsdPerHour;
    std::optional<double> embodiedCo2eKg;
    /** File key `overridesReference`: replacing a reference instance of the same id is meant. */
    bool overridesReference = false;
    JsonExtras extras;
    bool operator==(const CatalogInstance &) const = default;
};

/** A custom region (or an on-premises site) carried inside the project file. */
struct CatalogRegion
{
    QString id;
    QString name;
    double gridGCo2ePerKWh = 0.0;
    std::optional<double> pue;
    /** File key `overridesReference`: replacing a reference region of the same id is meant. */
    bool overridesReference = false;
    JsonExtras extras;
    bool operator==(const CatalogRegion &) const = default;
};

struct ProjectSettings
{
    Methodology methodology = Methodology::Greenprint;
    bool includeEmbodied = true;
    std::optional<double> pue; ///< overrides every region's PUE
    std::optional<double> spotDiscountFraction; ///< overrides the reference spot discount
    GridDatasetChoice gridDataset = GridDatasetChoice::Recommended;
    /// Embodied amortisation in years: AWS amortises IT hardware over 6 (coefficients.csv
    /// embodied.it_hardware_lifetime_years); the ccf profile keeps CCF's own 4.
    double serverLifetimeYears = 6.0;
    int marketBasedYear = 2023; ///< year of AWS's renewable-matching list
    JsonExtras extras;
    bool operator==(const ProjectSettings &) const = default;
};

/** The totals of the estimate at the time the file was saved, and the method that made them. */
struct SavedEstimate : Totals
{
    Methodology methodology = Methodology::Greenprint;
    bool operator==(const SavedEstimate &) const = default;
};

/**
 * File key `provenance` (format 2): the reference-data version and the totals
 * of the estimate saved with the file, so that opening it where the data
 * differ can show both sets of numbers (see estimateProject()).
 */
struct Provenance
{
    std::optional<QString> referenceDataVersion; ///< nullopt: unknown (files from format 1)
    std::optional<SavedEstimate> savedEstimate;
    JsonExtras extras;
    bool operator==(const Provenance &) const = default;
};

struct Project
{
    QString name;
    QString region = QStringLiteral("us-east-1");
    QString appVersion; ///< the Greenprint version that last wrote the file
    ProjectSettings settings;
    std::vector<CatalogInstance> catalogInstances;
    std::vector<CatalogRegion> catalogRegions;
    JsonExtras catalogExtras;
    std::array<Stage, kStageCount> stages;
    Constraints constraints; ///< file key `constraints` (optional)
    std::vector<Scenario> scenarios; ///< file key `scenarios` (optional), names unique
    Provenance provenance; ///< file key `provenance` (format 2)
    JsonExtras extras;

    Project();
    Stage &stage(StageKind kind) { return stages[static_cast<int>(kind)]; }
    const Stage &stage(StageKind kind) const { return stages[static_cast<int>(kind)]; }
    /** The region a stage runs in: its override, else the project's. */
    QString effectiveRegion(const Stage &stage) const;
    int componentCount() const;
    /** The scenario called `name`, or nullptr. */
    const Scenario *scenario(const QString &scenarioName) const;
    bool operator==(const Project &) const = default;
};

} // namespace greenprint
