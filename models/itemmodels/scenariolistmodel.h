// SPDX-License-Identifier: GPL-3.0-or-later
// The project's what-if scenarios as a list (the what-if view's scenario selector).
#pragma once

#include <QAbstractListModel>

namespace greenprint {

class ProjectDocument;
struct ChangeEvent;

/**
 * One row per scenario of the document's project, in file order. Follows the
 * document's scenario inserts, removals, edits and resets. Renaming through
 * setData() pushes an undoable command; a taken or empty name is refused.
 */
class ScenarioListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SuggestionCountRole = Qt::UserRole + 1, ///< int: ticked suggestions
        OverrideCountRole, ///< int: overrides
    };

    explicit ScenarioListModel(ProjectDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void onAboutToChange(const ChangeEvent &event);
    void onChanged(const ChangeEvent &event);

    ProjectDocument *m_document;
};

} // namespace greenprint
