// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveestimate.h"

#include "latestjob.h"
#include "projectdocument.h"

#include "domain/estimate.h"
#include "domain/referencedata.h"
#include "engine/estimator.h"

namespace greenprint {

struct LiveEstimate::Job
{
    explicit Job(LiveEstimate *owner)
        : job(owner, [owner](Estimate &&e, quint64) { owner->deliver(std::move(e)); })
    { }
    LatestJob<Estimate> job;
};

namespace {

int componentCount(const Project &project)
{
    int count = 0;
    for (const Stage &stage : project.stages)
        count += static_cast<int>(stage.components.size());
    return count;
}

} // namespace

LiveEstimate::LiveEstimate(ProjectDocument *document, const ReferenceData *reference,
                           QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_reference(reference)
    , m_estimate(std::make_unique<Estimate>())
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
    // Runs when the job starts, on this thread: the worker gets its own copy of the plan.
    const auto prepare = [this, reference]() -> std::function<Estimate()> {
        return [project = m_document->project(), reference] {
            return estimateProject(project, *reference);
        };
    };
    if (componentCount(m_document->project()) < m_synchronousLimit) {
        m_job->job.runNow([this, reference]() -> std::function<Estimate()> {
            // No copy on this path: the plan is read before the call returns.
            return [this, reference] { return estimateProject(m_document->project(), *reference); };
        });
        return;
    }
    m_job->job.request(prepare);
    if (!m_announcedEstimating) {
        m_announcedEstimating = true;
        emit estimatingChanged(true);
    }
}

void LiveEstimate::deliver(Estimate &&estimate)
{
    *m_estimate = std::move(estimate);
    if (m_announcedEstimating && !isEstimating()) {
        m_announcedEstimating = false;
        emit estimatingChanged(false);
    }
    emit updated();
}

} // namespace greenprint
