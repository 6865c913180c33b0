// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonpath.h"

#include <QCoreApplication>

namespace greenprint::Internal {
namespace {

// ASCII only: every key of the format is ASCII, and QChar::isDigit() would accept
// other scripts' digits (stages[٣]) that toInt() then reads as 0.
bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isKeyStart(QChar c)
{
    return isAsciiLetter(c) || c == u'_';
}

bool isKeyChar(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == u'_' || c == u'-';
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::ProjectReader)
};

} // namespace

std::optional<std::vector<JsonPathStep>> parseJsonPath(const QString &path, QString *error)
{
    qsizetype problemAt = -1;
    std::vector<JsonPathStep> steps = parseJsonPathPrefix(path, &problemAt);
    if (problemAt < 0)
        return steps;
    if (error) {
        *error = Tr::tr("\"%1\" is not a JSON path such as stages[2].components[0].instance "
                        "(problem at character %2)")
                     .arg(path)
                     .arg(problemAt + 1);
    }
    return std::nullopt;
}

std::vector<JsonPathStep> parseJsonPathPrefix(const QString &path, qsizetype *problemAt)
{
    std::vector<JsonPathStep> steps;
    const qsizetype n = path.size();
    qsizetype i = 0;
    const auto fail = [&](qsizetype at) {
        if (problemAt)
            *problemAt = at;
        return steps;
    };
    if (problemAt)
        *problemAt = -1;
    while (true) {
        if (i >= n || !isKeyStart(path.at(i)))
            return fail(i);
        JsonPathStep step;
        const qsizetype start = i;
        while (i < n && isKeyChar(path.at(i)))
            ++i;
        step.key = path.mid(start, i - start);
        while (i < n && path.at(i) == u'[') {
            const qsizetype digits = ++i;
            while (i < n && isAsciiDigit(path.at(i)))
                ++i;
            if (i == digits || i >= n || path.at(i) != u']' || i - digits > 9)
                return fail(i);
            step.indexes.push_back(path.mid(digits, i - digits).toInt());
            ++i;
        }
        // A step is whole when the path ends or goes on with a dot after it.
        if (i < n && path.at(i) != u'.')
            return fail(i);
        steps.push_back(std::move(step));
        if (i == n)
            return steps;
        ++i;
    }
}

} // namespace greenprint::Internal
