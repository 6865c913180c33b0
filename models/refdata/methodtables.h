// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/methoddata.h"

#include <QString>

class QSqlQuery;

namespace greenprint {

/**
 * Reads the method tables of schema version 2 (accelerators, compute
 * coefficients, CPU throughput, achieved utilization, grid datasets and the
 * measured accelerator load curve) through `query`'s database into `data`.
 * Returns false with `error` set when a table cannot be read.
 */
bool readMethodTables(QSqlQuery &query, MethodData *data, QString *error);

} // namespace greenprint
