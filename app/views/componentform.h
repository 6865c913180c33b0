// SPDX-License-Identifier: GPL-3.0-or-later
// The base of the per-type component editors: the component's name and instance fields.
#pragma once

#include "fieldform.h"

#include "document/changeevent.h"
#include "domain/project.h"

#include <functional>
#include <vector>

class QLineEdit;

namespace greenprint {

/** Edits one component of one type; subclasses add the type's fields in their constructor. */
class ComponentForm : public FieldForm
{
    Q_OBJECT

public:
    ComponentForm(ComponentType type, const EditorContext &context, QWidget *parent = nullptr);

    ComponentType type() const { return m_type; }
    ComponentRef target() const { return m_ref; }
    /** Edits the component at `ref` (which must be of type()) and refreshes the fields. */
    void setTarget(ComponentRef ref);

protected:
    bool hasTarget() const override;
    std::function<ComponentRef()> ref() const
    {
        return [this] { return m_ref; };
    }
    /** The instance type field with a "Choose…" button opening the instance picker. */
    QLineEdit *addInstanceField(const QString &toolTip);
    /** A utilization field (0..1 shown as %). */
    template<typename Traits>
    QDoubleSpinBox *addUtilization(const QString &label, const QString &key, const QString &tip)
    {
        return addDouble<Traits>(label, key, tr(" %"), 0.0, 100.0, 0, tip, ref(), 100.0);
    }

    /**
     * The work rows of compute, tuning and endpoint jobs: "Size by" hours or
     * work, the work's kind (when `kindSelectable`), parameters, tokens and
     * epochs (training) or requests and tokens per request (inference),
     * precision, and read-only the hours, peak throughput and achieved
     * fraction of peak (MFU) of the live estimate. Every edit is undoable.
     * `hours` is hidden while the work sets the hours (nullptr: always shown).
     * `keepHours` (may be empty) adds to a "size by hours" command the children
     * that keep the derived hours and the derived accelerator load as the
     * stated hours and utilization, so the totals do not move.
     */
    void
    addWorkFields(WorkSpec::Kind defaultKind, bool kindSelectable, QWidget *hours,
                  std::function<void(double hours, double load, QUndoCommand *parent)> keepHours);

    /**
     * Hides `field` (the utilization) while the work sets the hours: the load on the power
     * curve then follows from the achieved fraction of peak and is shown with the derived hours.
     */
    void hideWhileSizedByWork(QWidget *field) { m_hiddenByWork.push_back(field); }

    /** Text of the derived-figures label of this component sized by work (for tests, too). */
    QString describeDerived() const;

private:
    void chooseInstance();
    void setSizedByWork(bool byWork);
    void updateWorkRows();
    void updateDerived();

    ComponentType m_type;
    ComponentRef m_ref;
    QLineEdit *m_instanceEdit = nullptr;
    QComboBox *m_sizing = nullptr;
    QLabel *m_derived = nullptr;
    QWidget *m_hours = nullptr;
    std::vector<QWidget *> m_hiddenByWork;
    std::vector<QWidget *> m_workRows; ///< shown for either kind of work
    std::vector<QWidget *> m_trainingRows;
    std::vector<QWidget *> m_inferenceRows;
    QWidget *m_batchSize = nullptr; ///< only for inference served token by token
    WorkSpec::Kind m_defaultKind = WorkSpec::Kind::Training;
    std::function<void(double, double, QUndoCommand *)> m_keepHours;
};

} // namespace greenprint
