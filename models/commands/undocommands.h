// SPDX-License-Identifier: GPL-3.0-or-later
// Undo commands: merge ids and the translation context of undo texts.
#pragma once

/*
 * Undo commands
 * =============
 * Every edit of a ProjectDocument is a QUndoCommand pushed on the document's
 * undo stack; views build commands and never write to the Project directly.
 *
 * Field edits use one template, ChangeValue<Traits> (changevalue.h): a traits
 * struct per field says how to read and write the value, which UndoId it
 * merges under and its undo text (componentfields.h, projectfields.h,
 * scenariofields.h; scenario toggles and overrides are ChangeValue too).
 * Consecutive edits of the same field of the same target merge into one undo
 * step (spin-box scrubbing, typing); an edit, or a merged run of edits, whose
 * net change is zero marks itself obsolete and QUndoStack drops it.
 *
 * Ownership: the document owns live components and catalog entries. A remove
 * command takes the removed item out of the document and holds it in a
 * std::unique_ptr until it is undone (the item goes back to the document) or
 * the command is destroyed (the item dies with it). An add command holds its
 * item while undone, in the same way.
 *
 * Structural commands address components by position (stage, row). That is
 * safe because the stack replays history in order: when a command runs, the
 * document is in exactly the state it was in when the command was created.
 */

#include <QCoreApplication>

namespace greenprint {

/** Merge ids of every mergeable command; one enum so that no two fields share an id. */
enum class UndoId {
    None = -1,
    ComponentName = 1,
    ComponentInstance,
    ComponentCount,
    ComputeHours,
    ComputeUtilization,
    ComputeMeasuredPower,
    ComputePricing,
    ComputeRecurrence,
    ComputeRecurrenceMonths,
    WorkRequestsPerMonth,
    StorageClassId,
    StorageSize,
    StorageMonths,
    TransferSize,
    TransferRegion,
    NotebookActiveHours,
    NotebookIdleHours,
    NotebookWeeks,
    NotebookUtilization,
    TuningStrategyId,
    TuningTrials,
    TuningHoursPerTrial,
    TuningUtilization,
    EndpointModeId,
    EndpointHours,
    EndpointUtilization,
    EndpointModels,
    LogsGbPerMonth,
    LogsRetention,
    LogsMonths,
    ComponentWork,
    ProjectName,
    ProjectRegion,
    StageRegion,
    SettingsMethodology,
    SettingsIncludeEmbodied,
    SettingsPue,
    SettingsSpotDiscount,
    SettingsGridDataset,
    SettingsServerLifetime,
    SettingsMarketBasedYear,
    ConstraintsAllowedRegions,
    ConstraintsAccuracyFloor,
    ConstraintsLatencyCeiling,
    ConstraintsEdgeDevices,
    ConstraintsUsersRegion,
    WorkParameters,
    WorkTokens,
    WorkEpochs,
    WorkRequests,
    WorkTokensPerRequest,
    WorkPrecision,
    WorkActiveParameters,
    WorkOutputTokensPerRequest,
    WorkBatchSize,
    WorkTrainableParameters,
    WorkSequenceLength,
    WorkLayers,
    WorkHiddenSize,
    WorkBusyTimeFactor,
    WorkAcceleratorLoad,
    ScenarioName,
    ScenarioOverride,
};

/** Translates an undo text in the fixed "Undo Commands" context, so each
 * undo text is translated once whichever command uses it. */
inline QString undoText(const char *text)
{
    return QCoreApplication::translate("Undo Commands", text);
}

} // namespace greenprint
