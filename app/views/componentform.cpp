// SPDX-License-Identifier: GPL-3.0-or-later
#include "componentform.h"

#include "dialogs/instancepickerdialog.h"

#include "commands/componentfields.h"
#include "itemmodels/instancetablemodel.h"

#include <QCompleter>
#include <QLocale>
#include <QPushButton>

namespace greenprint {

ComponentForm::ComponentForm(ComponentType type, const EditorContext &context, QWidget *parent)
    : FieldForm(context, parent)
    , m_type(type)
{
    addText<ComponentField::Name>(tr("&Name:"), QStringLiteral("name"),
                                  tr("A name for this component, shown in the stage navigator "
                                     "and in reports."),
                                  ref());
}

void ComponentForm::setTarget(ComponentRef ref)
{
    m_ref = ref;
    refresh();
}

bool ComponentForm::hasTarget() const
{
    const Component *c = document()->component(m_ref);
    return c && c->type() == m_type;
}

QLineEdit *ComponentForm::addInstanceField(const QString &toolTip)
{
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("chooseInstance"));
    choose->setToolTip(tr("Pick an instance type from the catalog"));
    choose->setAccessibleName(tr("Choose instance type"));
    m_instanceEdit = addText<ComponentField::Instance>(tr("&Instance type:"),
                                                      QStringLiteral("instance"), toolTip, ref(),
                                                      choose);
    if (context().instances) {
        auto *completer = new QCompleter(context().instances, m_instanceEdit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_instanceEdit->setCompleter(completer);
    }
    connect(choose, &QPushButton::clicked, this, &ComponentForm::chooseInstance);
    return m_instanceEdit;
}

QString ComponentForm::describeWork(const WorkSpec &work)
{
    const QLocale locale;
    auto sci = [&](double v) { return locale.toString(v, 'g', 3); };
    if (work.kind == WorkSpec::Kind::Training) {
        return tr("Training %1 parameters × %2 tokens × %3 epochs in %4 (%5 FLOP); the hours "
                  "follow from it.")
            .arg(sci(work.parameters), sci(work.tokens), sci(work.epochs), work.precision,
                 sci(work.flops()));
    }
    return tr("Inference: %1 requests × %2 tokens on %3 parameters in %4 (%5 FLOP), served "
              "over the hours provisioned.")
        .arg(sci(work.requests), sci(work.tokensPerRequest), sci(work.parameters), work.precision,
             sci(work.flops()));
}

void ComponentForm::chooseInstance()
{
    if (!hasTarget() || !context().instances)
        return;
    InstancePickerDialog dialog(context().instances, this);
    dialog.setCurrentInstance(m_instanceEdit->text());
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedInstance().isEmpty())
        push(new ChangeValue<ComponentField::Instance>(document(), m_ref,
                                                       dialog.selectedInstance()));
}

} // namespace greenprint
