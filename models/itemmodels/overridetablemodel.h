// SPDX-License-Identifier: GPL-3.0-or-later
// The current scenario's field overrides (field: baseline -> scenario value), with their problems.
#pragma once

#include "domain/project.h"
#include "domain/scenario.h"

#include <QAbstractTableModel>

#include <functional>
#include <optional>
#include <vector>

namespace greenprint {

class LiveAdvisor;
struct ScenarioEvaluation;

/** An override in words: which field, its value in the plan and in the scenario. */
struct OverrideText
{
    QString field; ///< "Training › Fine-tune 8B · Instance type"
    QString baseline; ///< the plan's value ("p4d.24xlarge"), or a word for none
    QString value; ///< the scenario's value ("p5.48xlarge")
    bool known = false; ///< false: the path is not a field of the editors, shown as it is
};

/**
 * Puts an override in words (the app describes fields as its forms label them).
 * `baselineJson` is the plan's value at the path, nullopt when it has none.
 */
using OverrideDescriber = std::function<OverrideText(
    const Project &plan, const ScenarioOverride &o, const std::optional<QByteArray> &baselineJson)>;

/**
 * One row per override of the LiveAdvisor's current scenario, in order,
 * never dropped (a path no editor knows, or one the plan no longer has, shows
 * as it is with its problem). EditRole is the path and the compact JSON
 * value; edits push undoable commands. Display is the describer's words:
 * "component · field" and "baseline → scenario". The Problem column shows
 * what ScenarioApplier said about the path, and what the scenario's estimate
 * could not count in the component the override edits (not estimated, cost
 * unknown); empty when it applied cleanly.
 */
class OverrideTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Path, Value, Problem, ColumnCount };
    enum Role {
        HasProblemRole = Qt::UserRole + 1, ///< bool
        KnownFieldRole, ///< bool: the describer knows the field
    };

    explicit OverrideTableModel(LiveAdvisor *advisor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** Sets how rows are put in words (without one: the path and the JSON) and refreshes. */
    void setDescriber(OverrideDescriber describer);

    /** The override path of `row`. */
    QString pathAt(int row) const;
    /** The override value (compact JSON) of `row`. */
    QByteArray valueAt(int row) const;
    /** The words of `row`. */
    OverrideText textAt(int row) const;
    /** The problem ScenarioApplier reported for `row`, or empty. */
    QString problemAt(int row) const;

private:
    void refresh();
    static QStringList estimateProblems(const ScenarioEvaluation &evaluation, const QString &path);

    LiveAdvisor *m_advisor;
    OverrideDescriber m_describer;
    std::vector<ScenarioOverride> m_rows;
    std::vector<OverrideText> m_texts;
    QStringList m_problems;
};

} // namespace greenprint
