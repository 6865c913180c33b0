// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace greenprint {

class LiveEstimate;

/**
 * Every assumption the live estimate relied on (Estimate::assumptions), once
 * each, in the order met; refreshed after every edit. Derived Neuron power is
 * listed with the words "derived assumption", as the estimator states it.
 */
class AssumptionsView : public QWidget
{
    Q_OBJECT

public:
    explicit AssumptionsView(LiveEstimate *estimate, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

private:
    void update();

    LiveEstimate *m_estimate;
    QLabel *m_summary;
    QListWidget *m_list;
};

} // namespace greenprint
