// SPDX-License-Identifier: GPL-3.0-or-later
#include "provenancejson.h"

#include "domain/names.h"
#include "jsonobjectreader.h"

#include <QCoreApplication>

namespace greenprint::Internal {
namespace {

constexpr NumberRange kNonNegative{0.0, std::nullopt};
constexpr auto kRequired = JsonObjectReader::Presence::Required;
constexpr auto kOptional = JsonObjectReader::Presence::Optional;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ProjectReader)
};

} // namespace

Provenance readProvenance(const OrderedJson &json, const QString &path, Issues &issues)
{
    Provenance provenance;
    JsonObjectReader r(json, path, issues);
    const auto version = json.find("referenceDataVersion");
    if (version == json.end()) {
        issues.push_back({Issue::Severity::Error,
                          r.pathOf("referenceDataVersion"),
                          Tr::tr("required key is missing (a version string, or null if unknown)"),
                          {}});
    } else if (!version->is_null()) {
        provenance.referenceDataVersion = r.string("referenceDataVersion", kRequired, false);
    } else {
        (void)r.rawJson("referenceDataVersion", kRequired); // null: known key
    }
    if (const OrderedJson *saved = r.object("savedEstimate", kOptional)) {
        JsonObjectReader s(*saved, r.pathOf("savedEstimate"), issues);
        const auto methodology = s.keyword("methodology", kRequired, methodologyKeys());
        const auto energy = s.number("energyKWh", kRequired, kNonNegative);
        const auto co2e = s.number("co2eKg", kRequired, kNonNegative);
        const auto market = s.number("marketCo2eKg", kRequired, kNonNegative);
        const auto cost = s.number("costUsd", kRequired, kNonNegative);
        s.warnAboutUnknownKeys();
        if (methodology && energy && co2e && market && cost) {
            provenance.savedEstimate =
                SavedEstimate{{EnergyKWh{*energy}, Co2eKg{*co2e}, Co2eKg{*market}, CostUsd{*cost}},
                              static_cast<Methodology>(*methodology)};
        }
    }
    provenance.extras = r.extras();
    return provenance;
}

} // namespace greenprint::Internal
