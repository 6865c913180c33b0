// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldpath.h"

#include "jsondombuilder.h"
#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <cmath>

namespace greenprint {

QString FieldPath::stage(int stage, const QString &key)
{
    return Internal::joinPath(Internal::indexPath(QStringLiteral("stages"), stage), key);
}

QString FieldPath::component(int stage, int component)
{
    const QString stagePath = Internal::indexPath(QStringLiteral("stages"), stage);
    return Internal::indexPath(Internal::joinPath(stagePath, QStringLiteral("components")),
                               component);
}

QString FieldPath::component(int stage, int component, const QString &key)
{
    return Internal::joinPath(FieldPath::component(stage, component), key);
}

FieldPath::Parts FieldPath::locate(const QString &path)
{
    const std::vector<Internal::JsonPathStep> steps = Internal::parseJsonPathPrefix(path, nullptr);
    Parts parts;
    std::size_t next = 0;
    const auto indexedStep = [&steps, &next](const char *key) {
        if (next >= steps.size() || steps[next].key != QLatin1String(key)
            || steps[next].indexes.size() != 1)
            return -1;
        return steps[next++].indexes.front();
    };
    parts.stage = indexedStep("stages");
    if (parts.stage >= 0)
        parts.component = indexedStep("components");
    QStringList keys;
    for (; next < steps.size(); ++next)
        keys << steps[next].key;
    parts.key = keys.join(u'.');
    return parts;
}

std::optional<FieldPath::Parts> FieldPath::parse(const QString &path)
{
    const auto steps = Internal::parseJsonPath(path, nullptr);
    if (!steps || steps->empty())
        return std::nullopt;
    const auto rest = [&steps](std::size_t from) -> std::optional<QString> {
        QStringList keys;
        for (std::size_t s = from; s < steps->size(); ++s) {
            if (!(*steps)[s].indexes.empty())
                return std::nullopt;
            keys << (*steps)[s].key;
        }
        return keys.isEmpty() ? std::nullopt : std::optional<QString>(keys.join(u'.'));
    };
    const Internal::JsonPathStep &first = steps->front();
    if (first.key != QLatin1String("stages")) {
        const std::optional<QString> key = rest(0);
        return key ? std::optional<Parts>(Parts{-1, -1, *key}) : std::nullopt;
    }
    if (first.indexes.size() != 1 || steps->size() < 2)
        return std::nullopt;
    const Internal::JsonPathStep &second = (*steps)[1];
    if (second.key == QLatin1String("components")) {
        if (second.indexes.size() != 1)
            return std::nullopt;
        const std::optional<QString> key = rest(2);
        return key ? std::optional<Parts>(Parts{first.indexes[0], second.indexes[0], *key})
                   : std::nullopt;
    }
    const std::optional<QString> key = rest(1);
    return key ? std::optional<Parts>(Parts{first.indexes[0], -1, *key}) : std::nullopt;
}

QByteArray JsonValue::string(const QString &text)
{
    return QByteArray::fromStdString(
        Internal::OrderedJson(text.toStdString())
            .dump(-1, ' ', false, Internal::OrderedJson::error_handler_t::replace));
}

QByteArray JsonValue::number(double value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null");
    if (value == std::trunc(value) && std::abs(value) < 9.0e15)
        return QByteArray::number(static_cast<qint64>(value));
    return QByteArray::fromStdString(Internal::OrderedJson(value).dump());
}

QJsonValue JsonValue::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + json + ']', &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()
        || document.array().size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return document.array().at(0);
}

} // namespace greenprint
