// SPDX-License-Identifier: GPL-3.0-or-later
// Reference tables behind the estimation method: accelerators, CPU power and throughput,
// achieved utilization, grid-intensity datasets and the measured accelerator load curve.
#pragma once

#include "project.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace greenprint {

/** Datasheet figures of one accelerator model (data/reference/accelerators.csv). */
struct AcceleratorSpec
{
    QString name; ///< as in instances.csv `accelerator`
    QString vendor;
    std::optional<double> tdpW; ///< empty for AWS Neuron chips (not published)
    std::optional<double> memoryGB;
    std::optional<double> memoryBandwidthGBps; ///< device memory bandwidth, GB/s
    /** Dense peak throughput per precision, TFLOPS (TOPS for int8); empty if unpublished. */
    std::optional<double> peakTflops[kPrecisionCount];
    bool assumption = false;
    /** Why the peaks are what they are, e.g. "FPGA: no fixed FLOPS peak" (sparsity_note). */
    QString peakNote;
    QString notes;
    QString source;

    /** Peak at `precision`, else the nearest published 16-bit figure, else fp32. */
    std::optional<double> peak(Precision precision) const;
    bool operator==(const AcceleratorSpec &) const = default;
};

/**
 * kgCO2e to make one accelerator with its memory and board (accelerator_embodied.csv,
 * Boavizta's GPU component model; data/generate-embodied.py).
 */
struct AcceleratorEmbodied
{
    QString accelerator; ///< as in accelerators.csv
    double dieAreaMm2 = 0.0; ///< per die
    int dies = 1;
    double memoryGB = 0.0;
    double embodiedKg = 0.0; ///< die + memory + board, transport and end of life
    bool assumption = false; ///< die area (or memory packaging) not published
    QString notes; ///< the assumption and why, where `assumption`
    QString source;
    bool operator==(const AcceleratorEmbodied &) const = default;
};

/** kgCO2e of the host server of an accelerated family, accelerators excluded
 * (platform_embodied.csv). */
struct PlatformEmbodied
{
    QString family;
    int familyMaxVcpus = 0; ///< the host's vCPUs: an instance's share is its vCPUs / these
    double hostKg = 0.0;
    QString basis;
    bool assumption = false;
    QString notes;
    QString source;
    bool operator==(const PlatformEmbodied &) const = default;
};

/** Min/max watts per vCPU of one CPU microarchitecture, in one coefficient set. */
struct CpuPowerCoefficient
{
    QString microarchitecture;
    QString coefficientSet; ///< "ccf_coefficients_2026" or "ccf_app_constants"
    double minW = 0.0;
    double maxW = 0.0;
    std::optional<double> gbPerChip;
    QString source;
    bool operator==(const CpuPowerCoefficient &) const = default;
};

/** Idle/max watts of one GPU model in CCF's methodology (Appendix III). */
struct GpuPowerCoefficient
{
    QString model;
    double minW = 0.0;
    double maxW = 0.0;
    QString source;
    bool operator==(const GpuPowerCoefficient &) const = default;
};

/** Relative throughput per vCPU of a CPU generation, chained to a baseline. */
struct CpuThroughput
{
    QString microarchitecture;
    std::optional<double> relativePerVcpu;
    QString baseline;
    bool assumption = false;
    QString notes;
    QString source;
    bool operator==(const CpuThroughput &) const = default;
};

enum class WorkTask { Training, Inference };

/** Achieved fraction of peak (model FLOPs utilization) for a class of accelerator and task. */
struct AchievedUtilization
{
    QString acceleratorClass; ///< nvidia_gpu, trainium, inferentia, cpu
    WorkTask task = WorkTask::Training;
    std::optional<double> low;
    std::optional<double> central;
    std::optional<double> high;
    bool assumption = false;
    QString notes;
    QString source;
    bool operator==(const AchievedUtilization &) const = default;
};

/**
 * Achieved fraction of peak for one accelerator generation, fitted on published runs
 * (data/reference/achieved_utilization_fit.csv, written by data/fit_achieved_utilization.py):
 * central = mfuAt1BParameters x (parameters / 1e9)^sizeExponent, clamped to [floor, ceiling];
 * the P10-P90 interval multiplies it by exp(residualP10) and exp(residualP90).
 */
struct AchievedUtilizationFit
{
    QString generation; ///< volta, ampere, hopper, trainium1
    WorkTask task = WorkTask::Training;
    QStringList accelerators; ///< accelerators.csv names this generation covers
    double mfuAt1BParameters = 0.0;
    double sizeExponent = 0.0;
    double floor = 0.0;
    double ceiling = 1.0;
    double residualP10 = 0.0; ///< log residuals of the leave-one-family-out fit
    double residualP90 = 0.0;
    int runs = 0;
    QStringList families; ///< the model families of the runs it was fitted on
    QString notes;
    QString source;

    /** Central achieved fraction of peak for a model of `parameters` (active) parameters. */
    double central(double parameters) const;
    bool operator==(const AchievedUtilizationFit &) const = default;
};

/**
 * A published achieved rate of an accelerator that has no FLOPS peak
 * (data/reference/achieved_throughput.csv): one run's samples per second on `devices`
 * accelerators. The sustained rate is derived in Greenprint's own FLOP convention
 * (6 N D for training, 2 N D for inference, as WorkSpec::flops counts work), so a job
 * like the published one reproduces its published duration. It is already an achieved
 * rate: no achieved fraction of peak applies on top of it.
 */
