// SPDX-License-Identifier: GPL-3.0-or-later
#include "assumptionsview.h"

#include "document/liveestimate.h"
#include "domain/estimate.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace greenprint {

AssumptionsView::AssumptionsView(LiveEstimate *estimate, QWidget *parent)
    : QWidget(parent)
    , m_estimate(estimate)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_list->setObjectName(QStringLiteral("assumptions"));
    m_list->setAccessibleName(tr("Assumptions of the estimate"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    connect(estimate, &LiveEstimate::updated, this, &AssumptionsView::update);
    update();
}

void AssumptionsView::update()
{
    const QStringList &assumptions = m_estimate->estimate().assumptions;
    m_summary->setText(tr("The estimate relies on %n assumption(s):", nullptr,
                          static_cast<int>(assumptions.size())));
    m_list->clear();
    for (const QString &text : assumptions) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setToolTip(text);
    }
}

} // namespace greenprint
