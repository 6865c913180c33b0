// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/project.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace greenprint {

/**
 * Writes a project file (`*.greenprint`, JSON, always in the current format
 * version of io/formatversion.h; see
 * data/schema/project.schema.json).
 *
 * Output is deterministic so that files diff cleanly: known keys in the fixed
 * order of the format, then the unknown keys kept in `extras` sorted by key;
 * 2-space indentation (none above kProjectCompactAboveBytes, so that whatever
 * was read can be written back inside the reader's size limit); a trailing newline; numbers in the
 * shortest form that reads back to the same double, integral values without ".0". Optional values
 * that are unset are left out. The file is stamped with this build's Greenprint version as
 * `appVersion` (Project::appVersion is not used).
 *
 * No exception ever leaves this class; failures are reported by the return
 * value and errorString().
 */
class ProjectWriter
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ProjectWriter)

public:
    /**
     * The file contents for `project` (UTF-8). Returns an empty array and sets
     * errorString() when the project cannot be represented: a number that is
     * not finite, an extra that is not valid JSON or reuses a key of the
     * format, or a text larger than the reader accepts (kProjectMaxFileSize).
     */
    [[nodiscard]] QByteArray toJson(const Project &project);

    /**
     * Writes `project` to `path` atomically (AtomicFile): on any failure
     * the previous file, if any, is left untouched. Returns false and sets
     * errorString() on failure. With `written`, the bytes written go there.
     */
    [[nodiscard]] bool writeFile(const Project &project, const QString &path,
                                 QByteArray *written = nullptr);

    /** The reason for the last failure, translated; empty after a success. */
    QString errorString() const { return m_error; }

private:
    QString m_error;
};

} // namespace greenprint
