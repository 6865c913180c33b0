// SPDX-License-Identifier: GPL-3.0-or-later
// The built reference database, loaded once per test executable.
#pragma once

#include "refdata/referencerepository.h"

#include <QTest>

namespace greenprint::test {

/** The reference data of the build tree (ctest sets GREENPRINT_REFERENCE_DB). */
inline const ReferenceData &builtReferenceData()
{
    static const ReferenceData data = [] {
        ReferenceRepository::Loaded loaded = ReferenceRepository::loadDefault();
        if (!loaded.ok)
            qFatal("cannot load the reference database");
        return std::move(loaded.data);
    }();
    return data;
}

} // namespace greenprint::test
