// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveestimate.h"

#include "projectdocument.h"

#include "domain/estimate.h"
#include "domain/referencedata.h"
#include "engine/estimator.h"

namespace greenprint {

LiveEstimate::LiveEstimate(ProjectDocument *document, const ReferenceData *reference,
                           QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_reference(reference)
{
    Q_ASSERT(document && reference);
    document->setReferenceData(reference);
    connect(document, &ProjectDocument::changed, this, &LiveEstimate::recompute);
    m_estimate = std::make_unique<Estimate>(estimateProject(m_document->project(), *m_reference));
}

LiveEstimate::~LiveEstimate() = default;

void LiveEstimate::setReferenceData(const ReferenceData *reference)
{
    Q_ASSERT(reference);
    m_reference = reference;
    m_document->setReferenceData(reference);
    recompute();
}

const ComponentEstimate *LiveEstimate::component(int stage, int index) const
{
    if (stage < 0 || stage >= static_cast<int>(m_estimate->stages.size()) || index < 0)
        return nullptr;
    const auto &components = m_estimate->stages[stage].components;
    return index < static_cast<int>(components.size()) ? &components[index] : nullptr;
}

void LiveEstimate::recompute()
{
    *m_estimate = estimateProject(m_document->project(), *m_reference);
    emit updated();
}

} // namespace greenprint
