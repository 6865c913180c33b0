// SPDX-License-Identifier: GPL-3.0-or-later
// A typed QSettings key with a default value (Tiled's Preference<T>).
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace greenprint {

/**
 * One application setting: its QSettings key, its type and its default.
 * Reading a missing or unconvertible value yields the default. Settings live
 * in the app layer only; models/ receives plain values
 * and never reads QSettings itself.
 */
template<typename T>
class Preference
{
public:
    Preference(QString key, T defaultValue)
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    { }

    T get() const
    {
        const QVariant value = QSettings().value(m_key);
        if (!value.isValid() || !value.canConvert<T>())
            return m_default;
        return value.value<T>();
    }

    void set(const T &value) { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() { QSettings().remove(m_key); }

    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

} // namespace greenprint
