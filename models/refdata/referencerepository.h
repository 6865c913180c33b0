// SPDX-License-Identifier: GPL-3.0-or-later
// Read-only access to the reference SQLite database (instances, regions, coefficients, ...).
#pragma once

/*
 * Reference repository
 * ====================
 * The reference database is generated at build time from the CSV files in data/reference/
 * (see referencedatabasebuilder.h and data/schema/reference.sql), installed
 * next to the application and embedded in the binary as a fallback:
 *
 *     :/greenprint/reference/greenprint-reference.sqlite
 *
 * ReferenceRepository opens a database file read-only through a uniquely named
 * Qt SQL connection (never the default connection), checks
 * `PRAGMA user_version`, reads every table into a ReferenceData and removes
 * the connection again. Problems never abort: they become Issues and the
 * embedded copy is used instead.
 */

#include "../domain/issue.h"
#include "../domain/referencedata.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace greenprint {

class ReferenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ReferenceRepository)

public:
    /** The result of a load: the data, where it came from and what went wrong on the way. */
    struct Loaded
    {
        ReferenceData data; ///< reindex()ed; empty when ok is false
        QString databasePath; ///< file read, or the resource path of the embedded copy
        bool usedEmbeddedCopy = false;
        Issues issues; ///< Warning per unusable file; Error when nothing could be read
        bool ok = false; ///< data holds a complete reference database
    };

    /** Schema version (`PRAGMA user_version`) this build reads. */
    static constexpr int kSchemaVersion = 3;

    /** "greenprint-reference.sqlite". */
    static QString databaseFileName();
    /** ":/greenprint/reference/greenprint-reference.sqlite". */
    static QString embeddedResourcePath();

    /**
     * Files loadDefault() tries, in order: `$GREENPRINT_REFERENCE_DB` (when
     * set), then `<appdir>/greenprint-reference.sqlite`,
     * `<appdir>/../share/greenprint/…` and `<appdir>/../data/…` (build tree);
     * the application-directory entries only when a QCoreApplication exists.
     */
    static QStringList searchPaths();

    /**
     * Loads the first usable database of searchPaths(), else the embedded
     * copy. A candidate that exists but cannot be read, and a
     * `$GREENPRINT_REFERENCE_DB` naming a missing file, each add a Warning
     * and the search continues. Falling back to the embedded copy when no
     * file exists adds an Info. Never throws.
     */
    static Loaded loadDefault();

    /**
     * Loads `path`. When it is missing, not an SQLite database, of another
     * schema version or incomplete, adds a Warning naming the file and the
     * problem and loads the embedded copy instead. Never throws.
     */
    static Loaded loadFile(const QString &path);

    /** Loads the copy embedded in the binary; an Error issue and ok = false if that fails. */
    static Loaded loadEmbedded();

private:
    static bool readDatabase(const QString &path, ReferenceData *data, Issues *issues,
                             QString *error);
};

} // namespace greenprint
