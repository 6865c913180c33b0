// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectmigrations.h"

#include "formatversion.h"
#include "jsondombuilder.h"

#include <cmath>

namespace greenprint::Internal {

void migrateV1ToV2(OrderedJson &document)
{
    // Rebuild the object so that `provenance` lands after `appVersion`, where
    // the format 2 writer puts it.
    // The keys are unique already (the reader refused duplicates), so they are
    // appended without a lookup: O(n) for a document with n top-level keys.
    const bool hadProvenance = document.contains("provenance");
    // Format 1 documented a 4-year server life (project-v1.schema.json); format 2's default
    // is AWS's 6 years, so a format 1 file that relied on its default states it now.
    constexpr double kV1ServerLifetimeYears = 4.0;
    if (!document.contains("settings"))
        document["settings"] = OrderedJson::object();
    OrderedJson &settings = document["settings"];
    if (settings.is_object() && !settings.contains("serverLifetimeYears"))
        settings["serverLifetimeYears"] = kV1ServerLifetimeYears; // else the reader reports it
    bool addedProvenance = false;
    OrderedJson upgraded = OrderedJson::object();
    for (auto it = document.begin(); it != document.end(); ++it) {
        if (it.key() == "formatVersion") {
            appendMember(upgraded, it.key(), OrderedJson(2));
            continue;
        }
        appendMember(upgraded, it.key(), std::move(it.value()));
        if (it.key() == "appVersion" && !hadProvenance) {
            appendMember(upgraded, "provenance", OrderedJson{{"referenceDataVersion", nullptr}});
            addedProvenance = true;
        }
    }
    if (!hadProvenance && !addedProvenance)
        appendMember(upgraded, "provenance", OrderedJson{{"referenceDataVersion", nullptr}});
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
    // Checked before the cast: a double outside int's range cast to int is undefined.
    if (!(number >= 1.0 && number <= double(kProjectFormatVersion)) || std::trunc(number) != number)
        return 0;
    const int from = static_cast<int>(number);
    if (from >= kProjectFormatVersion)
        return from;
    if (from == 1)
        migrateV1ToV2(document);
    return from;
}

} // namespace greenprint::Internal
