// SPDX-License-Identifier: GPL-3.0-or-later
// The shared base of the instance and region tables: reference rows overlaid with the project's.
#pragma once

#include "document/changeevent.h"

#include <QAbstractTableModel>
#include <QString>

#include <algorithm>
#include <vector>

namespace greenprint {

class ProjectDocument;
struct ReferenceData;

/**
 * A read-only table of catalog entries (instances or regions): the reference
 * data (already merged with the user's catalog by the app) overlaid with the
 * project's own catalog, one row per id, sorted by id. The rows are rebuilt
 * when the project is reset, its catalog changes or the reference data is
 * replaced; neither the document nor the reference data is owned.
 */
class CatalogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ValueRole = Qt::UserRole + 1, ///< raw value for sorting (numbers as double)
        IdRole, ///< the entry's id, on every column
        FirstSubclassRole,
    };

    ~CatalogTableModel() override;

    void setReferenceData(const ReferenceData *reference);
    /** The row of the entry with this id, or -1. */
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    CatalogTableModel(ProjectDocument *document, const ReferenceData *reference, int columns,
                      QObject *parent);

    /** Rebuilds the rows from document() and reference(); called inside a model reset. */
    virtual void rebuild() = 0;
    virtual int entryCount() const = 0;
    virtual QString idAt(int row) const = 0;

    ProjectDocument *document() const { return m_document; }
    const ReferenceData &reference() const { return *m_reference; }

    /** `rows` with every custom entry (converted by `convert`) replacing or adding by id. */
    template<typename Spec, typename Custom, typename Convert>
    static void overlay(std::vector<Spec> &rows, const std::vector<Custom> &customs,
                        Convert convert)
    {
        for (const Custom &custom : customs) {
            Spec spec = convert(custom);
            const auto it = std::find_if(rows.begin(), rows.end(),
                                         [&](const Spec &s) { return s.id == spec.id; });
            if (it != rows.end())
                *it = std::move(spec);
            else
                rows.push_back(std::move(spec));
        }
        std::sort(rows.begin(), rows.end(),
                  [](const Spec &a, const Spec &b) { return a.id < b.id; });
    }

private:
    void documentChanged(const ChangeEvent &event);

    ProjectDocument *m_document;
    const ReferenceData *m_reference;
    int m_columns;
};

} // namespace greenprint
