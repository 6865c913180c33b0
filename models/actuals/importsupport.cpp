// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsupport.h"

#include "fieldparsing.h"

namespace greenprint::actuals::Internal {

namespace {
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::actuals::ImportText)
};
constexpr qint64 kRecordsPerProgress = 4096;
} // namespace

bool nextRecord(CsvStream &csv, const ImportProgress &progress, ImportResult &result, bool *failed)
{
    const CsvStream::Next next = csv.next();
    if (next == CsvStream::Next::Error) {
        result.errorString = csv.errorString();
        *failed = true;
        return false;
    }
    if (next == CsvStream::Next::End)
        return false;
    if (progress && csv.recordsRead() % kRecordsPerProgress == 0
        && !progress(csv.source().progressBytes(), csv.source().fileBytes())) {
        result.cancelled = true;
        *failed = true;
        return false;
    }
    return true;
}

bool readTime(const CsvStream &csv, int column, QDateTime *time, ImportResult &result)
{
    *time = parseTime(csv.field(column));
    if (time->isValid())
        return true;
    result.errorString =
        csv.errorAt(column, ImportText::tr("not a time: \"%1\"").arg(toQString(csv.field(column))));
    return false;
}

bool readDay(const CsvStream &csv, int column, QDate *day, ImportResult &result)
{
    *day = parseDay(csv.field(column));
    if (day->isValid())
        return true;
    result.errorString =
        csv.errorAt(column, ImportText::tr("not a date: \"%1\"").arg(toQString(csv.field(column))));
    return false;
}

} // namespace greenprint::actuals::Internal
