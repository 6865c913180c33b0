// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodprofile.h"

#include "ccfprofile.h"
#include "greenalgorithmsprofile.h"
#include "greenprintprofile.h"

namespace greenprint {

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
