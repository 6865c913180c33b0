// SPDX-License-Identifier: GPL-3.0-or-later
#include "plainmessage.h"

#include <QLabel>

namespace greenprint {

void makePlainText(QMessageBox &box)
{
    box.setTextFormat(Qt::PlainText);
    const QList<QLabel *> labels = box.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->pixmap().isNull())
            label->setTextFormat(Qt::PlainText);
    }
}

QMessageBox::StandardButton showPlainMessage(QWidget *parent, QMessageBox::Icon icon,
                                             const QString &title, const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    makePlainText(box);
    return QMessageBox::StandardButton(box.exec());
}

} // namespace greenprint
