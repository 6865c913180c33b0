// SPDX-License-Identifier: GPL-3.0-or-later
// The four stages as top-level rows with their components as children, plus their estimate.
#pragma once

/*
 * Item models
 * ===========
 * The models in this folder present a ProjectDocument (and its LiveEstimate)
 * to Qt views. They never talk to each other: each subscribes to
 * ProjectDocument::changed() and LiveEstimate::updated() and turns those into
 * rows* / dataChanged / model resets. Edits made through setData() become
 * undo commands pushed on the document's stack. They link QtCore/QtGui only.
 *
 * Display text is locale-formatted without unit symbols; the unit is in the
 * header (e.g. "Energy (kWh)"). ValueRole returns the raw number for sorting
 * and charts.
 */

#include "document/changeevent.h"

#include <QAbstractItemModel>

#include <array>
#include <vector>

namespace greenprint {

class LiveEstimate;
class ProjectDocument;

class StageTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Instance, Region, Hours, Energy, Carbon, Cost, ColumnCount };
    enum Role {
        ValueRole = Qt::UserRole + 1, ///< raw double of numeric columns
        StageRole, ///< stage index (0..3) of the row
        ComponentRole, ///< row within the stage; -1 on stage rows
        IsStageRole,
    };

    StageTreeModel(ProjectDocument *document, LiveEstimate *estimate, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QModelIndex stageIndex(int stage, int column = 0) const;
    QModelIndex componentIndex(ComponentRef ref, int column = 0) const;
    /** The component an index points to; invalid for stage rows and invalid indexes. */
    ComponentRef componentRef(const QModelIndex &index) const;
    /** The stage of a stage or component index; -1 for an invalid index. */
    int stageOf(const QModelIndex &index) const;

private:
    void documentAboutToChange(const ChangeEvent &event);
    void documentChanged(const ChangeEvent &event);
    void estimateUpdated();
    /** Greys the figures (or takes them back) when an estimate starts or ends pending. */
    void estimatingChanged();
    static bool isFigureColumn(int column);
    void recount();
    QVariant componentData(ComponentRef ref, int column, int role) const;
    QVariant stageData(int stage, int column, int role) const;

    /** The estimate columns of one component row as last announced (see estimateUpdated()). */
    struct ShownEstimate
    {
        bool present = false;
        QString region;
        double hours = 0.0;
        double energyKWh = 0.0;
        double co2eKg = 0.0;
        double costUsd = 0.0;
        bool operator==(const ShownEstimate &) const = default;
    };
    ShownEstimate shownEstimate(int stage, int row) const;

    ProjectDocument *m_document;
    LiveEstimate *m_estimate;
    std::array<int, 4> m_rowCounts{};
    std::array<std::vector<ShownEstimate>, 4> m_shown;
};

} // namespace greenprint
