// SPDX-License-Identifier: GPL-3.0-or-later
// What an editor field is, as its FieldForm declares it: so other views (scenario overrides)
// offer the same fields with the same labels, units and editors without listing them again.
#pragma once

#include "domain/names.h"
#include "io/fieldpath.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace greenprint {

struct FieldDescriptor
{
    enum class Kind {
        Number, ///< a double, shown as value × scale with suffix
        Integer, ///< an int
        OptionalNumber, ///< a double or null; the minimum shows unsetText
        Choice, ///< one of choiceTexts, stored as choiceJson
        Check, ///< a bool
        Text, ///< a string
        Instance, ///< an instance type id, picked with the instance picker
        Region, ///< a region id, picked with the region picker
    };

    Kind kind = Kind::Text;
    QString key; ///< the field's key in the project file, dotted below its object
    QString label; ///< the form's label without its mnemonic and colon ("Instance type")
    QString toolTip;
    QString suffix;
    double minimum = 0.0;
    double maximum = 0.0;
    int decimals = 0;
    double scale = 1.0; ///< shown = stored × scale (100 for a fraction shown in %)
    QString unsetText;
    QStringList choiceTexts;
    QList<QByteArray> choiceJson; ///< the JSON of each choice, as the file holds it

    /** The form's label as a field name: "&Hours:" reads "Hours", "時間(&H):" "時間". */
    static QString plainLabel(QString formLabel)
    {
        static const QRegularExpression accelerator(QStringLiteral(R"(\(&[^)]\))"));
        formLabel.remove(accelerator);
        formLabel.remove(u'&');
        while (!formLabel.isEmpty()
               && (formLabel.back() == u':' || formLabel.back() == u'\uff1a'
                   || formLabel.back().isSpace()))
            formLabel.chop(1);
        return formLabel;
    }
};

/** The JSON of a choice value as the project file holds it; empty when unknown. */
template<typename T>
QByteArray choiceJson(const T &)
{
    return {};
}
inline QByteArray choiceJson(Precision value)
{
    return JsonValue::string(precisionKey(value));
}
inline QByteArray choiceJson(Pricing value)
{
    return JsonValue::string(pricingKey(value));
}
inline QByteArray choiceJson(StorageClass value)
{
    return JsonValue::string(storageClassKey(value));
}
inline QByteArray choiceJson(TuningStrategy value)
{
    return JsonValue::string(tuningStrategyKey(value));
}
inline QByteArray choiceJson(EndpointMode value)
{
    return JsonValue::string(endpointModeKey(value));
}
/**
 * A period by its keyword; "Once" is `null`: no recurrence object at all. An override
 * sets it on the object (OverrideFields::path()), which removes the recurrence.
 */
inline QByteArray choiceJson(const std::optional<RecurrencePeriod> &value)
{
    return value ? JsonValue::string(recurrencePeriodKey(*value)) : QByteArrayLiteral("null");
}

} // namespace greenprint
