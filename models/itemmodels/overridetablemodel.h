// SPDX-License-Identifier: GPL-3.0-or-later
// The current scenario's field overrides (path = JSON value), with their problems.
#pragma once

#include "domain/scenario.h"

#include <QAbstractTableModel>

#include <vector>

namespace greenprint {

class LiveAdvisor;
struct ScenarioEvaluation;

/**
 * One row per override of the LiveAdvisor's current scenario, in order. Path
 * and value (compact JSON) are editable; edits push undoable commands. The
 * Problem column shows what ScenarioApplier said about the path, and what
 * the scenario's estimate could not count in the component the override
 * edits (not estimated, cost unknown); empty when it applied cleanly.
 */
class OverrideTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Path, Value, Problem, ColumnCount };
    enum Role {
        HasProblemRole = Qt::UserRole + 1, ///< bool
    };

    explicit OverrideTableModel(LiveAdvisor *advisor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** The override path of `row`. */
    QString pathAt(int row) const;
    /** The problem ScenarioApplier reported for `row`, or empty. */
    QString problemAt(int row) const;

private:
    void refresh();
    static QStringList estimateProblems(const ScenarioEvaluation &evaluation, const QString &path);

    LiveAdvisor *m_advisor;
    std::vector<ScenarioOverride> m_rows;
    QStringList m_problems;
};

} // namespace greenprint
