// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldparsing.h"

#include <QFileInfo>

#include <charconv>
#include <cmath>

namespace greenprint::actuals::Internal {

std::optional<double> parseNumber(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '+'))
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

namespace {
bool digits(std::string_view text, size_t from, size_t count, int *value)
{
    if (text.size() < from + count)
        return false;
    int v = 0;
    for (size_t i = from; i < from + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}
} // namespace

QDate parseDay(std::string_view text)
{
    int y = 0, m = 0, d = 0;
    if (text.size() < 10 || (text[4] != '-' && text[4] != '/') || text[7] != text[4]
        || !digits(text, 0, 4, &y) || !digits(text, 5, 2, &m) || !digits(text, 8, 2, &d))
        return {};
    return QDate(y, m, d);
}

QDateTime parseTime(std::string_view text)
{
    const QDate day = parseDay(text);
    if (!day.isValid())
        return {};
    if (text.size() == 10)
        return QDateTime(day, QTime(0, 0), Qt::UTC);
    int h = 0, mi = 0, s = 0;
    if (text.size() < 19 || (text[10] != 'T' && text[10] != ' ') || text[13] != ':'
        || text[16] != ':' || !digits(text, 11, 2, &h) || !digits(text, 14, 2, &mi)
        || !digits(text, 17, 2, &s))
        return {};
    size_t pos = 19;
    int ms = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        int scale = 100;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            ms += (text[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
    }
    int offsetSeconds = 0;
    if (pos < text.size()) {
        const char sign = text[pos];
        int oh = 0, om = 0;
        if (sign == 'Z' && pos + 1 == text.size()) {
            // UTC
        } else if ((sign == '+' || sign == '-') && digits(text, pos + 1, 2, &oh)
                   && ((text.size() == pos + 6 && text[pos + 3] == ':'
                        && digits(text, pos + 4, 2, &om))
                       || (text.size() == pos + 5 && digits(text, pos + 3, 2, &om))
                       || text.size() == pos + 3)) {
            offsetSeconds = (oh * 3600 + om * 60) * (sign == '-' ? -1 : 1);
        } else {
            return {};
        }
    }
    const QTime time(h, mi, s, ms);
    if (!time.isValid())
        return {};
    return QDateTime(day, time, Qt::UTC).addSecs(-offsetSeconds);
}

ImportProvenance provenanceOf(SourceKind kind, const QString &path, const QString &format)
{
    const QFileInfo info(path);
    ImportProvenance provenance;
    provenance.kind = kind;
    provenance.format = format;
    provenance.file = path;
    provenance.fileBytes = info.size();
    provenance.fileModified = info.lastModified().toUTC();
    provenance.importedAt = QDateTime::currentDateTimeUtc();
    provenance.appVersion = QStringLiteral(GREENPRINT_VERSION);
    return provenance;
}

} // namespace greenprint::actuals::Internal
