// SPDX-License-Identifier: GPL-3.0-or-later
#include "overrideapplier.h"

#include "jsondombuilder.h"
#include "jsonpath.h"
#include "projectjson.h"
#include "projectreader.h"

#include <QSet>
#include <QStringList>

namespace greenprint {
namespace {

using Internal::OrderedJson;

/** Optional keys the writer leaves out while unset: an override may add them. */
const QSet<QString> &addableKeys()
{
    static const QSet<QString> keys = {
        QStringLiteral("region"),
        QStringLiteral("pue"),
        QStringLiteral("spotDiscountFraction"),
        QStringLiteral("measuredPowerW"),
        // The component keys a file may leave out (domain/filedefaults.h).
        QStringLiteral("count"),
        QStringLiteral("pricing"),
        QStringLiteral("utilization"),
        QStringLiteral("activeUtilization"),
        QStringLiteral("mode"),
        QStringLiteral("modelsHosted"),
        QStringLiteral("storageClass"),
        QStringLiteral("retentionMonths"),
        QStringLiteral("hours"),
        QStringLiteral("hoursPerTrial"),
        QStringLiteral("work"),
        QStringLiteral("recurrence"), // a scenario may make a one-off job recur
        QStringLiteral("requests"), // an endpoint's traffic: the total or the monthly rate
        QStringLiteral("requestsPerMonth"),
        QStringLiteral("priceUsdPerHour"),
        QStringLiteral("embodiedCo2eKg"),
        QStringLiteral("constraints"),
        QStringLiteral("allowedRegions"),
        QStringLiteral("accuracyFloor"),
        QStringLiteral("latencyCeilingMs"),
        QStringLiteral("servesEdgeDevices"),
        QStringLiteral("usersRegion"),
    };
    return keys;
}

/**
 * Optional objects an override may create by setting one of their keys (a one-off job made to
 * recur: `recurrence.every`, then `recurrence.months`); the reader then asks for the rest.
 */
const QSet<QString> &creatableObjects()
{
    static const QSet<QString> keys = {QStringLiteral("recurrence")};
    return keys;
}

const QSet<QString> &lockedRoots()
{
    static const QSet<QString> keys = {QStringLiteral("format"), QStringLiteral("formatVersion"),
                                       QStringLiteral("appVersion"), QStringLiteral("scenarios")};
    return keys;
}

int countExtras(const Project &p)
{
    qsizetype n = p.extras.size() + p.settings.extras.size() + p.catalogExtras.size()
        + p.constraints.extras.size();
    for (const CatalogInstance &i : p.catalogInstances)
        n += i.extras.size();
    for (const CatalogRegion &r : p.catalogRegions)
        n += r.extras.size();
    for (const Stage &s : p.stages) {
        n += s.extras.size();
        for (const Component &c : s.components) {
            n += c.extras.size();
            std::visit(
                [&n](const auto &spec) {
                    if constexpr (requires { spec.work; }) {
                        if (spec.work)
                            n += spec.work->extras.size();
                    }
                },
                c.spec);
        }
    }
    return int(n);
}

} // namespace

std::optional<Project> OverrideApplier::apply(const Project &project,
                                              const std::vector<ScenarioOverride> &overrides,
                                              const QString &overridesPath)
{
    m_issues.clear();
    m_overridesPath = overridesPath;
    m_overrides = &overrides;
    if (overrides.empty())
        return project;
    QString writeError;
    std::optional<OrderedJson> document =
        Internal::projectToJson(project, project.appVersion, &writeError);
    if (!document) {
        error({}, tr("the project cannot be written: %1").arg(writeError));
        return std::nullopt;
    }

    std::vector<int> addedPaths;
    for (int j = 0; j < int(overrides.size()); ++j) {
        const ScenarioOverride &o = overrides[std::size_t(j)];
        QString syntaxError;
        const auto steps = Internal::parseJsonPath(o.path, &syntaxError);
        if (!steps) {
            overrideError(j, "path", syntaxError);
            continue;
        }
        if (lockedRoots().contains(steps->front().key)) {
            overrideError(j, "path", tr("\"%1\" cannot be overridden").arg(steps->front().key));
            continue;
        }
        OrderedJson value = OrderedJson::parse(o.value.cbegin(), o.value.cend(), nullptr, false);
        if (value.is_discarded()) {
            overrideError(j, "value",
                          tr("the value is not valid JSON: %1").arg(QString::fromUtf8(o.value)));
            continue;
        }

        // Walk to the parent of the last key (or to the last array element).
        OrderedJson *node = &*document;
        QString walked;
        bool inCreatable = false; // inside an object an override may create: any key goes
        bool ok = true;
        for (std::size_t s = 0; s < steps->size() && ok; ++s) {
            const Internal::JsonPathStep &step = (*steps)[s];
            const bool lastKey = s + 1 == steps->size() && step.indexes.empty();
            const std::string key = step.key.toStdString();
            if (!node->is_object()) {
                overrideError(
                    j, "path",
                    tr("%1 is not an object").arg(walked.isEmpty() ? tr("the project") : walked));
                ok = false;
                break;
            }
            const QString keyPath = Internal::joinPath(walked, step.key);
            if (lastKey) {
                const bool exists = node->contains(key);
                if (value.is_null()) {
                    if (exists)
                        node->erase(key);
                    else
                        overrideError(j, "path", tr("there is no %1 to remove").arg(keyPath));
                } else if (exists || inCreatable || addableKeys().contains(step.key)) {
                    if (!exists)
                        addedPaths.push_back(j);
                    (*node)[key] = value;
                    // A work's traffic is its total or its monthly rate: one replaces the other.
                    if (step.key == u"requestsPerMonth")
                        node->erase("requests");
                    else if (step.key == u"requests")
                        node->erase("requestsPerMonth");
                } else {
                    overrideError(j, "path", tr("the project has no field %1").arg(keyPath));
                }
                ok = false; // done
                break;
            }
            if (!node->contains(key)) {
                if (!step.indexes.empty() || !creatableObjects().contains(step.key)) {
                    overrideError(j, "path", tr("the project has no field %1").arg(keyPath));
                    ok = false;
                    break;
                }
                (*node)[key] = OrderedJson::object();
                addedPaths.push_back(j);
            }
            node = &(*node)[key];
            walked = keyPath;
            inCreatable = step.indexes.empty() && creatableObjects().contains(step.key);
            for (std::size_t k = 0; k < step.indexes.size(); ++k) {
                const int index = step.indexes[k];
                const QString elementPath = Internal::indexPath(walked, index);
                if (!node->is_array() || std::size_t(index) >= node->size()) {
                    overrideError(j, "path",
                                  node->is_array() ? tr("%1 is out of range (%2 has %n item(s))",
                                                        nullptr, int(node->size()))
                                                         .arg(elementPath, walked)
                                                   : tr("%1 is not an array").arg(walked));
                    ok = false;
                    break;
                }
                if (s + 1 == steps->size() && k + 1 == step.indexes.size()) {
                    if (value.is_null())
                        overrideError(j, "value",
                                      tr("an item of a list cannot be removed; set a value"));
                    else
                        (*node)[std::size_t(index)] = value;
                    ok = false;
                    break;
                }
                node = &(*node)[std::size_t(index)];
                walked = elementPath;
            }
        }
    }
    if (hasErrors(m_issues))
        return std::nullopt;

    const std::string text = document->dump(2, ' ', false, OrderedJson::error_handler_t::replace);
    ProjectReader reader;
    std::optional<Project> changed = reader.read(QByteArray::fromStdString(text), QString());
    for (Issue issue : reader.issues()) {
        issue.file.clear();
        const int j = overrideIndexFor(overrides, issue.path);
        if (!m_overridesPath.isEmpty() && j >= 0) {
            issue.message = tr("%1: %2").arg(issue.path, issue.message);
            issue.path = Internal::joinPath(Internal::indexPath(m_overridesPath, j),
                                            QStringLiteral("value"));
        }
        m_issues.push_back(issue);
    }
    if (!changed)
        return std::nullopt;
    if (countExtras(*changed) > countExtras(project)) {
        for (const int j : addedPaths)
            overrideError(j, "path",
                          tr("adds a key the file format does not define at that place"));
        return std::nullopt;
    }
    return changed;
}

std::vector<std::optional<QByteArray>> OverrideApplier::valuesAt(const Project &project,
                                                                 const QStringList &paths)
{
    std::vector<std::optional<QByteArray>> values(std::size_t(paths.size()));
    if (paths.isEmpty())
        return values;
    const std::optional<OrderedJson> document =
        Internal::projectToJson(project, project.appVersion, nullptr);
    if (!document)
        return values;
    for (qsizetype p = 0; p < paths.size(); ++p) {
        const auto steps = Internal::parseJsonPath(paths.at(p), nullptr);
        if (!steps)
            continue;
        const OrderedJson *node = &*document;
        for (const Internal::JsonPathStep &step : *steps) {
            const std::string key = step.key.toStdString();
            if (!node || !node->is_object() || !node->contains(key)) {
                node = nullptr;
                break;
            }
            node = &(*node)[key];
            for (const int index : step.indexes) {
                if (!node->is_array() || std::size_t(index) >= node->size()) {
                    node = nullptr;
                    break;
                }
                node = &(*node)[std::size_t(index)];
            }
        }
        if (node)
            values[std::size_t(p)] = QByteArray::fromStdString(
                node->dump(-1, ' ', false, OrderedJson::error_handler_t::replace));
    }
    return values;
}

QString OverrideApplier::errorString() const
{
    QStringList lines;
    for (const Issue &issue : m_issues)
        lines << issue.toString();
    return lines.join(u'\n');
}

bool OverrideApplier::createsObject(const QString &key)
{
    return creatableObjects().contains(key);
}

int OverrideApplier::overrideIndexFor(const std::vector<ScenarioOverride> &overrides,
                                      const QString &path)
{
    const auto within = [](const QString &inner, const QString &outer) {
        return inner.startsWith(outer)
            && (inner.size() == outer.size() || inner.at(outer.size()) == u'.'
                || inner.at(outer.size()) == u'[');
    };
    for (int j = int(overrides.size()) - 1; j >= 0; --j) {
        const QString &target = overrides[std::size_t(j)].path;
        if (!path.isEmpty() && (within(path, target) || within(target, path)))
            return j;
    }
    return -1;
}

void OverrideApplier::overrideError(int index, const char *field, const QString &message)
{
    const ScenarioOverride &o = (*m_overrides)[std::size_t(index)];
    if (m_overridesPath.isEmpty()) {
        error(o.path, message);
        return;
    }
    error(
        Internal::joinPath(Internal::indexPath(m_overridesPath, index), QString::fromLatin1(field)),
        tr("%1: %2").arg(o.path, message));
}

void OverrideApplier::error(const QString &path, const QString &message)
{
    m_issues.push_back({Issue::Severity::Error, path, message, {}});
}

} // namespace greenprint