struct AchievedThroughput
{
    QString accelerator; ///< accelerators.csv name
    WorkTask task = WorkTask::Training;
    Precision precision = Precision::Bf16;
    double parameters = 0.0; ///< of the published run's model
    double tokensPerSample = 0.0;
    double samplesPerSecond = 0.0; ///< of all `devices` together
    int devices = 1;
    QString instance; ///< the instance type the run used
    bool assumption = false;
    QString notes;
    QString source;

    /** Sustained TFLOPS per accelerator in the 6 N D (training) or 2 N D convention. */
    double tflopsPerDevice() const;
    bool operator==(const AchievedThroughput &) const = default;
};

/** A grid-intensity dataset a project can choose. */
struct GridDataset
{
    QString id; ///< electricity-maps-2023, ccf, owid-ember
    QString name;
    QString year;
    QString basis;
    QString licence;
    QString source;
    bool operator==(const GridDataset &) const = default;
};

/** One point of a measured accelerator power curve, as a fraction of TDP. */
struct LoadCurvePoint
{
    double duty = 0.0; ///< fraction of time busy, 0..1
    double tdpFraction = 0.0; ///< whole-board watts / TDP
    bool operator==(const LoadCurvePoint &) const = default;
};

/**
 * An EC2 instance type as Cloud Carbon Footprint's AWS package lists it
 * (data/reference/ccf_instance_types.csv, generated from the package).
 */
struct CcfInstanceType
{
    QString id; ///< "m5.xlarge"
    int vcpus = 0;
    double memoryGiB = 0.0;
    std::optional<double> embodiedKg; ///< CCF's scope-3 figure of the whole server
    int familyLastVcpus = 0; ///< the family's last-listed size, CCF's "largest"
    double familyLastMemoryGiB = 0.0;
    QStringList cpuProcessors; ///< empty: CCF maps none ("Unknown")
    int gpuCount = 0;
    QStringList gpuProcessors;
    std::optional<double> burstableBaselinePct;
    bool operator==(const CcfInstanceType &) const = default;
};

/** One processor name of CCF's enum with the watts and memory CCF's AWS tables give it. */
struct CcfProcessor
{
    QString name;
    std::optional<double> minW; ///< per vCPU (per GPU for GPUs)
    std::optional<double> maxW;
    std::optional<double> memoryGbPerChip;
    bool operator==(const CcfProcessor &) const = default;
};

/** One numeric constant of a peer method (ccf_method.csv, green_algorithms.csv). */
struct PeerConstant
{
    QString kind; ///< green_algorithms kind; "ccf" for CCF rows
    QString key;
    double value = 0.0;
    QString source;
    QString unit; ///< as the table states it ("ratio", "percent"); empty where it states none
    bool operator==(const PeerConstant &) const = default;
};

struct MethodData
{
    std::vector<AcceleratorSpec> accelerators;
    std::vector<AcceleratorEmbodied> acceleratorEmbodied;
    std::vector<PlatformEmbodied> platformEmbodied;
    std::vector<CpuPowerCoefficient> cpuPower;
    std::vector<GpuPowerCoefficient> gpuPower;
    std::vector<CpuThroughput> cpuThroughput;
    std::vector<AchievedUtilization> achievedUtilization;
    std::vector<AchievedUtilizationFit> achievedUtilizationFits;
    std::vector<AchievedThroughput> achievedThroughputs;
    std::vector<GridDataset> gridDatasets;
    std::vector<LoadCurvePoint> acceleratorLoadCurve; ///< ascending by duty
    QString acceleratorLoadCurveSource;
    std::vector<CcfInstanceType> ccfInstanceTypes;
    std::vector<CcfProcessor> ccfProcessors;
    /** CCF's scalar constants and, as "emissions_factor.<region>", its grid factors (t/kWh). */
    std::vector<PeerConstant> ccfConstants;
    QString ccfAwsVersion; ///< npm @cloud-carbon-footprint/aws version the CCF tables come from
    QString ccfCoreVersion; ///< npm @cloud-carbon-footprint/core version they were run on
    std::vector<PeerConstant> greenAlgorithms;
    QString greenAlgorithmsRelease; ///< the tool's data version, e.g. "v3.0"
    QString greenAlgorithmsCommit; ///< green-algorithms-tool commit the data were copied at

    const AcceleratorSpec *accelerator(const QString &name) const;
    const AcceleratorEmbodied *embodiedAccelerator(const QString &name) const;
    const PlatformEmbodied *embodiedPlatform(const QString &family) const;
    const CpuPowerCoefficient *cpu(const QString &microarchitecture, const QString &set) const;
    const GpuPowerCoefficient *gpu(const QString &model) const;
    const AchievedUtilization *utilization(const QString &acceleratorClass, WorkTask task) const;
    /** The fitted model covering `accelerator` (an accelerators.csv name), or nullptr. */
    const AchievedUtilizationFit *utilizationFit(const QString &accelerator, WorkTask task) const;
    /** The published achieved rate of `accelerator` for `task`, or nullptr. */
    const AchievedThroughput *achievedThroughput(const QString &accelerator, WorkTask task) const;
    /** Relative perf per vCPU vs the index root, following the baseline chain; nullopt if unknown.
     */
    std::optional<double> cpuRelativePerVcpu(const QString &microarchitecture) const;
    /** A CCF constant by key (e.g. "pue.aws", "emissions_factor.us-east-1"). */
    std::optional<double> ccf(const QString &key) const;
    /** A Green Algorithms value by kind and key (e.g. "constant", "memory_w_per_gb"). */
    std::optional<double> greenAlgorithmsValue(const QString &kind, const QString &key) const;
    /** An instance type of CCF's list, or nullptr. */
    const CcfInstanceType *ccfInstanceType(const QString &id) const;
    const CcfProcessor *ccfProcessor(const QString &name) const;
    bool operator==(const MethodData &) const = default;
};

} // namespace greenprint
