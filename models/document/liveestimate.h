// SPDX-License-Identifier: GPL-3.0-or-later
// The estimate of a document's project, recomputed after every change.
#pragma once

#include <QObject>

#include <memory>

namespace greenprint {

class ProjectDocument;
struct ComponentEstimate;
struct Estimate;
struct Project;
struct ReferenceData;

/**
 * Re-runs estimateProject() whenever the document changes and emits updated().
 * Item models and charts read estimate() instead of running the estimator
 * themselves, so one edit costs one estimate.
 *
 * A plan of kSynchronousComponentLimit components or more is estimated on a worker
 * thread (LatestJob, latestjob.h: a generation per change, stale results dropped), so
 * the GUI thread keeps painting and taking edits while 100,000 components are
 * estimated; smaller plans are estimated before the change returns (in less than a
 * frame, with no "estimating" flicker). While a newer estimate is pending,
 * isEstimating() is true, estimatingChanged() says so, and estimate() is the last one
 * delivered: views show that they are waiting instead of its numbers, and code that
 * pairs the estimate with the current project outside updated() calls waitForCurrent().
 *
 * Neither the document nor the reference data is owned; both must outlive
 * this object. The reference data may be replaced with setReferenceData().
 * (The domain types are only forward-declared here: moc of Qt 6.4 cannot parse
 * the C++20 standard headers that units.h pulls in.)
 */
class LiveEstimate : public QObject
{
    Q_OBJECT

public:
    /** Plans with fewer components are estimated on the calling thread. */
    static constexpr int kSynchronousComponentLimit = 5000;

    LiveEstimate(ProjectDocument *document, const ReferenceData *reference,
                 QObject *parent = nullptr);
    ~LiveEstimate() override;

    /** The last estimate delivered (see isEstimating()). */
    const Estimate &estimate() const { return *m_estimate; }
    /**
     * The last estimate delivered and the plan it is the estimate of (the document's project
     * when the change was made), shared and never changed: what a worker thread that pairs
     * the plan with its estimate reads (LiveAdvisor), at the cost of two reference counts.
     */
    std::shared_ptr<const Estimate> sharedEstimate() const { return m_estimate; }
    std::shared_ptr<const Project> estimatedProject() const { return m_project; }
    const ReferenceData &reference() const { return *m_reference; }
    ProjectDocument *document() const { return m_document; }

    /** Switches to other reference data (e.g. after the user catalog changed) and re-estimates. */
    void setReferenceData(const ReferenceData *reference);
    /** The component's estimate, or nullptr while the estimate lags behind a structural change. */
    const ComponentEstimate *component(int stage, int index) const;

    /** A newer estimate than estimate() is being computed. */
    bool isEstimating() const;
    /** Blocks until estimate() is the current project's (at once when it is). */
    void waitForCurrent();
    /** The change count estimate() belongs to: one per change of the document. */
    quint64 generation() const;
    /** Stops estimating for good (waits for a running estimate): call it before the
     * reference data is freed while this object lives on. */
    void shutDown();
    /** Plans with at least `components` are estimated on a worker (tests: 0 for every plan). */
    void setSynchronousLimit(int components);

signals:
    void updated();
    void estimatingChanged(bool estimating);
    /** The reference data is about to be replaced or no longer read: workers that read it
     * must end first (setReferenceData(), shutDown()). */
    void referenceDataReleasing();

private:
    struct Estimated;
    void recompute();
    void deliver(Estimated &&estimated);

    ProjectDocument *m_document;
    const ReferenceData *m_reference;
    std::shared_ptr<const Estimate> m_estimate;
    std::shared_ptr<const Project> m_project; ///< the plan m_estimate is the estimate of
    int m_synchronousLimit = kSynchronousComponentLimit;
    bool m_announcedEstimating = false; ///< the last estimatingChanged() said true
    struct Job;
    std::unique_ptr<Job> m_job;
};

} // namespace greenprint
