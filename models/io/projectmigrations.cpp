// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectmigrations.h"

#include "formatversion.h"

namespace greenprint::Internal {

void migrateV1ToV2(OrderedJson &document)
{
    // Rebuild the object so that `provenance` lands after `appVersion`, where
    // the format 2 writer puts it.
    OrderedJson upgraded = OrderedJson::object();
    for (auto it = document.begin(); it != document.end(); ++it) {
        if (it.key() == "formatVersion") {
            upgraded["formatVersion"] = 2;
            continue;
        }
        upgraded[it.key()] = std::move(it.value());
        if (it.key() == "appVersion")
            upgraded["provenance"] = OrderedJson{{"referenceDataVersion", nullptr}};
    }
    if (!upgraded.contains("provenance"))
        upgraded["provenance"] = OrderedJson{{"referenceDataVersion", nullptr}};
    document = std::move(upgraded);
}

int upgradeProjectDocument(OrderedJson &document)
{
    if (!document.is_object())
        return 0;
    const auto version = document.find("formatVersion");
    if (version == document.end() || !version->is_number())
        return 0;
    const double number = version->get<double>();
    if (number != static_cast<double>(static_cast<int>(number)))
        return 0;
    const int from = static_cast<int>(number);
    if (from < 1 || from >= kProjectFormatVersion)
        return from;
    if (from == 1)
        migrateV1ToV2(document);
    return from;
}

} // namespace greenprint::Internal
