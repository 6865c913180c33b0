// SPDX-License-Identifier: GPL-3.0-or-later
// Message boxes whose text is shown as typed: file names and messages are never HTML.
#pragma once

#include <QMessageBox>

namespace greenprint {

/**
 * Makes every text label of `box` plain text. QMessageBox guesses rich text
 * when a text looks like HTML, so a file named `<b>plan</b>.greenprint` or a
 * message quoting one would be rendered, not shown. Call after the texts are set.
 */
void makePlainText(QMessageBox &box);

/** Like QMessageBox::critical/warning/question, but with plain text only. */
QMessageBox::StandardButton
showPlainMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                 QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                 QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

} // namespace greenprint
