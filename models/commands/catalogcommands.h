// SPDX-License-Identifier: GPL-3.0-or-later
// Add and remove entries of the project's own catalog (custom instances and regions).
#pragma once

#include "undocommands.h"

#include "document/projectdocument.h"

#include <QUndoCommand>

#include <memory>

namespace greenprint {
namespace Internal {

struct CatalogInstanceList
{
    using Entry = CatalogInstance;
    static const std::vector<Entry> &list(const ProjectDocument &d)
    {
        return d.project().catalogInstances;
    }
    static void insert(ProjectDocument &d, int i, const Entry &e) { d.insertCatalogInstance(i, e); }
    static Entry take(ProjectDocument &d, int i) { return d.takeCatalogInstance(i); }
    static QString addText()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Add custom instance"));
    }
    static QString removeText()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Remove custom instance"));
    }
};

struct CatalogRegionList
{
    using Entry = CatalogRegion;
    static const std::vector<Entry> &list(const ProjectDocument &d)
    {
        return d.project().catalogRegions;
    }
    static void insert(ProjectDocument &d, int i, const Entry &e) { d.insertCatalogRegion(i, e); }
    static Entry take(ProjectDocument &d, int i) { return d.takeCatalogRegion(i); }
    static QString addText()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Add custom region"));
    }
    static QString removeText()
    {
        return undoText(QT_TRANSLATE_NOOP("Undo Commands", "Remove custom region"));
    }
};

/**
 * Adds (`adding` true) or removes one catalog entry at `index`. The entry is
 * held in a unique_ptr whenever it is not in the document, so that the command
 * owns exactly what undo or redo will put back.
 */
template<typename List>
class AddRemoveCatalogEntry : public QUndoCommand
{
public:
    using Entry = typename List::Entry;

    AddRemoveCatalogEntry(ProjectDocument *document, bool adding, int index,
                          std::unique_ptr<Entry> entry, QUndoCommand *parent)
        : QUndoCommand(adding ? List::addText() : List::removeText(), parent)
        , m_document(document)
        , m_adding(adding)
        , m_index(index)
        , m_entry(std::move(entry))
    { }

    void undo() override { m_adding ? take() : insert(); }
    void redo() override { m_adding ? insert() : take(); }

private:
    void insert()
    {
        List::insert(*m_document, m_index, *m_entry);
        m_entry.reset();
    }
    void take() { m_entry = std::make_unique<Entry>(List::take(*m_document, m_index)); }

    ProjectDocument *m_document;
    bool m_adding;
    int m_index;
    std::unique_ptr<Entry> m_entry;
};

} // namespace Internal

/** Appends a custom instance to the project catalog. */
class AddCatalogInstance : public Internal::AddRemoveCatalogEntry<Internal::CatalogInstanceList>
{
public:
    AddCatalogInstance(ProjectDocument *document, const CatalogInstance &entry,
                       QUndoCommand *parent = nullptr)
        : AddRemoveCatalogEntry(document, true,
                                static_cast<int>(document->project().catalogInstances.size()),
                                std::make_unique<CatalogInstance>(entry), parent)
    { }
};

/** Removes the custom instance at `index` of the project catalog. */
class RemoveCatalogInstance : public Internal::AddRemoveCatalogEntry<Internal::CatalogInstanceList>
{
public:
    RemoveCatalogInstance(ProjectDocument *document, int index, QUndoCommand *parent = nullptr)
        : AddRemoveCatalogEntry(document, false, index, nullptr, parent)
    { }
};

/** Appends a custom region to the project catalog. */
class AddCatalogRegion : public Internal::AddRemoveCatalogEntry<Internal::CatalogRegionList>
{
public:
    AddCatalogRegion(ProjectDocument *document, const CatalogRegion &entry,
                     QUndoCommand *parent = nullptr)
        : AddRemoveCatalogEntry(document, true,
                                static_cast<int>(document->project().catalogRegions.size()),
                                std::make_unique<CatalogRegion>(entry), parent)
    { }
};

/** Removes the custom region at `index` of the project catalog. */
class RemoveCatalogRegion : public Internal::AddRemoveCatalogEntry<Internal::CatalogRegionList>
{
public:
    RemoveCatalogRegion(ProjectDocument *document, int index, QUndoCommand *parent = nullptr)
        : AddRemoveCatalogEntry(document, false, index, nullptr, parent)
    { }
};

} // namespace greenprint
