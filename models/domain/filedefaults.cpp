// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedefaults.h"

namespace greenprint {

const char *fileDefaultKey(FileDefault key)
{
    switch (key) {
    case FileDefault::Count:
        return "count";
    case FileDefault::Pricing:
        return "pricing";
    case FileDefault::Utilization:
        return "utilization";
    case FileDefault::ActiveUtilization:
        return "activeUtilization";
    case FileDefault::Mode:
        return "mode";
    case FileDefault::ModelsHosted:
        return "modelsHosted";
    case FileDefault::StorageClass:
        return "storageClass";
    case FileDefault::RetentionMonths:
        return "retentionMonths";
    }
    return "";
}

const std::array<FileDefault, kFileDefaultCount> &allFileDefaults()
{
    static constexpr std::array<FileDefault, kFileDefaultCount> kAll = {
        FileDefault::Count,        FileDefault::Pricing,
        FileDefault::Utilization,  FileDefault::ActiveUtilization,
        FileDefault::Mode,         FileDefault::ModelsHosted,
        FileDefault::StorageClass, FileDefault::RetentionMonths};
    return kAll;
}

namespace {

/** Whether the spec holds the default value of `key` (false: the key does not apply to it). */
struct HoldsDefault
{
    FileDefault key;

    bool operator()(const ComputeSpec &s) const
    {
        switch (key) {
        case FileDefault::Count:
            return s.count == FileDefaults::kCount;
        case FileDefault::Pricing:
            return s.pricing == FileDefaults::kPricing;
        case FileDefault::Utilization:
            return s.utilization == FileDefaults::kUtilization;
        default:
            return false;
        }
    }
    bool operator()(const TuningSpec &s) const
    {
        switch (key) {
        case FileDefault::Count:
            return s.count == FileDefaults::kCount;
        case FileDefault::Utilization:
            return s.utilization == FileDefaults::kUtilization;
        default:
            return false;
        }
    }
    bool operator()(const EndpointSpec &s) const
    {
        switch (key) {
        case FileDefault::Count:
            return s.count == FileDefaults::kCount;
        case FileDefault::Utilization:
            return s.utilization == FileDefaults::kUtilization;
        case FileDefault::Mode:
            return s.mode == FileDefaults::kEndpointMode;
        case FileDefault::ModelsHosted:
            return s.modelsHosted == FileDefaults::kModelsHosted;
        default:
            return false;
        }
    }
    bool operator()(const NotebookSpec &s) const
    {
        switch (key) {
        case FileDefault::Count:
            return s.count == FileDefaults::kCount;
        case FileDefault::ActiveUtilization:
            return s.activeUtilization == FileDefaults::kUtilization;
        default:
            return false;
        }
    }
    bool operator()(const StorageSpec &s) const
    {
        return key == FileDefault::StorageClass && s.storageClass == FileDefaults::kStorageClass;
    }
    bool operator()(const LogsSpec &s) const
    {
        return key == FileDefault::RetentionMonths
            && s.retentionMonths == FileDefaults::kRetentionMonths;
    }
    bool operator()(const TransferSpec &) const { return false; }
};

/** Whether the estimate reads `key` of the spec: a job sized by its work ignores utilization. */
struct UsesValue
{
    FileDefault key;

    template<typename Spec>
    bool operator()(const Spec &s) const
    {
        if constexpr (requires { s.work; }) {
            if (key == FileDefault::Utilization)
                return !s.work.has_value();
        }
        return true;
    }
};

} // namespace

bool holdsFileDefault(const Component &component, FileDefault key)
{
    return (component.fileDefaults & static_cast<std::uint16_t>(key)) != 0
        && std::visit(HoldsDefault{key}, component.spec);
}

bool holdsUsedFileDefault(const Component &component, FileDefault key)
{
    return holdsFileDefault(component, key) && std::visit(UsesValue{key}, component.spec);
}

} // namespace greenprint
