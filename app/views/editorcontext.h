// SPDX-License-Identifier: GPL-3.0-or-later
// What the editors need: the document to push commands on and the catalogs to pick from.
#pragma once

namespace greenprint {

class InstanceTableModel;
class ProjectDocument;
class RegionTableModel;

/** Not owned; everything outlives the editors (MainWindow owns it all). */
struct EditorContext
{
    ProjectDocument *document = nullptr;
    InstanceTableModel *instances = nullptr;
    RegionTableModel *regions = nullptr;
};

} // namespace greenprint
