// SPDX-License-Identifier: GPL-3.0-or-later
// The base of the per-type component editors: the component's name and instance fields.
#pragma once

#include "fieldform.h"

#include "document/changeevent.h"
#include "domain/project.h"

#include <QPushButton>
#include <QVBoxLayout>

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
    std::function<ComponentRef()> ref() const { return [this] { return m_ref; }; }
    /** The instance type field with a "Choose…" button opening the instance picker. */
    QLineEdit *addInstanceField(const QString &toolTip);
    /** A utilization field (0..1 shown as %). */
    template<typename Traits>
    QDoubleSpinBox *addUtilization(const QString &label, const QString &key, const QString &tip)
    {
        return addDouble<Traits>(label, key, tr(" %"), 0.0, 100.0, 0, tip, ref(), 100.0);
    }

    /**
     * A read-only summary of the job's work (FLOPs from parameters and tokens)
     * with a button that drops it so that the stated hours count again.
     * `hours` (if any) is disabled while the work sets the hours. Editing the work
     * itself is not offered yet.
     */
    template<typename Traits>
    void addWorkRow(QWidget *hours)
    {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("work"));
        label->setWordWrap(true);
        auto *clear = new QPushButton(tr("Use &Hours Instead"), this);
        clear->setToolTip(tr("Forget the work and count the hours stated above"));
        auto *row = new QWidget(this);
        auto *layout = new QVBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(label);
        layout->addWidget(clear, 0, Qt::AlignLeft);
        addRow(tr("Work:"), row, tr("When the work is set, the hours follow from it and the "
                                    "instance's accelerator throughput."));
        connect(clear, &QPushButton::clicked, this, [this] {
            if (hasTarget())
                push(new ChangeValue<Traits>(document(), target(), std::nullopt));
        });
        addRefresher([this, label, clear, hours] {
            const std::optional<WorkSpec> work = Traits::get(*document(), target());
            label->setText(work ? describeWork(*work) : tr("Not set: the hours above count."));
            clear->setVisible(work.has_value());
            if (hours)
                hours->setEnabled(!work);
        });
    }

    static QString describeWork(const WorkSpec &work);

private:
    void chooseInstance();

    ComponentType m_type;
    ComponentRef m_ref;
    QLineEdit *m_instanceEdit = nullptr;
};

} // namespace greenprint
