// SPDX-License-Identifier: GPL-3.0-or-later
// Every rule the advisor runs, one line each, grouped by the stage of the guidance they come
// from (data processing, model building, training, inference). Included with GREENPRINT_RULE
// defined (ruleregistry.h declares each make<Name>() factory, ruleregistry.cpp calls them), so a
// new rule is its .cpp plus one line here. No include guard: it is meant to be included more
// than once.
// clang-format off
GREENPRINT_RULE(RegionMoveRule)
GREENPRINT_RULE(PublicDatasetRule)
GREENPRINT_RULE(FeatureStoreRule)
GREENPRINT_RULE(ServerlessPipelineRule)
GREENPRINT_RULE(ArchiveStorageRule)
GREENPRINT_RULE(OneZoneIaRule)
GREENPRINT_RULE(StorageLifecycleRule)
GREENPRINT_RULE(GravitonRule)
GREENPRINT_RULE(AccuracyTargetRule)
GREENPRINT_RULE(PretrainedModelRule)
GREENPRINT_RULE(DistilledModelRule)
GREENPRINT_RULE(TrainingCompilerRule)
GREENPRINT_RULE(IdleNotebookRule)
GREENPRINT_RULE(MixedPrecisionRule)
GREENPRINT_RULE(TrainiumRule)
GREENPRINT_RULE(GpuGenerationRule)
GREENPRINT_RULE(RightSizeRule)
GREENPRINT_RULE(StopFailingRunsRule)
GREENPRINT_RULE(BayesianTuningRule)
GREENPRINT_RULE(SpotRule)
GREENPRINT_RULE(LogRetentionRule)
GREENPRINT_RULE(InferentiaRule)
GREENPRINT_RULE(AsyncEndpointRule)
GREENPRINT_RULE(ServerlessEndpointRule)
GREENPRINT_RULE(BatchTransformRule)
GREENPRINT_RULE(MultiModelEndpointRule)
GREENPRINT_RULE(AutoscalingRule)
GREENPRINT_RULE(NeoCompileRule)
GREENPRINT_RULE(QuantizeRule)
GREENPRINT_RULE(EdgeDeploymentRule)
// clang-format on
