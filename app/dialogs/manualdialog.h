// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace greenprint {

/**
 * Help > Greenprint Manual: how to describe a plan, edit it and read its
 * estimate, and a glossary of the terms the window and the PDF use (MFU, PUE,
 * location- and market-based, embodied, SCI, ...), in the window's language.
 * Every paragraph is its own tr() string, so the catalogs translate it.
 */
class ManualDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ManualDialog(QWidget *parent = nullptr);

    /** The manual as HTML; anchors `#glossary` and `#term-<id>` (`#term-mfu`). */
    static QString html();
    /** The glossary's term ids, in the order shown: mfu, pue, location, market, embodied, sci... */
    static QStringList termIds();

    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QTextBrowser *m_browser;
};

} // namespace greenprint
