// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/plainnumber.h"

#include <QLocale>

namespace greenprint::PlainNumber {

QString fixed(double value, int decimals)
{
    QString text = QLocale::c().toString(value, 'f', decimals);
    // "-0.00" when a small negative value rounds to zero: the sign says nothing then.
    if (text.startsWith(u'-')) {
        bool allZero = true;
        for (qsizetype i = 1; i < text.size() && allZero; ++i)
            allZero = text[i] == u'0' || text[i] == u'.';
        if (allZero)
            text.remove(0, 1);
    }
    return text;
}

double rounded(double value, int digits)
{
    const double r = QString::number(value, 'g', digits).toDouble();
    return r == 0.0 ? 0.0 : r;
}

} // namespace greenprint::PlainNumber
