// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor's suggestions as a table, with an "apply in the current scenario" checkbox.
#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace greenprint {

class LiveAdvisor;
struct Suggestion;

/**
 * One row per suggestion of the LiveAdvisor, ranked by kgCO2e saved. The
 * Apply column is checked when the current scenario applies the suggestion;
 * checking or unchecking it pushes an undoable command. Informational
 * suggestions (nothing counted on this plan) have no checkbox and no figures;
 * negligible ones (< 0.5 % of the plan's kgCO2e) say so in their title.
 * Tooltips hold the description and the side effects.
 */
class SuggestionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Apply,
        Stage,
        Title,
        Co2eSaved,
        EnergySaved,
        CostSaved,
        HoursSaved,
        Confidence,
        Source,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString: the suggestion id
        ValueRole, ///< double: the saving of a figure column (base unit)
        NegligibleRole, ///< bool
        InformationalRole, ///< bool
    };

    explicit SuggestionListModel(LiveAdvisor *advisor, QObject *parent = nullptr);
    ~SuggestionListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** The row of suggestion `id`, or -1. */
    int rowOf(const QString &id) const;

private:
    void refresh();
    bool isApplied(const Suggestion &suggestion) const;
    QVariant figure(const Suggestion &s, int column, int role) const;

    LiveAdvisor *m_advisor;
    std::vector<Suggestion> m_rows;
};

} // namespace greenprint
