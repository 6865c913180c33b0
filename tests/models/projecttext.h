// SPDX-License-Identifier: GPL-3.0-or-later
// A project read from JSON text in a test, with the reader's error.
#pragma once

#include "io/projectreader.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace greenprint::test {

/** Reads `json` as the file "test.greenprint"; `error` (if given) gets the reader's message. */
inline std::optional<Project> readProjectText(const QByteArray &json, QString *error = nullptr)
{
    ProjectReader reader;
    std::optional<Project> project = reader.read(json, QStringLiteral("test.greenprint"));
    if (error)
        *error = reader.errorString();
    return project;
}

} // namespace greenprint::test
