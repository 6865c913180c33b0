// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodprofile.h"

#include "ccfprofile.h"
#include "greenalgorithmsprofile.h"
#include "greenprintprofile.h"

#include <QCoreApplication>

namespace greenprint {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::MethodProfile)
};

} // namespace

UsedConstant usedCoefficient(const ReferenceData &reference, QStringView key, double fallback)
{
    if (const Coefficient *c = reference.coefficient(key))
        return {c->key, c->value, c->unit, c->vintage, c->source, c->assumption};
    return {key.toString(),
            fallback,
            {},
            Tr::tr("built-in fallback: not in the reference data"),
            {},
            true};
}

UsedConstant usedPeerConstant(const PeerConstant &constant, const QString &tool)
{
    return {constant.key, constant.value, constant.unit, tool, constant.source, false};
}

std::unique_ptr<MethodProfile> makeMethodProfile(const ProjectSettings &settings,
                                                 const ReferenceData &reference)
{
    switch (settings.methodology) {
    case Methodology::CloudCarbonFootprint:
        return std::make_unique<CcfProfile>(reference, settings);
    case Methodology::GreenAlgorithms:
        return std::make_unique<GreenAlgorithmsProfile>(reference, settings);
    case Methodology::Greenprint:
        break;
    }
    return std::make_unique<GreenprintProfile>(reference, settings);
}

} // namespace greenprint
