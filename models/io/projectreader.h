// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/issue.h"
#include "domain/project.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <optional>

namespace greenprint {

/**
 * Reads a project file (`*.greenprint`, JSON, of the format version in
 * io/formatversion.h or an older one; see
 * data/schema/project.schema.json).
 *
 * The reader validates the whole file and reports every problem it finds, not
 * just the first, each as an Issue with the file, the JSON path
 * (`stages[2].components[0].hours`) and a translated reason. It refuses files
 * over 256 MiB or with more than 2,000,000 components (io/formatversion.h), text that is not UTF-8
 * or not strict JSON (syntax errors give line and column; NaN and Infinity are rejected), duplicate
 * keys, nesting deeper than 64 levels and files written in a newer format version.
 *
 * Keys the format does not define are kept in the `extras` maps of the
 * Project so that ProjectWriter writes them back unchanged. A successful read
 * may still leave Warning issues (for example an unknown key inside
 * `powerW`, which has no extras map).
 *
 * No exception ever leaves this class. A reader can be reused; each read
 * replaces the previous issues.
 */
class ProjectReader
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ProjectReader)

public:
    /**
     * Reads the file at `path`. Returns the project (owned by the caller), or
     * nullopt when the file cannot be read or has any Error issue.
     */
    [[nodiscard]] std::optional<Project> readFile(const QString &path);

    /**
     * Reads a project from the bytes of a file. `fileName` is used only to
     * label issues. Returns nullopt when there is any Error issue.
     */
    [[nodiscard]] std::optional<Project> read(const QByteArray &json, const QString &fileName);

    /** Every problem found by the last read, in file order where possible. */
    const Issues &issues() const { return m_issues; }

    /**
     * The format version the last file read was written in. Older files are
     * upgraded on reading (io/projectmigrations.h); saving writes the current format.
     */
    int fileFormatVersion() const { return m_fileFormatVersion; }

    /**
     * Makes reads stop soon after `*flag` becomes true (another thread sets it;
     * the read then fails with "reading was cancelled"). nullptr: never stop.
     */
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    /** All issues of the last read, one per line, as `file: path: message`. */
    QString errorString() const;

private:
    void addError(const QString &fileName, const QString &message);

    Issues m_issues;
    int m_fileFormatVersion = 0;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace greenprint
