// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleregistry.h"

#include "rules/regionmoverule.h"
#include "rules/publicdatasetrule.h"
#include "rules/featurestorerule.h"
#include "rules/serverlesspipelinerule.h"
#include "rules/archivestoragerule.h"
#include "rules/onezoneiarule.h"
#include "rules/storagelifecyclerule.h"
#include "rules/gravitonrule.h"
#include "rules/accuracytargetrule.h"
#include "rules/pretrainedmodelrule.h"
#include "rules/distilledmodelrule.h"
#include "rules/trainingcompilerrule.h"
#include "rules/idlenotebookrule.h"
#include "rules/mixedprecisionrule.h"
#include "rules/trainiumrule.h"
#include "rules/gpugenerationrule.h"
#include "rules/rightsizerule.h"
#include "rules/stopfailingrunsrule.h"
#include "rules/bayesiantuningrule.h"
#include "rules/spotrule.h"
#include "rules/logretentionrule.h"
#include "rules/inferentiarule.h"
#include "rules/asyncendpointrule.h"
#include "rules/serverlessendpointrule.h"
#include "rules/batchtransformrule.h"
#include "rules/multimodelendpointrule.h"
#include "rules/autoscalingrule.h"
#include "rules/neocompilerule.h"
#include "rules/quantizerule.h"
#include "rules/edgedeploymentrule.h"

namespace greenprint {

std::vector<std::unique_ptr<Rule>> makeAllRules()
{
    std::vector<std::unique_ptr<Rule>> rules;
    rules.push_back(std::make_unique<RegionMoveRule>());
    rules.push_back(std::make_unique<PublicDatasetRule>());
    rules.push_back(std::make_unique<FeatureStoreRule>());
    rules.push_back(std::make_unique<ServerlessPipelineRule>());
    rules.push_back(std::make_unique<ArchiveStorageRule>());
    rules.push_back(std::make_unique<OneZoneIaRule>());
    rules.push_back(std::make_unique<StorageLifecycleRule>());
    rules.push_back(std::make_unique<GravitonRule>());
    rules.push_back(std::make_unique<AccuracyTargetRule>());
    rules.push_back(std::make_unique<PretrainedModelRule>());
    rules.push_back(std::make_unique<DistilledModelRule>());
    rules.push_back(std::make_unique<TrainingCompilerRule>());
    rules.push_back(std::make_unique<IdleNotebookRule>());
    rules.push_back(std::make_unique<MixedPrecisionRule>());
    rules.push_back(std::make_unique<TrainiumRule>());
    rules.push_back(std::make_unique<GpuGenerationRule>());
    rules.push_back(std::make_unique<RightSizeRule>());
    rules.push_back(std::make_unique<StopFailingRunsRule>());
    rules.push_back(std::make_unique<BayesianTuningRule>());
    rules.push_back(std::make_unique<SpotRule>());
    rules.push_back(std::make_unique<LogRetentionRule>());
    rules.push_back(std::make_unique<InferentiaRule>());
    rules.push_back(std::make_unique<AsyncEndpointRule>());
    rules.push_back(std::make_unique<ServerlessEndpointRule>());
    rules.push_back(std::make_unique<BatchTransformRule>());
    rules.push_back(std::make_unique<MultiModelEndpointRule>());
    rules.push_back(std::make_unique<AutoscalingRule>());
    rules.push_back(std::make_unique<NeoCompileRule>());
    rules.push_back(std::make_unique<QuantizeRule>());
    rules.push_back(std::make_unique<EdgeDeploymentRule>());
    return rules;
}

} // namespace greenprint
