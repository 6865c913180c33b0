// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

namespace greenprint::actuals {

ImportResult importFile(SourceKind kind, const QString &path, const ImportProgress &progress)
{
    switch (kind) {
    case SourceKind::Cur:
        return importCur(path, progress);
    case SourceKind::CarbonExport:
        return importCarbonExport(path, progress);
    case SourceKind::CodeCarbon:
        return importCodeCarbon(path, progress);
    case SourceKind::NvidiaSmi:
        return importNvidiaSmi(path, progress);
    case SourceKind::NeuronMonitor:
        return importNeuronMonitor(path, progress);
    case SourceKind::CloudWatch:
        return importCloudWatch(path, progress);
    }
    return {};
}

} // namespace greenprint::actuals
