// SPDX-License-Identifier: GPL-3.0-or-later
// The estimate's issues (and the warnings of the last load) as a table.
#pragma once

#include "domain/issue.h"

#include <QAbstractTableModel>

namespace greenprint {

class LiveEstimate;

/** Lists the issues of the live estimate followed by the warnings met while loading the file. */
class IssuesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Severity, Path, Message, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, ///< JSON path of the field ("go to field")
        SeverityRole, ///< Issue::Severity as int
    };

    explicit IssuesModel(LiveEstimate *estimate, QObject *parent = nullptr);

    const Issues &issues() const { return m_issues; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString severityName(Issue::Severity severity);

private:
    void refresh();

    LiveEstimate *m_estimate;
    Issues m_issues;
};

} // namespace greenprint
