// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor's suggestions as a table, with an "apply in the current scenario" checkbox.
#pragma once

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace greenprint {

class LiveAdvisor;
struct Suggestion;
struct SuggestionGroup;

/**
 * One row per group of the LiveAdvisor (SuggestionGrouping): the Ranked ones
 * by kgCO2e saved, then those that need an answer, then the smaller savings,
 * each marked in its title. A group of the same practice on several
 * components is one row with its count; its figures are all of it on one
 * copy. The Apply column is checked when the current scenario applies every
 * suggestion of the row (partly when some); checking or unchecking it pushes
 * one undoable command for all of them. Informational rows (nothing counted
 * on this plan) have no checkbox and no figures. Tooltips hold the question,
 * the description and the side effects.
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
        NegligibleRole, ///< bool: a smaller saving (under 0.5 % of the plan's kgCO2e)
        InformationalRole, ///< bool
        SectionRole, ///< int: SuggestionSection
        CountRole, ///< int: suggestions in the row
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

    /** The row holding suggestion `id`, or -1. */
    int rowOf(const QString &id) const;

private:
    void refresh();
    Qt::CheckState appliedState(const SuggestionGroup &group) const;
    QVariant figure(const SuggestionGroup &g, int column, int role) const;
    const Suggestion &first(const SuggestionGroup &g) const;

    LiveAdvisor *m_advisor;
    /// The advisor's, shared (never changed): an update of the same advice copies nothing.
    std::shared_ptr<const std::vector<SuggestionGroup>> m_rows;
    std::shared_ptr<const std::vector<Suggestion>> m_suggestions; ///< what the members index
};

} // namespace greenprint
