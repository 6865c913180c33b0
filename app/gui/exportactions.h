// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actuals/actualcomparison.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace greenprint {

class LiveEstimate;

/**
 * File > Export: the PDF plan and the CSV plan of the project as it is now
 * (unsaved edits included), every what-if scenario with it. Failures are
 * reported in a modal dialog; success in the status bar.
 */
class ExportActions : public QObject
{
    Q_OBJECT

public:
    /** `estimate` (not owned) gives the document and the reference data. */
    ExportActions(LiveEstimate *estimate, QWidget *window);

    /** Adds "Export" with its actions to `menu`, before `before` (or at the end). */
    void populateMenu(QMenu *menu, QAction *before = nullptr);

    /** Writes the PDF plan to `path`, or asks for one. */
    bool exportPdf(const QString &path = {});
    /** Writes the CSV plan to `path`, or asks for one. */
    bool exportCsv(const QString &path = {});

    /** Where the plan against actual comes from; the plans include it when it gives one. */
    using ActualsProvider = std::function<std::optional<actuals::Comparison>()>;
    void setActualsProvider(ActualsProvider provider) { m_actuals = std::move(provider); }

    QAction *pdfAction() const { return m_pdf; }
    QAction *csvAction() const { return m_csv; }

private:
    QString askForPath(const QString &title, const QString &suffix, const QString &filter) const;
    void showDone(const QString &path) const;
    /** True (after telling the user) when `path` is the open project's own file. */
    bool refuseProjectFile(const QString &path, const QString &title) const;

    LiveEstimate *m_estimate;
    QWidget *m_window;
    QAction *m_pdf;
    QAction *m_csv;
    ActualsProvider m_actuals;
};

} // namespace greenprint
