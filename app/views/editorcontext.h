// SPDX-License-Identifier: GPL-3.0-or-later
// What the editors need: the document to push commands on, the catalogs to pick from and the
// live estimate to show derived figures from.
#pragma once

namespace greenprint {

class InstanceTableModel;
class LiveEstimate;
class ProjectDocument;
class RegionTableModel;

/** Not owned; everything outlives the editors (MainWindow owns it all). */
struct EditorContext
{
    ProjectDocument *document = nullptr;
    InstanceTableModel *instances = nullptr;
    RegionTableModel *regions = nullptr;
    LiveEstimate *estimate = nullptr; ///< for derived figures shown beside the fields
};

} // namespace greenprint
