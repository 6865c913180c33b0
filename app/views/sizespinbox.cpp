// SPDX-License-Identifier: GPL-3.0-or-later
#include "sizespinbox.h"

#include <QRegularExpression>

namespace greenprint {

std::optional<double> SizeSpinBox::gigabytesPerUnit(const QString &unit)
{
    QString u = unit.trimmed().toUpper();
    if (u.endsWith(QStringLiteral("IB")))
        u.remove(u.size() - 2, 1); // GiB is GB: AWS's GB is 2^30 bytes already
    if (u == u"MB")
        return 1.0 / 1024.0;
    if (u == u"GB")
        return 1.0;
    if (u == u"TB")
        return 1024.0;
    if (u == u"PB")
        return 1024.0 * 1024.0;
    return std::nullopt;
}

std::optional<double> SizeSpinBox::parseGigabytes(const QString &text, const QLocale &locale,
                                                  const QString &suffix)
{
    QString t = text.trimmed();
    const QString ownSuffix = suffix.trimmed();
    if (!ownSuffix.isEmpty() && t.endsWith(ownSuffix, Qt::CaseInsensitive))
        t = t.left(t.size() - ownSuffix.size()).trimmed();
    // "/month" and the like after the unit belong to the field, not to the size.
    static const QRegularExpression kSize(
        QStringLiteral("^(.*?)\\s*([A-Za-z]{2,3})?\\s*(/\\s*\\S+)?$"));
    const QRegularExpressionMatch m = kSize.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const QString number = m.captured(1).trimmed();
    double perUnit = 1.0;
    if (!m.captured(2).isEmpty()) {
        const std::optional<double> unit = gigabytesPerUnit(m.captured(2));
        if (!unit)
            return std::nullopt;
        perUnit = *unit;
    }
    if (number.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = locale.toDouble(number, &ok);
    if (!ok)
        value = QLocale::c().toDouble(number, &ok);
    if (!ok || value < 0.0)
        return std::nullopt;
    return value * perUnit;
}

QValidator::State SizeSpinBox::validate(QString &input, int &pos) const
{
    if (const std::optional<double> gb = parseGigabytes(input, locale(), suffix())) {
        const double shown = *gb;
        if (shown >= minimum() && shown <= maximum())
            return QValidator::Acceptable;
        return QValidator::Intermediate;
    }
    // Half-typed: digits and separators, perhaps the start of a unit ("2 T"), before the box's
    // own suffix when it is still there ("2 T GB").
    QString typed = input.trimmed();
    const QString ownSuffix = suffix().trimmed();
    if (!ownSuffix.isEmpty() && typed.endsWith(ownSuffix, Qt::CaseInsensitive))
        typed = typed.left(typed.size() - ownSuffix.size()).trimmed();
    static const QRegularExpression kPartial(QStringLiteral("^[\\d\\s.,'\\x{00A0}\\x{202F}]*"
                                                            "[A-Za-z]{0,3}\\s*(/.*)?$"));
    if (kPartial.match(typed).hasMatch())
        return QValidator::Intermediate;
    return QDoubleSpinBox::validate(input, pos);
}

double SizeSpinBox::valueFromText(const QString &text) const
{
    if (const std::optional<double> gb = parseGigabytes(text, locale(), suffix()))
        return *gb;
    return QDoubleSpinBox::valueFromText(text);
}

} // namespace greenprint
