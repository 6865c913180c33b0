// SPDX-License-Identifier: GPL-3.0-or-later
// The estimate of a document's project, recomputed after every change.
#pragma once

#include <QObject>

#include <memory>

namespace greenprint {

class ProjectDocument;
struct ComponentEstimate;
struct Estimate;
struct ReferenceData;

/**
 * Re-runs estimateProject() whenever the document changes (it is pure and
 * fast) and emits updated(). Item models and charts read estimate() instead of
 * running the estimator themselves, so one edit costs one estimate.
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
    LiveEstimate(ProjectDocument *document, const ReferenceData *reference,
                 QObject *parent = nullptr);
    ~LiveEstimate() override;

    const Estimate &estimate() const { return *m_estimate; }
    const ReferenceData &reference() const { return *m_reference; }
    ProjectDocument *document() const { return m_document; }

    /** Switches to other reference data (e.g. after the user catalog changed) and re-estimates. */
    void setReferenceData(const ReferenceData *reference);
    /** The component's estimate, or nullptr while the estimate lags behind a structural change. */
    const ComponentEstimate *component(int stage, int index) const;

signals:
    void updated();

private:
    void recompute();

    ProjectDocument *m_document;
    const ReferenceData *m_reference;
    std::unique_ptr<Estimate> m_estimate;
};

} // namespace greenprint
