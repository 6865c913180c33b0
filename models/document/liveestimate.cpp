// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveestimate.h"

#include "latestjob.h"
#include "projectdocument.h"

#include "domain/estimate.h"
#include "domain/referencedata.h"
#include "engine/estimator.h"

namespace greenprint {

/** An estimate with the plan it was made from; neither changes after the job made them. */
struct LiveEstimate::Estimated
{
    std::shared_ptr<const Project> project;
    std::shared_ptr<const Estimate> estimate;
};

struct LiveEstimate::Job
{
    explicit Job(LiveEstimate *owner)
        : job(owner, [owner](Estimated &&e, quint64) { owner->deliver(std::move(e)); })
    { }
    LatestJob<Estimated> job;
};

LiveEstimate::LiveEstimate(ProjectDocument *document, const ReferenceData *reference,
                           QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_reference(reference)
    , m_estimate(std::make_shared<const Estimate>())
    , m_project(std::make_shared<const Project>())
    , m_job(std::make_unique<Job>(this))
{
    Q_ASSERT(document && reference);
    document->setReferenceData(reference);
    connect(document, &ProjectDocument::changed, this, &LiveEstimate::recompute);
    // The first estimate is there when the constructor returns, whatever the plan's size.
    recompute();
    waitForCurrent();
}

LiveEstimate::~LiveEstimate() = default;

void LiveEstimate::setReferenceData(const ReferenceData *reference)
{
    Q_ASSERT(reference);
    // A running estimate reads the old reference data, which the caller may free next.
    emit referenceDataReleasing();
    m_job->job.finish();
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

bool LiveEstimate::isEstimating() const
{
    return m_job->job.busy();
}

void LiveEstimate::waitForCurrent()
{
    m_job->job.finish();
}

quint64 LiveEstimate::generation() const
{
    return m_job->job.deliveredGeneration();
}

void LiveEstimate::shutDown()
{
    emit referenceDataReleasing();
    m_job->job.shutDown();
    disconnect(m_document, nullptr, this, nullptr);
}

void LiveEstimate::setSynchronousLimit(int components)
{
    m_synchronousLimit = components;
}

void LiveEstimate::recompute()
{
    const ReferenceData *reference = m_reference;
    // Runs when the job starts, on this thread: the worker gets its own copy of the plan
    // (a stage's components are shared with the document's until it changes them).
    const auto prepare = [this, reference]() -> std::function<Estimated()> {
        return [project = std::make_shared<const Project>(m_document->project()), reference] {
            return Estimated{
                project, std::make_shared<const Estimate>(estimateProject(*project, *reference))};
        };
    };
    if (m_document->project().componentCount() < m_synchronousLimit) {
        m_job->job.runNow(prepare);
        return;
    }
    m_job->job.request(prepare);
    if (!m_announcedEstimating) {
        m_announcedEstimating = true;
        emit estimatingChanged(true);
    }
}

void LiveEstimate::deliver(Estimated &&estimated)
{
    m_estimate = std::move(estimated.estimate);
    m_project = std::move(estimated.project);
    if (m_announcedEstimating && !isEstimating()) {
        m_announcedEstimating = false;
        emit estimatingChanged(false);
    }
    emit updated();
}

} // namespace greenprint
