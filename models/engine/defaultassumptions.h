// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/project.h"

#include <QStringList>

namespace greenprint {

/**
 * The assumptions a plan makes by leaving keys out of its file
 * (domain/filedefaults.h): one line per key whose default the estimate uses,
 * naming the components that use it (the first three by JSON path and name,
 * then how many more) and the value with its reason. Empty when every value
 * the estimate reads is stated.
 */
QStringList fileDefaultAssumptions(const Project &project);

} // namespace greenprint
